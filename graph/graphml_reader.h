// Reading GraphML back into a KnowledgeGraph: what `kgraph query` loads.
//
//   kg::GraphMLReadResult r = kg::ReadGraphMLFile("out/graph.graphml");
//   for (auto n : r.graph.Nodes()) ... r.graph.node(n).label ...
//   for (const auto& note : r.notes) ... note.message ...   // what was guessed
//
// Reads what `kgraph build` writes, every attribute and the evidence included, and any
// GraphML with a label per node (a file saved from Gephi, yEd, networkx). Keys are
// matched by `attr.name`, ignoring ASCII case; unknown keys are ignored.
//
//   node keys  label, type, iso, aliases (JSON array of strings), mentions,
//              articles (a count; or a JSON array of article ids)
//   edge keys  relation, label, role ("; "-joined), weight, articles (JSON array of
//              ids), evidence (JSON array of {article, begin, end, text, speaker})
//
// What is missing is filled in, and each kind of guess is reported once in `notes`:
//   - no label: the node id;
//   - no (or an unknown) type: the id's prefix ("country:RU" -> country), else country
//     when `iso` is set, else person: EntityType has no "unknown", and in news graphs
//     an unlabelled actor is most often a person;
//   - no relation: the edge label when it names one ("member_of" or "member of"),
//     else co_mention (the untyped "these two are related" of our schema);
//   - no weight: 1. Node `articles` given as a count lands in EntityNode::article_count.
// A file that lies (a non-number weight, broken JSON, an edge to an undeclared node, a
// duplicate node id) is an error, not a guess.
//
// Hostile input: a GraphML from anywhere is safe to open. The whole file is checked
// before any of it is used, and refused with a kg::Error naming file:line:column: any
// DOCTYPE or other <!...> declaration (so no DTD, no external entity, no "billion
// laughs": entities are never declared, so never expanded), references to anything
// but the five predefined entities and character references, invalid UTF-8 or other
// encodings, control characters, nesting deeper than `max_depth`, and malformed XML.
// Memory is bounded by the limits below. The reader is our own one-pass scanner
// (graph/detail/xml_scanner.h), which builds no tree: the file's bytes, an outline of
// 32 bytes per <data> and 72 per node or edge, the values that hold references
// decoded, and the graph itself.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "graph/knowledge_graph.h"

namespace kg {

struct GraphMLReadOptions {
  std::size_t max_bytes = std::size_t{1} << 30;  // larger files are refused (1 GiB)
  // Elements plus attributes: 32M is ~3M edges as kgraph writes them.
  std::size_t max_items = 32'000'000;
  std::size_t max_depth = 64;  // GraphML needs 4; bounds the recursion
};

struct GraphMLReadResult {
  KnowledgeGraph graph;
  std::vector<Diagnostic> notes;  // kNote: one per kind of guess, with a count
};

// Parses `text` (the whole document). `name` is the file name used in messages.
// Throws kg::Error("name:line:column", what) when the document is refused.
GraphMLReadResult ReadGraphML(std::string text, const std::string& name,
                              const GraphMLReadOptions& options = {});

// Reads the file at `path` ("-": standard input) and parses it as above. A file is
// read in one call into a buffer of its size.
GraphMLReadResult ReadGraphMLFile(const std::string& path, const GraphMLReadOptions& options = {});

}  // namespace kg
