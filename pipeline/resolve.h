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

#include "graph/knowledge_graph.h"

namespace kg {

void ResolveAcrossArticles(KnowledgeGraph& graph);

}  // namespace kg
