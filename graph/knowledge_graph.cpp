#include "graph/knowledge_graph.h"

#include <algorithm>
#include <atomic>
#include <cassert>
#include <functional>
#include <memory>
#include <mutex>
#include <numeric>
#include <tuple>
#include <utility>

#include <boost/graph/adjacency_list.hpp>

#include "common/id_index.h"

namespace kg {

namespace {

constexpr std::size_t kNone = IdIndex::kNone;

std::size_t NodeHash(std::string_view id) { return std::hash<std::string_view>{}(id); }

std::size_t EdgeHash(std::size_t source, RelationType relation, std::size_t target) {
  return MixHash(MixHash(source) ^ (target * 0x9E3779B97F4A7C15ULL) ^
                 static_cast<std::size_t>(relation));
}

bool EvidenceLess(const Evidence& a, const Evidence& b) {
  return std::tie(a.article_id, a.span) < std::tie(b.article_id, b.span);
}
bool SameEvidence(const Evidence& a, const Evidence& b) {
  return a.article_id == b.article_id && a.span == b.span;
}

// Keeps `e` if it is among the kMaxEvidence smallest by (article, offset), so the kept
// evidence is independent of arrival order. Evidence&& moves it in; const Evidence&
// copies it only when kept.
template <typename E>
void KeepEvidence(std::vector<Evidence>& kept, E&& e) {
  const auto pos = std::lower_bound(kept.begin(), kept.end(), e, EvidenceLess);
  if (pos - kept.begin() >= static_cast<std::ptrdiff_t>(KnowledgeGraph::kMaxEvidence)) return;
  if (pos != kept.end() && SameEvidence(*pos, e)) return;
  kept.insert(pos, std::forward<E>(e));
  if (kept.size() > KnowledgeGraph::kMaxEvidence) kept.pop_back();
}

// std::set::merge moves the tree nodes across: no string is copied or allocated.
void MergeEdgeData(RelationEdge& into, RelationEdge&& add) {
  into.roles.merge(add.roles);
  into.weight += add.weight;
  MergeArticles(into.articles, add.articles);
  for (auto& e : add.evidence) KeepEvidence(into.evidence, std::move(e));
}

// What merging a node adds besides aliases and articles: mentions add up, and an iso
// is filled in when the node had none.
void MergeNodeCounts(EntityNode& into, std::size_t mentions, std::string_view iso) {
  into.mentions += mentions;
  if (into.iso.empty()) into.iso = iso;
}

}  // namespace

void AddArticle(ArticleRefs& refs, ArticleRef ref) {
  if (refs.empty() || refs.back() < ref) {
    refs.push_back(ref);
    return;
  }
  const auto pos = std::lower_bound(refs.begin(), refs.end(), ref);
  if (*pos != ref) refs.insert(pos, ref);
}

void MergeArticles(ArticleRefs& into, const ArticleRefs& add) {
  if (add.size() == 1) return AddArticle(into, add.front());
  if (add.empty()) return;
  if (into.empty() || into.back() < add.front()) {
    into.insert(into.end(), add.begin(), add.end());
    return;
  }
  ArticleRefs merged;
  merged.reserve(into.size() + add.size());
  std::set_union(into.begin(), into.end(), add.begin(), add.end(), std::back_inserter(merged));
  into = std::move(merged);
}

// Topology in a Boost.Graph adjacency_list (vertex descriptor == NodeId, each edge
// carrying its EdgeId); the node and edge data in two vectors indexed by those ids, so
// adding an edge moves its data once and a merge moves it, never copies.
struct KnowledgeGraph::Impl {
  struct EdgeRef {
    EdgeId id = 0;  // initialised: Boost copies it around, GCC must see a value
  };
  using Topology = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                         boost::no_property, EdgeRef>;
  struct Ends {
    NodeId source, target;
  };
  Topology topology;
  std::vector<EntityNode> nodes;
  std::vector<RelationEdge> edges;
  std::vector<Ends> ends;                // per edge, for source()/target() without a descriptor
  IdIndex node_index;                    // node id -> NodeId
  IdIndex edge_index;                    // (source, relation, target) -> EdgeId
  std::vector<std::string> article_ids;  // ArticleRef -> id
  IdIndex article_index;                 // id -> ArticleRef

