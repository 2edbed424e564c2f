#include "tests/export/small_graph.h"

#include <algorithm>
#include <string>
#include <vector>

namespace kg::testing {
namespace {

// A node with the ids of its articles, interned when the graph is built.
struct NodeSpec {
  EntityNode node;
  std::vector<std::string> articles;
};

std::vector<NodeSpec> Nodes() {
  return {
      {{"person:sergey-lavrov",
        "Сергей Лавров",
        EntityType::kPerson,
        "",
        {"Lavrov", "Сергей Лавров"},
        {},
        3},
       {"a1", "a2"}},
      {{"country:RU", "Russia", EntityType::kCountry, "RU", {"Moscow", "Russia"}, {}, 4}, {"a1"}},
      {{"country:US", "United States", EntityType::kCountry, "US", {"U.S.", "Washington"}, {}, 1},
       {"a2"}},
      {{"alliance:nato",
        "NATO",
        EntityType::kAlliance,
        "",
        {"NATO", "North Atlantic Treaty Organization"},
        {},
        2},
       {"a1", "a2"}},
      // Ids that are DOT keywords, a label ending in a backslash, one with every XML
      // special character and one with a control character, malformed UTF-8 and U+FFFE.
      {{"graph", "C:\\Temp\\", EntityType::kPerson, "", {"C:\\Temp\\"}, {}, 1}, {"a1"}},
      {{"strict",
        "AT&T <\"Alliance\"> 'x'\x07",
        EntityType::kAlliance,
        "",
        {"bad\xFF"
         "byte",
         "non\xEF\xBF\xBE"
         "char"},
        {},
        1},
       {"a2"}},
  };
}

struct EdgeSpec {
  const char* source;
  RelationType relation;
  const char* target;
  RelationEdge delta;  // without articles: those are `articles`
  std::vector<std::string> articles;
};

std::vector<EdgeSpec> Edges() {
  const Evidence quote{"a1", {0, 52}, "Russia's foreign minister said \"no\" & left <early>.", ""};
  const Evidence cyrillic{
      "a2", {120, 160}, "Сергей Лавров\x01 said:\r\nno\tcomment", "person:sergey-lavrov"};
  const Evidence plain{"a1", {60, 90}, "Russia criticised  NATO   again.", ""};
  return {
      {"person:sergey-lavrov",
       RelationType::kOfficialOf,
       "country:RU",
       {RelationType::kOfficialOf, {"foreign minister"}, 2, {}, {quote, cyrillic}},
       {"a1", "a2"}},
      {"person:sergey-lavrov",
       RelationType::kMeets,
       "graph",
       {RelationType::kMeets, {}, 1, {}, {plain}},
       {"a1"}},
      {"country:US", RelationType::kMemberOf, "alliance:nato", {RelationType::kMemberOf, {}, 1, {}, {}},
       {"a2"}},
      {"country:RU",
       RelationType::kCriticizes,
       "alliance:nato",
       {RelationType::kCriticizes, {}, 3, {}, {plain}},
       {"a1"}},
      {"country:RU",
       RelationType::kSanctions,
       "alliance:nato",
       {RelationType::kSanctions, {}, 1, {}, {plain}},
       {"a1"}},
      {"country:RU",
       RelationType::kCoMention,
       "alliance:nato",
       {RelationType::kCoMention, {}, 2, {}, {plain}},
       {"a1"}},
      {"strict",
       RelationType::kSupports,
       "graph",
       {RelationType::kSupports, {}, 1.5, {}, {cyrillic}},
       {"a2"}},
  };
}

KnowledgeGraph Build(bool reversed) {
  std::vector<NodeSpec> nodes = Nodes();
  std::vector<EdgeSpec> edges = Edges();
  if (reversed) {
    std::reverse(nodes.begin(), nodes.end());
    std::reverse(edges.begin(), edges.end());
  }
  KnowledgeGraph graph;
  auto refs = [&](const std::vector<std::string>& ids) {
    ArticleRefs out;
    for (const auto& id : ids) AddArticle(out, graph.InternArticle(id));
    return out;
  };
  for (auto& spec : nodes) {
    spec.node.articles = refs(spec.articles);
    graph.AddNode(spec.node);
  }
  for (auto& e : edges) {
    e.delta.articles = refs(e.articles);
    graph.AddEdge(*graph.FindNode(e.source), e.relation, *graph.FindNode(e.target), e.delta);
  }
  return graph;
}

}  // namespace

KnowledgeGraph SmallGraph() { return Build(false); }

KnowledgeGraph SmallGraphReversed() { return Build(true); }

}  // namespace kg::testing
