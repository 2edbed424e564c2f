#include "export/json_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <sstream>
#include <string>
#include <vector>

#include "export/json_stream.h"
#include "tests/export/golden.h"
#include "tests/export/small_graph.h"

namespace kg {
namespace {

std::string Json(const KnowledgeGraph& graph) {
  std::ostringstream out;
  WriteJson(graph, out);
  return out.str();
}

std::vector<std::string> Strings(const rapidjson::Value& array) {
  std::vector<std::string> out;
  for (const auto& v : array.GetArray()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

TEST(JsonWriter, MatchesTheGoldenFile) {
  testing::ExpectGolden(Json(testing::SmallGraph()), "tests/data/golden/small.json");
}

TEST(JsonWriter, SameBytesWhateverTheOrderTheGraphWasBuiltIn) {
  EXPECT_EQ(Json(testing::SmallGraph()), Json(testing::SmallGraphReversed()));
}

TEST(JsonWriter, ParsesBackWithEveryAttribute) {
  const KnowledgeGraph graph = testing::SmallGraph();
  rapidjson::Document doc;
  const std::string text = Json(graph);
  doc.Parse(text.c_str(), text.size());
  ASSERT_FALSE(doc.HasParseError()) << doc.GetParseError() << " at " << doc.GetErrorOffset();

  const auto& nodes = doc["nodes"].GetArray();
  const auto ids = graph.Nodes();
  ASSERT_EQ(nodes.Size(), ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const EntityNode& node = graph.node(ids[i]);
    const auto& n = nodes[i];
    SCOPED_TRACE(node.id);
    EXPECT_EQ(n["id"].GetString(), node.id);
    EXPECT_EQ(n["type"].GetString(), ToString(node.type));
    EXPECT_EQ(n["iso"].GetString(), node.iso);
    EXPECT_EQ(n["mentions"].GetUint64(), node.mentions);
    EXPECT_EQ(n["articles"].GetUint64(), node.articles.size());
    EXPECT_EQ(n["aliases"].Size(), node.aliases.size());
  }
  EXPECT_EQ(std::string(nodes[4]["label"].GetString()), "Сергей Лавров");
  // The BEL is kept: JSON can hold it, as \u0007.
  EXPECT_EQ(std::string(nodes[5]["label"].GetString()), "AT&T <\"Alliance\"> 'x'\x07");
  EXPECT_EQ(Strings(nodes[5]["aliases"]), (std::vector<std::string>{"bad\xEF\xBF\xBD"
                                                                    "byte",
                                                                    "non\xEF\xBF\xBE"
                                                                    "char"}));

  const auto& edges = doc["edges"].GetArray();
  ASSERT_EQ(edges.Size(), graph.edge_count());
  const auto& official = edges[5];
  EXPECT_STREQ(official["id"].GetString(), "e5");
  EXPECT_STREQ(official["source"].GetString(), "person:sergey-lavrov");
  EXPECT_STREQ(official["target"].GetString(), "country:RU");
  EXPECT_STREQ(official["relation"].GetString(), "official_of");
  EXPECT_STREQ(official["label"].GetString(), "official of (foreign minister)");
  EXPECT_STREQ(official["role"].GetString(), "foreign minister");
  EXPECT_EQ(official["weight"].GetDouble(), 2);
  EXPECT_EQ(Strings(official["articles"]), (std::vector<std::string>{"a1", "a2"}));
  const auto& evidence = official["evidence"].GetArray();
  ASSERT_EQ(evidence.Size(), 2u);
  EXPECT_STREQ(evidence[0]["article"].GetString(), "a1");
  EXPECT_EQ(evidence[0]["begin"].GetUint64(), 0u);
  EXPECT_EQ(evidence[0]["end"].GetUint64(), 52u);
  EXPECT_STREQ(evidence[0]["text"].GetString(),
               "Russia's foreign minister said \"no\" & left <early>.");
  EXPECT_FALSE(evidence[0].HasMember("speaker"));
  EXPECT_STREQ(evidence[1]["text"].GetString(), "Сергей Лавров\x01 said:\r\nno\tcomment");
  EXPECT_STREQ(evidence[1]["speaker"].GetString(), "person:sergey-lavrov");
  EXPECT_STREQ(edges[6]["role"].GetString(), "");
  EXPECT_EQ(edges[6]["weight"].GetDouble(), 1.5);
}

// Documents many times the stream's buffer, with escapes straddling its edges: the
// same bytes as RapidJSON's own string buffer, flushed at the latest on destruction.
TEST(JsonOStream, WritesWhatRapidJsonWritesWhateverTheLength) {
  auto write = [](auto& writer) {
    writer.StartArray();
    std::string text;
    for (int i = 0; i < 20000; ++i) text += (i % 7 == 0) ? "\"q\"\n" : "ab";
    writer.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
    for (int i = 0; i < 5000; ++i) writer.Uint(static_cast<unsigned>(i) * 7919u);
    writer.EndArray();
  };
  rapidjson::StringBuffer expected;
  rapidjson::Writer<rapidjson::StringBuffer> reference(expected);
  write(reference);
  std::ostringstream out;
  {
    JsonOStream stream(out);
    rapidjson::Writer<JsonOStream> writer(stream);
    write(writer);
  }  // not flushed by hand
  EXPECT_GT(out.str().size(), 10u * 8192u);
  EXPECT_EQ(out.str(), std::string(expected.GetString(), expected.GetSize()));
}

TEST(JsonWriter, EmptyGraph) {
  rapidjson::Document doc;
  doc.Parse(Json(KnowledgeGraph()).c_str());
  ASSERT_FALSE(doc.HasParseError());
  EXPECT_TRUE(doc["nodes"].GetArray().Empty());
  EXPECT_TRUE(doc["edges"].GetArray().Empty());
}

}  // namespace
}  // namespace kg