  // The sort orders that writers and queries ask for (three writers, on two threads
  // at once, each asked for them, and for the articles of every edge in id order):
  // computed once after the last change. Every change calls Stale(); a copy of the
  // graph starts without them.
  struct Order {
    std::vector<NodeId> nodes;                // by id
    std::vector<EdgeId> edges;                // by (source id, relation, target id)
    std::vector<std::uint32_t> article_rank;  // ArticleRef -> rank of its id
  };
  struct OrderCache {
    OrderCache() = default;
    OrderCache(const OrderCache&) {}
    OrderCache& operator=(const OrderCache&) {
      Clear();
      return *this;
    }
    void Clear() {
      ready.store(nullptr, std::memory_order_relaxed);
      owned.reset();
    }
    std::mutex mutex;
    std::unique_ptr<const Order> owned;
    std::atomic<const Order*> ready{nullptr};
  };
  mutable OrderCache order_cache;

  void Stale() {
    if (order_cache.ready.load(std::memory_order_relaxed)) order_cache.Clear();
  }
  const Order& SortOrder() const {
    if (const Order* order = order_cache.ready.load(std::memory_order_acquire)) return *order;
    std::lock_guard<std::mutex> lock(order_cache.mutex);
    if (!order_cache.owned) {
      order_cache.owned = std::make_unique<const Order>(ComputeOrder());
      order_cache.ready.store(order_cache.owned.get(), std::memory_order_release);
    }
    return *order_cache.owned;
  }
  Order ComputeOrder() const;

  // The edge (source, relation, target) with a symmetric pair put in order first
  // (which updates `source` and `target`), or kNone; `hash` is its key's hash.
  EdgeId FindEdge(NodeId& source, RelationType relation, NodeId& target, std::size_t& hash) const {
    if (IsSymmetric(relation) && nodes[target].id < nodes[source].id) std::swap(source, target);
    hash = EdgeHash(source, relation, target);
    return edge_index.Find(hash, [&](EdgeId e) {
      return ends[e].source == source && ends[e].target == target && edges[e].relation == relation;
    });
  }

  template <class Range>
  std::vector<EdgeId> List(Range range) const {
    std::vector<EdgeId> out;
    for (auto [it, end] = range; it != end; ++it) out.push_back(topology[*it].id);
    std::sort(out.begin(), out.end());
    return out;
  }
};

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;
// Everything is held by value and indexed by position: a copy is a plain copy.
KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : impl_(std::make_unique<Impl>(*other.impl_)) {}
KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) *this = KnowledgeGraph(other);
  return *this;
}

void KnowledgeGraph::Reserve(std::size_t nodes, std::size_t edges) {
  impl_->Stale();
  impl_->nodes.reserve(nodes);
  impl_->node_index.Reserve(nodes);
  impl_->edges.reserve(edges);
  impl_->ends.reserve(edges);
  impl_->edge_index.Reserve(edges);
}

KnowledgeGraph::NodeId KnowledgeGraph::AddNode(EntityNode node) {
  Impl& g = *impl_;
  g.Stale();
  const std::size_t hash = NodeHash(node.id);
  const NodeId found = g.node_index.Find(hash, [&](NodeId n) { return g.nodes[n].id == node.id; });
  if (found == kNone) {
    g.nodes.push_back(std::move(node));
    boost::add_vertex(g.topology);
    g.node_index.Insert(hash, g.nodes.size() - 1);
    return g.nodes.size() - 1;
  }
  EntityNode& existing = g.nodes[found];
  existing.aliases.merge(node.aliases);
  MergeArticles(existing.articles, node.articles);
  MergeNodeCounts(existing, node.mentions, node.iso);
  return found;
}

KnowledgeGraph::EdgeId KnowledgeGraph::AddEdge(NodeId source, RelationType relation, NodeId target,
                                               RelationEdge delta) {
  Impl& g = *impl_;
  g.Stale();
  assert(source < node_count() && target < node_count());
  std::size_t hash;
  const EdgeId found = g.FindEdge(source, relation, target, hash);
  if (found != kNone) {
    MergeEdgeData(g.edges[found], std::move(delta));
    return found;
  }
  // A new edge takes the delta as it is: moved, no merge.
  RelationEdge& data = g.edges.emplace_back(std::move(delta));
  data.relation = relation;
  std::sort(data.evidence.begin(), data.evidence.end(), EvidenceLess);
  data.evidence.erase(std::unique(data.evidence.begin(), data.evidence.end(), SameEvidence),
                      data.evidence.end());
  if (data.evidence.size() > kMaxEvidence) data.evidence.resize(kMaxEvidence);
  const EdgeId e = g.edges.size() - 1;
  g.ends.push_back({source, target});
  boost::add_edge(source, target, Impl::EdgeRef{e}, g.topology);
  g.edge_index.Insert(hash, e);
  return e;
}

