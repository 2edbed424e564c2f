#include "input/jsonl.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <random>
#include <string>

#include "input/decode.h"

namespace kg {
namespace {

using namespace std::string_literals;

struct Case {
  const char* name;
  std::string line;
  bool strict;
  const char* id;           // nullptr: the line is skipped
  std::string diagnostics;  // "severity:reason@offset ..." (k = skipped, r = repaired, n = note)
};

char Letter(Severity s) {
  return s == Severity::kSkipped ? 'k' : s == Severity::kRepaired ? 'r' : 'n';
}

std::string Summary(const JsonlLine& r) {
  std::string s;
  for (const auto& d : r.diagnostics) {
    if (!s.empty()) s += ' ';
    s += std::string(1, Letter(d.severity)) + ":" + d.reason + "@" + std::to_string(d.offset);
  }
  return s;
}

TEST(ParseJsonlLine, Table) {
  const std::vector<Case> cases = {
      {"good", R"({"id":"a","text":"Hello."})", false, "a", ""},
      {"extra members ignored", R"({"id":"a","text":"t","x":{"y":[1,2,{"z":null}]}})", false, "a",
       ""},
      {"truncated", R"({"id":"a","text":"t")", false, nullptr, "k:bad-json@20"},
      {"trailing garbage", R"({"id":"a","text":"t"} x)", false, nullptr, "k:bad-json@22"},
      {"not json", "hello", false, nullptr, "k:bad-json@0"},
      {"array", R"(["id","text"])", false, nullptr, "k:missing-field@0"},
      {"string", R"("just a string")", false, nullptr, "k:missing-field@0"},
      {"no id", R"({"text":"t"})", false, nullptr, "k:missing-field@0"},
      {"no text", R"({"id":"a"})", false, nullptr, "k:missing-field@0"},
      {"numeric id", R"({"id":7,"text":"t"})", false, nullptr, "k:bad-field@0"},
      {"null text", R"({"id":"a","text":null})", false, nullptr, "k:bad-field@0"},
      {"object text", R"({"id":"a","text":{"t":1}})", false, nullptr, "k:bad-field@0"},
      {"empty id", R"({"id":"","text":"t"})", false, nullptr, "k:bad-field@7"},
      {"raw NUL", "{\"id\":\"a\",\"text\":\"a\0b\"}"s, false, nullptr, "k:bad-json@19"},
      {"bad optional", R"({"id":"a","text":"t","title":5,"date":[]})", false, "a",
       "n:bad-field@0 n:bad-field@0"},
      {"lone low surrogate", R"({"id":"a","text":"x \udc00 y"})", false, "a", "r:invalid-utf8@18"},
      {"lone low surrogate strict", R"({"id":"a","text":"x \udc00 y"})", true, nullptr,
       "k:invalid-utf8@18"},
      {"lone high surrogate", R"({"id":"a","text":"x \ud800 y"})", false, nullptr, "k:bad-json@20"},
      // RapidJSON encodes the escape as the bytes ED B0 80: three maximal bad subparts.
      {"bad optional escape strict", R"({"id":"a","text":"t","title":"\udc00"})", true, nullptr,
       "k:invalid-utf8@30"},
      {"surrogate in id", R"({"id":"\udc00","text":"t"})", false,
       "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", "r:invalid-utf8@7"},
      {"escaped NUL is text", R"({"id":"a","text":"a\u0000b"})", false, "a", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const JsonlLine r = ParseJsonlLine(c.line, c.strict);
    EXPECT_EQ(Summary(r), c.diagnostics);
    ASSERT_EQ(r.article.has_value(), c.id != nullptr);
    if (!r.article) continue;
    EXPECT_EQ(r.article->id, c.id);
    EXPECT_EQ(FindInvalidUtf8(r.article->text), std::string::npos);
  }
}

TEST(ParseJsonlLine, OptionalFieldsAndEscapes) {
  const JsonlLine r = ParseJsonlLine(
      R"({"id":"x1","text":"Line one.\nZ\u00fcrich \"quoted\".","title":"T","date":"2024-05-01",)"
      R"("source":"wire","url":"https://example.com/a"})",
      false);
  ASSERT_TRUE(r.article);
  EXPECT_EQ(r.article->text, "Line one.\nZ\xC3\xBCrich \"quoted\".");
  EXPECT_EQ(r.article->title, "T");
  EXPECT_EQ(r.article->date, "2024-05-01");
  EXPECT_EQ(r.article->source, "wire");
  EXPECT_EQ(r.article->url, "https://example.com/a");
}

TEST(ParseJsonlLine, DeepNestingNeedsNoStack) {
  // A recursive parser overflows the stack long before a million levels.
  const std::size_t depth = 1000000;
  std::string line = R"({"id":"deep","text":"t","meta":)";
  line += std::string(depth, '[') + std::string(depth, ']') + "}";
  const JsonlLine r = ParseJsonlLine(line, false);
  ASSERT_TRUE(r.article);
  EXPECT_EQ(r.article->id, "deep");

  const JsonlLine unbalanced = ParseJsonlLine(std::string(depth, '{'), false);
  EXPECT_FALSE(unbalanced.article);
  ASSERT_EQ(unbalanced.diagnostics.size(), 1u);
  EXPECT_EQ(unbalanced.diagnostics[0].reason, "bad-json");
}

TEST(ParseJsonlLine, TextReusesTheLineBuffer) {
  std::string line = R"({"id":"big","text":")" + std::string(8 << 20, 'w') + "\"}";
  const char* buffer = line.data();
  const JsonlLine r = ParseJsonlLine(std::move(line), false);
  ASSERT_TRUE(r.article);
  EXPECT_EQ(r.article->text.size(), 8u << 20);
  EXPECT_EQ(r.article->text.data(), buffer);
}

// The article text (or the error offset) RapidJSON's own byte-by-byte parse gives.
struct Reference {
  bool ok = false;
  std::string text;
  std::size_t error_offset = 0;
};
Reference ParseWithRapidJson(const std::string& line) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseIterativeFlag>(line.c_str());
  Reference r;
  if (doc.HasParseError()) {
    r.error_offset = doc.GetErrorOffset();
    return r;
  }
  r.ok = true;
  r.text.assign(doc["text"].GetString(), doc["text"].GetStringLength());
  return r;
}

