#include "export/xml_escape.h"

#include <gtest/gtest.h>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <map>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "export/utf8.h"

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

TEST(XmlEscapeJsonString, EscapesForJsonThenForXmlInOnePass) {
  struct Case {
    const char* name;
    std::string input;
    std::string content, attribute;  // the literal, quotes included
  };
  const std::vector<Case> cases = {
      {"plain", "Russia", R"("Russia")", "&quot;Russia&quot;"},
      {"empty", "", R"("")", "&quot;&quot;"},
      {"quotes", R"(say "no")", R"("say \"no\"")", R"(&quot;say \&quot;no\&quot;&quot;)"},
      {"apostrophe", "it's", R"("it's")", "&quot;it&apos;s&quot;"},
      {"backslash", "C:\\Temp\\", R"("C:\\Temp\\")", R"(&quot;C:\\Temp\\&quot;)"},
      {"markup", "AT&T <x>", R"("AT&amp;T &lt;x&gt;")", "&quot;AT&amp;T &lt;x&gt;&quot;"},
      {"json escapes", "\t\n\r\b\f", R"("\t\n\r\b\f")", R"(&quot;\t\n\r\b\f&quot;)"},
      {"other controls", std::string("a\0b\x01\x1F", 5), R"("a\u0000b\u0001\u001F")",
       R"(&quot;a\u0000b\u0001\u001F&quot;)"},
      {"controls past 0x19, in a long string", "0123456789abcdef\x1A\x1B\x1F",
       R"("0123456789abcdef\u001A\u001B\u001F")",
       R"(&quot;0123456789abcdef\u001A\u001B\u001F&quot;)"},
      {"DEL kept", "\x7F", "\"\x7F\"", "&quot;\x7F&quot;"},
      {"spaces", " a  b ", "\" a &#32;b \"", "&quot; a  b &quot;"},
      {"only spaces", "   ", "\" &#32;&#32;\"", "&quot;   &quot;"},
      {"non-ascii kept", "Сергей «Лавров»", "\"Сергей «Лавров»\"", "&quot;Сергей «Лавров»&quot;"},
      {"malformed utf-8", "x\xFFy\xE2\x82", "\"x" + kFffd + "y" + kFffd + "\"",
       "&quot;x" + kFffd + "y" + kFffd + "&quot;"},
      {"surrogate", "\xED\xA0\x80", "\"" + kFffd + kFffd + kFffd + "\"",
       "&quot;" + kFffd + kFffd + kFffd + "&quot;"},
      {"noncharacter", "\xEF\xBF\xBF", "\"" + kFffd + "\"", "&quot;" + kFffd + "&quot;"},
  };
  for (const auto& c : cases) {
    std::string content, attribute;
    AppendXmlEscapedJsonString(content, c.input, false);
    AppendXmlEscapedJsonString(attribute, c.input, true);
    EXPECT_EQ(content, c.content) << c.name;
    EXPECT_EQ(attribute, c.attribute) << c.name;
  }
}

// The rules of xml_escape.h written the obvious way, one code point at a time: the
// reference for the escapers, which skip plain runs 16 bytes at a time.
std::string ReferenceXmlEscape(std::string_view text, bool attribute) {
  const std::map<char32_t, std::string> references = {{'&', "&amp;"},
                                                      {'<', "&lt;"},
                                                      {'>', "&gt;"},
                                                      {'\t', "&#9;"},
                                                      {'\n', "&#10;"},
                                                      {'\r', "&#13;"},
                                                      {'"', attribute ? "&quot;" : "\""},
                                                      {'\'', attribute ? "&apos;" : "'"}};
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const CodePoint cp = DecodeUtf8(text, pos);
    const char32_t c = cp.valid && IsXmlChar(cp.value) ? cp.value : kReplacementCharacter;
    if (c == ' ' && !attribute && (pos == 0 || text[pos - 1] == ' ')) {
      out += "&#32;";  // what rapidxml would trim or squeeze
    } else if (references.count(c)) {
      out += references.at(c);
    } else {
      AppendUtf8(c, out);
    }
    pos += cp.length;
  }
  return out;
}

// Fixed pseudo-random texts (the same on every run): short ones of bytes that matter to
// one escape or another, and long ones of plain text with such bytes here and there, so
// that some 16-byte blocks are plain and some are not.
std::vector<std::string> SampleTexts() {
  constexpr char kBytes[] =
      " \"'\\&<>\t\n\r\0\x01\x1A\x1F\x7F"
      "ab\x80\xBF\xC2\xC3\xA4\xE2\x82\xAC\xED\xA0\xEF\xBF\xBE\xF0\x9F\xF4\xF5\xFF";
  const std::string special(kBytes, sizeof kBytes - 1);
  const std::string plain = "abcdefghij     .,;:ABC0123";
  std::minstd_rand random(42);
  std::vector<std::string> texts;
  for (int i = 0; i < 20000; ++i) {
    std::string text(random() % 24, ' ');
    for (char& c : text) c = special[random() % special.size()];
    texts.push_back(text);
  }
  for (int i = 0; i < 5000; ++i) {
    std::string text(16 + random() % 80, ' ');
    for (char& c : text)
      c = random() % 25 == 0 ? special[random() % special.size()] : plain[random() % plain.size()];
    texts.push_back(text);
  }
  return texts;
}

TEST(XmlEscape, EqualsTheRulesAppliedOneCodePointAtATime) {
  for (const std::string& text : SampleTexts()) {
    ASSERT_EQ(XmlEscape(text), ReferenceXmlEscape(text, false)) << testing::PrintToString(text);
    ASSERT_EQ(XmlEscapeAttribute(text), ReferenceXmlEscape(text, true))
        << testing::PrintToString(text);
  }
}

// The writers used to build JSON with RapidJSON (after repairing the UTF-8) and escape it
// for XML afterwards; the one-pass escaper must give the same bytes, whatever the input.
TEST(XmlEscapeJsonString, EqualsRapidJsonThenXmlEscape) {
  auto two_pass = [](std::string_view text, bool attribute) {
    const std::string valid = ValidUtf8(text);
    // Through an ostream, not a StringBuffer: RapidJSON 1.1.0's SSE2 scan, which only
    // StringBuffer gets, compares with 0x19 and lets 0x1A..0x1F through unescaped.
    std::ostringstream json;
    rapidjson::OStreamWrapper stream(json);
    rapidjson::Writer<rapidjson::OStreamWrapper> writer(stream);
    writer.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
    return ReferenceXmlEscape(json.str(), attribute);
  };
  for (const std::string& text : SampleTexts()) {
    for (bool attribute : {false, true}) {
      std::string one_pass;
      AppendXmlEscapedJsonString(one_pass, text, attribute);
      ASSERT_EQ(one_pass, two_pass(text, attribute)) << testing::PrintToString(text) << attribute;
    }
  }
}

}  // namespace
}  // namespace kg
