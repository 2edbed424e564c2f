#include "export/graphml_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "export/attributes.h"
#include "tests/export/golden.h"
#include "tests/export/small_graph.h"

namespace kg {
namespace {

std::string GraphML(const KnowledgeGraph& graph) {
  std::ostringstream out;
  WriteGraphML(graph, out);
  return out.str();
}

TEST(GraphMLWriter, MatchesTheGoldenFile) {
  testing::ExpectGolden(GraphML(testing::SmallGraph()), "tests/data/golden/small.graphml");
}

TEST(GraphMLWriter, SameBytesWhateverTheOrderTheGraphWasBuiltIn) {
  EXPECT_EQ(GraphML(testing::SmallGraph()), GraphML(testing::SmallGraphReversed()));
}

TEST(GraphMLWriter, HasNoGraphLevelKeysAndKeepsNodeAndEdgeKeyIdsApart) {
  const std::string text = GraphML(testing::SmallGraph());
  EXPECT_EQ(text.find("for=\"graph\""), std::string::npos);
  EXPECT_EQ(text.find("for=\"all\""), std::string::npos);
  EXPECT_NE(text.find(R"(<key id="n_articles" for="node" attr.name="articles" attr.type="int"/>)"),
            std::string::npos);
  EXPECT_NE(
      text.find(R"(<key id="e_articles" for="edge" attr.name="articles" attr.type="string"/>)"),
      std::string::npos);
  EXPECT_NE(text.find(R"(<key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>)"),
            std::string::npos);
}

// Read back with Boost.Graph's own GraphML reader, strictly: every key must map to a
// property (no ignore_other_properties), every value must parse as its attr.type.
struct VertexProps {
  std::string label, type, iso, aliases;
  int mentions = -1, articles = -1;
};
struct EdgeProps {
  std::string relation, label, role, articles, evidence;
  double weight = -1;
};
using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, VertexProps, EdgeProps>;

BoostGraph ReadBack(const std::string& text) {
  BoostGraph g;
  boost::dynamic_properties dp;
  dp.property("label", boost::get(&VertexProps::label, g));
  dp.property("type", boost::get(&VertexProps::type, g));
  dp.property("iso", boost::get(&VertexProps::iso, g));
  dp.property("aliases", boost::get(&VertexProps::aliases, g));
  dp.property("mentions", boost::get(&VertexProps::mentions, g));
  dp.property("articles", boost::get(&VertexProps::articles, g));
  dp.property("relation", boost::get(&EdgeProps::relation, g));
  dp.property("label", boost::get(&EdgeProps::label, g));
  dp.property("role", boost::get(&EdgeProps::role, g));
  dp.property("weight", boost::get(&EdgeProps::weight, g));
  dp.property("articles", boost::get(&EdgeProps::articles, g));
  dp.property("evidence", boost::get(&EdgeProps::evidence, g));
  std::istringstream in(text);
  boost::read_graphml(in, g, dp);
  return g;
}

TEST(GraphMLWriter, ReadsBackWithBoostWithEveryAttributeIntact) {
  const KnowledgeGraph graph = testing::SmallGraph();
  BoostGraph g;
  ASSERT_NO_THROW(g = ReadBack(GraphML(graph)));
  ASSERT_EQ(boost::num_vertices(g), 6u);
  ASSERT_EQ(boost::num_edges(g), 7u);

  // Vertices come back in document order, i.e. sorted by id. Text XML 1.0 cannot hold
  // (the BEL in "strict"'s label, U+FFFE, the malformed byte) reads back as U+FFFD.
  const std::string fffd = "\xEF\xBF\xBD";
  const std::vector<VertexProps> nodes = {
      {"NATO", "alliance", "", R"(["NATO","North Atlantic Treaty Organization"])", 2, 2},
      {"Russia", "country", "RU", R"(["Moscow","Russia"])", 4, 1},
      {"United States", "country", "US", R"(["U.S.","Washington"])", 1, 1},
      {"C:\\Temp\\", "person", "", R"(["C:\\Temp\\"])", 1, 1},
      {"Сергей Лавров", "person", "", R"(["Lavrov","Сергей Лавров"])", 3, 2},
      {"AT&T <\"Alliance\"> 'x'" + fffd, "alliance", "",
       "[\"bad" + fffd + "byte\",\"non" + fffd + "char\"]", 1, 1},
  };
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    SCOPED_TRACE(nodes[i].label);
    EXPECT_EQ(g[i].label, nodes[i].label);
    EXPECT_EQ(g[i].type, nodes[i].type);
    EXPECT_EQ(g[i].iso, nodes[i].iso);
    EXPECT_EQ(g[i].aliases, nodes[i].aliases);
    EXPECT_EQ(g[i].mentions, nodes[i].mentions);
    EXPECT_EQ(g[i].articles, nodes[i].articles);
  }

