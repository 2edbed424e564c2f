// The lookup structures under the extractor's hot path: HashIndex, PhraseTable (with
// its two first-token filters), the boilerplate index and the relation word table.
#include "extract/lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/boilerplate.h"
#include "extract/hash_index.h"
#include "extract/relation_lexicon.h"
#include "extract/text.h"
#include "extract/word_map.h"

namespace kg {
namespace {

TEST(HashIndex, FindsEveryKeyAfterGrowingAndTellsAbsentOnes) {
  HashIndex index;
  EXPECT_EQ(index.Find(42), nullptr);
  for (std::uint64_t k = 0; k < 5000; ++k) index.Insert(k * 0x9E3779B97F4A7C15ULL + 7) = static_cast<std::uint32_t>(k);
  EXPECT_EQ(index.size(), 5000u);
  for (std::uint64_t k = 0; k < 5000; ++k) {
    const std::uint32_t* v = index.Find(k * 0x9E3779B97F4A7C15ULL + 7);
    ASSERT_NE(v, nullptr) << k;
    EXPECT_EQ(*v, k);
  }
  EXPECT_EQ(index.Find(3), nullptr);
  index.Insert(99) |= 4;  // value-initialised to 0, then updated in place
  index.Insert(99) |= 1;
  EXPECT_EQ(*index.Find(99), 5u);
}

TEST(HashIndex, KeyZeroIsAnOrdinaryKey) {
  HashIndex index;
  index.Insert(0) = 7;
  ASSERT_NE(index.Find(0), nullptr);
  EXPECT_EQ(*index.Find(0), 7u);
}

std::vector<Token> Tokens(const std::string& s, std::string& arena) { return Tokenize(s, {0, s.size()}, arena); }

TEST(PhraseTable, MatchesTheLongestEntryWhateverCaseItStartsWith) {
  PhraseTable names;
  names.Add("Vladimir Putin", {EntryKind::kPerson, MentionForm::kName, 1});
  names.Add("Putin", {EntryKind::kPerson, MentionForm::kPartial, 1});
  names.Add("de Gaulle", {EntryKind::kPerson, MentionForm::kName, 2});  // starts in lowercase
  names.Add("al-Sisi", {EntryKind::kPerson, MentionForm::kName, 3});
  const std::string s = "President Vladimir Putin met de Gaulle and al-Sisi , not De Gaulle or putin";
  std::string arena;
  const auto t = Tokens(s, arena);
  const std::vector<LexEntry>* entries = nullptr;
  EXPECT_EQ(names.Match(t, 0, &entries), 0u);  // President
  ASSERT_EQ(names.Match(t, 1, &entries), 2u);  // Vladimir Putin
  EXPECT_EQ(entries->front().index, 1u);
  ASSERT_EQ(names.Match(t, 2, &entries), 1u);  // Putin alone
  EXPECT_EQ(entries->front().form, MentionForm::kPartial);
  ASSERT_EQ(names.Match(t, 4, &entries), 2u);  // de Gaulle
  EXPECT_EQ(entries->front().index, 2u);
  ASSERT_EQ(names.Match(t, 7, &entries), 3u);  // al - Sisi
  EXPECT_EQ(entries->front().index, 3u);
  EXPECT_EQ(names.Match(t, 12, &entries), 0u);  // De Gaulle: case-sensitive table
  EXPECT_EQ(names.Match(t, 15, &entries), 0u);  // putin
}

TEST(PhraseTable, WalksPastPrefixesThatAreNoEntryAndKeepsTheLongestEntry) {
  // Matching walks token by token and stops where no phrase goes on: the longest entry
  // must survive a longer phrase that shares its start and then diverges, and an entry
  // must be found behind a prefix that is no entry itself.
  PhraseTable names;
  names.Add("United States", {EntryKind::kCountry, MentionForm::kName, 1});
  names.Add("United States Agency for International Development",
            {EntryKind::kOrganization, MentionForm::kName, 2});
  names.Add("Bank of England", {EntryKind::kOrganization, MentionForm::kName, 3});
  names.Add("Bank", {EntryKind::kNotPerson, MentionForm::kName, 4});
  const std::string s = "United States Agency for Trade ; United States Agency for International "
                        "Development ; Bank of Scotland ; Bank of England ; United Nations";
  std::string arena;
  const auto t = Tokens(s, arena);
  const std::vector<LexEntry>* entries = nullptr;
  ASSERT_EQ(names.Match(t, 0, &entries), 2u);  // diverges at "Trade": United States
  EXPECT_EQ(entries->front().index, 1u);
  ASSERT_EQ(names.Match(t, 6, &entries), 6u);  // the whole agency
  EXPECT_EQ(entries->front().index, 2u);
  ASSERT_EQ(names.Match(t, 13, &entries), 1u);  // Bank of Scotland: "Bank" alone
  EXPECT_EQ(entries->front().index, 4u);
  ASSERT_EQ(names.Match(t, 17, &entries), 3u);  // Bank of England
  EXPECT_EQ(entries->front().index, 3u);
  EXPECT_EQ(names.Match(t, 21, &entries), 0u);  // "United" starts entries, is none
}

TEST(PhraseTable, GroupPhrasesSharingTheirFirstWord) {
  // Every "the" of a text passes the first-token filter of a table of "the ..."
  // phrases; only the phrases themselves may match.
  PhraseTable groups(true);
  groups.Add("the pair", {EntryKind::kPerson, MentionForm::kGroup, 0});
  groups.Add("the two countries", {EntryKind::kCountry, MentionForm::kGroup, 0});
  groups.Add("the two heads of state", {EntryKind::kPerson, MentionForm::kGroup, 1});
  const std::string s = "The two heads of state met ; the two countries ; the two heads ; the pair ; the";
  std::string arena;
  const auto t = Tokens(s, arena);
  const std::vector<LexEntry>* entries = nullptr;
  ASSERT_EQ(groups.Match(t, 0, &entries), 5u);
  EXPECT_EQ(entries->front().index, 1u);
  ASSERT_EQ(groups.Match(t, 7, &entries), 3u);
  EXPECT_EQ(entries->front().kind, EntryKind::kCountry);
  EXPECT_EQ(groups.Match(t, 11, &entries), 0u);  // "the two heads": a prefix only
  EXPECT_EQ(groups.Match(t, 15, &entries), 2u);
  EXPECT_EQ(groups.Match(t, 18, &entries), 0u);  // "the" at the end of the sentence
}

TEST(PhraseTable, LowercaseTableIgnoresAsciiCase) {
  PhraseTable titles(true);
  titles.Add("foreign minister", {EntryKind::kPerson, MentionForm::kName, 5});
  titles.Add("gen", {EntryKind::kPerson, MentionForm::kName, 6});
  const std::string s = "Foreign Minister Lavrov and FOREIGN minister Wang";
  std::string arena;
  const auto t = Tokens(s, arena);
  const std::vector<LexEntry>* entries = nullptr;
  ASSERT_EQ(titles.Match(t, 0, &entries), 2u);
  EXPECT_EQ(entries->front().index, 5u);
  EXPECT_EQ(titles.Match(t, 4, &entries), 2u);
  EXPECT_EQ(titles.Match(t, 2, &entries), 0u);
  EXPECT_TRUE(titles.MatchWord("Gen", &entries));  // one word, no token vector
  EXPECT_EQ(entries->front().index, 6u);
  EXPECT_FALSE(titles.MatchWord("Gene", &entries));
  EXPECT_FALSE(titles.MatchWord("foreign", &entries));  // only starts an entry
  EXPECT_EQ(titles.size(), 2u);
}

TEST(PhraseTable, MatchPluralTakesAOneTokenEntryPlusS) {
  PhraseTable titles(true);
  titles.Add("president", {EntryKind::kPerson, MentionForm::kName, 1});
  titles.Add("prime minister", {EntryKind::kPerson, MentionForm::kName, 2});
  const std::string s = "Presidents PRESIDENTS presidentss president ministers Prime Ministers";
  std::string arena;
  const auto t = Tokens(s, arena);
  const std::vector<LexEntry>* entries = nullptr;
  ASSERT_TRUE(titles.MatchPlural(t[0], &entries));
  EXPECT_EQ(entries->front().index, 1u);
  EXPECT_TRUE(titles.MatchPlural(t[1], &entries));
  EXPECT_FALSE(titles.MatchPlural(t[2], &entries));
  EXPECT_FALSE(titles.MatchPlural(Tokens("Presidenty", arena)[0], &entries));  // "s" only
  EXPECT_FALSE(titles.MatchPlural(t[3], &entries));  // the singular is Match's
  EXPECT_FALSE(titles.MatchPlural(t[4], &entries));  // "minister" alone is no entry
  EXPECT_FALSE(titles.MatchPlural(t[6], &entries));  // only one-token entries
}

TEST(WordMap, FindsExactSpellingsByTextOrTokenHash) {
  WordMap<std::vector<std::uint32_t>> by_part;
  by_part["Putin"].push_back(7);
  by_part["Putin"].push_back(9);
  by_part["Xi"].push_back(3);
  EXPECT_EQ(by_part.size(), 2u);
  ASSERT_NE(by_part.Find("Putin"), nullptr);
  EXPECT_EQ(*by_part.Find("Putin"), (std::vector<std::uint32_t>{7, 9}));
  EXPECT_EQ(by_part.Find("putin"), nullptr);  // the case matters: "May" is not "may"
  EXPECT_EQ(by_part.Find("Puti"), nullptr);
  const std::string s = "Xi met Putin";
  std::string arena;
  const auto t = Tokens(s, arena);
  ASSERT_NE(by_part.Find(t[0]), nullptr);
  EXPECT_EQ(by_part.Find(t[0])->front(), 3u);
  EXPECT_FALSE(by_part.Contains(t[1]));
  EXPECT_TRUE(by_part.Contains(t[2]));

  WordSet verbs{"said", "told"};
  EXPECT_TRUE(verbs.Contains("said"));
  EXPECT_FALSE(verbs.Contains("Said"));
  FoldedWordSet pronouns;
  pronouns.Insert("he");
  EXPECT_TRUE(pronouns.Contains("He"));
  EXPECT_FALSE(pronouns.Contains("hen"));
}

TEST(WordMap, FindsEveryWordOfALargeMapAfterItsIndexGrew) {
  // Built by appending: `"w" + std::to_string(i)` trips GCC 12's -Wrestrict false positive.
  auto word = [](int i) {
    std::string w = "w";
    w += std::to_string(i);
    return w;
  };
  WordMap<int> map;
  for (int i = 0; i < 20000; ++i) map[word(i)] = i;
  for (int i = 0; i < 20000; ++i) {
    const int* v = map.Find(word(i));
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(*v, i);
  }
  EXPECT_EQ(map.Find("w20000"), nullptr);
}

std::vector<std::string> Content(const std::string& text, const BoilerplateRules& rules,
                                 ExtractStats& stats) {
  std::vector<std::string> out;
  for (const Span& s : ContentLines(text, rules, stats)) out.push_back(text.substr(s.begin, s.size()));
  return out;
}

TEST(ContentLines, SkipsLinesByIndexedPrefixesAndInnerPatterns) {
  BoilerplateRules rules;
  rules.line_prefixes = {"share on", "follow us", "x"};
  rules.line_contains = {"pic.twitter.com", "all rights reserved", "©", "(@", "bit.ly/", "abcd"};
  rules.whole_lines = {"advertisement"};
  rules.block_headers = {"related stories"};
  rules.BuildIndex();
  const std::string text =
      "Putin met Xi in Moscow.\n"
      "Share on Facebook\n"
      "Share one more thought, said Lavrov.\n"   // "share on" only as a whole word
      "Xinhua reported the talks.\n"             // prefix "x" ends inside a word
      "Photo: pic.twitter.com/abc\n"
      "(c) 2024 Reuters. All Rights Reserved.\n"
      "Text © Agency\n"
      "Advertisement\n"
      "Both sides spoke of progress.\n"
      "Ask him (@lavrov)\n"                     // a pattern of two bytes
      "More at bit.ly/\n"                       // a pattern ending the line
      "Not bit.ly, nor abc d, nor ABC.\n"         // near misses
      "ABCD\n"                                  // four bytes, the whole (lower-cased) line
      "Related stories:\n"
      "Biden to visit Kyiv\n";
  ExtractStats stats;
  EXPECT_EQ(Content(text, rules, stats),
            (std::vector<std::string>{"Putin met Xi in Moscow.", "Share one more thought, said Lavrov.",
                                      "Xinhua reported the talks.", "Both sides spoke of progress.",
                                      "Not bit.ly, nor abc d, nor ABC."}));
  EXPECT_EQ(stats.boilerplate_lines, 10u);  // 8 widgets + the header and its teaser
}

TEST(RelationLexicon, FindsWordsByTextAndByTokenHash) {
  RelationLexicon lex;
  lex.Word("said").classes |= 1;
  lex.Word("met").classes |= 2;
  lex.Word("said").classes |= 4;  // the same entry again
  EXPECT_EQ(lex.word_count(), 2u);
  ASSERT_NE(lex.Find("said"), nullptr);
  EXPECT_EQ(lex.Find("said")->classes, 5u);
  const std::string s = "Lavrov MET Blinken";
  std::string arena;
  const auto t = Tokens(s, arena);
  EXPECT_EQ(lex.Find("met", t[1].lower_hash), lex.Find("met"));  // a token's lower_hash
  EXPECT_EQ(lex.Find("blinken"), nullptr);
}

}  // namespace
}  // namespace kg
