#include "graph/knowledge_graph.h"

#include <gtest/gtest.h>

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
  a.entities = {Entity{"person:sergey-lavrov", "Sergey Lavrov", EntityType::kPerson, "", {"Sergey Lavrov"}, 2},
                Entity{"person:sergei-lavrov", "Sergei Lavrov", EntityType::kPerson, "", {"Sergei Lavrov"}, 1},
                Country("RU", "Russia")};
  a.relations = {Rel("person:sergey-lavrov", RelationType::kOfficialOf, "country:RU", "a", 0),
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

}  // namespace
}  // namespace kg
