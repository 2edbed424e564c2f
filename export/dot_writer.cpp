#include "export/dot_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "export/attributes.h"
#include "export/detail/element_writer.h"
#include "export/dot_escape.h"
#include "export/formats.h"
#include "export/string_out.h"

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

void WriteLegend(const KnowledgeGraph& graph, StringOut& out) {
  out << "  subgraph cluster_legend {\n"
         "    label=\"Legend\";\n"
         "    style=rounded;\n";
  for (EntityType type : kTypes) {
    out << "    " << DotId(LegendId(graph, type)) << " [label=" << DotLabel(ToString(type)) << ", "
        << TypeStyle(type) << "];\n";
  }
  out << "  }\n";
}

// "official_of (president)", or the relation alone.
std::string EdgeText(const RelationEdge& edge) {
  std::string text(ToString(edge.relation));
  if (!edge.roles.empty()) text += " (" + RoleText(edge) + ")";
  return text;
}

// The ends of node and edge lines that depend on little: formatted once per file, not once
// per line (fmt per line was most of the writer's time).
class LineEnds {
 public:
  LineEnds() {
    for (EntityType type : kTypes)
      node_[static_cast<std::size_t>(type)] = ", " + TypeStyle(type) + "];\n";
    for (std::size_t w = 0; w < pen_.size(); ++w) pen_[w] = Pen(static_cast<double>(w));
  }
  // ", shape=..., fillcolor=...];\n"
  const std::string& Node(EntityType type) const { return node_[static_cast<std::size_t>(type)]; }
  // ", penwidth=N.N];\n"
  std::string Edge(double weight) const {
    if (weight >= 0 && weight < static_cast<double>(pen_.size()) && weight == std::floor(weight))
      return pen_[static_cast<std::size_t>(weight)];
    return Pen(weight);
  }

 private:
  static std::string Pen(double weight) {
    return fmt::format(", penwidth={:.1f}];\n", PenWidth(weight));
  }
  std::array<std::string, kTypes.size()> node_;
  std::array<std::string, 64> pen_;  // whole weights, the usual case
};

void WriteNode(const EntityNode& node, const LineEnds& ends, std::string& out) {
  out += "  ";
  AppendDotQuoted(out, node.id, false);
  out += " [label=";
  AppendDotQuoted(out, node.label, true);
  out += ends.Node(node.type);
}

void WriteEdge(const KnowledgeGraph& graph, KnowledgeGraph::EdgeId e, const LineEnds& ends,
               std::string& out) {
  const RelationEdge& edge = graph.edge(e);
  out += "  ";
  AppendDotQuoted(out, graph.node(graph.source(e)).id, false);
  out += " -> ";
  AppendDotQuoted(out, graph.node(graph.target(e)).id, false);
  out += " [label=";
  if (edge.roles.empty()) {
    AppendDotQuoted(out, ToString(edge.relation), true);
  } else {
    AppendDotQuoted(out, EdgeText(edge), true);
  }
  if (IsSymmetric(edge.relation)) out += ", dir=none";
  out += ends.Edge(edge.weight);
}

class DotWriter final : public detail::ElementWriter {
 public:
  explicit DotWriter(const KnowledgeGraph& graph) : graph_(graph) {}

  void Begin(std::string& s) const override {
    StringOut out(s);
    out << "digraph kgraph {\n"
           "  graph [charset=\"UTF-8\", overlap=false, "
        << (graph_.edge_count() <= kMaxSplineEdges ? "splines=true, " : "")
        << "fontsize=10];\n"
           "  node [style=filled, fontsize=10];\n"
           "  edge [fontsize=8, color=\"#555555\"];\n";
    WriteLegend(graph_, out);
  }
  void Node(KnowledgeGraph::NodeId n, std::string& s) const override {
    WriteNode(graph_.node(n), ends_, s);
  }
  void BeginEdges(std::string&) const override {}
  void Edge(KnowledgeGraph::EdgeId e, std::size_t, std::string& s) const override {
    WriteEdge(graph_, e, ends_, s);
  }
  void End(std::string& s) const override { s += "}\n"; }

 private:
  const KnowledgeGraph& graph_;
  const LineEnds ends_;
};

}  // namespace

namespace detail {
std::unique_ptr<ElementWriter> MakeDotWriter(const KnowledgeGraph& graph) {
  return std::make_unique<DotWriter>(graph);
}
}  // namespace detail

void WriteDot(const KnowledgeGraph& graph, std::ostream& out) {
  WriteFormats(graph, {{GraphFormat::kDot, &out}});
}

}  // namespace kg
