#include "graph/detail/xml_scanner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/error.h"

namespace kg::detail {
namespace {

// The tokens of `text`, one per line: "<name a=value>", "</name>", "'text'" (references
// decoded), "[cdata]"; or "error <where>: <what>".
std::string Tokens(const std::string& text, XmlLimits limits = {}) {
  const XmlSource src{text, "t"};
  std::string out;
  try {
    XmlScanner xml(src, limits);
    for (auto t = xml.Next(); t != XmlScanner::kEof; t = xml.Next()) {
      if (t == XmlScanner::kStart) {
        out += "<" + std::string(xml.name());
        for (const char* a : {"a", "b", "id"})
          if (auto v = xml.Attribute(a)) {
            std::string value;
            AppendDecoded(*v, value);
            out += std::string(" ") + a + "=" + value;
          }
        out += ">";
      } else if (t == XmlScanner::kEnd) {
        out += "</" + std::string(xml.name()) + ">";
      } else {
        std::string value;
        AppendDecoded(xml.text(), value);
        out += "'" + value + "'";
      }
    }
  } catch (const Error& e) {
    return std::string("error ") + e.what();
  }
  return out;
}

TEST(XmlScanner, TokenizesElementsAttributesAndText) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"<r/>", "<r></r>"},
      {"<r a='1' b=\"2\"></r>", "<r a=1 b=2></r>"},
      {"<r  a = \"x y\"\n/>", "<r a=x y></r>"},
      {"<?xml version=\"1.0\"?>\n<!-- c -->\n<r>t</r>\n<!-- end -->\n", "<r>'t'</r>"},
      {"\xEF\xBB\xBF<r/>", "<r></r>"},  // a byte order mark
      {"<r>a<!-- c -->b<?pi x?>c</r>", "<r>'a''b''c'</r>"},
      {"<r><![CDATA[<&>]]></r>", "<r>'<&>'</r>"},  // CDATA is not decoded
      {"<r a=\"&lt;&amp;&gt;&quot;&apos;\">&#65;&#x42;&#xe9;&#x4E60;&#x1F600;</r>",
       "<r a=<&>\"'>'AB\xC3\xA9\xE4\xB9\xA0\xF0\x9F\x98\x80'</r>"},
      {"<g:r><g:c id='x'/></g:r>", "<g:r><g:c id=x></g:c></g:r>"},
      {"<r a='1' a='2'/>", "<r a=1></r>"},  // the first of repeated attributes
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(Tokens(in), want) << in;
}

