// Internal to query/: turning graph values into Result cells, shared by the commands.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/result.h"

namespace kg::cells {

using NodeId = KnowledgeGraph::NodeId;
using EdgeId = KnowledgeGraph::EdgeId;

inline Cell Text(std::string_view s) { return std::string(s); }
inline Cell Count(std::size_t n) { return static_cast<std::int64_t>(n); }
template <typename Strings>  // a std::set or a sorted vector of views
Cell List(const Strings& items) {
  return std::vector<std::string>(items.begin(), items.end());
}

// The other end of `e` seen from `n`.
inline NodeId Other(const KnowledgeGraph& g, EdgeId e, NodeId n) {
  return g.source(e) == n ? g.target(e) : g.source(e);
}

// How `e` reads seen from `n`: "out" (n is the subject), "in", or "both" (symmetric).
inline std::string_view Direction(const KnowledgeGraph& g, EdgeId e, NodeId n) {
  if (IsSymmetric(g.edge(e).relation)) return "both";
  return g.source(e) == n ? "out" : "in";
}

inline std::vector<std::string> EvidenceTexts(const RelationEdge& edge) {
  std::vector<std::string> out;
  for (const auto& ev : edge.evidence) out.push_back(ev.text);
  return out;
}

// Every edge touching `n` once, self-loops included, in EdgeId order.
inline std::vector<EdgeId> Incident(const KnowledgeGraph& g, NodeId n) {
  std::vector<EdgeId> out = g.OutEdges(n);
  for (EdgeId e : g.InEdges(n))
    if (g.source(e) != n) out.push_back(e);
  return out;
}

}  // namespace kg::cells
