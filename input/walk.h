// Which files `kgraph build PATH...` reads: paths expanded, directories walked, every
// real file once, in an order that depends only on the set of paths given.
//
//   kg::InputFiles in = kg::ExpandPaths({"samples", "more/x.jsonl", "-"});
//   for (const auto& f : in.files) ...;  // sorted by name
//   if (in.read_stdin) ...;              // "-" was given: JSONL on standard input, last
//
// Directories are walked recursively for *.txt, *.jsonl, *.html and *.htm (any case),
// following symbolic links to directories; a directory already walked (a link loop, a
// second link, a path given twice or inside another) is not walked again. A file reached
// under several names (overlapping paths, links) is read once, under its smallest name.
// Problems become diagnostics (offset 0): "not-found" (missing path, broken link),
// "symlink-loop", "unreadable" (a directory that cannot be listed), "not-a-file" (a
// device, socket or FIFO named on the command line).
#pragma once

#include <string>
#include <vector>

#include "common/diagnostic.h"

namespace kg {

struct InputFiles {
  std::vector<std::string> files;  // sorted by name, each real file once
  bool read_stdin = false;         // "-" was among the paths
  std::vector<Diagnostic> diagnostics;
};

InputFiles ExpandPaths(std::vector<std::string> paths);

enum class FileKind { kText, kJsonl, kHtml };

// By extension: .jsonl is JSONL, .html/.htm HTML, anything else plain text.
FileKind KindOf(const std::string& path);

}  // namespace kg
