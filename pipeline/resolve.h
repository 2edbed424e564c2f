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

#include <string>
#include <vector>

#include "extract/names.h"
#include "graph/knowledge_graph.h"

namespace kg {

// Resolution in two steps. Splitting and spelling every person's name is most of its
// cost and needs only the name, which a node keeps from its first article on: a build
// reads the new nodes' names after each batch is merged, while other threads extract
// the next batch, and only the comparing and merging wait for the last article.
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
    std::string western_key, eastern_key;  // their blocks (see Resolve)
  };
  std::vector<PersonName> people_;  // persons with a given name, by node
  KnowledgeGraph::NodeId read_ = 0;  // nodes below this have been read
};

// Both steps at once.
void ResolveAcrossArticles(KnowledgeGraph& graph);

}  // namespace kg
