#include "export/graphml_writer.h"

#include <ostream>
#include <string_view>

#include "export/attributes.h"
#include "export/out_buffer.h"
#include "export/xml_values.h"

namespace kg {
namespace {

constexpr std::string_view kHeader =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
    "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";

std::string_view GraphMLType(AttrType type) {
  switch (type) {
    case AttrType::kInt:
      return "int";
    case AttrType::kDouble:
      return "double";
    case AttrType::kString:
      break;
  }
  return "string";
}

// <key> elements for one table; `prefix` keeps node and edge key ids apart.
template <typename Table>
void WriteKeys(const Table& table, std::string_view domain, std::string_view prefix,
               OutBuffer& out) {
  for (const AttrSpec& spec : table) {
    out << "  <key id=\"" << prefix << spec.name << "\" for=\"" << domain << "\" attr.name=\""
        << spec.name << "\" attr.type=\"" << GraphMLType(spec.type) << "\"/>\n";
  }
}

}  // namespace

void WriteGraphML(const KnowledgeGraph& graph, std::ostream& stream) {
  // One <data> line per value, key ids prefixed as in WriteKeys.
  const XmlValueLayout node_data(kNodeAttributes, "      <data key=\"n_", "\">", "</data>\n", false);
  const XmlValueLayout edge_data(kEdgeAttributes, "      <data key=\"e_", "\">", "</data>\n", false);
  OutBuffer out(stream);
  out << kHeader;
  WriteKeys(kNodeAttributes, "node", "n_", out);
  WriteKeys(kEdgeAttributes, "edge", "e_", out);
  out << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  for (KnowledgeGraph::NodeId n : graph.Nodes()) {
    out << "    <node id=\"";
    out.Escaped(graph.node(n).id, true) << "\">\n";
    out.Write([&](std::string& s) { AppendXmlValues(s, graph.node(n), node_data); });
    out << "    </node>\n";
  }
  std::size_t index = 0;
  for (KnowledgeGraph::EdgeId e : graph.Edges()) {
    out << "    <edge id=\"e" << index++ << "\" source=\"";
    out.Escaped(graph.node(graph.source(e)).id, true) << "\" target=\"";
    out.Escaped(graph.node(graph.target(e)).id, true) << "\">\n";
    out.Write([&](std::string& s) { AppendXmlValues(s, graph, graph.edge(e), edge_data); });
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace kg