// Most of a big corpus names entities and relations the graph has already: those are
// merged in place, copying only what is new (an alias, a role, evidence that is kept).
void KnowledgeGraph::Add(const ArticleExtraction& article) {
  Impl& g = *impl_;
  g.Stale();
  const ArticleRef ref = InternArticle(article.article_id);
  std::vector<NodeId> node_of;  // article entity -> node
  node_of.reserve(article.entities.size());
  for (const Entity& e : article.entities) {
    if (const auto found = FindNode(e.id)) {
      EntityNode& node = g.nodes[*found];
      for (const auto& alias : e.aliases)
        if (!node.aliases.contains(alias)) node.aliases.insert(alias);
      AddArticle(node.articles, ref);
      MergeNodeCounts(node, e.mentions, e.iso);
      node_of.push_back(*found);
      continue;
    }
    node_of.push_back(AddNode(EntityNode{e.id, e.label, e.type, e.iso,
                                         {e.aliases.begin(), e.aliases.end()}, {ref}, e.mentions}));
  }
  auto article_of = [&](const Evidence& evidence) {
    return evidence.article_id == article.article_id ? ref : InternArticle(evidence.article_id);
  };
  // One supporting sentence for (s, type, t), from article `evidence_ref`; the evidence
  // is copied only when kept.
  auto relate = [&](NodeId s, RelationType type, NodeId t, const std::string& role,
                    const Evidence& evidence, ArticleRef evidence_ref) {
    if (s == t) return;
    std::size_t hash;
    if (const EdgeId found = g.FindEdge(s, type, t, hash); found != kNone) {
      RelationEdge& edge = g.edges[found];
      if (!role.empty() && !edge.roles.contains(role)) edge.roles.insert(role);
      edge.weight += 1;
      AddArticle(edge.articles, evidence_ref);
      KeepEvidence(edge.evidence, evidence);
      return;
    }
    RelationEdge delta;
    delta.relation = type;
    if (!role.empty()) delta.roles.insert(role);
    delta.weight = 1;
    delta.articles = {evidence_ref};
    delta.evidence.push_back(evidence);
    AddEdge(s, type, t, std::move(delta));
  };
  for (const Relation& r : article.relations) {  // the extractor names its own entities
    const auto s = FindNode(r.source), t = FindNode(r.target);
    if (s && t) relate(*s, r.type, *t, r.role, r.evidence, article_of(r.evidence));
  }
  const std::string no_role;
  for (const CoMentions& c : article.co_mentions) {
    const ArticleRef evidence_ref = article_of(c.evidence);  // one sentence for all its pairs
    for (std::size_t a = 0; a < c.entities.size(); ++a) {
      if (c.entities[a] >= node_of.size()) continue;
      for (std::size_t b = a + 1; b < c.entities.size(); ++b)
        if (c.entities[b] < node_of.size())
          relate(node_of[c.entities[a]], RelationType::kCoMention, node_of[c.entities[b]], no_role,
                 c.evidence, evidence_ref);
    }
  }
}

ArticleRef KnowledgeGraph::InternArticle(std::string_view id) {
  Impl& g = *impl_;
  g.Stale();
  const std::size_t hash = NodeHash(id);
  const std::size_t found = g.article_index.Find(hash, [&](std::size_t a) { return g.article_ids[a] == id; });
  if (found != kNone) return static_cast<ArticleRef>(found);
  g.article_ids.emplace_back(id);
  g.article_index.Insert(hash, g.article_ids.size() - 1);
  return static_cast<ArticleRef>(g.article_ids.size() - 1);
}

std::string_view KnowledgeGraph::article_id(ArticleRef ref) const { return impl_->article_ids[ref]; }

ArticleRefs KnowledgeGraph::InternArticles(const KnowledgeGraph& from, const ArticleRefs& refs) {
  ArticleRefs out;
  out.reserve(refs.size());
  for (ArticleRef ref : refs) AddArticle(out, InternArticle(from.article_id(ref)));
  return out;
}

