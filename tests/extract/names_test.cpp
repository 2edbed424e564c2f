#include "extract/names.h"

#include <gtest/gtest.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>

namespace kg {
namespace {

TEST(FoldName, TransliteratesAndFolds) {
  EXPECT_EQ(FoldName("Sergey Lavrov"), "sergey lavrov");
  EXPECT_EQ(FoldName("Сергей Лавров"), "sergej lavrov");
  EXPECT_EQ(FoldName("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
  EXPECT_EQ(FoldName("Jean-Claude Juncker"), "jean claude juncker");
}

// Letters that are not a base letter plus a mark, other scripts, mixed scripts.
TEST(FoldName, FoldsEveryLatinLetterAndOtherScriptsToAscii) {
  EXPECT_EQ(FoldName("Łukasz Żółtowski"), "lukasz zoltowski");
  EXPECT_EQ(FoldName("Søren Ærø"), "soren aero");
  EXPECT_EQ(FoldName("Hans Großmann"), "hans grossmann");
  EXPECT_EQ(FoldName("Þóra Đorđević"), "thora dordevic");
  EXPECT_EQ(FoldName("Seán O’Brien"), "sean obrien");
  EXPECT_EQ(FoldName("Ἀλέξανδρος"), "alexandros");
  EXPECT_EQ(FoldName("José Владимир"), "jose vladimir");  // mixed: the general path
  EXPECT_EQ(FoldName("習近平"), "xi jin ping");
  EXPECT_EQ(Slug("Vladimir Putin"), "vladimir-putin");
}

// Latin letters fold without ICU's transliterator (its creation is a fixed cost of
// every build); they must fold exactly as it would: every letter of Latin-1,
// Latin Extended-A/B and Latin Extended Additional, in upper and lower case.
TEST(FoldName, LatinLettersFoldAsTheTransliteratorDoes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> folder(icu::Transliterator::createInstance(
      "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
  ASSERT_TRUE(U_SUCCESS(status) && folder);
  auto reference = [&](const std::string& name) {  // the transliterator, then FoldName's letters
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(name);
    folder->transliterate(u);
    std::string raw, out;
    u.toUTF8String(raw);
    for (char c : raw) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c >= 'a' && c <= 'z') out.push_back(c);
      else if ((c == ' ' || c == '-' || c == '.') && !out.empty() && out.back() != ' ') out.push_back(' ');
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  };
  std::size_t letters = 0;
  for (const auto& [first, last] : {std::pair<UChar32, UChar32>{0xC0, 0x24F}, {0x1E00, 0x1EFF}}) {
    for (UChar32 c = first; c <= last; ++c) {
      if (!u_isalpha(c)) continue;
      std::string name = "Ab";
      icu::UnicodeString(c).toUTF8String(name);
      name += "cd Ef";
      EXPECT_EQ(FoldName(name), reference(name)) << "U+" << std::hex << c;
      ++letters;
    }
  }
  EXPECT_GT(letters, 600u);
}

struct VariantCase {
  const char* a;
  const char* b;
  bool eastern;
  bool same;
};

TEST(SameNameVariant, MergesSpellingsButNotDifferentPeople) {
  const VariantCase cases[] = {
      {"Sergey Lavrov", "Sergei Lavrov", false, true},
      {"Andrei Belousov", "Andrey Belousov", false, true},
      {"Yuri Ushakov", "Yury Ushakov", false, true},
      {"Xi Jingping", "Xi Jinping", true, true},
      {"Sergei Shoigu", "Sergey Shoigu", false, true},
      {"Сергей Лавров", "Sergey Lavrov", false, true},
      {"Joe Biden", "Hunter Biden", false, false},
      {"Sergei Lavrov", "Sergei Shoigu", false, false},
      {"Kim Jong Un", "Kim Yo Jong", true, false},
      {"George Bush", "Jeb Bush", false, false},
      {"Lavrov", "Sergei Lavrov", false, false},  // a lone surname is not enough
  };
  for (const auto& c : cases)
    EXPECT_EQ(SameNameVariant(SplitName(c.a, c.eastern), SplitName(c.b, c.eastern)), c.same)
        << c.a << " / " << c.b;
}

// The rules as plain repeated find-and-replace, one rule after the other: what the
// in-place version in names.cpp must reproduce exactly.
std::string CascadeReference(std::string s) {
  const std::pair<std::string, std::string> rules[] = {
      {"yo", "e"}, {"ye", "e"}, {"iy", "i"}, {"yi", "i"}, {"ij", "i"}, {"y", "i"},
      {"ou", "u"}, {"kh", "h"}, {"ck", "k"}, {"ph", "f"}, {"w", "v"},  {"dzh", "j"},
      {"zh", "j"}, {"ts", "c"}, {"tz", "c"}, {"ss", "s"}, {"ll", "l"}, {"ee", "i"}};
  for (const auto& [from, to] : rules)
    for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size())
      s.replace(pos, from.size(), to);
  return s;
}

TEST(CanonicalSpelling, FoldsTransliterationVariantsAsTheRuleCascadeDoes) {
  EXPECT_EQ(CanonicalSpelling("sergey"), "sergei");
  EXPECT_EQ(CanonicalSpelling("yuri"), CanonicalSpelling("yury"));
  EXPECT_EQ(CanonicalSpelling("zhukov"), CanonicalSpelling("jukov"));
  EXPECT_EQ(CanonicalSpelling("khodorkovsky"), "hodorkovski");
  EXPECT_EQ(CanonicalSpelling(""), "");
  // Every word of up to 6 letters from the rules' own letters (plus two others), so
  // that overlapping and cascading patterns ("yyo", "dzhh", "sss", "iyo") all occur.
  const std::string alphabet = "yoeijuwkhcpdztsla";
  std::uint64_t state = 42;
  for (int n = 0; n < 100000; ++n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    std::string word;
    for (std::uint64_t r = state >> 8, len = 1 + (state >> 60) % 6; word.size() < len; r /= 17)
      word.push_back(alphabet[r % alphabet.size()]);
    ASSERT_EQ(CanonicalSpelling(word), CascadeReference(word)) << word;
  }
}

TEST(EditDistance, CountsEdits) {
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(EditDistance("", "abc"), 3u);
  EXPECT_EQ(EditDistance("same", "same"), 0u);
}

}  // namespace
}  // namespace kg
