// Diagnostics: what went wrong with one input, and where. Returned, collected and
// reported; the batch goes on (RapidJSON's ParseResult is the model).
#pragma once

#include <cstddef>
#include <string>

namespace kg {

enum class Severity {
  kNote,     // informational: e.g. boilerplate skipped, encoding converted
  kRepaired, // the input was fixed up and used (invalid UTF-8 replaced, HTML stripped)
  kSkipped,  // the input (an article, a JSONL line, a file) was not used
};

struct Diagnostic {
  Severity severity = Severity::kNote;
  std::string file;        // path as given on the command line (or "-" for stdin)
  std::size_t line = 0;    // 1-based JSONL line; 0 when not line-based
  std::size_t offset = 0;  // byte offset in the file or line, when meaningful
  std::string reason;      // short machine-friendly key, e.g. "invalid-utf8", "binary"
  std::string message;     // one human sentence

  // "file:line: message" (line omitted when 0).
  std::string ToString() const {
    std::string s = file;
    if (line != 0) s += ":" + std::to_string(line);
    return s + ": " + message;
  }
};

}  // namespace kg
