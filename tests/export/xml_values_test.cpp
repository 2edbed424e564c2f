#include "export/xml_values.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "export/attributes.h"
#include "export/xml_escape.h"
#include "tests/export/small_graph.h"

namespace kg {
namespace {

// How GraphML and GEXF frame a value.
struct Framing {
  std::string before_name, after_name, after_value;
  bool attribute;
};
const Framing kContent{"<data key=\"", "\">", "</data>\n", false};
const Framing kAttribute{"<attvalue for=\"", "\" value=\"", "\"/>\n", true};

template <typename Table>
XmlValueLayout Layout(const Table& table, const Framing& f) {
  return XmlValueLayout(table, f.before_name, f.after_name, f.after_value, f.attribute);
}

// What the XML writers wrote before AppendXmlValues: each text of
// NodeAttributeValues / EdgeAttributeValues, escaped, framed as `f` says.
template <typename Table>
std::string Escaped(const Table& table, const std::vector<AttrValue>& values, const Framing& f) {
  std::string out;
  for (const AttrValue& v : values) {
    out += f.before_name + std::string(table[v.attr].name) + f.after_name;
    out += f.attribute ? XmlEscapeAttribute(v.text) : XmlEscape(v.text);
    out += f.after_value;
  }
  return out;
}

// Edges with what the one-pass path has to get right: no evidence, a speaker or not,
// several roles, spaces a reader would squeeze, controls on both sides of 0x19 in a long
// sentence, malformed UTF-8, a noncharacter, quotes, markup, non-ASCII. Their article ids
// are interned in `graph`.
std::vector<RelationEdge> HardEdges(KnowledgeGraph& graph) {
  auto refs = [&](std::initializer_list<std::string_view> ids) {
    ArticleRefs out;
    for (auto id : ids) AddArticle(out, graph.InternArticle(id));
    return out;
  };
  const std::string long_controls = "a sentence longer than sixteen bytes \x1A\x1B\x1F\x01 end";
  return {
      {RelationType::kMemberOf, {}, 1, {}, {}},
      {RelationType::kOfficialOf,
       {"president", "prime \"minister\""},
       2.5,
       refs({"b&2", "a'1"}),
       {{"a'1", {0, 10}, "  leading  and double  spaces ", "person:x"},
        {"b&2", {3, 7}, long_controls, ""}}},
      {RelationType::kSupports,
       {},
       1e21,
       refs({"bad\xFF", "\xEF\xBF\xBE"}),
       {{"bad\xFF", {1, 2}, "<Ünïcödé> & \"quotes\" \\ back\xC3", "sp\xFF"}}},
  };
}

TEST(XmlValues, EdgesEqualTheirAttributeTextsEscaped) {
  KnowledgeGraph graph = testing::SmallGraph();
  std::vector<RelationEdge> edges = HardEdges(graph);
  for (auto e : graph.Edges()) edges.push_back(graph.edge(e));
  for (const RelationEdge& edge : edges) {
    for (const Framing* f : {&kContent, &kAttribute}) {
      std::string got = "kept:";
      AppendXmlValues(got, graph, edge, Layout(kEdgeAttributes, *f));
      EXPECT_EQ(got, "kept:" + Escaped(kEdgeAttributes, EdgeAttributeValues(graph, edge), *f))
          << ToString(edge.relation) << " attribute=" << f->attribute;
    }
  }
}

TEST(XmlValues, NodesEqualTheirAttributeTextsEscaped) {
  std::vector<EntityNode> nodes = {
      {"n",
       "  two  spaces",
       EntityType::kCountry,
       "",
       {"", " x",
        "a\x1F"
        "bcdefghijklmnopqrstu"},
       {},
       0,
       7},
  };
  const KnowledgeGraph graph = testing::SmallGraph();
  for (auto n : graph.Nodes()) nodes.push_back(graph.node(n));
  for (const EntityNode& node : nodes) {
    for (const Framing* f : {&kContent, &kAttribute}) {
      std::string got;
      AppendXmlValues(got, node, Layout(kNodeAttributes, *f));
      EXPECT_EQ(got, Escaped(kNodeAttributes, NodeAttributeValues(node), *f))
          << node.id << " attribute=" << f->attribute;
    }
  }
}

}  // namespace
}  // namespace kg
