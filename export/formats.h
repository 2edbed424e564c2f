// Several output formats of one graph written in one pass over it, on one thread or
// several.
//
//   std::ofstream graphml("graph.graphml"), dot("graph.dot");
//   kg::WriteFormats(graph, {{kg::GraphFormat::kGraphML, &graphml}, {kg::GraphFormat::kDot, &dot}});
//
// The bytes are those of WriteGraphML, WriteGexf and WriteDot (which are this function
// with one format), whatever the number of threads. Why one pass: a merged graph's
// nodes, edges and evidence lie scattered over the heap, and the cache misses of walking
// them once per format cost more than the formatting; walked once, each edge is in the
// cache for every format. With `threads` > 1 the pass is cut into pieces of a few
// hundred nodes or edges that the threads format side by side, each for every format,
// and write in order (whichever thread finds the next piece ready); at most a few
// pieces per thread wait in memory.
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

void WriteFormats(const KnowledgeGraph& graph, std::span<const FormatStream> outputs,
                  unsigned threads = 1);
inline void WriteFormats(const KnowledgeGraph& graph, std::initializer_list<FormatStream> outputs,
                         unsigned threads = 1) {
  WriteFormats(graph, std::span<const FormatStream>(outputs.begin(), outputs.size()), threads);
}

}  // namespace kg
