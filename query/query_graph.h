// The graph a query runs on: a loaded KnowledgeGraph with its name index and degrees,
// computed once and shared by every command (query/commands.h).
//
//   kg::QueryGraph g(kg::ReadGraphMLFile("out/graph.graphml").graph);
//   kg::NodeId putin = g.Resolve("putin");
//   kg::Result r = kg::Show(g, {.name = "putin"});
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/names.h"

namespace kg {

class QueryGraph {
 public:
  using NodeId = KnowledgeGraph::NodeId;

  explicit QueryGraph(KnowledgeGraph graph);
  // Not copyable or movable: the name index points into the graph.
  QueryGraph(const QueryGraph&) = delete;
  QueryGraph& operator=(const QueryGraph&) = delete;

  const KnowledgeGraph& graph() const { return graph_; }
  const NameIndex& names() const { return names_; }
  // The node a user's name stands for; throws kg::Error (unknown or ambiguous).
  NodeId Resolve(std::string_view name) const { return names_.Resolve(name); }
  std::size_t degree(NodeId n) const { return degrees_[n]; }

 private:
  KnowledgeGraph graph_;
  NameIndex names_;
  std::vector<std::size_t> degrees_;
};

}  // namespace kg
