#include "export/xml_escape.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kg {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

TEST(XmlEscape, EscapesSpecialsAndReplacesWhatXml10CannotHold) {
  struct Case {
    const char* name;
    std::string input;
    std::string expected;  // the same for content and attributes unless quotes are in it
  };
  const std::vector<Case> cases = {
      {"plain", "Russia", "Russia"},
      {"specials", "a&b<c>d", "a&amp;b&lt;c&gt;d"},
      {"entity-like text", "&amp;", "&amp;amp;"},
      {"cdata end", "]]>", "]]&gt;"},
      {"whitespace references", "a\tb\nc\r\nd", "a&#9;b&#10;c&#13;&#10;d"},
      {"control chars",
       std::string("a\x01"
                   "b\x1F"
                   "c\0d",
                   7),
       "a" + kFffd + "b" + kFffd + "c" + kFffd + "d"},
      {"noncharacters", "\xEF\xBF\xBE\xEF\xBF\xBF", kFffd + kFffd},
      {"DEL and C1 are allowed", "\x7F\xC2\x85", "\x7F\xC2\x85"},
      {"malformed utf-8", "x\xFFy", "x" + kFffd + "y"},
      {"non-ascii kept", "Сергей Лавров", "Сергей Лавров"},
      {"astral kept", "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
      {"trailing backslash", "C:\\", "C:\\"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(XmlEscape(c.input), c.expected) << c.name;
    EXPECT_EQ(XmlEscapeAttribute(c.input), c.expected) << c.name;
  }
}

TEST(XmlEscape, SpacesAReaderWouldSqueezeAreReferencesInContentOnly) {
  struct Case {
    std::string input, content;
  };
  const std::vector<Case> cases = {
      {"a b", "a b"},         {"a  b", "a &#32;b"}, {"a   b", "a &#32;&#32;b"}, {" a", "&#32;a"},
      {"  a", "&#32;&#32;a"}, {"a ", "a "},         {"\t a", "&#9; a"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(XmlEscape(c.input), c.content) << c.input;
    EXPECT_EQ(XmlEscapeAttribute(c.input).find("&#32;"), std::string::npos) << c.input;
  }
}

TEST(XmlEscape, QuotesAreEscapedInAttributesOnly) {
  const std::string text = R"(["a","b's"])";
  EXPECT_EQ(XmlEscape(text), text);
  EXPECT_EQ(XmlEscapeAttribute(text), "[&quot;a&quot;,&quot;b&apos;s&quot;]");
}

TEST(XmlEscape, IsXmlCharFollowsProductionTwo) {
  const std::vector<std::pair<char32_t, bool>> cases = {
      {0x0, false},    {0x8, false},     {0x9, true},      {0xA, true},     {0xB, false},
      {0xD, true},     {0x1F, false},    {0x20, true},     {0xD7FF, true},  {0xD800, false},
      {0xDFFF, false}, {0xE000, true},   {0xFFFD, true},   {0xFFFE, false}, {0xFFFF, false},
      {0x10000, true}, {0x10FFFF, true}, {0x110000, false}};
  for (const auto& [cp, allowed] : cases)
    EXPECT_EQ(IsXmlChar(cp), allowed) << std::hex << static_cast<unsigned>(cp);
}

}  // namespace
}  // namespace kg
