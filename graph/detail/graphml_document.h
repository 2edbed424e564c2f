// Private to graph/: the outline of a GraphML document, read in one pass of
// XmlScanner: its keys, and the nodes and edges of its first graph with their <data>
// as text. The GraphML reader turns it into a KnowledgeGraph (graphml_reader.cpp).
//
// Reading the outline first, and the values from it second, keeps what the file means
// independent of its order (a key declared after the graph, an edge before its nodes)
// and lets the graph reserve its storage once. The outline holds views: into the
// document where a value has no references, else into its own arena.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/detail/xml_scanner.h"

namespace kg::detail {

struct GraphMLKey {  // <key id=... for=... attr.name=...><default>...</default></key>
  std::optional<std::string_view> id, name, domain, default_value;
};

struct GraphMLData {  // <data key=...>value</data>
  std::string_view key, value;
};

struct GraphMLItem {                         // a <node> or <edge> of the graph
  std::size_t offset = 0;                    // of the element's name: messages point here
  std::string_view id, source, target;       // "" when absent
  std::size_t first_data = 0, end_data = 0;  // its <data>: GraphMLDocument::data[first, end)
};

// Decoded text that outlives the scan: one allocation per block, not per value.
class TextArena {
 public:
  std::string_view Keep(std::string_view text);
  // `text` with its references decoded, written straight into the arena.
  std::string_view Decode(XmlText text);

 private:
  char* Room(std::size_t size);  // at least `size` bytes at next_

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  std::size_t left_ = 0;
};

struct GraphMLDocument {
  std::size_t root_offset = 0;  // of the root element's name
  std::vector<GraphMLKey> keys;
  std::vector<GraphMLItem> nodes, edges;
  std::vector<GraphMLData> data;
  std::size_t hyperedges = 0;     // ignored
  std::size_t nested_graphs = 0;  // in nodes, ignored
  std::size_t extra_graphs = 0;   // after the first, ignored
  TextArena arena;                // what the views above may point into
};

// Scans the whole document (XmlScanner: every refusal it documents applies), then
// checks that the root is <graphml> holding a <graph>. Element names are matched
// without their namespace prefix. Throws kg::Error("name:line:column", what).
// The result views `src.text`: keep it alive. (Moving the result keeps its views
// valid: the arena's blocks stay where they are.)
GraphMLDocument ReadGraphMLDocument(const XmlSource& src, XmlLimits limits);

}  // namespace kg::detail
