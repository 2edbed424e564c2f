#include "query/query_graph.h"

#include "graph/algorithms.h"

namespace kg {

QueryGraph::QueryGraph(KnowledgeGraph graph)
    : graph_(std::move(graph)), names_(graph_), degrees_(Degrees(graph_)) {}

}  // namespace kg
