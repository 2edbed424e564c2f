// The hand-made graph behind the exporter tests: every entity type, a role, symmetric
// and parallel relations, and text meant to break writers: quotes, &, <>, control
// characters, CR LF, malformed UTF-8, U+FFFE, Cyrillic, a label ending in a backslash,
// ids that are DOT keywords ("graph", "strict").
//
// Nodes by id: alliance:nato, country:RU, country:US, graph, person:sergey-lavrov, strict.
// Edges in Edges() order:
//   e0 alliance:nato -co_mention- country:RU   (symmetric, stored with the smaller id first)
//   e1 country:RU -criticizes-> alliance:nato   (parallel to e0)
//   e2 country:RU -sanctions-> alliance:nato    (parallel to e1, same direction)
//   e3 country:US -member_of-> alliance:nato
//   e4 graph -meets- person:sergey-lavrov       (symmetric)
//   e5 person:sergey-lavrov -official_of (foreign minister)-> country:RU
//   e6 strict -supports-> graph                 (weight 1.5)
#pragma once

#include "graph/knowledge_graph.h"

namespace kg::testing {

KnowledgeGraph SmallGraph();

// The same graph with nodes and edges added in reverse order: must export identically.
KnowledgeGraph SmallGraphReversed();

}  // namespace kg::testing
