#include "cli/build_command.h"

#include <algorithm>

#include <fmt/core.h>

#include <CLI/CLI.hpp>

#include "pipeline/build.h"

namespace kg {

CLI::App* SetupBuild(CLI::App& app, BuildOptions& o) {
  CLI::App* cmd = app.add_subcommand("build", "Build the knowledge graph from articles");
  cmd->add_option("inputs", o.inputs,
                  ".txt files, .jsonl files (one article per line), directories, or - for JSONL "
                  "on stdin")
      ->required();
  cmd->add_option("-o,--out", o.out_dir, "Output directory (created if missing)")
      ->capture_default_str();
  cmd->add_option("-f,--format", o.formats,
                  "Output formats: graphml gexf dot json mentions (repeatable)")
      ->capture_default_str();
  cmd->add_option("--dict", o.dicts, "User dictionary JSON (people, aliases, alliances, "
                                     "stop-names); repeatable");
  cmd->add_option("--data-dir", o.data_dir, "Folder with kgraph's lexicons (default: data/)");
  cmd->add_option("-j,--threads", o.threads, "Extraction threads (default: all cores)");
  cmd->add_option("--max-errors", o.max_errors, "Stop after N skipped inputs (0: never)");
  cmd->add_flag("-q,--quiet", o.quiet, "No progress or summary on stderr");
  cmd->add_flag("-v,--verbose", o.verbose, "Report every repaired input and skipped boilerplate");
  cmd->add_flag("--strict", o.strict, "Skip damaged inputs instead of repairing; exit 1 if any");
  return cmd;
}

namespace {

void PrintSummary(const BuildSummary& s, bool verbose) {
  fmt::print(stderr, "kgraph: {} articles ({:.1f} MB) in {:.2f} s; {} skipped, {} repaired\n",
             s.read.articles, s.read.bytes / 1e6, s.seconds, s.read.skipped, s.read.repaired);
  for (const auto& [reason, count] : s.read.by_reason)
    fmt::print(stderr, "  {:>6}  {}\n", count, reason);
  if (verbose) {
    fmt::print(stderr, "  boilerplate skipped: {} lines ({} bytes); sentences cut: {}\n",
               s.boilerplate_lines, s.boilerplate_bytes, s.truncated_sentences);
    std::size_t width = 0;
    for (const auto& [stage, seconds] : s.stage_seconds) width = std::max(width, stage.size());
    for (const auto& [stage, seconds] : s.stage_seconds)
      fmt::print(stderr, "  time: {:<{}} {:7.3f} s\n", stage, width, seconds);
  }
  fmt::print(stderr, "graph: {} entities, {} relations\n", s.nodes, s.edges);
  for (const auto& [type, count] : s.nodes_by_type) fmt::print(stderr, "  {:>6}  {}\n", count, type);
  for (const auto& [rel, count] : s.edges_by_relation) fmt::print(stderr, "  {:>6}  {}\n", count, rel);
  if (!s.top_entities.empty()) fmt::print(stderr, "top entities (mentions):\n");
  for (const auto& [label, mentions] : s.top_entities)
    fmt::print(stderr, "  {:>6}  {}\n", mentions, label);
  for (const auto& path : s.written) fmt::print(stderr, "wrote {}\n", path);
  if (s.stopped_early) fmt::print(stderr, "stopped early: --max-errors reached\n");
}

}  // namespace

int RunBuild(const BuildOptions& o) {
  BuildConfig config;
  config.inputs = o.inputs;
  config.out_dir = o.out_dir;
  config.formats = o.formats;
  config.dicts = o.dicts;
  config.data_dir = o.data_dir;
  config.threads = o.threads;
  config.strict = o.strict;
  config.max_errors = o.max_errors;
  config.on_diagnostic = [&](const Diagnostic& d) {
    if (d.severity == Severity::kSkipped || (o.verbose && !o.quiet))
      fmt::print(stderr, "kgraph: {}\n", d.ToString());
  };
  if (!o.quiet)
    config.on_progress = [](std::size_t articles, std::size_t bytes, double seconds) {
      fmt::print(stderr, "\r{} articles, {:.1f} MB, {:.1f} MB/s   ", articles, bytes / 1e6,
                 seconds > 0 ? bytes / 1e6 / seconds : 0.0);
      if (seconds > 0) fmt::print(stderr, "\n");
    };
  const BuildSummary summary = Build(config);
  if (!o.quiet) PrintSummary(summary, o.verbose);
  if (summary.stopped_early) return 2;
  return (o.strict && summary.read.skipped > 0) ? 1 : 0;
}

}  // namespace kg
