// `kgraph build PATH... -o DIR`: read articles, extract, merge, export.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace kg {

struct BuildOptions {
  std::vector<std::string> inputs;   // files, directories, or "-" for JSONL on stdin
  std::string out_dir = "out";
  std::vector<std::string> formats = {"graphml", "gexf", "dot"};
  std::vector<std::string> dicts;    // user dictionaries (--dict)
  std::string data_dir;              // defaults to DefaultDataDir()
  unsigned threads = 0;              // 0: all cores
  bool quiet = false;
  bool verbose = false;
  bool strict = false;
  std::size_t max_errors = 0;        // 0: no limit
  bool mentions = false;             // also write mentions.jsonl
};

// Registers the subcommand; `options` must outlive the parse.
CLI::App* SetupBuild(CLI::App& app, BuildOptions& options);
// Returns the process exit code (0 ok, 1 inputs skipped under --strict, 2 fatal).
int RunBuild(const BuildOptions& options);

}  // namespace kg
