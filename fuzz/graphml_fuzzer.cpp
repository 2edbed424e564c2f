// Fuzzes the GraphML reader behind `kgraph query`: any bytes either load into a graph or
// are refused with kg::Error. Any other exception, crash, leak or sanitizer report is a
// bug (libFuzzer reports an uncaught exception as a crash).
#include <cstdint>
#include <string>

#include "common/error.h"
#include "graph/graphml_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  kg::GraphMLReadOptions options;
  options.max_bytes = 1 << 20;  // keep each run fast; the limits themselves are tested too
  options.max_elements = 100000;
  try {
    const kg::GraphMLReadResult r = kg::ReadGraphML(
        std::string(reinterpret_cast<const char*>(data), size), "fuzz.graphml", options);
    std::size_t seen = 0;
    for (auto n : r.graph.Nodes()) seen += r.graph.node(n).label.size();
    for (auto e : r.graph.Edges()) seen += r.graph.edge(e).weight > 0;
    (void)seen;
  } catch (const kg::Error&) {
    // Refused with a message: the expected outcome for most inputs.
  }
  return 0;
}
