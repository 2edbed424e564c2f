// The attribute values of a node or an edge, handed to a sink one by one: the one place
// that says which values there are, in which order, and how each is made. Internal to
// export/ (it includes RapidJSON through json_values.h): include it from .cpp files only.
//
// attributes.cpp collects the values as strings (NodeAttributeValues, EdgeAttributeValues);
// xml_values.cpp escapes them straight into a GraphML or GEXF output. A sink has
//
//   void Text(std::size_t attr, std::string_view text);   // a plain value
//   template <typename Write>
//   void Json(std::size_t attr, Write write);  // JSON text: write(w) with a writer of the
//                                              // sink's choice (RapidJSON's interface)
//
// where `attr` indexes kNodeAttributes or kEdgeAttributes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "export/attributes.h"
#include "export/json_values.h"

namespace kg::detail {

// Index of an attribute in its table. consteval: a misspelt name fails to build.
consteval std::size_t NodeAttr(std::string_view name) {
  for (std::size_t i = 0; i < kNodeAttributes.size(); ++i)
    if (kNodeAttributes[i].name == name) return i;
  throw "no such node attribute";
}
consteval std::size_t EdgeAttr(std::string_view name) {
  for (std::size_t i = 0; i < kEdgeAttributes.size(); ++i)
    if (kEdgeAttributes[i].name == name) return i;
  throw "no such edge attribute";
}

// Values in declaration order; an empty iso is left out.
template <typename Sink>
void VisitNodeValues(const EntityNode& node, Sink& sink) {
  sink.Text(NodeAttr("label"), node.label);
  sink.Text(NodeAttr("type"), ToString(node.type));
  if (!node.iso.empty()) sink.Text(NodeAttr("iso"), node.iso);
  sink.Json(NodeAttr("aliases"), [&](auto& w) { json::WriteStrings(w, node.aliases); });
  sink.Text(NodeAttr("mentions"), std::to_string(node.mentions));
  sink.Text(NodeAttr("articles"), std::to_string(ArticleCount(node)));
}

// Values in declaration order; the role is left out when there is none. `graph` holds
// the edge and names its articles.
template <typename Sink>
void VisitEdgeValues(const KnowledgeGraph& graph, const RelationEdge& edge, Sink& sink) {
  sink.Text(EdgeAttr("relation"), ToString(edge.relation));
  sink.Text(EdgeAttr("label"), EdgeLabel(edge));
  if (!edge.roles.empty()) sink.Text(EdgeAttr("role"), RoleText(edge));
  sink.Text(EdgeAttr("weight"), FormatNumber(edge.weight));
  sink.Json(EdgeAttr("articles"), [&](auto& w) {
    if (edge.articles.size() == 1) {  // most edges: nothing to sort, no list to allocate
      const std::string_view only[] = {graph.article_id(edge.articles.front())};
      json::WriteStrings(w, only);
    } else {
      json::WriteStrings(w, graph.ArticleIds(edge.articles));
    }
  });
  sink.Json(EdgeAttr("evidence"), [&](auto& w) { json::WriteEvidence(w, edge.evidence); });
}

}  // namespace kg::detail
