#include "export/dot_writer.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "tests/export/golden.h"
#include "tests/export/small_graph.h"

namespace kg {
namespace {

std::string Dot(const KnowledgeGraph& graph) {
  std::ostringstream out;
  WriteDot(graph, out);
  return out.str();
}

TEST(DotWriter, MatchesTheGoldenFile) {
  testing::ExpectGolden(Dot(testing::SmallGraph()), "tests/data/golden/small.dot");
}

TEST(DotWriter, SameBytesWhateverTheOrderTheGraphWasBuiltIn) {
  EXPECT_EQ(Dot(testing::SmallGraph()), Dot(testing::SmallGraphReversed()));
}

TEST(DotWriter, WritesTheStatementsTheContractAsksFor) {
  const std::string text = Dot(testing::SmallGraph());
  const std::vector<std::string> lines = {
      "digraph kgraph {\n",
      "charset=\"UTF-8\"",
      "subgraph cluster_legend {",
      R"(  "graph" [label="C:\\Temp\\", shape=ellipse, fillcolor="#E69F00"];)",
      R"(  "country:RU" [label="Russia", shape=box, fillcolor="#56B4E9"];)",
      R"(  "alliance:nato" [label="NATO", shape=hexagon, fillcolor="#009E73"];)",
      R"(  "strict" [label="AT&amp;T <\"Alliance\"> 'x'", shape=hexagon, fillcolor="#009E73"];)",
      R"(  "person:sergey-lavrov" [label="Сергей Лавров", shape=ellipse, fillcolor="#E69F00"];)",
      R"(  "graph" -> "person:sergey-lavrov" [label="meets", dir=none, penwidth=1.0];)",
      R"x(  "person:sergey-lavrov" -> "country:RU" [label="official_of (foreign minister)", penwidth=2.0];)x",
      R"(  "country:RU" -> "alliance:nato" [label="criticizes", penwidth=2.6];)",
  };
  for (const auto& line : lines) EXPECT_NE(text.find(line), std::string::npos) << line;
}  // namespace

TEST(DotWriter, LegendIdsNeverCollideWithEntityIds) {
  KnowledgeGraph graph;
  graph.AddNode({"legend:person", "Tricky", EntityType::kPerson, "", {}, {}, 1});
  const std::string text = Dot(graph);
  EXPECT_NE(text.find(R"("legend:person_" [label="person")"), std::string::npos);
  EXPECT_NE(text.find(R"("legend:person" [label="Tricky")"), std::string::npos);
}

// A chain of `edges` co_mention edges.
KnowledgeGraph Chain(std::size_t edges) {
  KnowledgeGraph graph;
  for (std::size_t i = 0; i <= edges; ++i)
    graph.AddNode({"n" + std::to_string(i), "N", EntityType::kCountry, "", {}, {}, 1});
  for (std::size_t i = 0; i < edges; ++i)
    graph.AddEdge(i, RelationType::kCoMention, i + 1, {RelationType::kCoMention, {}, 1, {}, {}});
  return graph;
}

TEST(DotWriter, AsksForSplinesOnlyWhereSfdpCanAffordThem) {
  const std::vector<std::pair<std::size_t, bool>> cases = {{0, true}, {150, true}, {151, false}};
  for (const auto& [edges, splines] : cases) {
    EXPECT_EQ(Dot(Chain(edges)).find("splines=true") != std::string::npos, splines) << edges;
  }
}

TEST(DotWriter, PenWidthIsBounded) {
  KnowledgeGraph graph;
  auto a = graph.AddNode({"a", "A", EntityType::kCountry, "", {}, {}, 1});
  auto b = graph.AddNode({"b", "B", EntityType::kCountry, "", {}, {}, 1});
  graph.AddEdge(a, RelationType::kSupports, b, {RelationType::kSupports, {}, 1e9, {}, {}});
  EXPECT_NE(Dot(graph).find("penwidth=5.0]"), std::string::npos);
}

}  // namespace
}  // namespace kg
