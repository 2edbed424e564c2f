#include "export/dot_escape.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kg {
namespace {

struct Case {
  const char* name;
  std::string input;
  std::string id;     // DotId(input)
  std::string label;  // DotLabel(input)
};

TEST(DotEscape, QuotesEverythingAndEscapesWhatGraphvizInterprets) {
  const std::vector<Case> cases = {
      {"keyword graph", "graph", R"("graph")", R"("graph")"},
      {"keyword strict", "strict", R"("strict")", R"("strict")"},
      {"empty", "", R"("")", R"("")"},
      {"quotes", R"(say "hi")", R"("say \"hi\"")", R"("say \"hi\"")"},
      {"trailing backslash", "C:\\", R"("C:\\")", R"("C:\\")"},
      {"backslash-n is text", "a\\nb", R"("a\\nb")", R"("a\\nb")"},
      {"newline", "a\nb", R"("a\nb")", R"("a\nb")"},
      {"crlf is one break", "a\r\nb", R"("a\nb")", R"("a\nb")"},
      {"lone cr", "a\rb", R"("a\nb")", R"("a\nb")"},
      {"tab", "a\tb", R"("a b")", R"("a b")"},
      {"controls dropped",
       std::string("a\x01\x7F\xC2\x85"
                   "b\0",
                   8),
       R"("ab")", R"("ab")"},
      {"noncharacter dropped",
       "a\xEF\xBF\xBE"
       "b",
       R"("ab")", R"("ab")"},
      {"ampersand", "AT&T &lt;", R"("AT&T &lt;")", R"("AT&amp;T &amp;lt;")"},
      {"angle brackets", "<b>", R"("<b>")", R"("<b>")"},
      {"non-ascii", "Сергей Лавров", "\"Сергей Лавров\"", "\"Сергей Лавров\""},
      {"malformed utf-8", "a\xFF", "\"a\xEF\xBF\xBD\"", "\"a\xEF\xBF\xBD\""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(DotId(c.input), c.id) << c.name;
    EXPECT_EQ(DotLabel(c.input), c.label) << c.name;
  }
}

TEST(DotEscape, AppendDotQuotedAppendsWhatDotIdAndDotLabelReturn) {
  const std::string text = "a long label with \"quotes\", AT&T, a\\b, Сергей\r\nand a tab\t.";
  for (bool label : {false, true}) {
    std::string out = "kept ";
    AppendDotQuoted(out, text, label);
    EXPECT_EQ(out, "kept " + (label ? DotLabel(text) : DotId(text)));
  }
  EXPECT_EQ(DotLabel(text),
            R"("a long label with \"quotes\", AT&amp;T, a\\b, Сергей\nand a tab .")");
}

}  // namespace
}  // namespace kg
