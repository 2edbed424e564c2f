#include "extract/text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <span>
#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "extract/resources.h"

namespace kg {
namespace {

// The titles the splitter keeps before a name, from the repository's data/
// (KGRAPH_DATA_DIR is set by ctest).
std::span<const std::string> Abbreviations() {
  static const Resources res = Resources::Load({DefaultDataDir(), {}});
  return res.lexicon().abbreviations;
}

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

TEST(Tokenize, AQuoteThatClosesASingleQuoteIsNoPossessive) {
  const std::string s = "hail 'special' ties, the countries' leaders";
  std::string arena;
  const auto t = Tokenize(s, {0, s.size()}, arena);
  ASSERT_EQ(t.size(), 10u);
  EXPECT_EQ(t[3].text, "'");
  EXPECT_FALSE(t[3].Is(kPossessive));  // closes 'special'
  EXPECT_EQ(t[8].text, "'");
  EXPECT_TRUE(t[8].Is(kPossessive));  // countries'
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

TEST(Tokenize, AnElidedParticleGluedToANameIsCapitalised) {
  // "d'Estaing" is one word: a name's last part, though its first letter is lower case.
  const std::string s = "Giscard d'Estaing, d’Alema and l'Aquila, but don't and l'";
  std::string arena;
  const auto t = Tokenize(s, {0, s.size()}, arena);
  std::vector<std::string> capitalised;
  for (const Token& token : t)
    if (token.Is(kCapitalized)) capitalised.emplace_back(token.text);
  EXPECT_EQ(capitalised, (std::vector<std::string>{"Giscard", "d'Estaing", "d'Alema", "l'Aquila"}));
}

TEST(Tokenize, FastPathsAgreeWithTheDefinitionsOnTheSampleArticles) {
  // Spaces, one-byte punctuation and ASCII words ending at a byte that cannot continue
  // them are tokenised in one pass; every token of real text must still carry what its
  // definition says: both hashes of its text, and shape flags read off its bytes.
  std::size_t checked = 0;
  for (const auto& file : std::filesystem::directory_iterator("samples")) {  // tests run in the repo root
    if (file.path().extension() != ".txt") continue;
    std::ifstream in(file.path(), std::ios::binary);
    ASSERT_TRUE(in) << file.path();
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string arena;
    bool seen_word = false;
    for (const Token& t : Tokenize(text, {0, text.size()}, arena)) {
      EXPECT_EQ(t.hash, HashText(t.text, false)) << t.text;
      EXPECT_EQ(t.lower_hash, HashText(t.text, true)) << t.text;
      const auto before = t.span.begin > 0 ? static_cast<unsigned char>(text[t.span.begin - 1]) : ' ';
      if (before < 0x80) {  // (a no-break space before is a space too, in several bytes)
        EXPECT_EQ(t.Is(kSpaceBefore), std::isspace(before) != 0) << t.text << " at " << t.span.begin;
      }
      EXPECT_EQ(t.Is(kSentenceStart), t.Is(kWord) && !seen_word) << t.text;
      seen_word = seen_word || t.Is(kWord);
      const std::string_view w = t.text;
      const std::string_view raw = std::string_view(text).substr(t.span.begin, t.span.size());
      if (!t.Is(kWord) || std::any_of(raw.begin(), raw.end(), [](char c) { return c & 0x80; })) continue;
      const auto upper = std::count_if(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      const auto lower = std::count_if(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      EXPECT_EQ(t.Is(kCapitalized), w.front() >= 'A' && w.front() <= 'Z') << w;
      EXPECT_EQ(t.Is(kAllCaps), upper >= 2 && lower == 0) << w;
      EXPECT_EQ(t.Is(kHasDigit), std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) << w;
      EXPECT_EQ(raw, w);  // ASCII: the bytes themselves
      ++checked;
    }
  }
  EXPECT_GT(checked, 1000u);
}

TEST(Tokenize, WordsEndingAtADotOrApostropheTakeTheGeneralPath) {
  EXPECT_EQ(Texts("Mr. Lee said. J. Smith, 3.5 U.S.-led, can't"),
            (std::vector<std::string>{"Mr", ".", "Lee", "said", ".", "J.", "Smith", ",", "3",
                                      ".", "5", "U.S.", "-", "led", ",", "can't"}));
}

TEST(DatelineLength, TakesThePlaceOfFilingUpToTheDash) {
  struct Case {
    std::string_view line, rest;  // rest: what follows the dateline ("" when none)
  };
  const Case cases[] = {
      {"BAHRAIN, Oct 19 - Unidentified jets attacked", "Unidentified jets attacked"},
      {"MENLO PARK, Calif., March 25 - Beta Phase said", "Beta Phase said"},
      {"WASHINGTON (Reuters) -- The Senate voted", "The Senate voted"},
      {"KABUL, Afghanistan (AP) \u2014 Taliban fighters", "Taliban fighters"},
      {"NEW YORK, March 20 - <Qintex Ltd> of Brisbane", "<Qintex Ltd> of Brisbane"},
      {"Copenhagen, Denmark - The Danish minister", "The Danish minister"},
      {"Paris, France- The French weekly", "The French weekly"},
      {"Berlin (Germany) - Federal Minister Fischer", "Federal Minister Fischer"},
      // Not datelines: asides, sentences, and words too short to be a place.
      {"Poland - a large EU member - has asked", ""},
      {"Roger Federer - nice bloke, fantastic player", ""},
      {"The Spain Islamic Commission \u2014 who is the guide", ""},
      {"U.S. - Japan talks resumed", ""},
      {"Russia and China signed - reluctantly - a pact", ""},
      {"BAHRAIN, Oct 19", ""},
  };
  for (const Case& c : cases) {
    const std::size_t n = DatelineLength(c.line);
    EXPECT_EQ(c.line.substr(n), c.rest.empty() ? c.line : c.rest) << c.line;
  }
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
  splitter.Split(s, {0, s.size()}, max_bytes, Abbreviations(), spans);
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

// Titles ICU's exceptions lack (data/english.json "abbreviations") keep their name.
TEST(SentenceSplitter, NoSentenceEndsAfterATitleOfTheLexicon) {
  EXPECT_EQ(Sentences("The talks ended. Gov. Jerry Brown and Sen. Dianne Feinstein spoke. "
                      "Gen. Mark Milley did not."),
            (std::vector<std::string>{"The talks ended.",
                                      "Gov. Jerry Brown and Sen. Dianne Feinstein spoke.",
                                      "Gen. Mark Milley did not."}));
}

TEST(SentenceSplitter, MapsBreaksBackToBytesInNonAsciiLines) {
  EXPECT_EQ(Sentences("Erdoğan met Путин in Ankara. 習近平 was not there. Talks end."),
            (std::vector<std::string>{"Erdoğan met Путин in Ankara.", "習近平 was not there.",
                                      "Talks end."}));
}

std::vector<Span> SplitWith(SentenceSplitter& splitter, const std::string& line) {
  std::vector<Span> spans;
  splitter.Split(line, {0, line.size()}, 4000, Abbreviations(), spans);
  return spans;
}

void ExpectSameSpans(const std::vector<Span>& a, const std::vector<Span>& b, const std::string& line) {
  ASSERT_EQ(a.size(), b.size()) << line;
  for (std::size_t i = 0; i < a.size(); ++i)
    EXPECT_TRUE(a[i].begin == b[i].begin && a[i].end == b[i].end) << line << " sentence " << i;
}

// ICU in windows around the terminators must break exactly where ICU over the whole
// line does: on the sample articles, and on lines built at random from the pieces
// that decide breaks (abbreviations, initials, numbers, closing quotes and brackets,
// case after a terminator, no-break spaces, dashes, ellipses, Latin letters).
TEST(SentenceSplitter, WindowsAroundTerminatorsBreakLikeWholeLines) {
  SentenceSplitter windows(SplitMode::kWindows), whole(SplitMode::kWholeLines);
  std::size_t sentences = 0;
  for (const char* path : {"samples/000_e3929796acbe94ff.txt", "samples/001_6a60f2d613b3c16d.txt",
                           "samples/002_98b569404c0edd86.txt", "samples/003_b2141a6b3a7ab43c.txt",
                           "samples/004_418559a313f8507d.txt"}) {
    std::ifstream in(path);
    ASSERT_TRUE(in) << path;
    for (std::string line; std::getline(in, line);) {
      const auto expected = SplitWith(whole, line);
      sentences += expected.size();
      ExpectSameSpans(SplitWith(windows, line), expected, line);
    }
  }
  EXPECT_GT(sentences, 50u);
  const std::vector<std::string> pieces = {
      "Mr.", "Mrs.", "U.S.", "e.g.", "i.e.", "a", "the", "B", "Smith", "3", "3.5", ".", "!", "?",
      "\"", "'", ")", "(", "\u2026", "\u2014", "\u2013", "\u201c", "\u201d", "\u2019", "x.y",
      "No.", "Dr.", "Inc.", "a.m.", "Jan.", "St.", "etc.", "...", "?!", "A.", "\u00c9ric", "\u00df",
      "\u00ab", "\u00bb", "\u00a0", "1.", "vs.", "Gen.", "[", "]", ";", ":", ",", "-", "\t",
      // Exceptions and their parts inside other words, for the windows decided without
      // ICU (a terminator, closers, spaces, openers, a capital).
      "Ph.D.", "Ph.", "AMr.", "Sen.", "Jr.", "p.m.", "{", "}", "The", "(AP"};
  const std::vector<std::string> gaps = {" ", " ", " ", "", "  ", "\t"};
  std::uint64_t state = 2024;
  auto next = [&](std::size_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>((state >> 33) % n);
  };
  for (int n = 0; n < 20000; ++n) {
    std::string line;
    for (std::size_t k = 0, len = 1 + next(14); k < len; ++k)
      line += pieces[next(pieces.size())] + gaps[next(gaps.size())];
    ExpectSameSpans(SplitWith(windows, line), SplitWith(whole, line), line);
  }
}

// A line of long runs of terminators costs time in proportion to its length: the
// windows are found without scanning the whole run again for every '.' (which took
// over a minute on these lines, under a tenth of a second now).
TEST(SentenceSplitter, WindowsStayLinearOnLinesOfTerminators) {
  SentenceSplitter windows(SplitMode::kWindows), whole(SplitMode::kWholeLines);
  std::string dots = "So" + std::string(200000, '.') + " it ends", spaced = "So", mister;
  for (int i = 0; i < 100000; ++i) spaced += " . !";
  for (int i = 0; i < 50000; ++i) mister += "Mr. ";
  for (const std::string& line : {dots, spaced + " it ends", mister + "x"})
    ExpectSameSpans(SplitWith(windows, line), SplitWith(whole, line), line.substr(0, 20));
}

TEST(SentenceSplitter, CapsHugeSentencesAtSpaces) {
  std::string s;
  for (int i = 0; i < 1000; ++i) s += "word ";
  SentenceSplitter splitter;
  std::vector<Span> spans;
  const std::size_t cut = splitter.Split(s, {0, s.size()}, 100, Abbreviations(), spans);
  EXPECT_GT(cut, 0u);
  ASSERT_GT(spans.size(), 40u);
  for (const Span& sp : spans) {
    EXPECT_LE(sp.size(), 100u);
    EXPECT_NE(s[sp.begin], ' ');
  }
}

}  // namespace
}  // namespace kg
