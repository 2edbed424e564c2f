// Private to graph/: the Boost.Graph storage behind KnowledgeGraph. Algorithms in
// graph/ (paths, centrality) include this; nothing outside graph/ may.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::detail {

// vecS vertices give dense indices (NodeId == vertex descriptor); MergeNodes rebuilds.
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                         EntityNode, RelationEdge>;

struct GraphStore {
  BoostGraph g;
  std::vector<BoostGraph::edge_descriptor> edges;  // EdgeId -> descriptor
  std::unordered_map<std::string, std::size_t> node_by_id;
  std::map<std::tuple<std::size_t, int, std::size_t>, std::size_t> edge_by_key;
};

const GraphStore& Store(const KnowledgeGraph& graph);

}  // namespace kg::detail
