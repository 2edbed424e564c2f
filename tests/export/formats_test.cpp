// Several formats in one pass (export/formats.h): each stream gets exactly the bytes of
// its format's own writer, whatever the order and number of formats.
#include "export/formats.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "tests/export/golden.h"
#include "tests/export/small_graph.h"

namespace kg {
namespace {

// A graph with more elements than the small one: the writers' edge numbering and DOT's
// spline cut-off (150 edges) see a real count, and every kind of node and edge occurs.
KnowledgeGraph Larger() {
  KnowledgeGraph graph = testing::SmallGraph();
  const auto first = graph.node_count();
  for (std::size_t i = 0; i < 200; ++i)
    graph.AddNode({"person:p" + std::to_string(i), "P \"" + std::to_string(i) + "\" <x>",
                   EntityType::kPerson, "", {"P", "Q & R"}, {}, i + 1});
  for (std::size_t i = 0; i + 1 < 200; ++i) {
    RelationEdge edge{RelationType::kMeets, {}, 1, {}, {}};
    edge.evidence.push_back({"a" + std::to_string(i), {i, i + 5}, "They met  again.\t", ""});
    graph.AddEdge(first + i, i % 3 ? RelationType::kMeets : RelationType::kCriticizes, first + i + 1,
                  std::move(edge));
  }
  return graph;
}

std::string One(void (*write)(const KnowledgeGraph&, std::ostream&), const KnowledgeGraph& g) {
  std::ostringstream out;
  write(g, out);
  return out.str();
}

TEST(WriteFormats, EachStreamGetsItsOwnWritersBytes) {
  const KnowledgeGraph graphs[] = {testing::SmallGraph(), Larger()};
  for (const KnowledgeGraph& graph : graphs) {
    std::ostringstream dot, graphml, gexf, graphml2;
    WriteFormats(graph, {{GraphFormat::kDot, &dot},
                         {GraphFormat::kGraphML, &graphml},
                         {GraphFormat::kGexf, &gexf},
                         {GraphFormat::kGraphML, &graphml2}});
    EXPECT_EQ(graphml.str(), One(&WriteGraphML, graph));
    EXPECT_EQ(graphml2.str(), graphml.str());
    EXPECT_EQ(gexf.str(), One(&WriteGexf, graph));
    EXPECT_EQ(dot.str(), One(&WriteDot, graph));
    EXPECT_GT(gexf.str().size(), graphml.str().size());
  }
  // And those are the goldens of the small graph.
  std::ostringstream graphml, gexf, dot;
  WriteFormats(testing::SmallGraph(), {{GraphFormat::kGexf, &gexf},
                              {GraphFormat::kGraphML, &graphml},
                              {GraphFormat::kDot, &dot}});
  EXPECT_EQ(graphml.str(), testing::ReadFile("tests/data/golden/small.graphml"));
  EXPECT_EQ(gexf.str(), testing::ReadFile("tests/data/golden/small.gexf"));
  EXPECT_EQ(dot.str(), testing::ReadFile("tests/data/golden/small.dot"));
}

TEST(WriteFormats, NamesTheGraphFormats) {
  EXPECT_EQ(ParseGraphFormat("graphml"), GraphFormat::kGraphML);
  EXPECT_EQ(ParseGraphFormat("gexf"), GraphFormat::kGexf);
  EXPECT_EQ(ParseGraphFormat("dot"), GraphFormat::kDot);
  EXPECT_EQ(ParseGraphFormat("json"), std::nullopt);
  EXPECT_EQ(ParseGraphFormat("GraphML"), std::nullopt);
}

}  // namespace
}  // namespace kg
