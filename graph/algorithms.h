// Graph algorithms over a KnowledgeGraph: neighbourhoods, shortest paths, centrality,
// components. What `kgraph query` computes; Boost.Graph does the work.
//
//   kg::EdgeFilter filter;
//   filter.relations = {kg::RelationType::kMeets, kg::RelationType::kVisits};
//   auto paths = kg::ShortestPaths(graph, biden, xi, {.filter = filter, .max_hops = 4});
//   auto rank = kg::PageRank(graph);          // one score per NodeId, summing to 1
//
// Direction: a directed relation goes the way it reads (source "criticizes" target);
// a symmetric one (meets, cooperates_with, conflict_with, co_mention) goes both ways
// whatever the direction asked for. Results are indexed by NodeId and deterministic:
// ties are broken by node id, never by hash or pointer order.
#pragma once

#include <cstddef>
#include <vector>

#include "common/schema.h"
#include "graph/knowledge_graph.h"

namespace kg {

using NodeId = KnowledgeGraph::NodeId;
using EdgeId = KnowledgeGraph::EdgeId;

enum class Direction {
  kOut,   // follow edges from source to target
  kIn,    // follow edges backwards
  kBoth,  // ignore direction
};

// Which edges a traversal may follow.
struct EdgeFilter {
  std::vector<RelationType> relations;  // empty: every relation
  Direction direction = Direction::kBoth;
  bool Accepts(RelationType r) const;
};

// Every edge between `a` and `b` (either way) that `filter` lets a walk from a to b use.
std::vector<EdgeId> EdgesBetween(const KnowledgeGraph& graph, NodeId a, NodeId b,
                                 const EdgeFilter& filter);

// A node reached by a breadth-first walk, `depth` hops from the start via `parent`.
struct Reached {
  NodeId node = 0;
  std::size_t depth = 0;
  NodeId parent = 0;  // the start itself for depth 1; itself for the start
};
// The start (depth 0) and every node within `max_depth` hops, by (depth, id).
std::vector<Reached> Neighborhood(const KnowledgeGraph& graph, NodeId start, std::size_t max_depth,
                                  const EdgeFilter& filter);

struct PathOptions {
  EdgeFilter filter;
  std::size_t max_hops = 6;    // longer paths are not reported
  bool weighted = false;       // Dijkstra with cost 1/weight instead of fewest hops
  std::size_t max_paths = 10;  // unweighted: at most this many equally short paths
};
using Path = std::vector<NodeId>;  // from ... to
// The shortest paths from `from` to `to`: every equally short one (up to max_paths,
// ordered by the entity ids along them) by breadth-first search, or the cheapest one
// with `weighted` (weightless edges are not crossed). Empty when there is none within
// max_hops. from == to gives the one-node path.
std::vector<Path> ShortestPaths(const KnowledgeGraph& graph, NodeId from, NodeId to,
                                const PathOptions& options);

// Incident edges of each node, in plus out (a multigraph degree).
std::vector<std::size_t> Degrees(const KnowledgeGraph& graph);

struct PageRankOptions {
  double damping = 0.85;
  double tolerance = 1e-10;  // stop when the L1 change of an iteration is below this
  int max_iterations = 200;
};
// Weighted PageRank: a node passes its rank along its out-edges in proportion to their
// weight (symmetric relations both ways); dangling nodes spread theirs evenly.
std::vector<double> PageRank(const KnowledgeGraph& graph, const PageRankOptions& options = {});

// Brandes betweenness on the undirected simple graph (parallel edges count once),
// normalised like networkx: the share of other pairs' shortest paths through the node.
// Exact, so O(nodes x edges): seconds for thousands of nodes, minutes past ~20,000.
std::vector<double> Betweenness(const KnowledgeGraph& graph);

// Weakly connected components: `of[n]` is n's component, numbered 0.. by smallest id.
struct Components {
  std::vector<std::size_t> of;
  std::size_t count = 0;
};
Components ConnectedComponents(const KnowledgeGraph& graph);

// The nodes given and every edge among them, attributes and evidence kept.
KnowledgeGraph InducedSubgraph(const KnowledgeGraph& graph, const std::vector<NodeId>& nodes);

}  // namespace kg
