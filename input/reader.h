// ArticleReader: streams articles from the paths given to `kgraph build`.
//
//   kg::ArticleReader reader({"samples", "more.jsonl"}, options);
//   while (auto article = reader.Next()) Use(*article);
//   for (const auto& d : reader.diagnostics()) ...
//
// A PATH is a .txt file (one article, id = file name without extension), a .jsonl
// file (one article per line: "id" and "text" required; "title", "date", "source",
// "url" optional), a directory (recursive, *.txt and *.jsonl, sorted), or "-" for
// JSONL on standard input. Files are visited in sorted order, so the same set of
// paths gives the same article sequence whatever their order on the command line.
// Articles are streamed: only the current file's current article is held.
//
// Bad input never throws: it becomes a Diagnostic (file, line, offset, reason) and
// reading goes on. Not copyable: holds open streams.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "input/article.h"

namespace kg {

struct ReadOptions {
  // Skip (instead of repairing) files with invalid UTF-8 or unknown encodings.
  bool strict = false;
  // Called for every diagnostic as it happens (e.g. to print it); may be empty.
  std::function<void(const Diagnostic&)> on_diagnostic;
};

struct ReadStats {
  std::size_t articles = 0;   // articles returned by Next()
  std::size_t bytes = 0;      // bytes of article text returned
  std::size_t repaired = 0;   // articles returned after a repair
  std::size_t skipped = 0;    // articles, lines or files not returned
  std::map<std::string, std::size_t> by_reason;  // Diagnostic::reason -> count
};

class ArticleReader {
 public:
  ArticleReader(std::vector<std::string> paths, ReadOptions options);
  ~ArticleReader();
  ArticleReader(const ArticleReader&) = delete;
  ArticleReader& operator=(const ArticleReader&) = delete;

  // The next article, or nullopt when every path is exhausted.
  std::optional<Article> Next();

  const std::vector<Diagnostic>& diagnostics() const;
  const ReadStats& stats() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg
