#include "graph/algorithms.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <cmath>
#include <limits>
#include <numeric>

namespace kg {
namespace {

constexpr std::size_t kUnreached = std::numeric_limits<std::size_t>::max();

// The arcs a walk may take: one per allowed way along each accepted edge, with the
// edge's weight. Built per query so Boost's algorithms run on a plain graph.
using Arcs =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property,
                          boost::property<boost::edge_weight_t, double>>;
using Simple = boost::adjacency_list<boost::setS, boost::vecS, boost::undirectedS>;

Arcs BuildArcs(const KnowledgeGraph& graph, const EdgeFilter& filter) {
  Arcs arcs(graph.node_count());
  for (EdgeId e : graph.Edges()) {  // sorted: adjacency, hence tie-breaking, is stable
    const RelationEdge& data = graph.edge(e);
    if (!filter.Accepts(data.relation)) continue;
    const NodeId s = graph.source(e), t = graph.target(e);
    const bool both = filter.direction == Direction::kBoth || IsSymmetric(data.relation);
    if (both || filter.direction == Direction::kOut) boost::add_edge(s, t, data.weight, arcs);
    if (both || filter.direction == Direction::kIn) boost::add_edge(t, s, data.weight, arcs);
  }
  return arcs;
}

Simple BuildSimple(const KnowledgeGraph& graph) {
  Simple simple(graph.node_count());
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    const NodeId s = graph.source(e), t = graph.target(e);
    if (s != t) boost::add_edge(std::min(s, t), std::max(s, t), simple);
  }
  return simple;
}

template <class Graph>
std::vector<std::size_t> BfsDistances(const Graph& g, NodeId start) {
  std::vector<std::size_t> dist(boost::num_vertices(g), kUnreached);
  dist[start] = 0;
  boost::breadth_first_search(
      g, start,
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(
          boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, g)),
          boost::on_tree_edge()))));
  return dist;
}

// Successors of `v` along arcs, each once, in order of entity id.
std::vector<NodeId> Successors(const KnowledgeGraph& graph, const Arcs& arcs, NodeId v) {
  std::vector<NodeId> out;
  for (auto [it, end] = boost::out_edges(v, arcs); it != end; ++it)
    out.push_back(boost::target(*it, arcs));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  std::sort(out.begin(), out.end(),
            [&](NodeId a, NodeId b) { return graph.node(a).id < graph.node(b).id; });
  return out;
}

// The shortest-path DAG between two nodes, walked depth first: w follows v when it is
// one hop further from the start and one hop nearer the goal.
struct PathSearch {
  const KnowledgeGraph& graph;
  const Arcs& arcs;
  std::vector<std::size_t> from_start, to_goal;
  std::size_t max_paths;
  std::vector<Path> found;

  void Walk(Path& current) {
    const NodeId v = current.back();
    if (to_goal[v] == 0) {
      found.push_back(current);
      return;
    }
    for (NodeId w : Successors(graph, arcs, v)) {
      if (found.size() >= max_paths) return;
      if (from_start[w] != from_start[v] + 1 || to_goal[w] + 1 != to_goal[v]) continue;
      current.push_back(w);
      Walk(current);
      current.pop_back();
    }
  }
};

std::vector<Path> CheapestPath(Arcs arcs, NodeId from, NodeId to, std::size_t max_hops) {
  // Cost 1/weight: strong ties are short. Weightless edges cannot be crossed.
  auto weight = boost::get(boost::edge_weight, arcs);
  for (auto [it, end] = boost::edges(arcs); it != end; ++it)
    weight[*it] = weight[*it] > 0 ? 1.0 / weight[*it] : std::numeric_limits<double>::max();
  const std::size_t n = boost::num_vertices(arcs);
  std::vector<NodeId> pred(n);
  std::vector<double> cost(n);
  auto index = boost::get(boost::vertex_index, arcs);
  boost::dijkstra_shortest_paths(
      arcs, from,
      boost::predecessor_map(boost::make_iterator_property_map(pred.begin(), index))
          .distance_map(boost::make_iterator_property_map(cost.begin(), index)));
  if (pred[to] == to || cost[to] >= std::numeric_limits<double>::max()) return {};
  Path path{to};
  while (path.back() != from) path.push_back(pred[path.back()]);
  std::reverse(path.begin(), path.end());
  if (path.size() - 1 > max_hops) return {};
  return {path};
}

}  // namespace

bool EdgeFilter::Accepts(RelationType r) const {
  return relations.empty() || std::find(relations.begin(), relations.end(), r) != relations.end();
}

