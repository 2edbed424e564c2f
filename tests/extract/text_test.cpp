#include "extract/text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kg {
namespace {

std::vector<std::string> Texts(const std::string& s) {
  std::string arena;
  std::vector<std::string> out;
  for (const Token& t : Tokenize(s, {0, s.size()}, arena)) out.emplace_back(t.text);
  return out;
}

struct TokenCase {
  std::string input;
  std::vector<std::string> tokens;
};

TEST(Tokenize, SplitsNewsTextIntoNormalisedTokens) {
  const std::vector<TokenCase> cases = {
      {"Putin’s visit", {"Putin", "'s", "visit"}},
      {"the U.S. and U.K., too", {"the", "U.S.", "and", "U.K.", ",", "too"}},
      {"US-led bloc", {"US", "-", "led", "bloc"}},
      {"O'Neill said", {"O'Neill", "said"}},
      {"the countries' leaders", {"the", "countries", "'", "leaders"}},
      {"“seriously concerned”", {"\"", "seriously", "concerned", "\""}},
      {"J. Biden", {"J.", "Biden"}},
      {"Putin\u00a0and\u2009Xi", {"Putin", "and", "Xi"}},
      {"Xi – Putin", {"Xi", "-", "Putin"}},
      {"Сергей Лавров", {"Сергей", "Лавров"}},
      {"$650 million", {"$", "650", "million"}},
  };
  for (const auto& c : cases) EXPECT_EQ(Texts(c.input), c.tokens) << c.input;
}

TEST(Tokenize, SpansPointIntoTheOriginalText) {
  const std::string s = "Moscow’s “support”";
  std::string arena;
  const auto tokens = Tokenize(s, {0, s.size()}, arena);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(s.substr(tokens[1].span.begin, tokens[1].span.size()), "’s");
  EXPECT_EQ(tokens[1].text, "'s");
  EXPECT_TRUE(tokens[1].Is(kPossessive));
  EXPECT_EQ(s.substr(tokens[3].span.begin, tokens[3].span.size()), "support");
}

TEST(Tokenize, MarksShape) {
  const std::string s = "NATO said Putin 2022";
  std::string arena;
  const auto t = Tokenize(s, {0, s.size()}, arena);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_TRUE(t[0].Is(kAllCaps) && t[0].Is(kSentenceStart));
  EXPECT_FALSE(t[1].Is(kCapitalized));
  EXPECT_TRUE(t[2].Is(kCapitalized) && !t[2].Is(kAllCaps));
  EXPECT_TRUE(t[3].Is(kHasDigit));
}

TEST(Tokenize, AsciiAndNonAsciiTokensCarryTheSameHashesAndShapes) {
  // Plain ASCII words take a one-pass path; the hashes and flags must equal what the
  // general path (and HashText) gives.
  const std::string s = "McCain iPhone COVID-19 Erdoğan ÉLYSÉE 2022 Putin's";
  std::string arena;
  const auto t = Tokenize(s, {0, s.size()}, arena);
  for (const Token& token : t) {
    EXPECT_EQ(token.hash, HashText(token.text, false)) << token.text;
    EXPECT_EQ(token.lower_hash, HashText(token.text, true)) << token.text;
  }
  ASSERT_GE(t.size(), 9u);
  EXPECT_TRUE(t[0].Is(kCapitalized) && !t[0].Is(kAllCaps));  // McCain
  EXPECT_FALSE(t[1].Is(kCapitalized));                       // iPhone
  EXPECT_TRUE(t[2].Is(kAllCaps));                            // COVID
  EXPECT_TRUE(t[5].Is(kCapitalized) && !t[5].Is(kAllCaps));  // Erdoğan
  EXPECT_TRUE(t[6].Is(kAllCaps));                            // ÉLYSÉE
  EXPECT_TRUE(t[7].Is(kHasDigit));
}

TEST(SplitLines, DropsEmptyLinesAndLeadingSpace) {
  const std::string s = "First line\r\n\n \u00a0 Second\n   \nThird";
  const auto lines = SplitLines(s);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(s.substr(lines[0].begin, lines[0].size()), "First line");
  EXPECT_EQ(s.substr(lines[1].begin, lines[1].size()), "Second");
  EXPECT_EQ(s.substr(lines[2].begin, lines[2].size()), "Third");
}

std::vector<std::string> Sentences(const std::string& s, std::size_t max_bytes = 4000) {
  SentenceSplitter splitter;
  std::vector<Span> spans;
  splitter.Split(s, {0, s.size()}, max_bytes, spans);
  std::vector<std::string> out;
  for (const Span& sp : spans) out.push_back(s.substr(sp.begin, sp.size()));
  return out;
}

TEST(SentenceSplitter, KeepsAbbreviationsInsideSentences) {
  EXPECT_EQ(Sentences("Mr. Putin met U.S. officials. They talked."),
            (std::vector<std::string>{"Mr. Putin met U.S. officials.", "They talked."}));
  EXPECT_EQ(Sentences("Is it over? Yes! It is."),
            (std::vector<std::string>{"Is it over?", "Yes!", "It is."}));
}

TEST(SentenceSplitter, OneSentenceLinesSkipIcuWithTheSameResult) {
  // A plain ASCII line whose terminators all sit at its end is returned whole without
  // ICU; behind another sentence, ICU must split it off the same way.
  const std::vector<std::string> lines = {
      "Putin and Xi meet in Moscow",
      "Lavrov said the talks were useful.",
      "He asked: \"Will NATO expand?\"",
      "The summit ends (on Friday).",
      "Talks go on...",
      "What now?!",
      "Ukraine\tand Russia",
  };
  for (const std::string& line : lines) {
    EXPECT_EQ(Sentences(line), std::vector<std::string>{line}) << line;
    EXPECT_EQ(Sentences("It rained. " + line), (std::vector<std::string>{"It rained.", line})) << line;
  }
}

TEST(SentenceSplitter, MapsBreaksBackToBytesInNonAsciiLines) {
  EXPECT_EQ(Sentences("Erdoğan met Путин in Ankara. 習近平 was not there. Talks end."),
            (std::vector<std::string>{"Erdoğan met Путин in Ankara.", "習近平 was not there.",
                                      "Talks end."}));
}

TEST(SentenceSplitter, CapsHugeSentencesAtSpaces) {
  std::string s;
  for (int i = 0; i < 1000; ++i) s += "word ";
  SentenceSplitter splitter;
  std::vector<Span> spans;
  const std::size_t cut = splitter.Split(s, {0, s.size()}, 100, spans);
  EXPECT_GT(cut, 0u);
  ASSERT_GT(spans.size(), 40u);
  for (const Span& sp : spans) {
    EXPECT_LE(sp.size(), 100u);
    EXPECT_NE(s[sp.begin], ' ');
  }
}

}  // namespace
}  // namespace kg
