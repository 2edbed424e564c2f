// Resources: every lexicon the extractor uses, loaded once from data/ (and user
// dictionaries) and shared read-only by all threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace kg {

struct ResourceOptions {
  std::string data_dir;                 // the repository's data/ folder
  std::vector<std::string> user_dicts;  // `kgraph build --dict FILE.json`, in order
  // With 2 or more, the largest file (people.json) is parsed on a second thread while
  // the others load, and its people are spelled half on each thread.
  unsigned threads = 1;
};

struct Lexicon;  // extract/lexicon.h: the loaded tables (private to extract/)

class Resources {
 public:
  // Loads and validates every file. Throws kg::Error naming the file (and JSON
  // offset) on a missing or malformed one.
  static Resources Load(const ResourceOptions& options);

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  explicit Resources(std::shared_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}
  std::shared_ptr<const Lexicon> lexicon_;  // shared: Resources is cheap to copy
};

// The data/ directory to use when none is given: $KGRAPH_DATA_DIR, else data/ next
// to the executable's source tree as configured at build time, else ./data.
std::string DefaultDataDir();

}  // namespace kg
