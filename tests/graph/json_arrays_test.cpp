#include "graph/detail/json_arrays.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kg::detail {
namespace {

std::string StringsOf(const std::string& json) {
  JsonArrays parser;
  std::set<std::string> out;
  const std::string problem = parser.Strings(json, out);
  if (!problem.empty()) return "problem: " + problem;
  std::string joined;
  for (const auto& s : out) joined += "[" + s + "]";
  return joined;
}

std::string EvidenceOf(const std::string& json) {
  JsonArrays parser;
  std::vector<Evidence> out;
  const std::string problem = parser.EvidenceList(json, out);
  if (!problem.empty()) return "problem: " + problem;
  std::string joined;
  for (const auto& e : out)
    joined += "{" + e.article_id + "," + std::to_string(e.span.begin) + "," +
              std::to_string(e.span.end) + "," + e.text + "," + e.speaker + "}";
  return joined;
}

TEST(JsonArrays, ReadsArraysOfStrings) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"(["b", "a", "b"])", "[a][b]"},
      {R"( [ ] )", ""},
      {R"(["\"q\"\\", "\u00e9\n"])", "[\"q\"\\][\xC3\xA9\n]"},
      {R"(["a", 1])", "problem: holds a value that is not a string"},
      {R"(["a", ["b"]])", "problem: holds a value that is not a string"},
      {R"(["a", {"b": "c"}])", "problem: holds a value that is not a string"},
      {R"("a")", "problem: is not a JSON array"},
      {R"({"a": ["b"]})", "problem: is not a JSON array"},
      // A syntax error anywhere wins over a wrong value before it.
      {R"([1, "a")",
       "problem: is not valid JSON: Missing a comma or ']' after an array element. "
       "(at character 7)"},
      {"", "problem: is not valid JSON: The document is empty. (at character 0)"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(StringsOf(in), want) << in;
}

TEST(JsonArrays, ReadsEvidenceAsATreeWould) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"([{"article": "a1", "begin": 3, "end": 9, "text": "t", "speaker": "p"}])", "{a1,3,9,t,p}"},
      {R"([{"end": 9, "article": "a1", "x": [1, {"y": null}], "begin": 3}, {}])",
       "{a1,3,9,,}{,0,0,,}"},
      {R"([{"article": null, "speaker": null, "begin": -0, "end": 4294967296}])",
       "{,0,4294967296,,}"},
      {R"([{"article": "first", "article": "second", "end": 2, "end": "x"}])",
       "{first,0,2,,}"},  // the first of repeated members counts
      {R"([{"article": 1}])", "problem: article is not a string"},
      {R"([{"speaker": ["p"]}])", "problem: speaker is not a string"},
      {R"([{"begin": 1.0}])", "problem: begin is not an offset"},
      {R"([{"end": -1}])", "problem: end is not an offset"},
      {R"([{"end": null}])", "problem: end is not an offset"},
      {R"([{"begin": 5, "end": 4}])", "problem: ends before it begins"},
      // Members are checked in a fixed order, pieces of evidence one after the other.
      {R"([{"end": "x", "article": 1}])", "problem: article is not a string"},
      {R"([{"begin": 5, "end": 4}, "x"])", "problem: ends before it begins"},
      {R"(["x", {"begin": 5, "end": 4}])", "problem: holds a value that is not an object"},
      {R"({"article": "a"})", "problem: is not a JSON array"},
      {R"([{"begin": 5, "end": 4}, {"a" 1}])",
       "problem: is not valid JSON: Missing a colon after a name of object member. "
       "(at character 30)"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(EvidenceOf(in), want) << in;
}

// Iterative parsing: nesting as deep as the input allows, without recursion.
TEST(JsonArrays, SurvivesDeepNesting) {
  const std::string deep = std::string(200'000, '[') + std::string(200'000, ']');
  EXPECT_EQ(StringsOf(deep), "problem: holds a value that is not a string");
  EXPECT_EQ(EvidenceOf(deep), "problem: holds a value that is not an object");
  EXPECT_EQ(StringsOf(std::string(200'000, '[')).rfind("problem: is not valid JSON", 0), 0u);
}

TEST(JsonArrays, OneParserReadsManyValues) {
  JsonArrays parser;
  std::set<std::string> a, b;
  EXPECT_EQ(parser.Strings(R"(["x", 1])", a), "holds a value that is not a string");
  EXPECT_EQ(parser.Strings(R"(["y"])", b), "");
  EXPECT_EQ(b, (std::set<std::string>{"y"}));
}

}  // namespace
}  // namespace kg::detail
