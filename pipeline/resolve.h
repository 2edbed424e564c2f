// Cross-article entity resolution: after every article is merged, person nodes that
// are spelling or transliteration variants of one name ("Sergey"/"Sergei Lavrov",
// "Xi Jingping"/"Xi Jinping", "Andrei"/"Andrey Belousov") become one node.
//
// The rule (extract/names.h, SameNameVariant) needs both a compatible surname and a
// compatible given name, so two people who share a surname stay apart; a cluster
// only grows by names compatible with every name already in it, so no chain of
// near-matches joins two different people. The node with most mentions keeps its
// id and label (ties: the smaller id), so the result does not depend on input order.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "common/id_index.h"
#include "extract/names.h"
#include "graph/knowledge_graph.h"

namespace kg {

// Resolution in two steps. Splitting and spelling every person's name, and comparing
// it with the names that share its block, is most of the cost and needs only the
// names, which nodes keep from their first article on: a build reads the new nodes'
// names after each batch is merged, while other threads extract the next batch, and
// only the clustering (which needs the final mention counts) and the merging wait for
// the last article.
//
//   CrossArticleResolver resolver;
//   ... graph.Add(...); resolver.ReadNewNodes(graph); ...   // as the graph grows
//   resolver.Resolve(graph);                                 // once, at the end
class CrossArticleResolver {
 public:
  // Reads the names of the person nodes added since the last call. The graph may only
  // have grown since then (Add, AddNode), not been merged.
  void ReadNewNodes(const KnowledgeGraph& graph);
  // Reads what is left, then merges the variants. Once: the node ids change.
  void Resolve(KnowledgeGraph& graph);

 private:
  struct PersonName {
    KnowledgeGraph::NodeId node;
    NameParts western, eastern;  // both readings: the order of an unknown name is unknown
    std::uint32_t western_block, eastern_block;  // their blocks, in blocks_
  };
  static bool Compatible(const PersonName& a, const PersonName& b);
  static bool ShareBlock(const PersonName& a, const PersonName& b);
  static std::uint64_t Pair(std::uint32_t a, std::uint32_t b);
  std::uint32_t BlockOf(const NameParts& parts);

  std::vector<PersonName> people_;  // persons with a given name, by node
  KnowledgeGraph::NodeId read_ = 0;  // nodes below this have been read
  // Blocks: people whose surname (in either reading) has the same canonical spelling
  // and whose given names start alike (the rule needs both). Only names within a
  // block are compared, so the cost stays near linear. A person holds the numbers of
  // its blocks: the clustering looks up no key (those lookups, cache misses in a map
  // of 30,000 strings, were a third of it).
  std::vector<std::vector<std::uint32_t>> blocks_;  // members, positions in people_
  std::vector<std::string> block_keys_;  // per block: canonical surname '|' initial
  IdIndex block_index_;                  // key -> blocks_
  std::unordered_set<std::uint64_t> compatible_;  // pairs of people_ sharing a block
};

// Both steps at once.
void ResolveAcrossArticles(KnowledgeGraph& graph);

}  // namespace kg
