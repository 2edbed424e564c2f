// JSON, for scripts and web front ends: the whole graph with every attribute, lists as
// real arrays.
//
//   std::ofstream out("graph.json", std::ios::binary);
//   kg::WriteJson(graph, out);
//
// {"nodes": [{"id", "label", "type", "iso", "aliases": [..], "mentions", "articles"}],
//  "edges": [{"id": "e0", "source", "target", "relation", "label", "role", "weight",
//             "articles": [..], "evidence": [{"article", "begin", "end", "text",
//             "speaker"?}]}]}
// The names and meanings are those of GraphML (export/attributes.h; node "articles" is a
// count, edge "articles" the ids); iso and role are always present, "" when unknown.
// Edge ids and order match the GraphML. UTF-8, two-space indentation; strings escaped by
// RapidJSON after malformed UTF-8 is repaired. Deterministic.
#pragma once

#include <iosfwd>

#include "graph/knowledge_graph.h"

namespace kg {

// Writes the whole graph as one JSON document. Nodes by id, edges in Edges() order.
void WriteJson(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace kg
