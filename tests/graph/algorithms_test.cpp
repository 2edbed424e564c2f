#include "graph/algorithms.h"

#include <gtest/gtest.h>

#include <numeric>
#include <string>
#include <vector>

#include "graph/graphml_reader.h"

namespace kg {
namespace {

class AlgorithmsTest : public ::testing::Test {
 protected:
  AlgorithmsTest() : g_(ReadGraphMLFile("tests/data/query/fixture.graphml").graph) {}

  NodeId N(const std::string& id) const { return g_.FindNode(id).value(); }
  std::vector<std::string> IdsOf(const Path& path) const {
    std::vector<std::string> out;
    for (NodeId n : path) out.push_back(g_.node(n).id);
    return out;
  }

  KnowledgeGraph g_;
};

using Ids = std::vector<std::string>;

TEST_F(AlgorithmsTest, ShortestPathsListsEveryEquallyShortPath) {
  struct Case {
    std::string name, from, to;
    PathOptions options;
    std::vector<Ids> want;
  };
  PathOptions meets;
  meets.filter.relations = {RelationType::kMeets};
  PathOptions weighted;
  weighted.weighted = true;
  PathOptions short_hops;
  short_hops.max_hops = 2;
  PathOptions out;
  out.filter.direction = Direction::kOut;
  PathOptions in;
  in.filter.direction = Direction::kIn;
  const std::vector<Case> cases = {
      {"two ways",
       "person:joe-biden",
       "person:sergey-lavrov",
       {},
       {{"person:joe-biden", "country:US", "country:RU", "person:sergey-lavrov"},
        {"person:joe-biden", "person:vladimir-putin", "country:RU", "person:sergey-lavrov"}}},
      {"relation filter",
       "person:joe-biden",
       "person:vladimir-putin",
       meets,
       {{"person:joe-biden", "person:xi-jinping", "person:vladimir-putin"}}},
      {"no path under the filter", "person:joe-biden", "person:sergey-lavrov", meets, {}},
      {"weighted: strong ties",
       "person:joe-biden",
       "person:sergey-lavrov",
       weighted,
       {{"person:joe-biden", "person:vladimir-putin", "country:RU", "person:sergey-lavrov"}}},
      {"hop limit", "person:joe-biden", "person:sergey-lavrov", short_hops, {}},
      {"same node", "country:RU", "country:RU", {}, {{"country:RU"}}},
      {"other component", "country:MX", "country:RU", {}, {}},
      {"directed out",
       "person:joe-biden",
       "country:RU",
       out,
       {{"person:joe-biden", "country:US", "country:RU"},  // co_mention goes both ways
        {"person:joe-biden", "person:vladimir-putin", "country:RU"}}},
      {"directed out, against the arrows", "country:RU", "person:joe-biden", out, {}},
      {"directed in",
       "country:RU",
       "person:joe-biden",
       in,
       {{"country:RU", "country:US", "person:joe-biden"},
        {"country:RU", "person:vladimir-putin", "person:joe-biden"}}},
  };
  for (const Case& c : cases) {
    std::vector<Ids> got;
    for (const Path& p : ShortestPaths(g_, N(c.from), N(c.to), c.options)) got.push_back(IdsOf(p));
    EXPECT_EQ(got, c.want) << c.name;
  }
}

TEST_F(AlgorithmsTest, NeighborhoodFollowsTheDirectionAsked) {
  struct Case {
    Direction direction;
    std::size_t depth;
    Ids want;
  };
  const std::vector<Case> cases = {
      {Direction::kBoth,
       1,
       {"person:vladimir-putin", "country:CN", "country:RU", "person:joe-biden",
        "person:xi-jinping"}},
      {Direction::kOut,
       1,
       {"person:vladimir-putin", "country:CN", "country:RU", "person:xi-jinping"}},
      {Direction::kIn, 1, {"person:vladimir-putin", "person:joe-biden", "person:xi-jinping"}},
      {Direction::kBoth, 0, {"person:vladimir-putin"}},
  };
  for (const Case& c : cases) {
    EdgeFilter filter;
    filter.direction = c.direction;
    Ids got;
    for (const Reached& r : Neighborhood(g_, N("person:vladimir-putin"), c.depth, filter))
      got.push_back(g_.node(r.node).id);
    EXPECT_EQ(got, c.want) << static_cast<int>(c.direction) << " depth " << c.depth;
  }
  EdgeFilter members;
  members.relations = {RelationType::kMemberOf};
  const auto reached = Neighborhood(g_, N("alliance:aukus"), 2, members);
  ASSERT_EQ(reached.size(), 5u);  // AUKUS, its three members, then NATO
  EXPECT_EQ(g_.node(reached[4].node).id, "alliance:nato");
  EXPECT_EQ(reached[4].depth, 2u);
  EXPECT_EQ(g_.node(reached[4].parent).id, "country:GB");
}

TEST_F(AlgorithmsTest, EdgesBetweenSeesParallelEdgesBothWays) {
  const auto edges = EdgesBetween(g_, N("country:US"), N("country:RU"), {});
  ASSERT_EQ(edges.size(), 2u);
  EdgeFilter out;
  out.direction = Direction::kOut;
  // From the US, only the symmetric co_mention leads to Russia.
  const auto from_us = EdgesBetween(g_, N("country:US"), N("country:RU"), out);
  ASSERT_EQ(from_us.size(), 1u);
  EXPECT_EQ(g_.edge(from_us[0]).relation, RelationType::kCoMention);
}

TEST_F(AlgorithmsTest, DegreesAndComponents) {
  const auto degree = Degrees(g_);
  EXPECT_EQ(degree[N("person:vladimir-putin")], 4u);
  EXPECT_EQ(degree[N("country:US")], 7u);
  const Components c = ConnectedComponents(g_);
  EXPECT_EQ(c.count, 2u);
  EXPECT_EQ(c.of[N("country:MX")], c.of[N("person:andres-manuel-lopez-obrador")]);
  EXPECT_NE(c.of[N("country:MX")], c.of[N("country:RU")]);
  EXPECT_EQ(c.of[N("alliance:aukus")], 0u);  // the smallest id's component comes first
}

KnowledgeGraph Build(const std::vector<std::string>& nodes,
                     const std::vector<std::tuple<int, RelationType, int, double>>& edges) {
  KnowledgeGraph g;
  for (const auto& id : nodes) g.AddNode({id, id, EntityType::kPerson, "", {}, {}, 0});
  for (const auto& [s, r, t, w] : edges) {
    RelationEdge e;
    e.weight = w;
    g.AddEdge(s, r, t, e);
  }
  return g;
}

TEST(Centrality, BetweennessIsTheShareOfShortestPathsThrough) {
  // a - b - c, plus a parallel edge that must not count twice; d hangs off c.
  const auto g = Build({"a", "b", "c", "d"}, {{0, RelationType::kMeets, 1, 1},
                                              {0, RelationType::kSupports, 1, 1},
                                              {1, RelationType::kMeets, 2, 1},
                                              {2, RelationType::kMeets, 3, 1}});
  const auto b = Betweenness(g);
  // b lies on a-c and a-d (2 of 3 other pairs); c on a-d and b-d.
  EXPECT_DOUBLE_EQ(b[0], 0.0);
  EXPECT_DOUBLE_EQ(b[1], 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(b[2], 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(b[3], 0.0);
}

TEST(Centrality, PageRankMatchesTheClosedForm) {
  // a -> b with b dangling: r_a = 0.5 / 1.425, r_b = 1 - r_a (as networkx).
  const auto chain = PageRank(Build({"a", "b"}, {{0, RelationType::kSupports, 1, 1}}));
  EXPECT_NEAR(chain[0], 0.5 / 1.425, 1e-9);
  EXPECT_NEAR(chain[1], 1 - 0.5 / 1.425, 1e-9);
  // Symmetric relations go both ways: a triangle of meetings is uniform.
  const auto triangle = PageRank(Build({"a", "b", "c"}, {{0, RelationType::kMeets, 1, 1},
                                                         {1, RelationType::kMeets, 2, 1},
                                                         {0, RelationType::kMeets, 2, 1}}));
  for (double r : triangle) EXPECT_NEAR(r, 1.0 / 3, 1e-9);
  // Weight matters: a passes three times as much to b as to c.
  const auto weighted = PageRank(Build(
      {"a", "b", "c"}, {{0, RelationType::kSupports, 1, 3}, {0, RelationType::kSupports, 2, 1}}));
  EXPECT_GT(weighted[1], weighted[2]);
  EXPECT_NEAR(std::accumulate(weighted.begin(), weighted.end(), 0.0), 1.0, 1e-9);
  EXPECT_TRUE(PageRank(KnowledgeGraph{}).empty());
}

TEST_F(AlgorithmsTest, InducedSubgraphKeepsAttributesAndInnerEdgesOnly) {
  const KnowledgeGraph sub =
      InducedSubgraph(g_, {N("country:RU"), N("country:US"), N("alliance:nato"), N("country:RU")});
  EXPECT_EQ(sub.node_count(), 3u);
  EXPECT_EQ(sub.edge_count(), 4u);  // criticizes, co_mention, opposes, member_of
  const EntityNode& ru = sub.node(sub.FindNode("country:RU").value());
  EXPECT_EQ(ru.aliases.size(), 4u);
  EXPECT_EQ(ArticleCount(ru), 5u);
  // Article refs belong to a graph: the subgraph names the same articles as the graph.
  const NodeId whole = N("country:RU");
  EXPECT_EQ(sub.ArticleIds(ru.articles), g_.ArticleIds(g_.node(whole).articles));
  for (KnowledgeGraph::EdgeId e : sub.Edges()) {
    const auto s = N(sub.node(sub.source(e)).id), t = N(sub.node(sub.target(e)).id);
    for (KnowledgeGraph::EdgeId o : g_.OutEdges(s)) {
      if (g_.target(o) == t && g_.edge(o).relation == sub.edge(e).relation) {
        EXPECT_EQ(sub.ArticleIds(sub.edge(e).articles), g_.ArticleIds(g_.edge(o).articles));
      }
    }
  }
}

}  // namespace
}  // namespace kg
