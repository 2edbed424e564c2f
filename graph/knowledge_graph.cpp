#include "graph/knowledge_graph.h"

#include <algorithm>
#include <cassert>
#include <numeric>

#include "graph/detail/boost_graph.h"

namespace kg {

struct KnowledgeGraph::Impl : detail::GraphStore {};

namespace detail {
const GraphStore& Store(const KnowledgeGraph& graph) { return *graph.impl_; }
}  // namespace detail

namespace {

bool EvidenceLess(const Evidence& a, const Evidence& b) {
  return std::tie(a.article_id, a.span) < std::tie(b.article_id, b.span);
}

// Keeps the kMaxEvidence smallest by (article, offset): independent of arrival order.
void MergeEvidence(std::vector<Evidence>& into, const std::vector<Evidence>& add) {
  for (const auto& e : add) {
    auto pos = std::lower_bound(into.begin(), into.end(), e, EvidenceLess);
    if (pos != into.end() && pos->article_id == e.article_id && pos->span == e.span) continue;
    into.insert(pos, e);
  }
  if (into.size() > KnowledgeGraph::kMaxEvidence) into.resize(KnowledgeGraph::kMaxEvidence);
}

void MergeEdgeData(RelationEdge& into, const RelationEdge& add) {
  into.roles.insert(add.roles.begin(), add.roles.end());
  into.weight += add.weight;
  into.articles.insert(add.articles.begin(), add.articles.end());
  MergeEvidence(into.evidence, add.evidence);
}

}  // namespace

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;
// Edge descriptors point into the copied-from storage, so a copy is a rebuild.
KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other) : KnowledgeGraph() {
  for (NodeId n = 0; n < other.node_count(); ++n) AddNode(other.node(n));
  for (EdgeId e = 0; e < other.edge_count(); ++e)
    AddEdge(other.source(e), other.edge(e).relation, other.target(e), other.edge(e));
}
KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) *this = KnowledgeGraph(other);
  return *this;
}

KnowledgeGraph::NodeId KnowledgeGraph::AddNode(const EntityNode& node) {
  auto [it, inserted] = impl_->node_by_id.try_emplace(node.id, 0);
  if (inserted) {
    it->second = boost::add_vertex(node, impl_->g);
    return it->second;
  }
  EntityNode& existing = impl_->g[it->second];
  existing.aliases.insert(node.aliases.begin(), node.aliases.end());
  existing.articles.insert(node.articles.begin(), node.articles.end());
  existing.mentions += node.mentions;
  if (existing.iso.empty()) existing.iso = node.iso;
  return it->second;
}

KnowledgeGraph::EdgeId KnowledgeGraph::AddEdge(NodeId source, RelationType relation,
                                               NodeId target, const RelationEdge& delta) {
  assert(source < node_count() && target < node_count());
  if (IsSymmetric(relation) && impl_->g[target].id < impl_->g[source].id) std::swap(source, target);
  const auto key = std::make_tuple(source, static_cast<int>(relation), target);
  auto [it, inserted] = impl_->edge_by_key.try_emplace(key, impl_->edges.size());
  if (inserted) {  // a new edge takes the delta as it is: one copy, no merge
    impl_->edges.push_back(boost::add_edge(source, target, delta, impl_->g).first);
    RelationEdge& data = impl_->g[impl_->edges.back()];
    data.relation = relation;
    std::sort(data.evidence.begin(), data.evidence.end(), EvidenceLess);
    data.evidence.erase(std::unique(data.evidence.begin(), data.evidence.end(),
                                    [](const Evidence& a, const Evidence& b) {
                                      return a.article_id == b.article_id && a.span == b.span;
                                    }),
                        data.evidence.end());
    if (data.evidence.size() > kMaxEvidence) data.evidence.resize(kMaxEvidence);
    return it->second;
  }
  MergeEdgeData(impl_->g[impl_->edges[it->second]], delta);
  return it->second;
}

void KnowledgeGraph::Add(const ArticleExtraction& article) {
  std::vector<NodeId> local(article.entities.size());
  for (std::size_t i = 0; i < article.entities.size(); ++i) {
    const Entity& e = article.entities[i];
    EntityNode node{e.id, e.label, e.type, e.iso, {e.aliases.begin(), e.aliases.end()},
                    {article.article_id}, e.mentions};
    local[i] = AddNode(node);
  }
  for (const Relation& r : article.relations) {
    auto s = FindNode(r.source), t = FindNode(r.target);
    if (!s || !t || *s == *t) continue;  // the extractor only names its own entities
    RelationEdge delta;
    delta.relation = r.type;
    if (!r.role.empty()) delta.roles.insert(r.role);
    delta.weight = 1;
    delta.articles.insert(r.evidence.article_id);
    delta.evidence.push_back(r.evidence);
    AddEdge(*s, r.type, *t, delta);
  }
}

