// The whole `kgraph build` pipeline as one function: read articles (streamed), extract
// in parallel, merge into one KnowledgeGraph in input order, resolve entities across
// articles, write the requested outputs atomically. Memory stays bounded whatever the
// input: batches are bounded in articles and bytes, and an article longer than a
// resolution window is merged window by window (extract/extract.h, ExtractInParts).
//
//   kg::BuildConfig config;
//   config.inputs = {"samples"};
//   config.out_dir = "out";
//   kg::BuildResult r = kg::Build(config);
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "input/reader.h"

namespace kg {

struct BuildConfig {
  std::vector<std::string> inputs;  // files, directories, "-" for JSONL on stdin
  std::string out_dir;              // created if missing; checked before any work
  std::vector<std::string> formats = {"graphml", "gexf", "dot"};  // also "json", "mentions"
  std::vector<std::string> dicts;   // user dictionaries, in order
  std::string data_dir;             // data/ folder; empty: DefaultDataDir()
  unsigned threads = 0;             // extraction threads; 0: hardware concurrency
  bool strict = false;              // skip (not repair) damaged inputs
  std::size_t max_errors = 0;       // stop after this many skipped inputs; 0: never
  std::size_t batch_size = 1024;     // articles extracted in parallel before merging
  // ... and at most about this much article text: a batch's extractions wait in memory
  // until it is merged, so a batch is bounded in bytes too, not only in articles.
  std::size_t batch_bytes = 4 << 20;
  // Progress callback, called every ~0.5 s and at the end; may be empty.
  std::function<void(std::size_t articles, std::size_t bytes, double seconds)> on_progress;
  // Called for every diagnostic as it happens; may be empty.
  std::function<void(const Diagnostic&)> on_diagnostic;
};

struct BuildSummary {
  ReadStats read;
  std::size_t sentences = 0;
  std::size_t boilerplate_lines = 0;
  std::size_t boilerplate_bytes = 0;
  std::size_t truncated_sentences = 0;
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::map<std::string, std::size_t> nodes_by_type;
  std::map<std::string, std::size_t> edges_by_relation;
  std::vector<std::pair<std::string, std::size_t>> top_entities;  // label, mentions
  std::vector<std::string> written;  // output paths
  bool stopped_early = false;        // --max-errors reached
  double seconds = 0;
  // Wall-clock seconds per stage (with --verbose): loading dictionaries, reading and
  // extracting (the part not hidden behind merging), merging articles into the graph,
  // articles longer than a resolution window (extracted and merged window by window on
  // the merging thread, when there are any), cross-article resolution, and writing
  // the outputs (GraphML, GEXF and DOT in one pass on every thread, then JSON).
  std::vector<std::pair<std::string, double>> stage_seconds;
};

// Throws kg::Error for fatal problems (unwritable output, bad dictionary, output
// path equal to an input). Bad articles are diagnostics, not exceptions.
BuildSummary Build(const BuildConfig& config);

}  // namespace kg
