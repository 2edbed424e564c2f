// A format's writer cut at the graph's elements, so that several formats can be written
// in one pass, and a pass split across threads (export/formats.h, WriteFormats):
// Begin(), Node() for each node in Nodes() order, BeginEdges(), Edge() for each edge in
// Edges() order with its position in that order, End(). Each appends its bytes to the
// string it is given. The writers hold no state that changes: the bytes of an element
// depend on the element alone, and threads may share a writer. Internal to export/.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "graph/knowledge_graph.h"

namespace kg::detail {

class ElementWriter {
 public:
  virtual ~ElementWriter() = default;
  virtual void Begin(std::string& out) const = 0;  // header and declarations
  virtual void Node(KnowledgeGraph::NodeId n, std::string& out) const = 0;
  virtual void BeginEdges(std::string& out) const = 0;  // after the last node
  // `index`: the edge's position in Edges(), its id "e{index}" in GraphML and GEXF.
  virtual void Edge(KnowledgeGraph::EdgeId e, std::size_t index, std::string& out) const = 0;
  virtual void End(std::string& out) const = 0;  // closes the document
};

// Each reads `graph`, which outlives it.
std::unique_ptr<ElementWriter> MakeGraphMLWriter(const KnowledgeGraph& graph);
std::unique_ptr<ElementWriter> MakeGexfWriter(const KnowledgeGraph& graph);
std::unique_ptr<ElementWriter> MakeDotWriter(const KnowledgeGraph& graph);

}  // namespace kg::detail
