// The attributes every exporter writes, in one table, so GraphML, GEXF and JSON agree on
// names, types and values (docs/output-formats.md documents each one).
//
//   for (const kg::AttrValue& v : kg::NodeAttributeValues(graph.node(n)))
//     out << kg::kNodeAttributes[v.attr].name << " = " << v.text;
//
// List-valued attributes (aliases, edge articles, evidence) are JSON arrays written as
// text, because GraphML and GEXF have no list type that networkx, igraph and Gephi all
// read. Values are plain (unescaped) UTF-8; each writer escapes them for its format.
// GraphML and GEXF write the same values through export/xml_values.h, escaped on the
// way, without building these strings.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

enum class AttrType { kString, kInt, kDouble };

struct AttrSpec {
  std::string_view name;  // GraphML attr.name, GEXF title, JSON member name
  AttrType type;
};

// Node attributes in declaration order.
inline constexpr std::array<AttrSpec, 6> kNodeAttributes = {{
    {"label", AttrType::kString},    // canonical name
    {"type", AttrType::kString},     // person | country | alliance
    {"iso", AttrType::kString},      // ISO 3166-1 alpha-2; omitted when empty
    {"aliases", AttrType::kString},  // JSON array of every surface form seen
    {"mentions", AttrType::kInt},    // mentions in all articles
    {"articles", AttrType::kInt},    // number of articles naming it
}};

// Edge attributes in declaration order.
inline constexpr std::array<AttrSpec, 6> kEdgeAttributes = {{
    {"relation", AttrType::kString},  // official_of, meets, ... (common/schema.h)
    {"label", AttrType::kString},     // human readable: "official of (president)"
    {"role", AttrType::kString},      // roles joined by "; "; omitted when empty
    {"weight", AttrType::kDouble},    // supporting sentences
    {"articles", AttrType::kString},  // JSON array of article ids
    {"evidence", AttrType::kString},  // JSON array of {article, begin, end, text, speaker?}
}};

// One attribute value as text; `attr` indexes kNodeAttributes or kEdgeAttributes.
struct AttrValue {
  std::size_t attr = 0;
  std::string text;
};

// Values in declaration order; optional attributes (iso, role) are left out when empty.
std::vector<AttrValue> NodeAttributeValues(const EntityNode& node);
// `graph` holds the edge: it names the edge's articles.
std::vector<AttrValue> EdgeAttributeValues(const KnowledgeGraph& graph, const RelationEdge& edge);

// "president; prime minister", or "" when the edge has no role.
std::string RoleText(const RelationEdge& edge);
// "official of (president)" when roles exist, else "official of", "meets", ...
std::string EdgeLabel(const RelationEdge& edge);
// Shortest text that reads back as the same double ("2", "0.5"); a non-finite value,
// which no reader agrees on, is written as "0".
std::string FormatNumber(double value);

// The colour of each entity type in GEXF and DOT, from the Okabe-Ito palette, which
// stays distinct under the common colour-vision deficiencies:
// person orange #E69F00, country sky blue #56B4E9, alliance bluish green #009E73.
struct Rgb {
  int r = 0, g = 0, b = 0;
};
Rgb EntityColor(EntityType type);

}  // namespace kg
