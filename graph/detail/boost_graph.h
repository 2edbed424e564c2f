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
  struct KeyHash {
    std::size_t operator()(const std::tuple<std::size_t, int, std::size_t>& k) const {
      const auto [s, r, t] = k;
      return (s * 0x9E3779B97F4A7C15ULL) ^ (t * 0xC2B2AE3D27D4EB4FULL) ^ static_cast<std::size_t>(r);
    }
  };
  // (source, relation, target) -> EdgeId.
  std::unordered_map<std::tuple<std::size_t, int, std::size_t>, std::size_t, KeyHash> edge_by_key;
};

const GraphStore& Store(const KnowledgeGraph& graph);

}  // namespace kg::detail
