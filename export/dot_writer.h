#pragma once

#include <iosfwd>

#include "graph/knowledge_graph.h"

namespace kg {

// Writes the whole graph as Dot. Deterministic: nodes by id, edges by key.
void WriteDot(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace kg
