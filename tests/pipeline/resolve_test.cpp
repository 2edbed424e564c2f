#include "pipeline/resolve.h"

#include <gtest/gtest.h>

namespace kg {
namespace {

KnowledgeGraph GraphOf(const std::vector<std::pair<std::string, std::size_t>>& people) {
  KnowledgeGraph g;
  for (const auto& [label, mentions] : people) {
    EntityNode n;
    n.id = "person:" + label;
    n.label = label;
    n.type = EntityType::kPerson;
    n.aliases = {label};
    n.mentions = mentions;
    g.AddNode(n);
  }
  return g;
}

std::vector<std::string> Labels(const KnowledgeGraph& g) {
  std::vector<std::string> out;
  for (auto n : g.Nodes()) out.push_back(g.node(n).label);
  return out;
}

TEST(ResolveAcrossArticles, MergesTransliterationVariants) {
  KnowledgeGraph g = GraphOf({{"Sergey Lavrov", 5}, {"Sergei Lavrov", 2}, {"Andrey Belousov", 1},
                              {"Andrei Belousov", 3}, {"Xi Jingping", 1}, {"Xi Jinping", 9}});
  ResolveAcrossArticles(g);
  EXPECT_EQ(Labels(g), (std::vector<std::string>{"Andrei Belousov", "Sergey Lavrov", "Xi Jinping"}));
  const auto lavrov = *g.FindNode("person:Sergey Lavrov");
  EXPECT_EQ(g.node(lavrov).mentions, 7u);
  EXPECT_EQ(g.node(lavrov).aliases, (std::set<std::string>{"Sergei Lavrov", "Sergey Lavrov"}));
}

TEST(ResolveAcrossArticles, KeepsDifferentPeopleWithOneSurnameApart) {
  KnowledgeGraph g = GraphOf({{"Joe Biden", 5}, {"Hunter Biden", 2}, {"George Bush", 3},
                              {"Jeb Bush", 1}, {"Kim Jong Un", 4}, {"Kim Yo Jong", 1}, {"Biden", 1}});
  ResolveAcrossArticles(g);
  EXPECT_EQ(g.node_count(), 7u);
}

TEST(ResolveAcrossArticles, IsIndependentOfInsertionOrder) {
  KnowledgeGraph a = GraphOf({{"Sergey Lavrov", 2}, {"Sergei Lavrov", 2}});
  KnowledgeGraph b = GraphOf({{"Sergei Lavrov", 2}, {"Sergey Lavrov", 2}});
  ResolveAcrossArticles(a);
  ResolveAcrossArticles(b);
  EXPECT_EQ(Labels(a), Labels(b));
}

}  // namespace
}  // namespace kg