TEST(XmlScanner, RefusesWithLineAndColumn) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", ""},  // no root: nothing to refuse here (the GraphML reader does)
      {"<!DOCTYPE r>\n<r/>", "t:1:1: DOCTYPE refused"},
      {"<r>\n<!ENTITY x \"y\"></r>", "t:2:1: entity declarations are refused"},
      {"<r><!ELEMENT r></r>", "t:1:4: markup declarations (<!...>) are refused"},
      {"<r>&x;</r>", "t:1:4: entity reference &x; refused"},
      {"<r>a & b</r>", "t:1:6: '&' must start an entity reference"},
      {"<r a='&#0;'/>", "t:1:7: invalid character reference"},
      {"<r>&#xD800;</r>", "t:1:4: invalid character reference"},
      {"<r>&#99999999;</r>", "t:1:4: invalid character reference"},
      {"<r a='<'/>", "t:1:7: '<' inside an attribute value"},
      {"<r a='1'b='2'/>", "t:1:9: malformed XML: expected white space before an attribute"},
      {"<r a/>", "t:1:5: malformed XML: expected ="},
      {"<r a=1/>", "t:1:6: malformed XML: expected ' or \""},
      {"<r a='1", "t:1:1: unterminated start tag"},
      {"<r", "t:1:1: unterminated start tag"},
      {"<r><", "t:1:4: unterminated start tag"},
      {"< r/>", "t:1:2: malformed XML: expected an element name"},
      {"<r/ >", "t:1:3: malformed XML: expected >"},
      {"<r><c></r>", "t:1:10: malformed XML: invalid closing tag name"},
      {"<r></r x>", "t:1:8: malformed XML: expected >"},
      {"</r>", "t:1:1: end tag without a start tag"},
      {"<r>", "t:1:4: malformed XML: unexpected end of data"},
      {"<r/><r/>", "t:1:6: malformed XML: more than one root element"},
      {"x<r/>", "t:1:1: malformed XML: text outside the root element"},
      {"<r/>\n x", "t:2:2: malformed XML: text outside the root element"},
      {"<![CDATA[x]]><r/>", "t:1:1: malformed XML: CDATA section outside the root element"},
      {"<r><!-- x </r>", "t:1:4: unterminated comment"},
      {"<r><!--></r>", "t:1:4: unterminated comment"},
      {"<r><![CDATA[ x </r>", "t:1:4: unterminated CDATA section"},
      {"<r><? x </r>", "t:1:4: unterminated processing instruction"},
      {"<r>\xC3</r>", "t:1:4: invalid UTF-8"},
      {"<r>\x01</r>", "t:1:4: invalid UTF-8 or a character not allowed in XML 1.0"},
      {"\xFF\xFE<\0r\0/\0>\0", "t:1:1: UTF-16 GraphML is not supported"},
      {"<?xml version='1.0' encoding='latin1'?><r/>", "t:1:21: encoding \"latin1\" is not"},
  };
  for (const auto& [in, want] : cases) {
    const std::string got = Tokens(in);
    if (want.empty())
      EXPECT_EQ(got, "") << in;
    else
      EXPECT_NE(got.find("error " + want), std::string::npos) << in << "\n" << got;
  }
}

TEST(XmlScanner, BoundsDepthAndItems) {
  std::string deep;
  for (int i = 0; i < 3; ++i) deep += "<e>";
  const std::string three = deep + "</e></e></e>";
  EXPECT_EQ(Tokens(three, {.max_depth = 3}).find("error"), std::string::npos);
  EXPECT_NE(Tokens(three, {.max_depth = 2}).find("t:1:7: elements nested deeper than 2"),
            std::string::npos);
  // A self-closing element does not nest: it closes at once.
  EXPECT_EQ(Tokens("<e><e><e/></e></e>", {.max_depth = 2}).find("error"), std::string::npos);

  const std::string items = "<r a='1'><c/><c b='2'/></r>";  // 3 elements, 2 attributes
  EXPECT_EQ(Tokens(items, {.max_items = 5}).find("error"), std::string::npos);
  EXPECT_NE(Tokens(items, {.max_items = 4}).find("t:1:14: more than 4 elements and attributes"),
            std::string::npos);
}

TEST(XmlScanner, DecodesIntoABufferNoLongerThanTheText) {
  for (const std::string raw : {"&#x10FFFF;", "&#1114111;", "a&amp;b", "&#xe9;&#233;", "plain"}) {
    XmlText text{raw, raw.find('&') != std::string::npos};
    std::string out(raw.size(), '\0');
    const std::size_t n = DecodeInto(text, out.data());
    EXPECT_LE(n, raw.size()) << raw;
    std::string appended = "x";
    AppendDecoded(text, appended);
    EXPECT_EQ(appended, "x" + out.substr(0, n)) << raw;
  }
  std::string out;
  AppendDecoded({"&#x10FFFF;&#xe9;&lt;", true}, out);
  EXPECT_EQ(out, "\xF4\x8F\xBF\xBF\xC3\xA9<");
}

TEST(XmlSource, WhereCountsLinesAndBytes) {
  const XmlSource src{"ab\ncd\n\nef", "f"};
  EXPECT_EQ(src.Where(0), "f:1:1");
  EXPECT_EQ(src.Where(2), "f:1:3");  // the newline itself ends line 1
  EXPECT_EQ(src.Where(3), "f:2:1");
  EXPECT_EQ(src.Where(6), "f:3:1");
  EXPECT_EQ(src.Where(8), "f:4:2");
  EXPECT_EQ(src.Where(100), "f:4:3");  // past the end: the end
}

}  // namespace
}  // namespace kg::detail
