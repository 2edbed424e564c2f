// An article: the unit kgraph reads, extracts from and cites.
#pragma once

#include <cstddef>
#include <string>

namespace kg {

struct Article {
  std::string id;      // unique in a run: file name without extension, or JSONL "id"
  std::string text;    // valid UTF-8 (the reader repairs or converts); offsets point here
  std::string title;   // optional metadata, may be empty
  std::string date;    // ISO 8601 when given
  std::string source;
  std::string url;
  std::string origin;  // the file it came from, as named on the command line
  std::size_t line = 0;  // 1-based JSONL line, 0 for a .txt file
};

}  // namespace kg
