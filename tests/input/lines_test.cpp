#include "input/lines.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace kg {
namespace {

using namespace std::string_literals;

std::vector<std::string> AllLines(const std::string& bytes, std::size_t max = 1 << 20) {
  std::istringstream in(bytes);
  LineReader lines(in, max);
  std::vector<std::string> out;
  std::string line;
  while (lines.Next(line)) out.push_back(lines.too_long() ? "<too long>" : line);
  return out;
}

using Lines = std::vector<std::string>;

TEST(LineReader, Table) {
  const struct {
    const char* name;
    std::string in;
    Lines out;
  } cases[] = {
      {"empty", "", {}},
      {"one newline", "\n", {""}},
      {"no final newline", "a\nb", {"a", "b"}},
      {"crlf", "a\r\nb\r\n", {"a", "b"}},
      {"lone cr kept inside", "a\rb\n", {"a\rb"}},
      {"blank lines", "a\n\n\nb\n", {"a", "", "", "b"}},
      {"utf8 bom consumed", "\xEF\xBB\xBF{}\n{}", {"{}", "{}"}},
      {"utf16le", "\xFF\xFEh\0i\0\n\0x\0\r\0\n\0"s, {"h\0i\0"s, "x\0"s}},
      {"utf16be", "\xFE\xFF\0h\0\n\0x"s, {"\0h"s, "\0x"s}},
      {"utf16le odd tail", "\xFF\xFEh\0i"s, {"h\0i"s}},
      {"utf16le newline byte not at unit start", "\xFF\xFE\0\n\0a\n\0"s, {"\0\n\0a"s}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(AllLines(c.in), c.out);
  }
}

TEST(LineReader, LinesAcrossBufferBoundariesAndLongLines) {
  const std::string a(100000, 'a'), b(200000, 'b');
  EXPECT_EQ(AllLines(a + "\n" + b + "\nc"), (Lines{a, b, "c"}));
  // Over the cap: read through, reported, not kept; the next line is intact.
  EXPECT_EQ(AllLines(a + "\n" + b + "\nc", 150000), (Lines{a, "<too long>", "c"}));
}

TEST(LineReader, CountsLinesAndReportsTheBom) {
  std::istringstream in(
      "\xEF\xBB\xBF"
      "a\n\nb\n");
  LineReader lines(in, 100);
  std::string line;
  ASSERT_TRUE(lines.Next(line));
  EXPECT_EQ(lines.line_number(), 1u);
  EXPECT_EQ(lines.bom().encoding, Encoding::kUtf8);
  EXPECT_EQ(lines.encoding(), Encoding::kUtf8);
  ASSERT_TRUE(lines.Next(line));
  ASSERT_TRUE(lines.Next(line));
  EXPECT_EQ(line, "b");
  EXPECT_EQ(lines.line_number(), 3u);
  EXPECT_FALSE(lines.Next(line));
  EXPECT_FALSE(lines.Next(line));
}

TEST(LineReader, Utf16LinesDecode) {
  const std::string bytes = "\xFF\xFE"s + "Z\0\xFC\0r\0\n\0"s;
  std::istringstream in(bytes);
  LineReader lines(in, 100);
  std::string line;
  ASSERT_TRUE(lines.Next(line));
  EXPECT_EQ(lines.encoding(), Encoding::kUtf16Le);
  EXPECT_EQ(Decode(line, {.encoding = lines.encoding()}).text, "Z\xC3\xBCr");
}

}  // namespace
}  // namespace kg
