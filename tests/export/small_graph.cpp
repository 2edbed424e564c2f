#include "tests/export/small_graph.h"

#include <algorithm>
#include <string>
#include <vector>

namespace kg::testing {
namespace {

std::vector<EntityNode> Nodes() {
  return {
      {"person:sergey-lavrov",
       "Сергей Лавров",
       EntityType::kPerson,
       "",
       {"Lavrov", "Сергей Лавров"},
       {"a1", "a2"},
       3},
      {"country:RU", "Russia", EntityType::kCountry, "RU", {"Moscow", "Russia"}, {"a1"}, 4},
      {"country:US",
       "United States",
       EntityType::kCountry,
       "US",
       {"U.S.", "Washington"},
       {"a2"},
       1},
      {"alliance:nato",
       "NATO",
       EntityType::kAlliance,
       "",
       {"NATO", "North Atlantic Treaty Organization"},
       {"a1", "a2"},
       2},
      // Ids that are DOT keywords, a label ending in a backslash, one with every XML
      // special character and one with a control character, malformed UTF-8 and U+FFFE.
      {"graph", "C:\\Temp\\", EntityType::kPerson, "", {"C:\\Temp\\"}, {"a1"}, 1},
      {"strict",
       "AT&T <\"Alliance\"> 'x'\x07",
       EntityType::kAlliance,
       "",
       {"bad\xFF"
        "byte",
        "non\xEF\xBF\xBE"
        "char"},
       {"a2"},
       1},
  };
}

struct EdgeSpec {
  const char* source;
  RelationType relation;
  const char* target;
  RelationEdge delta;
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
       {RelationType::kOfficialOf, {"foreign minister"}, 2, {"a1", "a2"}, {quote, cyrillic}}},
      {"person:sergey-lavrov",
       RelationType::kMeets,
       "graph",
       {RelationType::kMeets, {}, 1, {"a1"}, {plain}}},
      {"country:US",
       RelationType::kMemberOf,
       "alliance:nato",
       {RelationType::kMemberOf, {}, 1, {"a2"}, {}}},
      {"country:RU",
       RelationType::kCriticizes,
       "alliance:nato",
       {RelationType::kCriticizes, {}, 3, {"a1"}, {plain}}},
      {"country:RU",
       RelationType::kSanctions,
       "alliance:nato",
       {RelationType::kSanctions, {}, 1, {"a1"}, {plain}}},
      {"country:RU",
       RelationType::kCoMention,
       "alliance:nato",
       {RelationType::kCoMention, {}, 2, {"a1"}, {plain}}},
      {"strict",
       RelationType::kSupports,
       "graph",
       {RelationType::kSupports, {}, 1.5, {"a2"}, {cyrillic}}},
  };
}

KnowledgeGraph Build(bool reversed) {
  std::vector<EntityNode> nodes = Nodes();
  std::vector<EdgeSpec> edges = Edges();
  if (reversed) {
    std::reverse(nodes.begin(), nodes.end());
    std::reverse(edges.begin(), edges.end());
  }
  KnowledgeGraph graph;
  for (const auto& node : nodes) graph.AddNode(node);
  for (const auto& e : edges) {
    graph.AddEdge(*graph.FindNode(e.source), e.relation, *graph.FindNode(e.target), e.delta);
  }
  return graph;
}

}  // namespace

KnowledgeGraph SmallGraph() { return Build(false); }

KnowledgeGraph SmallGraphReversed() { return Build(true); }

}  // namespace kg::testing
