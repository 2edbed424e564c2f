#include "export/dot_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <ostream>
#include <string>
#include <string_view>

#include "export/attributes.h"
#include "export/dot_escape.h"
#include "export/out_buffer.h"

namespace kg {
namespace {

// Curved edges that route around nodes need sfdp to solve a spline problem whose cost grows
// steeply with the edges (about 2 s at 150 edges, 18 s at 300, minutes at 1000); above
// this, sfdp draws straight lines. dot draws splines either way.
constexpr std::size_t kMaxSplineEdges = 150;

constexpr std::array<EntityType, 3> kTypes = {EntityType::kPerson, EntityType::kCountry,
                                              EntityType::kAlliance};

std::string_view Shape(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "ellipse";
    case EntityType::kCountry:
      return "box";
    case EntityType::kAlliance:
      return "hexagon";
  }
  return "ellipse";
}

// shape=... fillcolor="#RRGGBB" for one entity type.
std::string TypeStyle(EntityType type) {
  const Rgb c = EntityColor(type);
  return fmt::format("shape={}, fillcolor=\"#{:02X}{:02X}{:02X}\"", Shape(type), c.r, c.g, c.b);
}

// 1 for one sentence, +1 per doubling, at most 5.
double PenWidth(double weight) {
  if (!std::isfinite(weight) || weight <= 1) return 1;
  return std::min(1 + std::log2(weight), 5.0);
}

// Legend node ids that no entity uses: entity ids normally look like "person:x", but the
// graph may hold anything, so look.
std::string LegendId(const KnowledgeGraph& graph, EntityType type) {
  std::string id = fmt::format("legend:{}", ToString(type));
  while (graph.FindNode(id)) id += '_';
  return id;
}

void WriteLegend(const KnowledgeGraph& graph, OutBuffer& out) {
  out << "  subgraph cluster_legend {\n"
         "    label=\"Legend\";\n"
         "    style=rounded;\n";
  for (EntityType type : kTypes) {
    out << "    " << DotId(LegendId(graph, type)) << " [label=" << DotLabel(ToString(type)) << ", "
        << TypeStyle(type) << "];\n";
  }
  out << "  }\n";
}

std::string EdgeText(const RelationEdge& edge) {
  std::string text(ToString(edge.relation));
  if (!edge.roles.empty()) text += " (" + RoleText(edge) + ")";
  return text;
}

}  // namespace

void WriteDot(const KnowledgeGraph& graph, std::ostream& stream) {
  OutBuffer out(stream);
  out << "digraph kgraph {\n"
         "  graph [charset=\"UTF-8\", overlap=false, "
      << (graph.edge_count() <= kMaxSplineEdges ? "splines=true, " : "")
      << "fontsize=10];\n"
         "  node [style=filled, fontsize=10];\n"
         "  edge [fontsize=8, color=\"#555555\"];\n";
  WriteLegend(graph, out);
  for (KnowledgeGraph::NodeId n : graph.Nodes()) {
    const EntityNode& node = graph.node(n);
    out << "  " << DotId(node.id) << " [label=" << DotLabel(node.label) << ", "
        << TypeStyle(node.type) << "];\n";
  }
  for (KnowledgeGraph::EdgeId e : graph.Edges()) {
    const RelationEdge& edge = graph.edge(e);
    out << "  " << DotId(graph.node(graph.source(e)).id) << " -> "
        << DotId(graph.node(graph.target(e)).id) << " [label=" << DotLabel(EdgeText(edge));
    if (IsSymmetric(edge.relation)) out << ", dir=none";
    out << fmt::format(", penwidth={:.1f}];\n", PenWidth(edge.weight));
  }
  out << "}\n";
}

}  // namespace kg
