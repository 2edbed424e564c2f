#include "input/html.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "input/decode.h"

namespace kg {
namespace {

TEST(StripHtml, Table) {
  const struct {
    const char* name;
    std::string in, text;
  } cases[] = {
      {"plain", "Just text.", "Just text."},
      {"inline tags vanish", "<b>Joe</b> <i>Biden</i>", "Joe Biden"},
      {"blocks break lines", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
      {"br and li are one line", "a<br>b<ul><li>c</li><li>d</li></ul>", "a\nb\n\nc\nd"},
      {"cells are spaced", "<table><tr><td>a</td><td>b</td></tr></table>", "a b"},
      {"white space collapses", "  a \n\t b  ", "a b"},
      {"comment", "a<!-- <p>hidden</p> -->b", "ab"},
      {"script and style",
       "a<script>if (x < y) document.write('<p>')</script>b"
       "<STYLE>p{}</STYLE>c",
       "abc"},
      {"close tag case-insensitive", "<Script>x</SCRIPT>ok", "ok"},
      {"doctype and pi", "<!DOCTYPE html><?xml version='1.0'?>x", "x"},
      {"quoted > in attribute", "<a title=\"a > b\" href='x>y'>link</a>", "link"},
      {"apostrophe in unquoted value", "<p title=it's>Text's fine</p>", "Text's fine"},
      {"named entities", "&amp;&lt;&gt;&quot;&apos;", "&<>\"'"},
      {"latin-1 names", "Caf&eacute; &Uuml;ber &szlig;",
       "Caf\xC3\xA9 \xC3\x9C"
       "ber \xC3\x9F"},
      {"punctuation names", "a&mdash;b &ldquo;c&rdquo; &hellip;",
       "a\xE2\x80\x94"
       "b \xE2\x80\x9C"
       "c\xE2\x80\x9D \xE2\x80\xA6"},
      {"nbsp is a space", "a&nbsp;&nbsp;b", "a b"},
      {"numeric white space collapses", "a&#10;&#32;&#9;b", "a b"},
      {"numeric", "&#233;&#xE9;&#XE9;&#128512;", "\xC3\xA9\xC3\xA9\xC3\xA9\xF0\x9F\x98\x80"},
      {"C1 numeric as windows-1252", "&#147;q&#148;", "\xE2\x80\x9Cq\xE2\x80\x9D"},
      {"invalid code points", "&#0;&#xD800;&#x110000;&#99999999999999999999;",
       "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"unknown or unterminated", "&bogus; &amp &#; &#x; AT&T", "&bogus; &amp &#; &#x; AT&T"},
      {"lone less-than", "3 < 4 and 5 <= 6", "3 < 4 and 5 <= 6"},
      {"unterminated tag dropped", "text <a href=\"x", "text"},
      {"unterminated comment dropped", "text <!-- never closed", "text"},
      {"unterminated script dropped", "text <script> var x;", "text"},
      {"cdata kept", "<![CDATA[a<b]]>", "a<b"},
      {"shy dropped", "co&shy;operate", "cooperate"},
      {"empty", "", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const HtmlText page = StripHtml(c.in);
    EXPECT_EQ(page.text, c.text);
    EXPECT_EQ(FindInvalidUtf8(page.text), std::string::npos);
  }
}

TEST(StripHtml, TitleIsReturnedApartAndNotInText) {
  const HtmlText page = StripHtml(
      "<html><head><title> Summit &amp;\n talks <b>x</b></title></head>"
      "<body><p>Body.</p></body></html>");
  EXPECT_EQ(page.title, "Summit & talks <b>x</b>");
  EXPECT_EQ(page.text, "Body.");
}

TEST(StripHtml, NestedTitlesDoNotRecurse) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<title>";
  html += "t</title>after";
  const HtmlText page = StripHtml(html);
  EXPECT_EQ(page.text, "after");
}

// Hostile inputs that would be quadratic for a parser that rescans: each must stay linear.
TEST(StripHtml, HostileInputsStayLinear) {
  const std::string units[][2] = {{"<a \"", ""},   {"<!--", ""},     {"<script>", ""},
                                  {"&#", ""},      {"<", ""},        {"<title>", ""},
                                  {"<a b='>", ""}, {"&#10;", "<p>"}, {"</scrip", ""}};
  for (const auto& [u, then] : units) {
    std::string html;
    while (html.size() < (1u << 20)) html += u;
    while (!then.empty() && html.size() < (2u << 20)) html += then;
    const auto start = std::chrono::steady_clock::now();
    const HtmlText page = StripHtml(html);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 1.0) << u;
    EXPECT_EQ(FindInvalidUtf8(page.text), std::string::npos);
  }
}

TEST(LooksLikeHtml, Table) {
  const struct {
    std::string in;
    bool html;
  } cases[] = {
      {"<!DOCTYPE html><p>x", true},
      {"  \n<HTML><body>x</body></HTML>", true},
      {"<!-- saved page --><html>", true},
      {"<div>fragment</div><body>", true},
      {"Plain text about <html> tags.", false},
      {"<div>fragment only</div>", false},
      {"", false},
      {"   ", false},
  };
  for (const auto& c : cases) EXPECT_EQ(LooksLikeHtml(c.in), c.html) << c.in;
}

}  // namespace
}  // namespace kg