std::vector<std::string_view> KnowledgeGraph::ArticleIds(const ArticleRefs& refs) const {
  if (refs.size() <= 1) {  // most nodes and edges: nothing to sort
    std::vector<std::string_view> ids;
    if (!refs.empty()) ids.push_back(article_id(refs.front()));
    return ids;
  }
  // By the rank of each id among all of them: integer compares, not string ones.
  const std::vector<std::uint32_t>& rank = impl_->SortOrder().article_rank;
  ArticleRefs sorted = refs;
  std::sort(sorted.begin(), sorted.end(), [&](ArticleRef a, ArticleRef b) { return rank[a] < rank[b]; });
  std::vector<std::string_view> ids;
  ids.reserve(sorted.size());
  for (ArticleRef ref : sorted) ids.push_back(article_id(ref));
  return ids;
}

// In the order a fresh build with the merged ids would take (keepers by position,
// then each merged node into its keeper; the edges by position), so ids, merges and
// evidence come out as if built that way (tests/graph: MergeNodesEqualsBuilding...).
// Nodes are merged where they are and close ranks; the edges, whose ends renumber,
// are indexed again. Nothing is copied or re-hashed through AddNode.
void KnowledgeGraph::MergeNodes(const std::vector<MergeGroup>& groups) {
  Impl& g = *impl_;
  g.Stale();
  const std::size_t n_nodes = node_count();
  std::vector<NodeId> into(n_nodes);
  std::iota(into.begin(), into.end(), 0);
  std::vector<const std::string*> label(n_nodes, nullptr);
  for (const auto& group : groups) {
    if (group.nodes.empty()) continue;
    for (NodeId n : group.nodes) into[n] = group.nodes.front();
    label[group.nodes.front()] = &group.label;
  }
  // In place, in the order a fresh build with the merged ids would take: each keeper
  // gets its label, then the nodes merged away add theirs to it, by position.
  for (NodeId n = 0; n < n_nodes; ++n)
    if (into[n] == n && label[n] && !label[n]->empty()) g.nodes[n].label = *label[n];
  for (NodeId n = 0; n < n_nodes; ++n) {
    if (into[n] == n) continue;
    EntityNode& keeper = g.nodes[into[n]];
    EntityNode& node = g.nodes[n];
    keeper.aliases.merge(node.aliases);
    MergeArticles(keeper.articles, node.articles);
    MergeNodeCounts(keeper, node.mentions, node.iso);
  }
  // The keepers close ranks, in order; a node merged away takes its keeper's place.
  std::vector<NodeId> new_id(n_nodes);
  NodeId kept = 0;
  for (NodeId n = 0; n < n_nodes; ++n) {
    if (into[n] != n) continue;
    if (kept != n) g.nodes[kept] = std::move(g.nodes[n]);
    new_id[n] = kept++;
  }
  for (NodeId n = 0; n < n_nodes; ++n)
    if (into[n] != n) new_id[n] = new_id[into[n]];
  g.nodes.resize(kept);
  g.node_index = IdIndex();
  g.node_index.Reserve(kept);
  for (NodeId n = 0; n < kept; ++n) g.node_index.Insert(NodeHash(g.nodes[n].id), n);
  // The edges again, in order: one that lost an end to a merge may now equal another
  // (the first keeps its place, the later adds to it) or be a self-loop (dropped). An
  // edge with both ends kept keeps its ids, so its symmetric pair is in order already;
  // every edge's evidence is sorted and bounded already.
  std::vector<RelationEdge> old_edges = std::move(g.edges);
  std::vector<Impl::Ends> old_ends = std::move(g.ends);
  g.edges.clear();
  g.ends.clear();
  g.edges.reserve(old_edges.size());
  g.ends.reserve(old_edges.size());
  g.edge_index = IdIndex();
  g.edge_index.Reserve(old_edges.size());
  g.topology = Impl::Topology(kept);
  for (EdgeId e = 0; e < old_edges.size(); ++e) {
    const NodeId old_s = old_ends[e].source, old_t = old_ends[e].target;
    NodeId s = new_id[old_s], t = new_id[old_t];
    if (s == t) continue;
    const RelationType relation = old_edges[e].relation;
    std::size_t hash;
    EdgeId found;
    if (into[old_s] == old_s && into[old_t] == old_t) {
      hash = EdgeHash(s, relation, t);
      found = g.edge_index.Find(hash, [&](EdgeId f) {
        return g.ends[f].source == s && g.ends[f].target == t && g.edges[f].relation == relation;
      });
    } else {
      found = g.FindEdge(s, relation, t, hash);
    }
    if (found != kNone) {
      MergeEdgeData(g.edges[found], std::move(old_edges[e]));
      continue;
    }
    const EdgeId id = g.edges.size();
    g.edges.push_back(std::move(old_edges[e]));
    g.ends.push_back({s, t});
    boost::add_edge(s, t, Impl::EdgeRef{id}, g.topology);
    g.edge_index.Insert(hash, id);
  }
}

