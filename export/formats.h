// Several output formats of one graph written in one pass over it.
//
//   std::ofstream graphml("graph.graphml"), dot("graph.dot");
//   kg::WriteFormats(graph, {{kg::GraphFormat::kGraphML, &graphml}, {kg::GraphFormat::kDot, &dot}});
//
// The bytes are those of WriteGraphML, WriteGexf and WriteDot (which are this function
// with one format). Why one pass: a merged graph's nodes, edges and evidence lie
// scattered over the heap, and on one thread the cache misses of walking them once per
// format cost more than formatting; walked once, each edge is in the cache for every
// format. With threads to spare, one format per thread is faster still.
#pragma once

#include <initializer_list>
#include <iosfwd>
#include <optional>
#include <span>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace kg {

enum class GraphFormat { kGraphML, kGexf, kDot };

// "graphml", "gexf", "dot"; nothing for another name (json has a writer of its own).
std::optional<GraphFormat> ParseGraphFormat(std::string_view name);

struct FormatStream {
  GraphFormat format;
  std::ostream* out;
};

void WriteFormats(const KnowledgeGraph& graph, std::span<const FormatStream> outputs);
inline void WriteFormats(const KnowledgeGraph& graph, std::initializer_list<FormatStream> outputs) {
  WriteFormats(graph, std::span<const FormatStream>(outputs.begin(), outputs.size()));
}

}  // namespace kg