  // Edges by relation (each occurs once in the small graph); evidence must equal the
  // JSON the writer meant, whose content attributes_test checks.
  std::map<std::string, std::string> evidence;
  for (auto e : graph.Edges()) {
    for (const AttrValue& v : EdgeAttributeValues(graph, graph.edge(e)))
      if (kEdgeAttributes[v.attr].name == "evidence")
        evidence[std::string(ToString(graph.edge(e).relation))] = v.text;
  }
  struct Expected {
    std::size_t source, target;  // vertex indices, i.e. positions in Nodes()
    std::string label, role;
    double weight;
    std::string articles;
  };
  const std::map<std::string, Expected> edges = {
      {"co_mention", {0, 1, "co mention", "", 2, R"(["a1"])"}},
      {"criticizes", {1, 0, "criticizes", "", 3, R"(["a1"])"}},
      {"sanctions", {1, 0, "sanctions", "", 1, R"(["a1"])"}},
      {"member_of", {2, 0, "member of", "", 1, R"(["a2"])"}},
      {"meets", {3, 4, "meets", "", 1, R"(["a1"])"}},
      {"official_of",
       {4, 1, "official of (foreign minister)", "foreign minister", 2, R"(["a1","a2"])"}},
      {"supports", {5, 3, "supports", "", 1.5, R"(["a2"])"}},
  };
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const EdgeProps& p = g[*it];
    SCOPED_TRACE(p.relation);
    ASSERT_EQ(edges.count(p.relation), 1u);
    const Expected& x = edges.at(p.relation);
    EXPECT_EQ(boost::source(*it, g), x.source);
    EXPECT_EQ(boost::target(*it, g), x.target);
    EXPECT_EQ(p.label, x.label);
    EXPECT_EQ(p.role, x.role);
    EXPECT_EQ(p.weight, x.weight);
    EXPECT_EQ(p.articles, x.articles);
    EXPECT_EQ(p.evidence, evidence[p.relation]);
  }
}

TEST(GraphMLWriter, EvidenceTextSurvivesTheRoundTripExactly) {
  const KnowledgeGraph graph = testing::SmallGraph();
  const BoostGraph g = ReadBack(GraphML(graph));
  bool found = false;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    if (g[*it].relation != "official_of") continue;
    found = true;
    EXPECT_NE(
        g[*it].evidence.find(R"("text":"Russia's foreign minister said \"no\" & left <early>.")"),
        std::string::npos);
    EXPECT_NE(g[*it].evidence.find(R"("text":"Сергей Лавров\u0001 said:\r\nno\tcomment")"),
              std::string::npos);
    EXPECT_NE(g[*it].evidence.find(R"("speaker":"person:sergey-lavrov")"), std::string::npos);
  }
  EXPECT_TRUE(found);
}

TEST(GraphMLWriter, EmptyGraphIsAValidDocument) {
  const BoostGraph g = ReadBack(GraphML(KnowledgeGraph()));
  EXPECT_EQ(boost::num_vertices(g), 0u);
}

}  // namespace
}  // namespace kg