std::vector<EdgeId> EdgesBetween(const KnowledgeGraph& graph, NodeId a, NodeId b,
                                 const EdgeFilter& filter) {
  std::vector<EdgeId> out;
  for (EdgeId e : graph.OutEdges(a)) {
    const RelationEdge& data = graph.edge(e);
    if (graph.target(e) == b && filter.Accepts(data.relation) &&
        (filter.direction != Direction::kIn || IsSymmetric(data.relation)))
      out.push_back(e);
  }
  for (EdgeId e : graph.InEdges(a)) {
    const RelationEdge& data = graph.edge(e);
    if (graph.source(e) == b && a != b && filter.Accepts(data.relation) &&
        (filter.direction != Direction::kOut || IsSymmetric(data.relation)))
      out.push_back(e);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Reached> Neighborhood(const KnowledgeGraph& graph, NodeId start, std::size_t max_depth,
                                  const EdgeFilter& filter) {
  const Arcs arcs = BuildArcs(graph, filter);
  std::vector<NodeId> parent(boost::num_vertices(arcs));
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<std::size_t> dist(boost::num_vertices(arcs), kUnreached);
  dist[start] = 0;
  auto index = boost::get(boost::vertex_index, arcs);
  boost::breadth_first_search(
      arcs, start,
      boost::visitor(boost::make_bfs_visitor(std::make_pair(
          boost::record_distances(boost::make_iterator_property_map(dist.begin(), index),
                                  boost::on_tree_edge()),
          boost::record_predecessors(boost::make_iterator_property_map(parent.begin(), index),
                                     boost::on_tree_edge())))));
  std::vector<Reached> out;
  for (NodeId n = 0; n < dist.size(); ++n)
    if (dist[n] <= max_depth) out.push_back({n, dist[n], parent[n]});
  std::sort(out.begin(), out.end(), [&](const Reached& a, const Reached& b) {
    if (a.depth != b.depth) return a.depth < b.depth;
    return graph.node(a.node).id < graph.node(b.node).id;
  });
  return out;
}

std::vector<Path> ShortestPaths(const KnowledgeGraph& graph, NodeId from, NodeId to,
                                const PathOptions& options) {
  if (from == to) return {Path{from}};
  const Arcs arcs = BuildArcs(graph, options.filter);
  if (options.weighted) return CheapestPath(arcs, from, to, options.max_hops);
  PathSearch search{graph, arcs, BfsDistances(arcs, from), {}, options.max_paths, {}};
  if (search.from_start[to] == kUnreached || search.from_start[to] > options.max_hops) return {};
  search.to_goal = BfsDistances(boost::make_reverse_graph(arcs), to);
  Path current{from};
  search.Walk(current);
  return search.found;
}

std::vector<std::size_t> Degrees(const KnowledgeGraph& graph) {
  std::vector<std::size_t> out(graph.node_count());
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    ++out[graph.source(e)];
    ++out[graph.target(e)];
  }
  return out;
}

std::vector<double> PageRank(const KnowledgeGraph& graph, const PageRankOptions& options) {
  const Arcs arcs = BuildArcs(graph, EdgeFilter{{}, Direction::kOut});
  const std::size_t n = boost::num_vertices(arcs);
  if (n == 0) return {};
  auto weight = boost::get(boost::edge_weight, arcs);
  std::vector<double> out_weight(n, 0.0);
  for (auto [it, end] = boost::edges(arcs); it != end; ++it)
    out_weight[boost::source(*it, arcs)] += std::max(0.0, weight[*it]);
  std::vector<double> rank(n, 1.0 / n), next(n);
  for (int iteration = 0; iteration < options.max_iterations; ++iteration) {
    double dangling = 0;
    for (NodeId v = 0; v < n; ++v)
      if (out_weight[v] <= 0) dangling += rank[v];
    std::fill(next.begin(), next.end(), (1 - options.damping + options.damping * dangling) / n);
    for (auto [it, end] = boost::edges(arcs); it != end; ++it) {
      const NodeId s = boost::source(*it, arcs);
      if (out_weight[s] > 0)
        next[boost::target(*it, arcs)] +=
            options.damping * rank[s] * std::max(0.0, weight[*it]) / out_weight[s];
    }
    double change = 0;
    for (NodeId v = 0; v < n; ++v) change += std::abs(next[v] - rank[v]);
    rank.swap(next);
    if (change < options.tolerance) break;
  }
  return rank;
}

std::vector<double> Betweenness(const KnowledgeGraph& graph) {
  const Simple simple = BuildSimple(graph);
  const std::size_t n = boost::num_vertices(simple);
  std::vector<double> score(n, 0.0);
  if (n < 3) return score;
  boost::brandes_betweenness_centrality(
      simple,
      boost::make_iterator_property_map(score.begin(), boost::get(boost::vertex_index, simple)));
  // Boost counts each unordered pair once on an undirected graph (as networkx does).
  const double pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2;
  for (double& s : score) s /= pairs;
  return score;
}

Components ConnectedComponents(const KnowledgeGraph& graph) {
  const Simple simple = BuildSimple(graph);
  std::vector<std::size_t> raw(boost::num_vertices(simple));
  boost::connected_components(simple, boost::make_iterator_property_map(
                                          raw.begin(), boost::get(boost::vertex_index, simple)));
  // Renumber in order of each component's smallest id, independent of insertion order.
  Components out;
  out.of.assign(raw.size(), kUnreached);
  std::vector<std::size_t> renumber(raw.size(), kUnreached);
  for (NodeId n : graph.Nodes()) {
    if (renumber[raw[n]] == kUnreached) renumber[raw[n]] = out.count++;
    out.of[n] = renumber[raw[n]];
  }
  return out;
}

KnowledgeGraph InducedSubgraph(const KnowledgeGraph& graph, const std::vector<NodeId>& nodes) {
  KnowledgeGraph out;
  std::vector<bool> keep(graph.node_count(), false);
  std::vector<NodeId> sorted = nodes;
  std::sort(sorted.begin(), sorted.end(),
            [&](NodeId a, NodeId b) { return graph.node(a).id < graph.node(b).id; });
  for (NodeId n : sorted) {
    if (keep[n]) continue;
    keep[n] = true;
    EntityNode node = graph.node(n);
    node.articles = out.InternArticles(graph, node.articles);
    out.AddNode(std::move(node));
  }
  for (EdgeId e : graph.Edges()) {
    const NodeId s = graph.source(e), t = graph.target(e);
    if (!keep[s] || !keep[t]) continue;
    RelationEdge edge = graph.edge(e);
    edge.articles = out.InternArticles(graph, edge.articles);
    out.AddEdge(*out.FindNode(graph.node(s).id), edge.relation, *out.FindNode(graph.node(t).id),
                std::move(edge));
  }
  return out;
}

}  // namespace kg
