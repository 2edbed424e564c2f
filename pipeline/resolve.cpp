#include "pipeline/resolve.h"

#include <algorithm>
#include <functional>
#include <string_view>

namespace kg {

bool CrossArticleResolver::Compatible(const PersonName& a, const PersonName& b) {
  return SameNameVariant(a.western, b.western) || SameNameVariant(a.eastern, b.eastern);
}

bool CrossArticleResolver::ShareBlock(const PersonName& a, const PersonName& b) {
  return a.western_block == b.western_block || a.western_block == b.eastern_block ||
         a.eastern_block == b.western_block || a.eastern_block == b.eastern_block;
}

std::uint64_t CrossArticleResolver::Pair(std::uint32_t a, std::uint32_t b) {
  return a < b ? (std::uint64_t{a} << 32 | b) : (std::uint64_t{b} << 32 | a);
}

std::uint32_t CrossArticleResolver::BlockOf(const NameParts& parts) {
  std::string key = parts.canonical_surname;
  key += '|';
  key.append(parts.canonical_given, 0, 1);
  const std::size_t hash = std::hash<std::string_view>{}(key);
  std::size_t block = block_index_.Find(hash, [&](std::size_t b) { return block_keys_[b] == key; });
  if (block == IdIndex::kNone) {
    block = blocks_.size();
    blocks_.emplace_back();
    block_keys_.push_back(std::move(key));
    block_index_.Insert(hash, block);
  }
  return static_cast<std::uint32_t>(block);
}

void CrossArticleResolver::ReadNewNodes(const KnowledgeGraph& graph) {
  for (; read_ < graph.node_count(); ++read_) {
    const EntityNode& node = graph.node(read_);
    if (node.type != EntityType::kPerson) continue;
    auto [western, eastern] = SplitNameBothWays(node.label);
    if (western.given.empty()) continue;  // a lone surname never merges
    PersonName p{read_, std::move(western), std::move(eastern), 0, 0};
    // Each name is compared with many: spelled once. A name of two words has the same
    // two parts in both readings, swapped.
    AddCanonicalSpellings(p.western);
    if (p.eastern.given == p.western.surname && p.eastern.surname == p.western.given) {
      p.eastern.canonical_given = p.western.canonical_surname;
      p.eastern.canonical_surname = p.western.canonical_given;
    } else {
      AddCanonicalSpellings(p.eastern);
    }
    p.western_block = BlockOf(p.western);
    p.eastern_block = BlockOf(p.eastern);
    // Compared with its blocks' names now; which pairs are compatible is all that
    // Resolve needs of them.
    const auto x = static_cast<std::uint32_t>(people_.size());
    for (const std::uint32_t b : {p.western_block, p.eastern_block}) {
      for (std::uint32_t y : blocks_[b])
        if (Compatible(p, people_[y])) compatible_.insert(Pair(x, y));
      blocks_[b].push_back(x);
      if (p.eastern_block == p.western_block) break;
    }
    people_.push_back(std::move(p));
  }
}

void CrossArticleResolver::Resolve(KnowledgeGraph& graph) {
  ReadNewNodes(graph);
  auto compatible = [&](std::uint32_t a, std::uint32_t b) {
    return ShareBlock(people_[a], people_[b]) ? compatible_.count(Pair(a, b)) > 0
                                              : Compatible(people_[a], people_[b]);
  };
  // Most mentioned first, so each cluster is seeded by its canonical spelling; ties by
  // id. (Positions are sorted by keys read once, not the names: a PersonName is ten
  // strings to move, and a node's fields are far apart in memory.)
  struct Rank {
    std::size_t mentions;
    std::string_view id;
    std::uint32_t at;  // in people_
  };
  std::vector<Rank> ranks(people_.size());
  for (std::uint32_t x = 0; x < people_.size(); ++x) {
    const EntityNode& node = graph.node(people_[x].node);
    ranks[x] = {node.mentions, node.id, x};
  }
  std::sort(ranks.begin(), ranks.end(), [](const Rank& a, const Rank& b) {
    return a.mentions != b.mentions ? a.mentions > b.mentions : a.id < b.id;
  });
  std::vector<std::uint32_t> rank_of(people_.size());
  for (std::uint32_t r = 0; r < ranks.size(); ++r) rank_of[ranks[r].at] = r;
  for (auto& block : blocks_)
    std::sort(block.begin(), block.end(), [&](auto a, auto b) { return rank_of[a] < rank_of[b]; });
  // Greedy, in rank order: a cluster only grows by names compatible with all of it,
  // so no chain of near-matches joins two different people.
  std::vector<int> cluster_of(people_.size(), -1);
  std::vector<std::vector<std::uint32_t>> clusters;
  for (const Rank& rank : ranks) {
    const std::uint32_t i = rank.at;
    if (cluster_of[i] >= 0) continue;
    for (const std::uint32_t b : {people_[i].western_block, people_[i].eastern_block}) {
      for (std::uint32_t j : blocks_[b]) {
        if (j == i || cluster_of[j] >= 0 || !compatible(i, j)) continue;
        if (cluster_of[i] < 0) {
          cluster_of[i] = static_cast<int>(clusters.size());
          clusters.push_back({i});
        }
        auto& cluster = clusters[static_cast<std::size_t>(cluster_of[i])];
        if (!std::all_of(cluster.begin(), cluster.end(),
                         [&](std::uint32_t m) { return compatible(m, j); }))
          continue;
        cluster.push_back(j);
        cluster_of[j] = cluster_of[i];
      }
    }
  }
  std::vector<KnowledgeGraph::MergeGroup> groups;
  for (const auto& cluster : clusters) {
    KnowledgeGraph::MergeGroup g;
    for (std::uint32_t m : cluster) g.nodes.push_back(people_[m].node);
    g.label = graph.node(people_[cluster.front()].node).label;
    groups.push_back(std::move(g));
  }
  people_.clear();
  blocks_.clear();
  block_keys_.clear();
  block_index_ = IdIndex();
  compatible_.clear();
  if (!groups.empty()) graph.MergeNodes(groups);
}

void ResolveAcrossArticles(KnowledgeGraph& graph) { CrossArticleResolver().Resolve(graph); }

}  // namespace kg
