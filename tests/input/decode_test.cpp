#include "input/decode.h"

#include <gtest/gtest.h>
#include <unicode/ustring.h>

#include <string>
#include <vector>

namespace kg {
namespace {

using namespace std::string_literals;

// Independent of decode.cpp: ICU's own converter refuses ill-formed UTF-8.
bool IcuSaysValidUtf8(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t len = 0;
  u_strFromUTF8(nullptr, 0, &len, s.data(), static_cast<int32_t>(s.size()), &status);
  return status == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(status) || s.empty();
}

struct Case {
  const char* name;
  std::string in;
  bool strict;
  std::string text;     // expected text
  std::string reasons;  // expected diagnostics: "reason@offset" joined by ' '
  bool skipped = false;
};

std::string Summary(const Decoded& d) {
  std::string s;
  for (const auto& x : d.diagnostics) {
    if (!s.empty()) s += ' ';
    s += x.reason + "@" + std::to_string(x.offset);
  }
  return s;
}

TEST(Decode, Table) {
  const std::vector<Case> cases = {
      {"ascii", "Paris.", false, "Paris.", ""},
      {"utf8", "Z\xC3\xBCrich", false, "Z\xC3\xBCrich", ""},
      {"empty", "", false, "", ""},
      {"bom", "\xEF\xBB\xBFhi", false, "hi", "utf8-bom@0"},
      {"utf16le", "\xFF\xFEh\0\xFC\0"s, false, "h\xC3\xBC", "utf16@0"},
      {"utf16be", "\xFE\xFF\0h\0\xFC"s, false, "h\xC3\xBC", "utf16@0"},
      {"utf16 pair", "\xFF\xFE\x3D\xD8\x00\xDE"s, false, "\xF0\x9F\x98\x80", "utf16@0"},
      {"utf16 lone lead",
       "\xFF\xFE"
       "a\0\x3D\xD8"
       "b\0"s,
       false,
       "a\xEF\xBF\xBD"
       "b",
       "utf16@0 invalid-utf16@4"},
      {"utf16 odd byte",
       "\xFF\xFE"
       "a\0b"s,
       false, "a\xEF\xBF\xBD", "utf16@0 invalid-utf16@4"},
      {"utf16 strict", "\xFF\xFE\x00\xDC"s, true, "", "utf16@0 invalid-utf16@2", true},
      {"utf16 real U+FFFD", "\xFF\xFE\xFD\xFF"s, false, "\xEF\xBF\xBD", "utf16@0"},
      {"bad byte", "Z\xC3\xBCrich \xFF!", false, "Z\xC3\xBCrich \xEF\xBF\xBD!", "invalid-utf8@8"},
      {"bad after bom", "\xEF\xBB\xBF\xC3\xA9\xC3", false, "\xC3\xA9\xEF\xBF\xBD",
       "utf8-bom@0 invalid-utf8@5"},
      {"truncated", "\xC3\xA9 ok \xE2\x82", false, "\xC3\xA9 ok \xEF\xBF\xBD", "invalid-utf8@6"},
      // Two bad subparts but three good characters: damage, not a legacy encoding.
      {"overlong", "\xC3\xA9\xC3\xA9\xC3\xA9 \xC0\xAF", false,
       "\xC3\xA9\xC3\xA9\xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD", "invalid-utf8@7"},
      {"surrogate in utf8", "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9 \xED\xA0\x80", false,
       "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", "invalid-utf8@9"},
      {"strict skips", "\xC3\xA9 \xFF", true, "", "invalid-utf8@3", true},
      {"latin1",
       "Der Pr\xE4sident traf den Au\xDF"
       "enminister in M\xFCnchen.",
       false,
       "Der Pr\xC3\xA4sident traf den Au\xC3\x9F"
       "enminister in M\xC3\xBCnchen.",
       "legacy-encoding@6"},
      {"latin1 strict is converted",
       "Der Pr\xE4sident traf den Au\xDF"
       "enminister in M\xFCnchen.",
       true,
       "Der Pr\xC3\xA4sident traf den Au\xC3\x9F"
       "enminister in M\xC3\xBCnchen.",
       "legacy-encoding@6"},
      {"cp1252", "The minister said \x93no\x94 \x96 twice \x96 in Z\xFCrich, and the pr\xE9sident.",
       false,
       "The minister said \xE2\x80\x9Cno\xE2\x80\x9D \xE2\x80\x93 twice \xE2\x80\x93 in "
       "Z\xC3\xBCrich, and the pr\xC3\xA9sident.",
       "legacy-encoding@18"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const Decoded d = Decode(c.in, {.strict = c.strict});
    EXPECT_EQ(d.text, c.text);
    EXPECT_EQ(Summary(d), c.reasons);
    EXPECT_EQ(d.skipped, c.skipped);
    EXPECT_TRUE(IcuSaysValidUtf8(d.text));
  }
}

TEST(Decode, SeverityIsNoteForConversionsRepairedOrSkippedForDamage) {
  EXPECT_EQ(Decode("\xEF\xBB\xBFx", {}).diagnostics.at(0).severity, Severity::kNote);
  EXPECT_EQ(Decode("\xFF\xFEx\0"s, {}).diagnostics.at(0).severity, Severity::kNote);
  EXPECT_EQ(Decode("\xC3\xA9\xFF", {}).diagnostics.at(0).severity, Severity::kRepaired);
  EXPECT_EQ(Decode("\xC3\xA9\xFF", {.strict = true}).diagnostics.at(0).severity,
            Severity::kSkipped);
}

TEST(Decode, ExplicitEncodingSkipsBomSniffing) {
  // A JSONL line whose stream was already sniffed: "\xFF\xFE" is just two bad bytes.
  const Decoded d = Decode("\xC3\xA9\xFF\xFE", {.encoding = Encoding::kUtf8});
  EXPECT_EQ(d.text, "\xC3\xA9\xEF\xBF\xBD\xEF\xBF\xBD");
  const Decoded u = Decode("h\0i\0"s, {.encoding = Encoding::kUtf16Le});
  EXPECT_EQ(u.text, "hi");
  EXPECT_TRUE(u.diagnostics.empty());
}

TEST(Decode, ValidTextIsMovedNotCopied) {
  std::string big(1 << 20, 'a');
  const char* data = big.data();
  const Decoded d = Decode(std::move(big), {});
  EXPECT_EQ(d.text.data(), data);
}

// The scan skips ASCII 16 bytes at a time: damage and well-formed characters at every
// offset from a block's start, alone and after a character that ended a block early.
TEST(FindInvalidUtf8, FindsTheFirstDamageAtEveryOffset) {
  const std::string pieces[] = {"\xFF", "\xE2\x80", "\xC3", "\xE2\x80\x99", "\xF0\x9F\x98\x80",
                                "\xC3\xBC", "\x80"};
  for (std::size_t lead = 0; lead < 40; ++lead) {
    for (std::size_t gap = 0; gap < 20; gap += 3) {
      for (const std::string& piece : pieces) {
        const bool valid = IcuSaysValidUtf8(piece);
        // Alone, after `lead` ASCII bytes, with ASCII after it.
        const std::string alone = std::string(lead, 'a') + piece + std::string(gap, 'b');
        EXPECT_EQ(FindInvalidUtf8(alone), valid ? std::string::npos : lead) << alone;
        // After a well-formed character and `gap` more ASCII bytes.
        const std::string after = std::string(lead, 'a') + "\xE2\x80\x99" + std::string(gap, 'b') +
                                  piece + std::string(lead, 'c');
        EXPECT_EQ(FindInvalidUtf8(after), valid ? std::string::npos : lead + 3 + gap) << after;
      }
    }
  }
}

TEST(RepairUtf8, MaximalSubpartsBecomeOneReplacementEach) {
  const struct {
    std::string in, out;
    std::size_t replaced;
  } cases[] = {
      {"abc", "abc", 0},
      {"\x80", "\xEF\xBF\xBD", 1},
      {"\xE2\x82", "\xEF\xBF\xBD", 1},              // truncated 3-byte: one subpart
      {"\xF0\x9F\x98", "\xEF\xBF\xBD", 1},          // truncated 4-byte
      {"\xF5\x80", "\xEF\xBF\xBD\xEF\xBF\xBD", 2},  // F5 never starts a sequence
      {"a\xFF"
       "b\xFE"
       "c",
       "a\xEF\xBF\xBD"
       "b\xEF\xBF\xBD"
       "c",
       2},
  };
  for (const auto& c : cases) {
    std::size_t replaced = 99;
    EXPECT_EQ(RepairUtf8(c.in, &replaced), c.out);
    EXPECT_EQ(replaced, c.replaced);
    EXPECT_EQ(FindInvalidUtf8(c.out), std::string::npos);
  }
}

TEST(LooksBinary, NulOrManyControlsButNotOrdinaryText) {
  EXPECT_TRUE(LooksBinary("abc\0def"s));
  EXPECT_TRUE(LooksBinary("\x01\x02\x03\x04 abcdef"));
  EXPECT_FALSE(LooksBinary("line one\r\nline two\tcol\f\n"));
  EXPECT_FALSE(LooksBinary(""));
  EXPECT_FALSE(LooksBinary(std::string(100, 'a') + "\x1B"));  // one escape in 100 bytes
  EXPECT_FALSE(MostlyControl(std::string(100, 'a') + '\0'));
  EXPECT_TRUE(MostlyControl(std::string(10, '\0') + "abc"));
}

TEST(SniffBom, RecognisesTheThreeMarks) {
  EXPECT_EQ(SniffBom("\xEF\xBB\xBFx").encoding, Encoding::kUtf8);
  EXPECT_EQ(SniffBom("\xEF\xBB\xBFx").size, 3u);
  EXPECT_EQ(SniffBom("\xFF\xFE").encoding, Encoding::kUtf16Le);
  EXPECT_EQ(SniffBom("\xFE\xFF").encoding, Encoding::kUtf16Be);
  EXPECT_EQ(SniffBom("\xEF\xBB").encoding, Encoding::kAuto);
  EXPECT_EQ(SniffBom("").size, 0u);
}

TEST(IsBlank, UnicodeWhiteSpaceOnly) {
  EXPECT_TRUE(IsBlank(""));
  EXPECT_TRUE(IsBlank(" \t\r\n\f"));
  EXPECT_TRUE(IsBlank("\xC2\xA0\xE3\x80\x80"));  // U+00A0, U+3000
  EXPECT_FALSE(IsBlank("  x "));
  EXPECT_FALSE(IsBlank("\xEF\xBF\xBD"));
}

}  // namespace
}  // namespace kg
