// ArticleReader: streams articles from the paths given to `kgraph build`.
//
//   kg::ArticleReader reader({"samples", "more.jsonl"}, options);
//   while (auto article = reader.Next()) Use(*article);
//   for (const auto& d : reader.diagnostics()) ...
//
// A PATH is a .txt file (one article, id = file name without extension), an .html/.htm
// file (one article, markup stripped), a .jsonl file (one article per line: "id" and
// "text" required; "title", "date", "source", "url" optional), a directory (recursive,
// *.txt, *.jsonl, *.html, *.htm, sorted), or "-" for JSONL on standard input (read last).
// Files are visited in sorted order and each real file once, so the same set of paths
// gives the same article sequence whatever their order on the command line.
// Articles are streamed: only the current file's current article is held.
//
// Every returned Article::text is valid UTF-8, and it is the text its offsets index:
// BOMs, UTF-16, legacy 8-bit encodings, invalid bytes and HTML are dealt with before
// (input/decode.h, input/html.h). Ids are unique in a run: a later article with an id
// already used is renamed "ID#2", "ID#3", ... (diagnostic "duplicate-id"), unless its
// text is the same too: then it is the same article, read once ("duplicate-article").
//
// Bad input never throws: it becomes a Diagnostic (file, JSONL line, byte offset, reason)
// and reading goes on. docs/robustness.md lists every reason and what happens.
// Not copyable: holds open streams.
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
  // A file or JSONL line larger than this is skipped ("too-large") without being held.
  std::size_t max_article_bytes = std::size_t{1} << 30;
  // diagnostics() keeps at most this many (memory stays bounded on a corpus of junk);
  // later ones still reach on_diagnostic and the stats.
  std::size_t max_kept_diagnostics = 100000;
};

struct ReadStats {
  std::size_t articles = 0;  // articles returned by Next()
  std::size_t bytes = 0;     // bytes of article text returned
  std::size_t repaired = 0;  // articles returned after a repair
  std::size_t skipped = 0;   // articles, lines or files not returned (kSkipped diagnostics)
  std::map<std::string, std::size_t> by_reason;  // Diagnostic::reason -> count (all severities)
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