void KnowledgeGraph::MergeNodes(const std::vector<MergeGroup>& groups) {
  std::vector<NodeId> into(node_count());
  std::iota(into.begin(), into.end(), 0);
  std::vector<const std::string*> label(node_count(), nullptr);
  for (const auto& group : groups) {
    if (group.nodes.empty()) continue;
    for (NodeId n : group.nodes) into[n] = group.nodes.front();
    label[group.nodes.front()] = &group.label;
  }
  KnowledgeGraph merged;
  std::vector<NodeId> new_id(node_count());
  // Keepers first so each merged node keeps its own id, label, type and iso.
  for (NodeId n = 0; n < node_count(); ++n) {
    if (into[n] != n) continue;
    EntityNode node = this->node(n);
    if (label[n] && !label[n]->empty()) node.label = *label[n];
    new_id[n] = merged.AddNode(node);
  }
  for (NodeId n = 0; n < node_count(); ++n) {
    if (into[n] == n) continue;
    EntityNode node = this->node(n);
    node.id = this->node(into[n]).id;
    new_id[n] = merged.AddNode(node);
  }
  for (EdgeId e = 0; e < edge_count(); ++e) {
    NodeId s = new_id[source(e)], t = new_id[target(e)];
    if (s == t) continue;
    merged.AddEdge(s, edge(e).relation, t, edge(e));
  }
  impl_ = std::move(merged.impl_);
}

std::size_t KnowledgeGraph::node_count() const { return boost::num_vertices(impl_->g); }
std::size_t KnowledgeGraph::edge_count() const { return impl_->edges.size(); }
const EntityNode& KnowledgeGraph::node(NodeId n) const { return impl_->g[n]; }
const RelationEdge& KnowledgeGraph::edge(EdgeId e) const { return impl_->g[impl_->edges[e]]; }
KnowledgeGraph::NodeId KnowledgeGraph::source(EdgeId e) const {
  return boost::source(impl_->edges[e], impl_->g);
}
KnowledgeGraph::NodeId KnowledgeGraph::target(EdgeId e) const {
  return boost::target(impl_->edges[e], impl_->g);
}

std::optional<KnowledgeGraph::NodeId> KnowledgeGraph::FindNode(std::string_view id) const {
  auto it = impl_->node_by_id.find(std::string(id));
  if (it == impl_->node_by_id.end()) return std::nullopt;
  return it->second;
}

std::vector<KnowledgeGraph::NodeId> KnowledgeGraph::Nodes() const {
  std::vector<NodeId> out(node_count());
  std::iota(out.begin(), out.end(), 0);
  std::sort(out.begin(), out.end(), [&](NodeId a, NodeId b) { return node(a).id < node(b).id; });
  return out;
}

std::vector<KnowledgeGraph::EdgeId> KnowledgeGraph::Edges() const {
  std::vector<EdgeId> out(edge_count());
  std::iota(out.begin(), out.end(), 0);
  auto key = [&](EdgeId e) {
    return std::make_tuple(std::string_view(node(source(e)).id), static_cast<int>(edge(e).relation),
                           std::string_view(node(target(e)).id));
  };
  std::sort(out.begin(), out.end(), [&](EdgeId a, EdgeId b) { return key(a) < key(b); });
  return out;
}

std::vector<KnowledgeGraph::EdgeId> KnowledgeGraph::OutEdges(NodeId n) const {
  std::vector<EdgeId> out;
  for (auto [it, end] = boost::out_edges(n, impl_->g); it != end; ++it) {
    auto key = std::make_tuple(n, static_cast<int>(impl_->g[*it].relation), boost::target(*it, impl_->g));
    out.push_back(impl_->edge_by_key.at(key));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<KnowledgeGraph::EdgeId> KnowledgeGraph::InEdges(NodeId n) const {
  std::vector<EdgeId> out;
  for (auto [it, end] = boost::in_edges(n, impl_->g); it != end; ++it) {
    auto key = std::make_tuple(boost::source(*it, impl_->g), static_cast<int>(impl_->g[*it].relation), n);
    out.push_back(impl_->edge_by_key.at(key));
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace kg
