#include "pipeline/resolve.h"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace kg {

void CrossArticleResolver::ReadNewNodes(const KnowledgeGraph& graph) {
  // Blocks: people whose surname (in either reading) has the same canonical spelling
  // and whose given names start alike (the rule needs both).
  auto key_of = [](const NameParts& parts) {
    return parts.canonical_surname + '|' + parts.canonical_given.substr(0, 1);
  };
  for (; read_ < graph.node_count(); ++read_) {
    const EntityNode& node = graph.node(read_);
    if (node.type != EntityType::kPerson) continue;
    auto [western, eastern] = SplitNameBothWays(node.label);
    if (western.given.empty()) continue;  // a lone surname never merges
    PersonName p{read_, std::move(western), std::move(eastern), {}, {}};
    AddCanonicalSpellings(p.western);  // each name is compared with many: spell once
    AddCanonicalSpellings(p.eastern);
    p.western_key = key_of(p.western);
    p.eastern_key = key_of(p.eastern);
    people_.push_back(std::move(p));
  }
}

void CrossArticleResolver::Resolve(KnowledgeGraph& graph) {
  ReadNewNodes(graph);
  auto compatible = [](const PersonName& a, const PersonName& b) {
    return SameNameVariant(a.western, b.western) || SameNameVariant(a.eastern, b.eastern);
  };
  // Most mentioned first, so each cluster is seeded by its canonical spelling; ties by
  // id. (Positions are sorted by keys read once, not the names: a PersonName is ten
  // strings to move, and a node's fields are far apart in memory.)
  struct Rank {
    std::size_t mentions;
    std::string_view id;
    std::size_t at;  // in people_
  };
  std::vector<Rank> ranks(people_.size());
  for (std::size_t i = 0; i < people_.size(); ++i) {
    const EntityNode& node = graph.node(people_[i].node);
    ranks[i] = {node.mentions, node.id, i};
  }
  std::sort(ranks.begin(), ranks.end(), [](const Rank& a, const Rank& b) {
    return a.mentions != b.mentions ? a.mentions > b.mentions : a.id < b.id;
  });
  std::vector<const PersonName*> people(ranks.size());
  for (std::size_t i = 0; i < ranks.size(); ++i) people[i] = &people_[ranks[i].at];
  // Only names within a block are compared, so the cost stays near linear.
  std::unordered_map<std::string_view, std::vector<std::size_t>> blocks;
  for (std::size_t i = 0; i < people.size(); ++i) {
    blocks[people[i]->western_key].push_back(i);
    if (people[i]->eastern_key != people[i]->western_key) blocks[people[i]->eastern_key].push_back(i);
  }
  std::vector<int> cluster_of(people.size(), -1);
  std::vector<std::vector<std::size_t>> clusters;
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (cluster_of[i] >= 0) continue;
    for (std::string_view key : {std::string_view(people[i]->western_key),
                                 std::string_view(people[i]->eastern_key)}) {
      for (std::size_t j : blocks[key]) {
        if (j == i || cluster_of[j] >= 0 || !compatible(*people[i], *people[j])) continue;
        if (cluster_of[i] < 0) {
          cluster_of[i] = static_cast<int>(clusters.size());
          clusters.push_back({i});
        }
        auto& cluster = clusters[static_cast<std::size_t>(cluster_of[i])];
        // A cluster only grows by names compatible with all of it: no chains.
        if (!std::all_of(cluster.begin(), cluster.end(),
                         [&](std::size_t m) { return compatible(*people[m], *people[j]); }))
          continue;
        cluster.push_back(j);
        cluster_of[j] = cluster_of[i];
      }
    }
  }
  std::vector<KnowledgeGraph::MergeGroup> groups;
  for (const auto& cluster : clusters) {
    KnowledgeGraph::MergeGroup g;
    for (std::size_t m : cluster) g.nodes.push_back(people[m]->node);
    g.label = graph.node(people[cluster.front()]->node).label;
    groups.push_back(std::move(g));
  }
  people_.clear();
  if (!groups.empty()) graph.MergeNodes(groups);
}

void ResolveAcrossArticles(KnowledgeGraph& graph) { CrossArticleResolver().Resolve(graph); }

}  // namespace kg
