// GraphML for networkx, igraph, Gephi, yEd and `kgraph query`.
//
//   std::ofstream out("graph.graphml", std::ios::binary);
//   kg::WriteGraphML(graph, out);
//
// The contract (docs/output-formats.md lists every attribute): UTF-8; one
// <graph id="G" edgedefault="directed">; no graph-level keys (Gephi rejects them); node
// ids are the stable entity ids ("country:RU"); edge ids are "e{N}", N the position in
// KnowledgeGraph::Edges(). Keys are declared once per attribute with its attr.type, node
// key ids "n_{name}" and edge key ids "e_{name}", so the node and edge `articles` keys
// stay apart. Every string is escaped by export/xml_escape.h. Deterministic: the same
// graph gives the same bytes.
#pragma once

#include <iosfwd>

#include "graph/knowledge_graph.h"

namespace kg {

// Writes the whole graph as GraphML. Nodes by id, edges in Edges() order.
void WriteGraphML(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace kg
