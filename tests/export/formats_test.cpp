// Several formats in one pass (export/formats.h): each stream gets exactly the bytes of
// its format's own writer, whatever the order and number of formats.
#include "export/formats.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "tests/export/golden.h"
#include "tests/export/small_graph.h"

namespace kg {
namespace {

// A graph with more elements than the small one: the writers' edge numbering and DOT's
// spline cut-off (150 edges) see a real count, threads get several pieces (256 nodes or
// edges each) to share, and every kind of node and edge occurs.
KnowledgeGraph Larger(std::size_t people = 1500, bool edges = true) {
  KnowledgeGraph graph = testing::SmallGraph();
  const auto first = graph.node_count();
  for (std::size_t i = 0; i < people; ++i)
    graph.AddNode({"person:p" + std::to_string(i), "P \"" + std::to_string(i) + "\" <x>",
                   EntityType::kPerson, "", {"P", "Q & R"}, {}, i + 1});
  for (std::size_t i = 0; edges && i + 1 < people; ++i) {
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

// Threads format pieces side by side; the calling thread writes them in order.
TEST(WriteFormats, AnyNumberOfThreadsWritesTheSameBytes) {
  std::vector<KnowledgeGraph> graphs;
  graphs.push_back(Larger());
  graphs.push_back(Larger(1024 - testing::SmallGraph().node_count()));  // nodes end a piece
  graphs.push_back(Larger(2000, false));  // nodes only, beyond the small graph's edges
  KnowledgeGraph nodes_only;
  for (int i = 0; i < 1200; ++i)
    nodes_only.AddNode({"country:c" + std::to_string(i), "C", EntityType::kCountry, "", {}, {}, 1});
  graphs.push_back(std::move(nodes_only));
  for (const KnowledgeGraph& graph : graphs) {
    ASSERT_GT(graph.node_count() + graph.edge_count(), 1024u);
    std::ostringstream graphml, gexf, dot;
    WriteFormats(graph, {{GraphFormat::kGraphML, &graphml}, {GraphFormat::kGexf, &gexf},
                         {GraphFormat::kDot, &dot}});
    for (unsigned threads : {2u, 3u, 8u}) {
      std::ostringstream g, x, d;
      WriteFormats(graph, {{GraphFormat::kDot, &d}, {GraphFormat::kGraphML, &g}, {GraphFormat::kGexf, &x}},
                   threads);
      EXPECT_EQ(g.str(), graphml.str()) << threads;
      EXPECT_EQ(x.str(), gexf.str()) << threads;
      EXPECT_EQ(d.str(), dot.str()) << threads;
    }
    EXPECT_EQ(graphml.str(), One(&WriteGraphML, graph));
  }
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
