// GEXF 1.3 for Gephi, the format to open in Gephi because it keeps parallel edges apart.
//
//   std::ofstream out("graph.gexf", std::ios::binary);
//   kg::WriteGexf(graph, out);
//
// Gephi merges parallel GraphML edges between one pair; here every edge carries
// kind = its relation, so a pair's `meets` and `criticizes` stay two edges. The graph is
// mode="static" defaultedgetype="directed"; edges of symmetric relations (meets,
// cooperates_with, conflict_with, co_mention) say type="undirected". Node and edge
// attributes are those of GraphML (export/attributes.h), declared in <attributes> with
// ids "n_{name}"/"e_{name}"; the edge weight is also the edge's `weight`, the human
// label its `label`. Nodes get viz:color by entity type (kg::EntityColor) and viz:size
// growing with the logarithm of their mentions. No timestamps: the same graph gives the
// same bytes.
#pragma once

#include <iosfwd>

#include "graph/knowledge_graph.h"

namespace kg {

// Writes the whole graph as GEXF 1.3. Nodes by id, edges in Edges() order.
void WriteGexf(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace kg
