#include "pipeline/resolve.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "extract/names.h"

namespace kg {
namespace {

struct PersonName {
  KnowledgeGraph::NodeId node;
  NameParts western, eastern;  // both readings: the order of an unknown name is unknown
};

bool Compatible(const PersonName& a, const PersonName& b) {
  return SameNameVariant(a.western, b.western) || SameNameVariant(a.eastern, b.eastern);
}

}  // namespace

void ResolveAcrossArticles(KnowledgeGraph& graph) {
  // Most mentioned first, so each cluster is seeded by its canonical spelling; ties by
  // id. (The node ids are sorted, not the names: a PersonName is eight strings to move.
  // Not Nodes(): the graph's sorted orders would be computed for a graph about to change.)
  std::vector<KnowledgeGraph::NodeId> order;
  for (KnowledgeGraph::NodeId n = 0; n < graph.node_count(); ++n)
    if (graph.node(n).type == EntityType::kPerson) order.push_back(n);
  std::sort(order.begin(), order.end(), [&](KnowledgeGraph::NodeId a, KnowledgeGraph::NodeId b) {
    const EntityNode &x = graph.node(a), &y = graph.node(b);
    return x.mentions != y.mentions ? x.mentions > y.mentions : x.id < y.id;
  });
  std::vector<PersonName> people;
  for (auto n : order) {
    auto [western, eastern] = SplitNameBothWays(graph.node(n).label);
    PersonName p{n, std::move(western), std::move(eastern)};
    AddCanonicalSpellings(p.western);  // each name is compared with many: spell once
    AddCanonicalSpellings(p.eastern);
    if (!p.western.given.empty()) people.push_back(std::move(p));  // a lone surname never merges
  }
  // Blocks: people whose surname (in either reading) has the same canonical spelling
  // and whose given names start alike (the rule needs both). Only names within a
  // block are compared, so the cost stays near linear.
  auto key_of = [](const NameParts& parts) {
    return parts.canonical_surname + '|' + parts.canonical_given.substr(0, 1);
  };
  std::vector<std::pair<std::string, std::string>> keys(people.size());
  std::unordered_map<std::string, std::vector<std::size_t>> blocks;
  for (std::size_t i = 0; i < people.size(); ++i) {
    keys[i] = {key_of(people[i].western), key_of(people[i].eastern)};
    blocks[keys[i].first].push_back(i);
    if (keys[i].second != keys[i].first) blocks[keys[i].second].push_back(i);
  }
  std::vector<int> cluster_of(people.size(), -1);
  std::vector<std::vector<std::size_t>> clusters;
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (cluster_of[i] >= 0) continue;
    for (const std::string& key : {keys[i].first, keys[i].second}) {
      for (std::size_t j : blocks[key]) {
        if (j == i || cluster_of[j] >= 0 || !Compatible(people[i], people[j])) continue;
        if (cluster_of[i] < 0) {
          cluster_of[i] = static_cast<int>(clusters.size());
          clusters.push_back({i});
        }
        auto& cluster = clusters[static_cast<std::size_t>(cluster_of[i])];
        // A cluster only grows by names compatible with all of it: no chains.
        if (!std::all_of(cluster.begin(), cluster.end(),
                         [&](std::size_t m) { return Compatible(people[m], people[j]); }))
          continue;
        cluster.push_back(j);
        cluster_of[j] = cluster_of[i];
      }
    }
  }
  std::vector<KnowledgeGraph::MergeGroup> groups;
  for (const auto& cluster : clusters) {
    KnowledgeGraph::MergeGroup g;
    for (std::size_t m : cluster) g.nodes.push_back(people[m].node);
    g.label = graph.node(people[cluster.front()].node).label;
    groups.push_back(std::move(g));
  }
  if (!groups.empty()) graph.MergeNodes(groups);
}

}  // namespace kg
