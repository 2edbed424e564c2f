#include "export/formats.h"

#include <memory>
#include <vector>

#include "export/detail/element_writer.h"

namespace kg {

std::optional<GraphFormat> ParseGraphFormat(std::string_view name) {
  if (name == "graphml") return GraphFormat::kGraphML;
  if (name == "gexf") return GraphFormat::kGexf;
  if (name == "dot") return GraphFormat::kDot;
  return std::nullopt;
}

void WriteFormats(const KnowledgeGraph& graph, std::span<const FormatStream> outputs) {
  std::vector<std::unique_ptr<detail::ElementWriter>> writers;
  for (const FormatStream& o : outputs) {
    switch (o.format) {
      case GraphFormat::kGraphML:
        writers.push_back(detail::MakeGraphMLWriter(graph, *o.out));
        break;
      case GraphFormat::kGexf:
        writers.push_back(detail::MakeGexfWriter(graph, *o.out));
        break;
      case GraphFormat::kDot:
        writers.push_back(detail::MakeDotWriter(graph, *o.out));
        break;
    }
  }
  for (auto& w : writers) w->Begin();
  for (KnowledgeGraph::NodeId n : graph.Nodes())
    for (auto& w : writers) w->Node(n);
  for (auto& w : writers) w->BeginEdges();
  for (KnowledgeGraph::EdgeId e : graph.Edges())
    for (auto& w : writers) w->Edge(e);
  for (auto& w : writers) w->End();
}

}  // namespace kg
