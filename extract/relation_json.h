// Private to extract/: a small JSON tree that remembers where each value starts in
// the file, so that a schema error in a data file can say "offset 1234: ..." just
// as a syntax error does. Meant for lexicon files of a few hundred kilobytes.
//
//   const JsonNode root = ParseJsonTree(text, "data/relations.json");
//   if (const JsonNode* v = root.Find("version"); v && v->kind == JsonNode::kNumber) ...
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg {

struct JsonMember;

struct JsonNode {
  enum Kind { kNull, kBool, kNumber, kString, kArray, kObject };
  Kind kind = kNull;
  std::size_t offset = 0;  // byte offset of the value's first character
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<JsonNode> items;                            // kArray
  std::vector<JsonMember> members;  // kObject, in file order

  // The member named `key`, or nullptr (also when this is not an object).
  const JsonNode* Find(std::string_view key) const;
};

// One "key": value of an object (a struct, not std::pair, so that JsonNode may hold a
// vector of them while still incomplete: clang's standard library insists).
struct JsonMember {
  JsonMember(std::string key, JsonNode value) : first(std::move(key)), second(std::move(value)) {}
  std::string first;
  JsonNode second;
};

// "string", "array", ... for error messages.
std::string_view KindName(JsonNode::Kind kind);

// Parses `json`. Throws kg::Error(where, "offset N: <RapidJSON's message>") on a
// syntax error.
JsonNode ParseJsonTree(std::string_view json, const std::string& where);

}  // namespace kg
