// Graphviz DOT, to render the graph as a picture.
//
//   std::ofstream out("graph.dot", std::ios::binary);
//   kg::WriteDot(graph, out);
//   // then: dot -Tsvg graph.dot -o graph.svg   (sfdp -Tsvg for big graphs)
//
// One `digraph kgraph` with charset="UTF-8", overlap=false (for sfdp; dot ignores it)
// and, up to 150 edges, splines=true (sfdp's curved routing is too slow beyond). Nodes are the
// quoted entity ids, labelled with the entity's label, shaped and filled by type (person ellipse,
// country box, alliance hexagon; the colours of kg::EntityColor); a `cluster_legend` subgraph shows
// the three types. Edges are labelled with the relation, the roles added for official_of
// ("official_of (president)"); symmetric relations have dir=none; penwidth grows with
// the logarithm of the weight, from 1 to 5. Every id and label is quoted by
// export/dot_escape.h. Renders with dot and sfdp without a warning; deterministic.
#pragma once

#include <iosfwd>

#include "graph/knowledge_graph.h"

namespace kg {

// Writes the whole graph as DOT. Nodes by id, edges in Edges() order.
void WriteDot(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace kg
