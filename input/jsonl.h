// One JSONL line to one Article.
//
//   kg::JsonlLine r = kg::ParseJsonlLine(std::move(line), /*strict=*/false);
//   if (r.article) Use(*r.article);    // id, text and the optional fields set
//   for (auto& d : r.diagnostics) ...  // offsets into the line; file and line left empty
//
// A line is an object with string "id" (non-empty) and "text"; "title", "date", "source"
// and "url" are optional strings; other members are ignored, however deep (parsed
// iteratively, so nesting costs heap proportional to the line, never stack).
// Skipped lines carry one kSkipped diagnostic:
//   "bad-json"       not JSON (RapidJSON's message and offset), or a raw NUL byte;
//   "missing-field"  not an object, or no "id" / "text";
//   "bad-field"      "id" or "text" not a string, or "id" empty.
// A non-string optional field is dropped with a kNote "bad-field". Strings whose escapes
// decode to invalid UTF-8 (a lone surrogate "\udc00") are repaired to U+FFFD
// ("invalid-utf8", at the string's offset) or, when strict, the line is skipped.
// The line must already be valid UTF-8 (decode.h). Parsing is in place: the text reuses
// the line's buffer, so a 200 MB line is not copied.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "input/article.h"

namespace kg {

struct JsonlLine {
  std::optional<Article> article;  // nullopt when the line is skipped
  std::vector<Diagnostic> diagnostics;
};

JsonlLine ParseJsonlLine(std::string line, bool strict);

}  // namespace kg
