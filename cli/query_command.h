// `kgraph query GRAPH COMMAND ...`: answer questions over a built graph.
//
//   kgraph query out/graph.graphml ask "? member_of AUKUS"
//   kgraph query out/graph.graphml path Biden Xi --relation meets --format json
//
// One options struct per command lives in query/commands.h; this file only maps
// CLI11 flags onto them. Exit codes: 0 answered, 1 nothing matched, 2 usage or input
// error (thrown as kg::Error and reported by main), each with one line on stderr.
#pragma once

#include <string>
#include <vector>

#include "query/commands.h"

namespace CLI {
class App;
}

namespace kg {

struct QueryOptions {
  std::string graph;             // GraphML file, or "-" for standard input
  std::string format = "table";  // table | json | csv
  bool verbose = false;          // report what the reader had to guess
  std::string command;           // the subcommand given, set while parsing

  EntitiesQuery entities;
  ShowQuery show;
  NeighborsQuery neighbors;
  RelationsQuery relations;
  WhyQuery why;
  std::vector<std::string> ask_words;  // the pattern, quoted or not
  PathQuery path;
  CentralQuery central;
  SubgraphQuery subgraph;
  StatsQuery stats;
};

// Registers `query` and its subcommands; `options` must outlive the parse.
CLI::App* SetupQuery(CLI::App& app, QueryOptions& options);
// Loads the graph, runs the command, prints the answer; returns the exit code (0 or 1).
int RunQuery(const QueryOptions& options);

}  // namespace kg
