#include "export/graphml_writer.h"

#include <memory>
#include <ostream>
#include <string_view>

#include "export/attributes.h"
#include "export/detail/element_writer.h"
#include "export/formats.h"
#include "export/string_out.h"
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
               StringOut& out) {
  for (const AttrSpec& spec : table) {
    out << "  <key id=\"" << prefix << spec.name << "\" for=\"" << domain << "\" attr.name=\""
        << spec.name << "\" attr.type=\"" << GraphMLType(spec.type) << "\"/>\n";
  }
}

class GraphMLWriter final : public detail::ElementWriter {
 public:
  explicit GraphMLWriter(const KnowledgeGraph& graph)
      : graph_(graph),
        // One <data> line per value, key ids prefixed as in WriteKeys.
        node_data_(kNodeAttributes, "      <data key=\"n_", "\">", "</data>\n", false),
        edge_data_(kEdgeAttributes, "      <data key=\"e_", "\">", "</data>\n", false) {}

  void Begin(std::string& s) const override {
    StringOut out(s);
    out << kHeader;
    WriteKeys(kNodeAttributes, "node", "n_", out);
    WriteKeys(kEdgeAttributes, "edge", "e_", out);
    out << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  }
  void Node(KnowledgeGraph::NodeId n, std::string& s) const override {
    StringOut out(s);
    out << "    <node id=\"";
    out.Escaped(graph_.node(n).id, true) << "\">\n";
    AppendXmlValues(s, graph_.node(n), node_data_);
    out << "    </node>\n";
  }
  void BeginEdges(std::string&) const override {}
  void Edge(KnowledgeGraph::EdgeId e, std::size_t index, std::string& s) const override {
    AppendXmlEdgeOpening(s, "    ", graph_, e, index);
    s += ">\n";
    AppendXmlValues(s, graph_, graph_.edge(e), edge_data_);
    s += "    </edge>\n";
  }
  void End(std::string& s) const override { s += "  </graph>\n</graphml>\n"; }

 private:
  const KnowledgeGraph& graph_;
  const XmlValueLayout node_data_, edge_data_;
};

}  // namespace

namespace detail {
std::unique_ptr<ElementWriter> MakeGraphMLWriter(const KnowledgeGraph& graph) {
  return std::make_unique<GraphMLWriter>(graph);
}
}  // namespace detail

void WriteGraphML(const KnowledgeGraph& graph, std::ostream& out) {
  WriteFormats(graph, {{GraphFormat::kGraphML, &out}});
}

}  // namespace kg