std::size_t KnowledgeGraph::node_count() const { return impl_->nodes.size(); }
std::size_t KnowledgeGraph::edge_count() const { return impl_->edges.size(); }
const EntityNode& KnowledgeGraph::node(NodeId n) const { return impl_->nodes[n]; }
const RelationEdge& KnowledgeGraph::edge(EdgeId e) const { return impl_->edges[e]; }
KnowledgeGraph::NodeId KnowledgeGraph::source(EdgeId e) const { return impl_->ends[e].source; }
KnowledgeGraph::NodeId KnowledgeGraph::target(EdgeId e) const { return impl_->ends[e].target; }

std::optional<KnowledgeGraph::NodeId> KnowledgeGraph::FindNode(std::string_view id) const {
  const Impl& g = *impl_;
  const NodeId n = g.node_index.Find(NodeHash(id), [&](NodeId i) { return g.nodes[i].id == id; });
  if (n == kNone) return std::nullopt;
  return n;
}

// Sorts (id, NodeId) pairs: the comparisons read the ids' characters without going
// through the node vector each time.
std::vector<KnowledgeGraph::NodeId> KnowledgeGraph::Nodes() const { return impl_->SortOrder().nodes; }

std::vector<KnowledgeGraph::EdgeId> KnowledgeGraph::Edges() const { return impl_->SortOrder().edges; }

// The order of (source id, relation, target id) is that of (source rank, relation,
// target rank), a node's rank being its position in the sorted nodes: one string sort
// of the nodes, then integer comparisons only.
KnowledgeGraph::Impl::Order KnowledgeGraph::Impl::ComputeOrder() const {
  Order order;
  std::vector<std::pair<std::string_view, NodeId>> keyed(nodes.size());
  for (NodeId n = 0; n < keyed.size(); ++n) keyed[n] = {nodes[n].id, n};
  std::sort(keyed.begin(), keyed.end());  // ids are unique: the NodeId never decides
  order.nodes.resize(keyed.size());
  std::vector<std::size_t> rank(keyed.size());
  for (std::size_t i = 0; i < keyed.size(); ++i) {
    order.nodes[i] = keyed[i].second;
    rank[keyed[i].second] = i;
  }
  struct Key {
    std::size_t source;
    int relation;
    std::size_t target;
    EdgeId edge;
  };
  std::vector<Key> keys(edges.size());
  for (EdgeId e = 0; e < keys.size(); ++e)
    keys[e] = {rank[ends[e].source], static_cast<int>(edges[e].relation), rank[ends[e].target], e};
  // (source, relation, target) is unique per edge: the EdgeId never decides.
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.source, a.relation, a.target) < std::tie(b.source, b.relation, b.target);
  });
  order.edges.resize(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) order.edges[i] = keys[i].edge;
  std::vector<std::uint32_t> by_id(article_ids.size());
  std::iota(by_id.begin(), by_id.end(), 0);
  std::sort(by_id.begin(), by_id.end(),
            [&](std::uint32_t a, std::uint32_t b) { return article_ids[a] < article_ids[b]; });
  order.article_rank.resize(by_id.size());
  for (std::uint32_t i = 0; i < by_id.size(); ++i) order.article_rank[by_id[i]] = i;
  return order;
}

std::vector<KnowledgeGraph::EdgeId> KnowledgeGraph::OutEdges(NodeId n) const {
  return impl_->List(boost::out_edges(n, impl_->topology));
}

std::vector<KnowledgeGraph::EdgeId> KnowledgeGraph::InEdges(NodeId n) const {
  return impl_->List(boost::in_edges(n, impl_->topology));
}

}  // namespace kg
