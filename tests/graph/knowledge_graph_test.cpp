#include "graph/knowledge_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace kg {
namespace {

Entity Country(const std::string& iso, const std::string& label) {
  return Entity{"country:" + iso, label, EntityType::kCountry, iso, {label}, 1};
}

Relation Rel(const std::string& s, RelationType t, const std::string& o, const std::string& article,
             std::size_t begin) {
  return Relation{s, t, o, "", Evidence{article, {begin, begin + 10}, "sentence", ""}};
}

TEST(KnowledgeGraph, MergesRepeatedEvidenceIntoOneEdgeAndKeepsRelationsApart) {
  ArticleExtraction a;
  a.article_id = "a";
  a.entities = {Country("RU", "Russia"), Country("CN", "China")};
  a.relations = {Rel("country:RU", RelationType::kSupports, "country:CN", "a", 0),
                 Rel("country:RU", RelationType::kSupports, "country:CN", "a", 20),
                 Rel("country:RU", RelationType::kCriticizes, "country:CN", "a", 40)};
  KnowledgeGraph g;
  g.Add(a);
  ASSERT_EQ(g.node_count(), 2u);
  ASSERT_EQ(g.edge_count(), 2u);
  const auto edges = g.Edges();
  EXPECT_EQ(g.edge(edges[0]).relation, RelationType::kSupports);
  EXPECT_EQ(g.edge(edges[0]).weight, 2);
  EXPECT_EQ(g.edge(edges[1]).relation, RelationType::kCriticizes);
}

// A sentence naming n entities is one CoMentions entry: n(n-1)/2 co_mention edges,
// each with the sentence as evidence, as if each pair had come as its own relation.
TEST(KnowledgeGraph, ExpandsEachSentencesCoMentionsIntoPairs) {
  ArticleExtraction a;
  a.article_id = "a";
  a.entities = {Country("RU", "Russia"), Country("CN", "China"), Country("FR", "France")};
  const Evidence first{"a", {0, 30}, "Russia, China and France met.", ""};
  const Evidence second{"a", {31, 50}, "France and China.", ""};
  a.co_mentions = {{{0, 1, 2}, first}, {{1, 2}, second}};
  KnowledgeGraph g;
  g.Add(a);
  ASSERT_EQ(g.node_count(), 3u);
  ASSERT_EQ(g.edge_count(), 3u);
  std::vector<std::tuple<std::string, std::string, double, std::size_t>> edges;
  for (const auto e : g.Edges()) {
    const RelationEdge& edge = g.edge(e);
    EXPECT_EQ(edge.relation, RelationType::kCoMention);
    EXPECT_EQ(edge.evidence.front(), first);
    edges.emplace_back(g.node(g.source(e)).id, g.node(g.target(e)).id, edge.weight,
                       edge.evidence.size());
  }
  using T = std::tuple<std::string, std::string, double, std::size_t>;
  EXPECT_EQ(edges, (std::vector<T>{{"country:CN", "country:FR", 2, 2},
                                   {"country:CN", "country:RU", 1, 1},
                                   {"country:FR", "country:RU", 1, 1}}));

  // The same pairs from another article add up; an index past the entities is ignored.
  ArticleExtraction b = a;
  b.article_id = "b";
  b.co_mentions = {{{0, 1, 7}, Evidence{"b", {0, 10}, "RU and CN.", ""}}};
  g.Add(b);
  ASSERT_EQ(g.edge_count(), 3u);
  const auto ru = *g.FindNode("country:RU");
  for (const auto e : g.Edges())
    if (g.source(e) == ru || g.target(e) == ru) {
      const bool cn = g.node(g.source(e)).id == "country:CN";
      EXPECT_EQ(g.edge(e).weight, cn ? 2 : 1);
      EXPECT_EQ(g.ArticleIds(g.edge(e).articles).size(), cn ? 2u : 1u);
    }
}

TEST(KnowledgeGraph, SymmetricRelationsAreStoredOncePerPair) {
  ArticleExtraction a;
  a.article_id = "a";
  a.entities = {Country("RU", "Russia"), Country("CN", "China")};
  a.relations = {Rel("country:RU", RelationType::kMeets, "country:CN", "a", 0),
                 Rel("country:CN", RelationType::kMeets, "country:RU", "a", 20)};
  KnowledgeGraph g;
  g.Add(a);
  ASSERT_EQ(g.edge_count(), 1u);
  EXPECT_EQ(g.node(g.source(0)).id, "country:CN");  // ordered by id
  EXPECT_EQ(g.edge(0).weight, 2);
}

TEST(KnowledgeGraph, KeepsTheSmallestEvidenceWhateverTheArrivalOrder) {
  KnowledgeGraph forward, backward;
  std::vector<ArticleExtraction> articles;
  for (int i = 0; i < 5; ++i) {
    ArticleExtraction a;
    a.article_id = "art" + std::to_string(i);
    a.entities = {Country("RU", "Russia"), Country("CN", "China")};
    a.relations = {Rel("country:RU", RelationType::kSupports, "country:CN", a.article_id, 5)};
    articles.push_back(a);
  }
  for (auto it = articles.begin(); it != articles.end(); ++it) forward.Add(*it);
  for (auto it = articles.rbegin(); it != articles.rend(); ++it) backward.Add(*it);
  ASSERT_EQ(forward.edge(0).evidence.size(), KnowledgeGraph::kMaxEvidence);
  EXPECT_EQ(forward.edge(0).evidence, backward.edge(0).evidence);
  EXPECT_EQ(forward.edge(0).evidence[0].article_id, "art0");
  EXPECT_EQ(forward.edge(0).weight, 5);
  EXPECT_EQ(forward.node(0).articles.size(), 5u);
}

TEST(KnowledgeGraph, MergeNodesRepointsEdgesAndMergesAliases) {
  ArticleExtraction a;
  a.article_id = "a";
  a.entities = {
      Entity{
          "person:sergey-lavrov", "Sergey Lavrov", EntityType::kPerson, "", {"Sergey Lavrov"}, 2},
      Entity{
          "person:sergei-lavrov", "Sergei Lavrov", EntityType::kPerson, "", {"Sergei Lavrov"}, 1},
      Country("RU", "Russia")};
  a.relations = {
      Rel("person:sergey-lavrov", RelationType::kOfficialOf, "country:RU", "a", 0),
      Rel("person:sergei-lavrov", RelationType::kOfficialOf, "country:RU", "a", 30),
      Rel("person:sergei-lavrov", RelationType::kMeets, "person:sergey-lavrov", "a", 60)};
  KnowledgeGraph g;
  g.Add(a);
  const auto keep = *g.FindNode("person:sergey-lavrov"), drop = *g.FindNode("person:sergei-lavrov");
  g.MergeNodes({{{keep, drop}, "Sergey Lavrov"}});
  ASSERT_EQ(g.node_count(), 2u);
  ASSERT_EQ(g.edge_count(), 1u);  // the self-loop `meets` is gone
  const auto n = *g.FindNode("person:sergey-lavrov");
  EXPECT_EQ(g.node(n).mentions, 3u);
  EXPECT_EQ(g.node(n).aliases, (std::set<std::string>{"Sergei Lavrov", "Sergey Lavrov"}));
  EXPECT_EQ(g.edge(0).weight, 2);
}

TEST(KnowledgeGraph, AdjacencyListsAreAscendingAndCopiesIndependent) {
  KnowledgeGraph g;
  const auto a = g.AddNode({"a", "A", EntityType::kCountry, "", {}, {}, 1});
  const auto b = g.AddNode({"b", "B", EntityType::kCountry, "", {}, {}, 1});
  const auto c = g.AddNode({"c", "C", EntityType::kCountry, "", {}, {}, 1});
  RelationEdge one;
  one.weight = 1;
  const auto ab = g.AddEdge(a, RelationType::kSupports, b, one);
  const auto ca = g.AddEdge(c, RelationType::kSupports, a, one);
  const auto ac = g.AddEdge(a, RelationType::kOpposes, c, one);
  const auto aa = g.AddEdge(a, RelationType::kCriticizes, a, one);  // a self-loop
  EXPECT_EQ(g.AddEdge(a, RelationType::kSupports, b, one), ab);     // merged
  EXPECT_EQ(g.OutEdges(a), (std::vector<std::size_t>{ab, ac, aa}));
  EXPECT_EQ(g.InEdges(a), (std::vector<std::size_t>{ca, aa}));
  EXPECT_EQ(g.OutEdges(b), std::vector<std::size_t>{});
  EXPECT_EQ(g.edge(ab).weight, 2);

  KnowledgeGraph copy = g;
  copy.AddNode({"d", "D", EntityType::kCountry, "", {}, {}, 1});
  copy.AddEdge(b, RelationType::kSupports, a, one);
  EXPECT_EQ(g.node_count(), 3u);
  EXPECT_EQ(g.edge_count(), 4u);
  EXPECT_FALSE(g.FindNode("d"));
  EXPECT_EQ(copy.node_count(), 4u);
  EXPECT_EQ(copy.InEdges(a).size(), 3u);
  EXPECT_EQ(*copy.FindNode(std::string_view("xcx").substr(1, 1)), c);  // a view, not a string
}

TEST(KnowledgeGraph, MergingEdgesKeepsEveryRoleAndArticleAndTheSmallestEvidence) {
  KnowledgeGraph g;
  // "y" is interned first: a node's refs stay sorted whatever order articles come in.
  const ArticleRef y = g.InternArticle("y"), x = g.InternArticle("x");
  const auto a = g.AddNode({"a", "A", EntityType::kPerson, "", {"A"}, {x}, 1});
  const auto b = g.AddNode({"b", "B", EntityType::kCountry, "", {}, {}, 1});
  EXPECT_EQ(g.AddNode({"a", "Other", EntityType::kCountry, "AA", {"A2"}, {y}, 2}), a);
  EXPECT_EQ(g.node(a).label, "A");
  EXPECT_EQ(g.node(a).iso, "AA");  // filled in, as it was empty
  EXPECT_EQ(g.node(a).aliases, (std::set<std::string>{"A", "A2"}));
  EXPECT_EQ(g.node(a).articles, (ArticleRefs{y, x}));
  EXPECT_EQ(g.ArticleIds(g.node(a).articles), (std::vector<std::string_view>{"x", "y"}));
  EXPECT_EQ(g.node(a).mentions, 3u);
  auto delta = [&](std::string role, std::string article, std::size_t begin) {
    RelationEdge d;
    d.roles = {role};
    d.weight = 1;
    d.articles = {g.InternArticle(article)};
    d.evidence = {{article, {begin, begin + 1}, "t" + std::to_string(begin), ""}};
    return d;
  };
  const auto e = g.AddEdge(a, RelationType::kOfficialOf, b, delta("president", "a3", 5));
  for (const auto& [role, article, begin] : std::vector<std::tuple<std::string, std::string, int>>{
           {"president", "a2", 9}, {"leader", "a1", 7}, {"leader", "a2", 1}, {"x", "a9", 0}})
    g.AddEdge(a, RelationType::kOfficialOf, b, delta(role, article, begin));
  EXPECT_EQ(g.edge(e).roles, (std::set<std::string>{"leader", "president", "x"}));
  EXPECT_EQ(g.ArticleIds(g.edge(e).articles),
            (std::vector<std::string_view>{"a1", "a2", "a3", "a9"}));
  EXPECT_EQ(g.edge(e).weight, 5);
  ASSERT_EQ(g.edge(e).evidence.size(), KnowledgeGraph::kMaxEvidence);
  EXPECT_EQ(g.edge(e).evidence[0].article_id, "a1");
  EXPECT_EQ(g.edge(e).evidence[1].span.begin, 1u);  // a2 at 1 before a2 at 9
  EXPECT_EQ(g.edge(e).evidence[2].span.begin, 9u);
}

// Merging nodes gives the graph a fresh build with the merged ids would give.
TEST(KnowledgeGraph, MergeNodesEqualsBuildingWithTheMergedIds) {
  const std::vector<std::string> ids = {"p:a", "p:b", "p:c", "p:d", "p:e"};
  const std::vector<std::tuple<int, RelationType, int>> edges = {
      {0, RelationType::kMeets, 1},     {1, RelationType::kMeets, 2},
      {3, RelationType::kMeets, 0},     {2, RelationType::kSupports, 4},
      {3, RelationType::kSupports, 4},  {4, RelationType::kCriticizes, 1},
      {4, RelationType::kCriticizes, 0}};
  auto build = [&](const std::vector<int>& into) {
    KnowledgeGraph g;
    for (std::size_t i = 0; i < ids.size(); ++i)
      g.AddNode({ids[into[i]], ids[i], EntityType::kPerson, "", {ids[i]}, {}, i + 1});
    for (std::size_t k = 0; k < edges.size(); ++k) {
      const auto [s, r, t] = edges[k];
      RelationEdge d;
      d.weight = 1;
      d.articles = {g.InternArticle("a" + std::to_string(k))};
      d.evidence = {{"a" + std::to_string(k), {k, k + 1}, "t", ""}};
      const auto sn = *g.FindNode(ids[into[s]]), tn = *g.FindNode(ids[into[t]]);
      if (sn != tn) g.AddEdge(sn, r, tn, d);
    }
    return g;
  };
  KnowledgeGraph merged = build({0, 1, 2, 3, 4});
  merged.MergeNodes({{{3, 0}, "D"}, {{1, 2}, ""}});  // d <- a; b <- c, label kept
  const KnowledgeGraph direct = build({3, 1, 1, 3, 4});
  ASSERT_EQ(merged.node_count(), direct.node_count());
  ASSERT_EQ(merged.edge_count(), direct.edge_count());
  for (auto n : direct.Nodes()) {
    const EntityNode& want = direct.node(n);
    const EntityNode& got = merged.node(*merged.FindNode(want.id));
    EXPECT_EQ(got.aliases, want.aliases) << want.id;
    EXPECT_EQ(got.mentions, want.mentions) << want.id;
  }
  EXPECT_EQ(merged.node(*merged.FindNode("p:d")).label, "D");
  EXPECT_EQ(merged.node(*merged.FindNode("p:b")).label, "p:b");
  const auto me = merged.Edges(), de = direct.Edges();
  for (std::size_t i = 0; i < me.size(); ++i) {
    EXPECT_EQ(merged.node(merged.source(me[i])).id, direct.node(direct.source(de[i])).id);
    EXPECT_EQ(merged.node(merged.target(me[i])).id, direct.node(direct.target(de[i])).id);
    EXPECT_EQ(merged.edge(me[i]).weight, direct.edge(de[i]).weight);
    EXPECT_EQ(merged.ArticleIds(merged.edge(me[i]).articles),
              direct.ArticleIds(direct.edge(de[i]).articles));
    EXPECT_EQ(merged.edge(me[i]).evidence, direct.edge(de[i]).evidence);
  }
}

// Edges() sorts by node ranks, not by the ids themselves: the order must still be that of
// the ids as byte strings, with ties on the source broken by relation, then target.
// Ids chosen so that prefixes, case, bytes >= 0x80 and the empty id all meet.
TEST(KnowledgeGraph, NodesAndEdgesAreInIdOrderWithTiesBrokenByRelationThenTarget) {
  const std::vector<std::string> ids = {"b", "a:b", "", "a", "ab", "B", "\xC3\xA4", "a\x7F", "a:"};
  const std::vector<RelationType> relations = {RelationType::kSupports, RelationType::kMeets,
                                               RelationType::kOfficialOf, RelationType::kCoMention};
  KnowledgeGraph g;
  // Added in reverse order, so that NodeId and EdgeId order differ from the sorted one.
  for (auto it = ids.rbegin(); it != ids.rend(); ++it) {
    EntityNode node;
    node.id = node.label = *it;
    g.AddNode(std::move(node));
  }
  for (std::size_t s = ids.size(); s-- > 0;)
    for (std::size_t t = ids.size(); t-- > 0;)
      for (RelationType r : relations)
        if (s != t && (s + t + static_cast<std::size_t>(r)) % 3 != 0)
          g.AddEdge(*g.FindNode(ids[s]), r, *g.FindNode(ids[t]), RelationEdge{});

  std::vector<std::string> want_nodes = ids, got_nodes;
  std::sort(want_nodes.begin(), want_nodes.end());
  for (auto n : g.Nodes()) got_nodes.push_back(g.node(n).id);
  EXPECT_EQ(got_nodes, want_nodes);

  using Key = std::tuple<std::string, int, std::string>;
  std::vector<Key> got_edges;
  for (auto e : g.Edges())
    got_edges.emplace_back(g.node(g.source(e)).id, static_cast<int>(g.edge(e).relation),
                           g.node(g.target(e)).id);
  std::vector<Key> want_edges = got_edges;
  std::sort(want_edges.begin(), want_edges.end());
  EXPECT_EQ(got_edges.size(), g.edge_count());
  EXPECT_EQ(got_edges, want_edges);
}

// The sorted orders are computed once and kept until the graph changes: every
// change must show in the next Nodes(), Edges() and ArticleIds(), in the graph and
// not in a copy taken before it.
TEST(KnowledgeGraph, SortedOrdersFollowEveryChange) {
  ArticleExtraction a;
  a.article_id = "wire:5";
  a.entities = {Country("RU", "Russia"), Country("CN", "China")};
  a.relations = {Rel("country:RU", RelationType::kSupports, "country:CN", "wire:5", 0)};
  KnowledgeGraph g;
  g.Add(a);
  auto ids = [](const KnowledgeGraph& graph) {
    std::vector<std::string> out;
    for (auto n : graph.Nodes()) out.push_back(graph.node(n).id);
    return out;
  };
  EXPECT_EQ(ids(g), (std::vector<std::string>{"country:CN", "country:RU"}));
  EXPECT_EQ(g.ArticleIds(g.edge(0).articles), (std::vector<std::string_view>{"wire:5"}));
  const KnowledgeGraph before = g;
  (void)before.Edges();  // the copy has its own orders

  ArticleExtraction b = a;  // known entities and edge, merged in place: only ranks change
  b.article_id = "wire:0";
  b.relations = {Rel("country:RU", RelationType::kSupports, "country:CN", "wire:0", 3)};
  g.Add(b);
  EXPECT_EQ(g.ArticleIds(g.edge(0).articles), (std::vector<std::string_view>{"wire:0", "wire:5"}));
  b.article_id = "wire:1";  // a new node that sorts first
  b.entities.push_back(Country("AM", "Armenia"));
  b.relations = {Rel("country:AM", RelationType::kCriticizes, "country:RU", "wire:1", 9)};
  g.Add(b);
  EXPECT_EQ(ids(g), (std::vector<std::string>{"country:AM", "country:CN", "country:RU"}));
  ASSERT_EQ(g.Edges().size(), 2u);
  EXPECT_EQ(g.node(g.source(g.Edges().front())).id, "country:AM");
  const auto supports = g.Edges().back();
  EXPECT_EQ(g.ArticleIds(g.edge(supports).articles),
            (std::vector<std::string_view>{"wire:0", "wire:5"}));
  EXPECT_EQ(g.ArticleIds(g.node(*g.FindNode("country:RU")).articles),
            (std::vector<std::string_view>{"wire:0", "wire:1", "wire:5"}));
  EXPECT_EQ(ids(before), (std::vector<std::string>{"country:CN", "country:RU"}));
  EXPECT_EQ(before.Edges().size(), 1u);

  g.InternArticle("wire:00");  // a new article alone changes the ranks too
  EntityNode node;
  node.id = node.label = "alliance:au";
  node.articles = {g.InternArticle("wire:00"), 0};
  std::sort(node.articles.begin(), node.articles.end());
  const auto au = g.AddNode(node);
  EXPECT_EQ(ids(g).front(), "alliance:au");
  EXPECT_EQ(g.ArticleIds(g.node(au).articles), (std::vector<std::string_view>{"wire:00", "wire:5"}));
}

TEST(KnowledgeGraph, ArticleRefsStaySortedAndUnique) {
  ArticleRefs refs;
  for (ArticleRef r : {3u, 5u, 5u, 1u, 4u, 9u}) AddArticle(refs, r);
  EXPECT_EQ(refs, (ArticleRefs{1, 3, 4, 5, 9}));
  MergeArticles(refs, {0, 4, 7, 12});
  EXPECT_EQ(refs, (ArticleRefs{0, 1, 3, 4, 5, 7, 9, 12}));
  MergeArticles(refs, {13, 14});  // newer than all: appended
  MergeArticles(refs, {});
  EXPECT_EQ(refs, (ArticleRefs{0, 1, 3, 4, 5, 7, 9, 12, 13, 14}));
}

// The same article added twice (a reader that did not drop a duplicate) counts its
// sentences twice but its article once; a copy of the graph names the same articles.
TEST(KnowledgeGraph, AnArticleAddedTwiceIsOneArticle) {
  ArticleExtraction a;
  a.article_id = "wire:1";
  a.entities = {Country("RU", "Russia"), Country("CN", "China")};
  a.relations = {Rel("country:RU", RelationType::kSupports, "country:CN", "wire:1", 4)};
  ArticleExtraction b = a;
  b.article_id = "wire:0";  // sorts first, interned second
  for (auto& r : b.relations) r.evidence.article_id = "wire:0";
  KnowledgeGraph g;
  g.Add(a);
  g.Add(a);
  g.Add(b);
  const auto ru = *g.FindNode("country:RU");
  EXPECT_EQ(g.node(ru).mentions, 3u);
  EXPECT_EQ(ArticleCount(g.node(ru)), 2u);
  ASSERT_EQ(g.edge_count(), 1u);
  EXPECT_EQ(g.edge(0).weight, 3);
  const KnowledgeGraph copy = g;
  EXPECT_EQ(copy.ArticleIds(copy.edge(0).articles),
            (std::vector<std::string_view>{"wire:0", "wire:1"}));
  ASSERT_EQ(copy.edge(0).evidence.size(), 2u);  // the same sentence of wire:1 is kept once
  EXPECT_EQ(copy.edge(0).evidence[0].article_id, "wire:0");
}

}  // namespace
}  // namespace kg
