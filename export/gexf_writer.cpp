#include "export/gexf_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <ostream>
#include <span>
#include <string_view>

#include "export/attributes.h"
#include "export/out_buffer.h"
#include "export/xml_values.h"

namespace kg {
namespace {

constexpr std::string_view kHeader =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
    "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
    "version=\"1.3\">\n"
    "  <meta>\n"
    "    <creator>kgraph</creator>\n"
    "    <description>People, countries and alliances in news articles</description>\n"
    "  </meta>\n"
    "  <graph mode=\"static\" defaultedgetype=\"directed\">\n";

std::string_view GexfType(AttrType type) {
  switch (type) {
    case AttrType::kInt:
      return "integer";
    case AttrType::kDouble:
      return "double";
    case AttrType::kString:
      break;
  }
  return "string";
}

template <typename Table>
void WriteAttributeDecls(const Table& table, std::string_view klass, std::string_view prefix,
                         OutBuffer& out) {
  out << "    <attributes class=\"" << klass << "\">\n";
  for (const AttrSpec& spec : table) {
    out << "      <attribute id=\"" << prefix << spec.name << "\" title=\"" << spec.name
        << "\" type=\"" << GexfType(spec.type) << "\"/>\n";
  }
  out << "    </attributes>\n";
}

// One <attvalue> per value, inside <attvalues>; ids prefixed as in WriteAttributeDecls.
XmlValueLayout AttValues(std::span<const AttrSpec> table, std::string_view before_name) {
  return XmlValueLayout(table, before_name, "\" value=\"", "\"/>\n", true);
}

// `append(s)` appends the values to the output buffer `s`.
template <typename Append>
void WriteAttValues(OutBuffer& out, Append append) {
  out << "        <attvalues>\n";
  out.Write(append);
  out << "        </attvalues>\n";
}

// 10 for a single mention, +4 per doubling, at most 50: big enough to click, and a
// country named a thousand times does not hide the rest.
double NodeSize(std::size_t mentions) {
  const double size = 10 + 4 * std::log2(static_cast<double>(std::max<std::size_t>(mentions, 1)));
  return std::min(size, 50.0);
}

void WriteNode(const EntityNode& node, const XmlValueLayout& values, OutBuffer& out) {
  out << "      <node id=\"";
  out.Escaped(node.id, true) << "\" label=\"";
  out.Escaped(node.label, true) << "\">\n";
  WriteAttValues(out, [&](std::string& s) { AppendXmlValues(s, node, values); });
  const Rgb c = EntityColor(node.type);
  out << fmt::format("        <viz:color r=\"{}\" g=\"{}\" b=\"{}\" a=\"1.0\"/>\n", c.r, c.g, c.b);
  out << fmt::format("        <viz:size value=\"{:.2f}\"/>\n", NodeSize(node.mentions));
  out << "      </node>\n";
}

}  // namespace

void WriteGexf(const KnowledgeGraph& graph, std::ostream& stream) {
  const XmlValueLayout node_values = AttValues(kNodeAttributes, "          <attvalue for=\"n_");
  const XmlValueLayout edge_values = AttValues(kEdgeAttributes, "          <attvalue for=\"e_");
  OutBuffer out(stream);
  out << kHeader;
  WriteAttributeDecls(kNodeAttributes, "node", "n_", out);
  WriteAttributeDecls(kEdgeAttributes, "edge", "e_", out);
  out << "    <nodes>\n";
  for (KnowledgeGraph::NodeId n : graph.Nodes()) WriteNode(graph.node(n), node_values, out);
  out << "    </nodes>\n    <edges>\n";
  std::size_t index = 0;
  for (KnowledgeGraph::EdgeId e : graph.Edges()) {
    const RelationEdge& edge = graph.edge(e);
    out << "      <edge id=\"e" << index++ << "\" source=\"";
    out.Escaped(graph.node(graph.source(e)).id, true) << "\" target=\"";
    out.Escaped(graph.node(graph.target(e)).id, true) << "\"";
    if (IsSymmetric(edge.relation)) out << " type=\"undirected\"";
    out << " kind=\"" << ToString(edge.relation) << "\" label=\"";
    out.Escaped(EdgeLabel(edge), true) << "\" weight=\"" << FormatNumber(edge.weight) << "\">\n";
    WriteAttValues(out, [&](std::string& s) { AppendXmlValues(s, graph, edge, edge_values); });
    out << "      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace kg
