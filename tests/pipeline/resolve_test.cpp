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

// A build reads names batch by batch while the graph grows; mentions that arrive after
// a name was read still decide which spelling leads, as when resolved at once.
TEST(CrossArticleResolver, ReadingNamesAsTheGraphGrowsGivesTheSameGraph) {
  auto add = [](KnowledgeGraph& g, const std::string& label, std::size_t mentions) {
    g.AddNode(EntityNode{"person:" + label, label, EntityType::kPerson, "", {label}, {}, mentions});
  };
  KnowledgeGraph stepwise;
  CrossArticleResolver resolver;
  add(stepwise, "Sergey Lavrov", 5);
  add(stepwise, "Joe Biden", 1);
  resolver.ReadNewNodes(stepwise);
  add(stepwise, "Sergei Lavrov", 2);
  add(stepwise, "Biden", 3);
  resolver.ReadNewNodes(stepwise);
  add(stepwise, "Sergei Lavrov", 7);  // now the most mentioned spelling
  add(stepwise, "Joseph Biden", 1);
  stepwise.AddNode(EntityNode{"country:RU", "Russia", EntityType::kCountry, "RU", {"Russia"}, {}, 4});
  resolver.ReadNewNodes(stepwise);
  add(stepwise, "J. Biden", 1);  // not read yet: Resolve reads what is left
  KnowledgeGraph at_once = stepwise;
  resolver.Resolve(stepwise);
  ResolveAcrossArticles(at_once);
  EXPECT_EQ(Labels(stepwise), Labels(at_once));
  EXPECT_EQ(Labels(stepwise),
            (std::vector<std::string>{"Russia", "Biden", "J. Biden", "Joseph Biden", "Sergei Lavrov"}));
  // "J. Biden", read by Resolve itself, took "Joe Biden" in (a tie, the smaller id
  // leads); "Joseph" and "Joe" are not one spelling.
  EXPECT_EQ(stepwise.node(*stepwise.FindNode("person:J. Biden")).aliases,
            (std::set<std::string>{"J. Biden", "Joe Biden"}));
  EXPECT_EQ(stepwise.node(*stepwise.FindNode("person:Sergei Lavrov")).mentions, 14u);
  EXPECT_FALSE(stepwise.FindNode("person:Sergey Lavrov"));
}

// A cluster grows through both readings of its leader's name, so a newcomer can meet a
// member with which it shares no block: that pair is compared there and then. "Xi
// Jinping" takes "X. Jinping" in through the block of the western reading (surname
// Jinping) and "Xi Jingping" through that of the eastern one (surname Xi); the two
// share no block, yet agree (Jinping/Jingping, X./Xi), so all three are one person.
// "Kim Jong" takes "K. Jong" (western) but not "Kim J." (eastern): "K. Jong" and
// "Kim J." agree in neither reading.
TEST(ResolveAcrossArticles, ComparesClusterMembersThatShareNoBlock) {
  KnowledgeGraph agree = GraphOf({{"Xi Jinping", 9}, {"X. Jinping", 2}, {"Xi Jingping", 1}});
  ResolveAcrossArticles(agree);
  EXPECT_EQ(Labels(agree), (std::vector<std::string>{"Xi Jinping"}));
  EXPECT_EQ(agree.node(*agree.FindNode("person:Xi Jinping")).mentions, 12u);

  KnowledgeGraph disagree = GraphOf({{"Kim Jong", 9}, {"K. Jong", 2}, {"Kim J.", 1}});
  ResolveAcrossArticles(disagree);
  EXPECT_EQ(Labels(disagree), (std::vector<std::string>{"Kim J.", "Kim Jong"}));
  EXPECT_EQ(disagree.node(*disagree.FindNode("person:Kim Jong")).aliases,
            (std::set<std::string>{"K. Jong", "Kim Jong"}));
}

}  // namespace
}  // namespace kg
