#include "export/attributes.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace kg {
namespace {

// name -> value, for readable expectations.
template <typename Table>
std::map<std::string, std::string> ByName(const Table& table,
                                          const std::vector<AttrValue>& values) {
  std::map<std::string, std::string> out;
  for (const auto& v : values) out[std::string(table[v.attr].name)] = v.text;
  return out;
}

TEST(Attributes, NodeAndEdgeTablesFollowTheContract) {
  std::vector<std::string> node_names, edge_names;
  for (const auto& spec : kNodeAttributes) node_names.emplace_back(spec.name);
  for (const auto& spec : kEdgeAttributes) edge_names.emplace_back(spec.name);
  EXPECT_EQ(node_names,
            (std::vector<std::string>{"label", "type", "iso", "aliases", "mentions", "articles"}));
  EXPECT_EQ(edge_names, (std::vector<std::string>{"relation", "label", "role", "weight", "articles",
                                                  "evidence"}));
  // Gephi gives these names a meaning of its own.
  for (const auto& name : {"size", "x", "y", "r", "g", "b", "color"}) {
    for (const auto& n : node_names) EXPECT_NE(n, name);
    for (const auto& n : edge_names) EXPECT_NE(n, name);
  }
}

TEST(Attributes, NodeValuesOmitAnEmptyIso) {
  EntityNode country{"country:RU", "Russia", EntityType::kCountry, "RU", {"Russia", "Moscow"},
                     {0, 1},       5};
  EntityNode person{"person:x", "X \"Y\"", EntityType::kPerson, "", {}, {0}, 1};
  EXPECT_EQ(ByName(kNodeAttributes, NodeAttributeValues(country)),
            (std::map<std::string, std::string>{{"label", "Russia"},
                                                {"type", "country"},
                                                {"iso", "RU"},
                                                {"aliases", R"(["Moscow","Russia"])"},
                                                {"mentions", "5"},
                                                {"articles", "2"}}));
  EXPECT_EQ(ByName(kNodeAttributes, NodeAttributeValues(person)),
            (std::map<std::string, std::string>{{"label", "X \"Y\""},
                                                {"type", "person"},
                                                {"aliases", "[]"},
                                                {"mentions", "1"},
                                                {"articles", "1"}}));
}

TEST(Attributes, EdgeValuesCarryRolesArticlesAndEvidenceAsJson) {
  KnowledgeGraph g;
  const ArticleRef b = g.InternArticle("b"), a = g.InternArticle("a");  // listed by id, not ref
  RelationEdge edge{RelationType::kOfficialOf,
                    {"president", "chairman"},
                    2,
                    {b, a},
                    {{"a", {3, 9}, "He said \"x\"\n", ""}, {"b", {0, 4}, "Ok\x01", "person:p"}}};
  EXPECT_EQ(ByName(kEdgeAttributes, EdgeAttributeValues(g, edge)),
            (std::map<std::string, std::string>{
                {"relation", "official_of"},
                {"label", "official of (chairman; president)"},
                {"role", "chairman; president"},
                {"weight", "2"},
                {"articles", R"(["a","b"])"},
                {"evidence",
                 R"([{"article":"a","begin":3,"end":9,"text":"He said \"x\"\n"},)"
                 R"({"article":"b","begin":0,"end":4,"text":"Ok\u0001","speaker":"person:p"}])"}}));
  RelationEdge meets{RelationType::kMeets, {}, 0.5, {}, {}};
  auto values = ByName(kEdgeAttributes, EdgeAttributeValues(g, meets));
  EXPECT_EQ(values.count("role"), 0u);
  EXPECT_EQ(values["label"], "meets");
  EXPECT_EQ(values["weight"], "0.5");
  EXPECT_EQ(values["evidence"], "[]");
}

TEST(Attributes, JsonTextRepairsMalformedUtf8) {
  EntityNode node{"n", "n", EntityType::kPerson, "", {"a\xFF"}, {}, 0};
  EXPECT_EQ(ByName(kNodeAttributes, NodeAttributeValues(node))["aliases"], "[\"a\xEF\xBF\xBD\"]");
}

// RapidJSON 1.1.0's SSE2 scan for StringBuffer writers lets 0x1A..0x1F through raw in
// the aligned part of a long string; the attribute texts must escape them all the same.
TEST(Attributes, JsonTextEscapesEveryControlCharacter) {
  RelationEdge edge{RelationType::kMeets, {}, 1, {}, {}};
  const std::string text = "0123456789abcdef0123456789abcdef\x19\x1A\x1B\x1F 0123456789abcdef";
  edge.evidence.push_back({"a", {0, 1}, text, ""});
  EXPECT_EQ(ByName(kEdgeAttributes, EdgeAttributeValues(KnowledgeGraph{}, edge))["evidence"],
            R"([{"article":"a","begin":0,"end":1,"text":")"
            R"(0123456789abcdef0123456789abcdef\u0019\u001A\u001B\u001F 0123456789abcdef"}])");
}

TEST(Attributes, LabelsRolesAndNumbers) {
  struct Case {
    RelationType relation;
    std::set<std::string> roles;
    std::string label;
  };
  const std::vector<Case> cases = {
      {RelationType::kOfficialOf, {"president"}, "official of (president)"},
      {RelationType::kOfficialOf, {}, "official of"},
      {RelationType::kCooperatesWith, {}, "cooperates with"},
      {RelationType::kCoMention, {}, "co mention"},
  };
  for (const auto& c : cases) {
    RelationEdge edge;
    edge.relation = c.relation;
    edge.roles = c.roles;
    EXPECT_EQ(EdgeLabel(edge), c.label);
  }
  const std::vector<std::pair<double, std::string>> numbers = {
      {0, "0"},
      {2, "2"},
      {1.5, "1.5"},
      {0.1, "0.1"},
      {1e21, "1e+21"},
      {123456789012345, "123456789012345"},
      {1e16, "1e+16"},
      {-3, "-3"},
      {std::nan(""), "0"},
      {std::numeric_limits<double>::infinity(), "0"}};
  for (const auto& [value, text] : numbers) EXPECT_EQ(FormatNumber(value), text) << value;
}

TEST(Attributes, EntityColorsAreDistinct) {
  const Rgb p = EntityColor(EntityType::kPerson), c = EntityColor(EntityType::kCountry),
            a = EntityColor(EntityType::kAlliance);
  auto distance = [](Rgb x, Rgb y) {
    return std::abs(x.r - y.r) + std::abs(x.g - y.g) + std::abs(x.b - y.b);
  };
  EXPECT_GT(distance(p, c), 150);
  EXPECT_GT(distance(p, a), 150);
  EXPECT_GT(distance(c, a), 150);
}

}  // namespace
}  // namespace kg