// The line is parsed in place with a 16-byte scan of unescaped runs: every escape, quote
// and control byte at every offset from a 16-byte boundary, before and after runs the
// scan copies backwards (an earlier escape shortened the string), and strings ending in
// the line's last 16 bytes, must give what RapidJSON's plain parse gives.
TEST(ParseJsonlLine, InPlaceScanMatchesRapidJsonAtEveryOffset) {
  const std::vector<std::string> pieces = {
      "\\n", "\\\"", "\\\\", "\\/", "\\u00fc", "\\t", "\xC3\xBC", "\xE2\x80\x99", "'",
      "\x01", "\x1A", "\x1F", "\x19", "\x7F", "\"", " "};
  std::mt19937 rng(7);
  std::size_t compared = 0;
  for (std::size_t lead = 0; lead < 40; ++lead) {
    for (const std::string& piece : pieces) {
      for (const char* before : {"", "\\n"}) {  // "\n" first: the copy runs behind the read
        std::string body = before + std::string(lead, 'a') + piece;
        body += std::string(rng() % 40, 'b');
        const std::string line = R"({"id":"x","text":")" + body + "\"}";
        SCOPED_TRACE(testing::PrintToString(line));
        const Reference want = ParseWithRapidJson(line);
        const JsonlLine got = ParseJsonlLine(line, false);
        ASSERT_EQ(got.article.has_value(), want.ok);
        if (want.ok) {
          EXPECT_EQ(got.article->text, want.text);
        } else {
          ASSERT_EQ(got.diagnostics.size(), 1u);
          EXPECT_EQ(got.diagnostics[0].reason, "bad-json");
          EXPECT_EQ(got.diagnostics[0].offset, want.error_offset);
        }
        ++compared;
      }
    }
  }
  EXPECT_EQ(compared, 40u * 16u * 2u);
}

}  // namespace
}  // namespace kg
