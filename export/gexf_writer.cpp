#include "export/gexf_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <ostream>
#include <span>
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
                         StringOut& out) {
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

// `append(s)` appends the values to the output string `s`.
template <typename Append>
void WriteAttValues(StringOut& out, Append append) {
  out << "        <attvalues>\n";
  append(out.str());
  out << "        </attvalues>\n";
}

// 10 for a single mention, +4 per doubling, at most 50: big enough to click, and a
// country named a thousand times does not hide the rest.
double NodeSize(std::size_t mentions) {
  const double size = 10 + 4 * std::log2(static_cast<double>(std::max<std::size_t>(mentions, 1)));
  return std::min(size, 50.0);
}

void WriteNode(const EntityNode& node, const XmlValueLayout& values, StringOut& out) {
  out << "      <node id=\"";
  out.Escaped(node.id, true) << "\" label=\"";
  out.Escaped(node.label, true) << "\">\n";
  WriteAttValues(out, [&](std::string& s) { AppendXmlValues(s, node, values); });
  const Rgb c = EntityColor(node.type);
  out << fmt::format("        <viz:color r=\"{}\" g=\"{}\" b=\"{}\" a=\"1.0\"/>\n", c.r, c.g, c.b);
  out << fmt::format("        <viz:size value=\"{:.2f}\"/>\n", NodeSize(node.mentions));
  out << "      </node>\n";
}

class GexfWriter final : public detail::ElementWriter {
 public:
  explicit GexfWriter(const KnowledgeGraph& graph)
      : graph_(graph),
        node_values_(AttValues(kNodeAttributes, "          <attvalue for=\"n_")),
        edge_values_(AttValues(kEdgeAttributes, "          <attvalue for=\"e_")) {}

  void Begin(std::string& s) const override {
    StringOut out(s);
    out << kHeader;
    WriteAttributeDecls(kNodeAttributes, "node", "n_", out);
    WriteAttributeDecls(kEdgeAttributes, "edge", "e_", out);
    out << "    <nodes>\n";
  }
  void Node(KnowledgeGraph::NodeId n, std::string& s) const override {
    StringOut out(s);
    WriteNode(graph_.node(n), node_values_, out);
  }
  void BeginEdges(std::string& s) const override { s += "    </nodes>\n    <edges>\n"; }
  void Edge(KnowledgeGraph::EdgeId e, std::size_t index, std::string& s) const override {
    const RelationEdge& edge = graph_.edge(e);
    AppendXmlEdgeOpening(s, "      ", graph_, e, index);
    StringOut out(s);
    if (IsSymmetric(edge.relation)) out << " type=\"undirected\"";
    out << " kind=\"" << ToString(edge.relation) << "\" label=\"";
    out.Escaped(EdgeLabel(edge), true) << "\" weight=\"" << FormatNumber(edge.weight) << "\">\n";
    WriteAttValues(out, [&](std::string& v) { AppendXmlValues(v, graph_, edge, edge_values_); });
    out << "      </edge>\n";
  }
  void End(std::string& s) const override { s += "    </edges>\n  </graph>\n</gexf>\n"; }

 private:
  const KnowledgeGraph& graph_;
  const XmlValueLayout node_values_, edge_values_;
};

}  // namespace

namespace detail {
std::unique_ptr<ElementWriter> MakeGexfWriter(const KnowledgeGraph& graph) {
  return std::make_unique<GexfWriter>(graph);
}
}  // namespace detail

void WriteGexf(const KnowledgeGraph& graph, std::ostream& out) {
  WriteFormats(graph, {{GraphFormat::kGexf, &out}});
}

}  // namespace kg
