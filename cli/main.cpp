// kgraph: wires the subcommands; no logic of its own.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/build_command.h"
#include "cli/query_command.h"
#include "common/error.h"

int main(int argc, char** argv) {
  CLI::App app{"kgraph: build a knowledge graph of people, countries and alliances from news"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "kgraph 0.1.0");
  kg::BuildOptions build;
  CLI::App* build_cmd = kg::SetupBuild(app, build);
  kg::QueryOptions query;
  CLI::App* query_cmd = kg::SetupQuery(app, query);
  // Usage errors take one line, like every other error.
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return std::string("kgraph: ") + e.what() + " (see --help)\n";
  });
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  try {
    if (build_cmd->parsed()) return kg::RunBuild(build);
    if (query_cmd->parsed()) return kg::RunQuery(query);
  } catch (const kg::Error& e) {
    std::cerr << "kgraph: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "kgraph: internal error: " << e.what() << "\n";
    return 2;
  }
  return 2;
}
