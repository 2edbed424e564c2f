#pragma once

#include <iosfwd>

#include "graph/knowledge_graph.h"

namespace kg {

// Writes the whole graph as Gexf. Deterministic: nodes by id, edges by key.
void WriteGexf(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace kg
