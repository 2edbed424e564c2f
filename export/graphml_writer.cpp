#include "export/graphml_writer.h"

#include <memory>
#include <ostream>
#include <string_view>

#include "export/attributes.h"
#include "export/detail/element_writer.h"
#include "export/formats.h"
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

class GraphMLWriter final : public detail::ElementWriter {
 public:
  GraphMLWriter(const KnowledgeGraph& graph, std::ostream& stream)
      : graph_(graph),
        out_(stream),
        // One <data> line per value, key ids prefixed as in WriteKeys.
        node_data_(kNodeAttributes, "      <data key=\"n_", "\">", "</data>\n", false),
        edge_data_(kEdgeAttributes, "      <data key=\"e_", "\">", "</data>\n", false) {}

  void Begin() override {
    out_ << kHeader;
    WriteKeys(kNodeAttributes, "node", "n_", out_);
    WriteKeys(kEdgeAttributes, "edge", "e_", out_);
    out_ << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  }
  void Node(KnowledgeGraph::NodeId n) override {
    out_ << "    <node id=\"";
    out_.Escaped(graph_.node(n).id, true) << "\">\n";
    out_.Write([&](std::string& s) { AppendXmlValues(s, graph_.node(n), node_data_); });
    out_ << "    </node>\n";
  }
  void BeginEdges() override {}
  void Edge(KnowledgeGraph::EdgeId e) override {
    out_ << "    <edge id=\"e" << index_++ << "\" source=\"";
    out_.Escaped(graph_.node(graph_.source(e)).id, true) << "\" target=\"";
    out_.Escaped(graph_.node(graph_.target(e)).id, true) << "\">\n";
    out_.Write([&](std::string& s) { AppendXmlValues(s, graph_, graph_.edge(e), edge_data_); });
    out_ << "    </edge>\n";
  }
  void End() override {
    out_ << "  </graph>\n</graphml>\n";
    out_.Flush();
  }

 private:
  const KnowledgeGraph& graph_;
  OutBuffer out_;
  const XmlValueLayout node_data_, edge_data_;
  std::size_t index_ = 0;
};

}  // namespace

namespace detail {
std::unique_ptr<ElementWriter> MakeGraphMLWriter(const KnowledgeGraph& graph, std::ostream& out) {
  return std::make_unique<GraphMLWriter>(graph, out);
}
}  // namespace detail

void WriteGraphML(const KnowledgeGraph& graph, std::ostream& out) {
  WriteFormats(graph, {{GraphFormat::kGraphML, &out}});
}

}  // namespace kg
