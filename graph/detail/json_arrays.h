// Private to graph/: the JSON arrays inside GraphML attributes (aliases, articles,
// evidence), parsed straight into the graph's types.
//
//   JsonArrays json;
//   std::set<std::string> aliases;
//   if (std::string problem = json.Strings(value, aliases); !problem.empty())
//     ... "aliases " + problem ...   // e.g. "holds a value that is not a string"
//
// A stream parse (RapidJSON's SAX reader, iterative: deep nesting cannot exhaust the
// stack) with no tree in between. The whole value is parsed even after a problem is
// seen, so a syntax error anywhere is the one reported, as with a parsed tree; of the
// other problems, the first in the array is. The input must be valid UTF-8 (the XML
// scanner checked the whole document).
#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/schema.h"

namespace kg::detail {

class JsonArrays {
 public:
  JsonArrays();
  ~JsonArrays();
  // Not copyable: holds the parser and its reused stack.
  JsonArrays(const JsonArrays&) = delete;
  JsonArrays& operator=(const JsonArrays&) = delete;

  // `value` is a JSON array of strings: they are added to `out`. Returns "" or what is
  // wrong: "is not valid JSON: <why> (at character N)", "is not a JSON array",
  // "holds a value that is not a string".
  std::string Strings(std::string_view value, std::set<std::string>& out);

  // `value` is a JSON array of {"article", "begin", "end", "text", "speaker"}; other
  // members are ignored, a null string is "", the first of repeated members counts.
  // Appends to `out`. Returns "" or what is wrong: as Strings, or "holds a value that
  // is not an object", "<member> is not a string", "<member> is not an offset",
  // "ends before it begins".
  std::string EvidenceList(std::string_view value, std::vector<Evidence>& out);

 private:
  struct Parser;
  std::unique_ptr<Parser> parser_;
};

}  // namespace kg::detail
