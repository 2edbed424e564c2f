// A format's writer cut at the graph's elements, so that several formats can be written
// in one pass (export/formats.h, WriteFormats): Begin(), Node() for each node in
// Nodes() order, BeginEdges(), Edge() for each edge in Edges() order, End(). Internal to
// export/.
#pragma once

#include <iosfwd>
#include <memory>

#include "graph/knowledge_graph.h"

namespace kg::detail {

class ElementWriter {
 public:
  virtual ~ElementWriter() = default;
  virtual void Begin() = 0;  // header and declarations
  virtual void Node(KnowledgeGraph::NodeId n) = 0;
  virtual void BeginEdges() = 0;  // after the last node
  virtual void Edge(KnowledgeGraph::EdgeId e) = 0;
  virtual void End() = 0;  // closes the document and flushes what is buffered
};

// Each writes to `out` and reads `graph`, which both outlive it.
std::unique_ptr<ElementWriter> MakeGraphMLWriter(const KnowledgeGraph& graph, std::ostream& out);
std::unique_ptr<ElementWriter> MakeGexfWriter(const KnowledgeGraph& graph, std::ostream& out);
std::unique_ptr<ElementWriter> MakeDotWriter(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace kg::detail
