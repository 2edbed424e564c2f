// Cross-article entity resolution: merges person nodes that name one person with
// different spellings ("Sergey"/"Sergei Lavrov", "Xi Jingping"/"Xi Jinping").
#pragma once

#include "graph/knowledge_graph.h"

namespace kg {

// Merges person nodes that are spelling or transliteration variants of one another.
// A wrong merge is worse than a missed one: see resolve.cpp for the rule.
void ResolveAcrossArticles(KnowledgeGraph& graph);

}  // namespace kg
