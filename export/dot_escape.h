// Quoting text for the Graphviz DOT language, done by hand because no library does it
// completely.
//
//   out << kg::DotId(node.id) << " [label=" << kg::DotLabel(node.label) << "];";
//   // "graph" [label="AT&amp;T \\ \"quoted\""];
//
// Both functions return a complete double-quoted string, so a DOT keyword (graph,
// strict, node, edge, digraph, subgraph) or anything else is never a bare id.
// Inside the quotes:
// - `"` becomes `\"` and `\` becomes `\\`, so a trailing backslash cannot escape the
//   closing quote and a label never triggers Graphviz's \N, \G, \l escapes;
// - a newline, CR LF or a lone CR becomes `\n` (a centred line break in a label);
// - tab becomes a space; other control characters (C0, DEL, C1) and the noncharacters
//   U+FFFE/U+FFFF are dropped: Graphviz has no way to show them;
// - malformed UTF-8 becomes U+FFFD; other non-ASCII text stays UTF-8, which the file
//   declares with charset="UTF-8".
// DotLabel also writes `&` as `&amp;`, because Graphviz decodes HTML entities in labels
// ("&lt;" would otherwise show as "<"). Ids are never rendered, so DotId keeps `&`.
#pragma once

#include <string>
#include <string_view>

namespace kg {

// Appends `text` quoted as a DOT label (label = true) or id to `out`: what DotLabel and
// DotId return, without a string of its own (the DOT writer's inner loop).
void AppendDotQuoted(std::string& out, std::string_view text, bool label);

// `text` as a quoted DOT id (node names, edge ends).
std::string DotId(std::string_view text);

// `text` as a quoted DOT label, shown as written.
std::string DotLabel(std::string_view text);

}  // namespace kg
