// Node and edge attribute values written into GraphML or GEXF, escaped for XML as they
// are written. Internal to export/: the inner loop of the two XML writers.
//
//   const kg::XmlValueLayout layout(kg::kEdgeAttributes, "      <data key=\"e_", "\">",
//                                   "</data>\n", false);
//   kg::AppendXmlValues(buffer, graph, graph.edge(e), layout);
//   // <data key="e_relation">meets</data>, one line per value
//
// The bytes are those of XmlEscape (or XmlEscapeAttribute) applied to each text of
// NodeAttributeValues / EdgeAttributeValues (export/attributes.h), in the same order, but
// no string or vector is built on the way: JSON values (aliases, articles, evidence) are
// escaped for JSON and XML in one pass over their strings (AppendXmlEscapedJsonString),
// which is also where malformed UTF-8 is repaired. Evidence is most of a graph's bytes.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "export/attributes.h"
#include "graph/knowledge_graph.h"

namespace kg {

// How a format frames the values of one attribute table (kNodeAttributes or
// kEdgeAttributes): before_name + attribute name + after_name + escaped value +
// after_value. The opening of each attribute's value is put together once, here, not
// for every node and edge.
class XmlValueLayout {
 public:
  XmlValueLayout(std::span<const AttrSpec> table,
                 std::string_view before_name,  // `      <data key="e_`: up to the name
                 std::string_view after_name,   // `">`
                 std::string_view after_value,  // `</data>\n`
                 bool attribute);  // the value is an XML attribute value (GEXF), not content

  std::string_view opening(std::size_t attr) const { return openings_[attr]; }
  std::string_view after_value() const { return after_value_; }
  bool attribute() const { return attribute_; }
  std::size_t size() const { return openings_.size(); }

 private:
  std::vector<std::string> openings_;  // one per attribute of the table
  std::string_view after_value_;
  bool attribute_;
};

// Appends every value of `node` (or `edge`, of `graph`) that exists, in declaration order;
// `layout` is one for kNodeAttributes (kEdgeAttributes).
void AppendXmlValues(std::string& out, const EntityNode& node, const XmlValueLayout& layout);
void AppendXmlValues(std::string& out, const KnowledgeGraph& graph, const RelationEdge& edge,
                     const XmlValueLayout& layout);

// `indent<edge id="e{index}" source="..." target="..."` for edge `e` of `graph`, at
// position `index` of Edges(), the node ids escaped: both XML formats open an edge so
// and go on with attributes of their own, then close the tag.
void AppendXmlEdgeOpening(std::string& out, std::string_view indent, const KnowledgeGraph& graph,
                          KnowledgeGraph::EdgeId e, std::size_t index);

}  // namespace kg
