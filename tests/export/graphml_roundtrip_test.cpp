// The GraphML contract from both sides: what WriteGraphML writes, the reader behind
// `kgraph query` (graph/graphml_reader.h) reads back into the same graph, so writing
// it again gives the same bytes.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "export/graphml_writer.h"
#include "graph/graphml_reader.h"
#include "tests/export/small_graph.h"

namespace kg {
namespace {

std::string GraphML(const KnowledgeGraph& graph) {
  std::ostringstream out;
  WriteGraphML(graph, out);
  return out.str();
}

TEST(GraphMLRoundTrip, QueryReaderReadsBackWhatTheWriterWrote) {
  const std::string written = GraphML(testing::SmallGraph());
  const GraphMLReadResult read = ReadGraphML(written, "small.graphml");
  EXPECT_EQ(read.graph.node_count(), 6u);
  EXPECT_EQ(read.graph.edge_count(), 7u);
  EXPECT_EQ(GraphML(read.graph), written);
}

TEST(GraphMLRoundTrip, EmptyGraph) {
  const std::string written = GraphML(KnowledgeGraph());
  EXPECT_EQ(GraphML(ReadGraphML(written, "empty.graphml").graph), written);
}

}  // namespace
}  // namespace kg
