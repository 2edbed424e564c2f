// KnowledgeGraph: the merged graph of every article, a directed multigraph.
//
//   kg::KnowledgeGraph g;
//   for (const auto& x : extractions) g.Add(x);
//   for (auto n : g.Nodes()) ... g.node(n).label ...
//   for (const auto& e : g.Edges()) ... g.edge(e).relation ...
//
// Nodes are entities keyed by their stable id; edges are keyed by (source, relation,
// target): repeated evidence merges into one edge (weight = supporting sentences),
// different relations between one pair are different edges. Symmetric relations are
// stored once per unordered pair, source id < target id.
//
// Deterministic by construction: Nodes() is sorted by id, Edges() by (source id,
// relation, target id); aliases are sorted sets, and ArticleIds() gives articles
// sorted; the kept evidence is the kMaxEvidence smallest by (article id, offset). So
// the same articles in any order give the same graph.
//
// Threads: const calls may run side by side (the writers do; the sorted orders behind
// Nodes(), Edges() and ArticleIds() are computed once, under a lock, after the last
// change); a change must not run beside any other call.
//
// Article ids are interned: a node or edge holds 4-byte ArticleRefs of its graph,
// not strings in a tree, so a graph of a million articles does not hold a million
// copies of each id per entity and edge, and recording an article is an append.
//
// Storage: the topology is a private Boost.Graph adjacency_list (vertex descriptor ==
// NodeId, each edge carrying its EdgeId); node and edge data live in two vectors
// indexed by those ids, found through hash indexes that hold only ids, so data is
// moved in once and never copied by a merge. Algorithms (graph/algorithms.h) build
// the weighted Boost.Graph view each one needs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/schema.h"
#include "extract/extraction.h"

namespace kg {

// An article id interned by a KnowledgeGraph (KnowledgeGraph::InternArticle); read the
// id back with KnowledgeGraph::article_id / ArticleIds. Meaningful only in its graph.
using ArticleRef = std::uint32_t;
using ArticleRefs = std::vector<ArticleRef>;  // ascending, unique

// Adds `ref` to `refs`: an append when it is the newest article, as during a build.
void AddArticle(ArticleRefs& refs, ArticleRef ref);
// Adds every ref of `add` to `into`.
void MergeArticles(ArticleRefs& into, const ArticleRefs& add);

struct EntityNode {
  std::string id;
  std::string label;
  EntityType type = EntityType::kPerson;
  std::string iso;
  std::set<std::string> aliases;   // every surface form seen
  ArticleRefs articles;            // articles that mention it
  std::size_t mentions = 0;
  // Article count when the ids are unknown: a graph read back from GraphML carries
  // only a count per node. 0 when `articles` is authoritative. Read it through
  // ArticleCount(), which takes whichever is known.
  std::size_t article_count = 0;
};

// Number of articles that mention `node`: the ids when known, else the stored count.
inline std::size_t ArticleCount(const EntityNode& node) {
  return node.articles.size() > node.article_count ? node.articles.size() : node.article_count;
}

struct RelationEdge {
  RelationType relation = RelationType::kCoMention;
  std::set<std::string> roles;  // official_of: every normalised role seen
  double weight = 0;            // number of supporting sentences
  ArticleRefs articles;         // articles with a supporting sentence
  std::vector<Evidence> evidence;  // at most kMaxEvidence, sorted by (article, offset)
};

class KnowledgeGraph {
 public:
  using NodeId = std::size_t;  // dense index, valid until the next MergeNodes()
  using EdgeId = std::size_t;
  static constexpr std::size_t kMaxEvidence = 3;

  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;
  KnowledgeGraph(const KnowledgeGraph&);
  KnowledgeGraph& operator=(const KnowledgeGraph&);

  // Merges one article's entities and relations.
  void Add(const ArticleExtraction& article);

  // The ref of article `id`, interned on first use. Refs are dense and given in order
  // of first use, so the articles of a build in reading order are appends.
  ArticleRef InternArticle(std::string_view id);
  std::string_view article_id(ArticleRef ref) const;
  // The ids of `refs`, sorted: the order writers and queries print them in.
  std::vector<std::string_view> ArticleIds(const ArticleRefs& refs) const;
  // `refs` of graph `from` as refs of this graph (interning them): for a node or edge
  // copied from one graph into another.
  ArticleRefs InternArticles(const KnowledgeGraph& from, const ArticleRefs& refs);

  // Adds a node, or merges into the node with the same id (aliases, articles,
  // mentions add up; label/type/iso of the first one stay). Taken by value: pass an
  // rvalue and its strings are moved, not copied. Its article refs are this graph's.
  NodeId AddNode(EntityNode node);
  // Adds evidence for (source, relation, target), creating the edge if needed. For a
  // symmetric relation the pair is ordered by id first. `weight` sentences are added.
  EdgeId AddEdge(NodeId source, RelationType relation, NodeId target, RelationEdge delta);
  // Makes room for this many nodes and edges in all (a reader that knows the counts).
  void Reserve(std::size_t nodes, std::size_t edges);

  // Merges each group of nodes into one (cross-article resolution): the first id of
  // a group is kept, the label becomes the group's `label` (an empty one keeps the
  // first node's), edges are re-pointed and merged, self-loops dropped. Groups do not
  // share nodes. Invalidates NodeId/EdgeId values. Linear in the size of the graph:
  // nodes and edges are moved into their new places, not copied.
  struct MergeGroup {
    std::vector<NodeId> nodes;
    std::string label;
  };
  void MergeNodes(const std::vector<MergeGroup>& groups);

  std::size_t node_count() const;
  std::size_t edge_count() const;
  const EntityNode& node(NodeId n) const;
  const RelationEdge& edge(EdgeId e) const;
  NodeId source(EdgeId e) const;
  NodeId target(EdgeId e) const;
  std::optional<NodeId> FindNode(std::string_view id) const;

  std::vector<NodeId> Nodes() const;             // sorted by id
  std::vector<EdgeId> Edges() const;             // sorted by (source id, relation, target id)
  std::vector<EdgeId> OutEdges(NodeId n) const;  // ascending
  std::vector<EdgeId> InEdges(NodeId n) const;   // ascending

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg
