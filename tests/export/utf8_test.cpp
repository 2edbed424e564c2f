#include "export/utf8.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kg {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

struct RepairCase {
  const char* name;
  std::string input;
  std::string expected;
};

TEST(Utf8, ValidUtf8RepairsEachMaximalIllFormedSubsequenceToOneReplacement) {
  const std::vector<RepairCase> cases = {
      {"ascii", "plain text", "plain text"},
      {"empty", "", ""},
      {"two byte", "caf\xC3\xA9", "caf\xC3\xA9"},
      {"cyrillic", "Сергей", "Сергей"},
      {"four byte", "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
      {"stray continuation",
       "a\x80"
       "b",
       "a" + kFffd + "b"},
      {"invalid lead",
       "a\xFF"
       "b",
       "a" + kFffd + "b"},
      {"overlong lead C0", "\xC0\xAF", kFffd + kFffd},
      {"truncated at end", "ab\xE2\x82", "ab" + kFffd},
      {"truncated before ascii",
       "\xE2\x82"
       "x",
       kFffd + "x"},
      {"overlong three byte", "\xE0\x80\x80", kFffd + kFffd + kFffd},
      {"surrogate", "\xED\xA0\x80", kFffd + kFffd + kFffd},
      {"above U+10FFFF", "\xF4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd},
      {"nul kept", std::string("a\0b", 3), std::string("a\0b", 3)},
  };
  for (const auto& c : cases) EXPECT_EQ(ValidUtf8(c.input), c.expected) << c.name;
}

TEST(Utf8, DecodeReportsValueAndLength) {
  struct Case {
    std::string input;
    char32_t value;
    std::size_t length;
    bool valid;
  };
  const std::vector<Case> cases = {
      {"A", U'A', 1, true},
      {"\xC3\xA9", U'\u00E9', 2, true},
      {"\xEF\xBF\xBE", U'\uFFFE', 3, true},
      {"\xF0\x9F\x98\x80", U'\U0001F600', 4, true},
      {"\xE2\x82", kReplacementCharacter, 2, false},
      {"\x80", kReplacementCharacter, 1, false},
  };
  for (const auto& c : cases) {
    const CodePoint cp = DecodeUtf8(c.input, 0);
    EXPECT_EQ(cp.value, c.value) << c.input;
    EXPECT_EQ(cp.length, c.length) << c.input;
    EXPECT_EQ(cp.valid, c.valid) << c.input;
  }
}

TEST(Utf8, AppendEncodesEveryLength) {
  const std::vector<std::pair<char32_t, std::string>> cases = {{U'A', "A"},
                                                               {U'\u00E9', "\xC3\xA9"},
                                                               {U'\u041B', "Л"},
                                                               {U'\uFFFD', kFffd},
                                                               {U'\U0001F600', "\xF0\x9F\x98\x80"}};
  for (const auto& [cp, expected] : cases) {
    std::string out;
    AppendUtf8(cp, out);
    EXPECT_EQ(out, expected);
  }
}

}  // namespace
}  // namespace kg
