#include "pipeline/build.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/threads.h"
#include "export/formats.h"
#include "export/json_writer.h"
#include "extract/extract.h"
#include "graph/knowledge_graph.h"
#include "pipeline/mentions_writer.h"
#include "pipeline/resolve.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

// Fails before any work when the output directory cannot be created or written, or
// when it would overwrite an input.
void CheckOutputDir(const BuildConfig& config) {
  std::error_code ec;
  fs::create_directories(config.out_dir, ec);
  if (ec || !fs::is_directory(config.out_dir))
    throw Error(config.out_dir, "cannot create output directory: " + ec.message());
  const fs::path probe = fs::path(config.out_dir) / ".kgraph-write-test";
  {
    std::ofstream out(probe);
    if (!out) throw Error(config.out_dir, "output directory is not writable");
  }
  fs::remove(probe, ec);
  for (const auto& input : config.inputs) {
    if (input == "-") continue;
    for (const auto& format : config.formats) {
      const fs::path out = fs::path(config.out_dir) / ("graph." + format);
      if (fs::exists(input) && fs::exists(out) && fs::equivalent(input, out))
        throw Error(input, "refusing to overwrite an input with an output");
    }
  }
}

// The helper threads of a build, alive from the first batch to the last: a thread
// keeps its allocator heap and its ICU objects (sentence iterator, transliterator)
// warm, where a thread per batch started each one cold.
class Helpers {
 public:
  explicit Helpers(unsigned n) {
    for (unsigned t = 0; t < n; ++t) threads_.emplace_back([this] { Loop(); });
  }
  ~Helpers() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    start_.notify_all();
    for (auto& t : threads_) t.join();
  }
  Helpers(const Helpers&) = delete;
  Helpers& operator=(const Helpers&) = delete;

  std::size_t size() const { return threads_.size(); }

  // Runs `job` once on every helper and returns at once; Wait() blocks until all have
  // returned from it. One job at a time: Wait() before the next Start().
  void Start(std::function<void()> job) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      job_ = std::move(job);
      ++generation_;
      running_ = threads_.size();
    }
    start_.notify_all();
  }
  void Wait() {
    std::unique_lock<std::mutex> lock(mutex_);
    done_.wait(lock, [this] { return running_ == 0; });
  }

 private:
  void Loop() {
    std::uint64_t seen = 0;
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        start_.wait(lock, [&] { return stop_ || generation_ != seen; });
        if (stop_) return;
        seen = generation_;
        job = job_;
      }
      job();
      std::lock_guard<std::mutex> lock(mutex_);
      if (--running_ == 0) done_.notify_all();
    }
  }

  std::vector<std::thread> threads_;
  std::mutex mutex_;
  std::condition_variable start_, done_;
  std::function<void()> job_;
  std::uint64_t generation_ = 0;
  std::size_t running_ = 0;
  bool stop_ = false;
};

// Destroys what a build no longer needs on a thread of its own while the build goes on
// (the lexicon takes ~7 ms to free, the corpus's graph ~10 ms: with two threads these
// overlap resolution and the file system's work of committing the outputs), or at
// once when the build has one thread. The threads are joined when it goes.
class Discard {
 public:
  explicit Discard(bool background) : background_(background) {}

  template <typename T>
  void operator()(T& object) {
    T dead = std::move(object);
    if (!background_) return;  // freed here
    try {
      threads_.emplace_back([dead = std::move(dead)]() mutable { T gone = std::move(dead); });
    } catch (const std::system_error&) {
      // No thread to spare: freed here after all.
    }
  }

 private:
  bool background_;
  std::vector<std::jthread> threads_;
};

// One batch being extracted. The helpers start on it at once; the calling thread
// joins in with Finish() when it is done merging the previous batch, taking articles
// from the same counter. So N threads means N busy threads: the merge runs in one of
// them, never beside them. Results keep the batch's order.
class BatchExtraction {
 public:
  BatchExtraction(std::vector<Article> articles, const Resources& resources,
                  const ExtractOptions& options, Helpers* helpers)
      : articles_(std::move(articles)), resources_(resources), options_(options),
        out_(articles_.size()), errors_(articles_.size()), helpers_(helpers) {
    if (helpers_ && helpers_->size() > 0 && !articles_.empty()) helpers_->Start([this] { Work(); });
    else helpers_ = nullptr;
  }
  ~BatchExtraction() {
    next_ = articles_.size();  // an abandoned batch: helpers stop after their article
    if (helpers_) helpers_->Wait();
  }
  BatchExtraction(const BatchExtraction&) = delete;
  BatchExtraction& operator=(const BatchExtraction&) = delete;

  const std::vector<Article>& articles() const { return articles_; }

  // Extracts what is left on this thread, waits for the helpers, and rethrows the
  // first failure, if any.
  std::vector<ArticleExtraction> Finish() {
    Work();
    if (helpers_) helpers_->Wait();
    helpers_ = nullptr;
    for (const auto& e : errors_)
      if (e) std::rethrow_exception(e);
    return std::move(out_);
  }

 private:
  void Work() {
    for (std::size_t i; (i = next_.fetch_add(1)) < articles_.size();) {
      if (SpansWindows(articles_[i])) continue;  // extracted part by part while merging
      try {
        out_[i] = Extract(articles_[i], resources_, options_);
      } catch (...) {
        errors_[i] = std::current_exception();
      }
    }
  }

  std::vector<Article> articles_;
  const Resources& resources_;
  const ExtractOptions& options_;
  std::vector<ArticleExtraction> out_;
  std::vector<std::exception_ptr> errors_;
  std::atomic<std::size_t> next_{0};
  Helpers* helpers_;  // null once finished, or when there are none
};

void Summarise(const KnowledgeGraph& graph, BuildSummary& summary) {
  summary.nodes = graph.node_count();
  summary.edges = graph.edge_count();
  // Counts need no order, and the ten most mentioned (ties by id) no full sort: the
  // sorted Nodes() and Edges() are for writers.
  std::vector<KnowledgeGraph::NodeId> nodes(graph.node_count());
  for (KnowledgeGraph::NodeId n = 0; n < nodes.size(); ++n) {
    nodes[n] = n;
    ++summary.nodes_by_type[std::string(ToString(graph.node(n).type))];
  }
  for (KnowledgeGraph::EdgeId e = 0; e < graph.edge_count(); ++e)
    ++summary.edges_by_relation[std::string(ToString(graph.edge(e).relation))];
  const auto top = nodes.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(10, nodes.size()));
  std::partial_sort(nodes.begin(), top, nodes.end(), [&](auto a, auto b) {
    const EntityNode &x = graph.node(a), &y = graph.node(b);
    return x.mentions != y.mentions ? x.mentions > y.mentions : x.id < y.id;
  });
  for (auto it = nodes.begin(); it != top; ++it)
    summary.top_entities.emplace_back(graph.node(*it).label, graph.node(*it).mentions);
}

bool Wants(const BuildConfig& config, std::string_view format) {
  return std::find(config.formats.begin(), config.formats.end(), format) != config.formats.end();
}

void CheckFormats(const BuildConfig& config) {
  static constexpr std::string_view kKnown[] = {"graphml", "gexf", "dot", "json", "mentions"};
  for (const auto& f : config.formats)
    if (std::find(std::begin(kKnown), std::end(kKnown), f) == std::end(kKnown))
      throw Error("--format", "unknown output format '" + f + "' (graphml, gexf, dot, json, mentions)");
}

// Measures the wall time of stages, in the order they first run.
class StageClock {
 public:
  explicit StageClock(BuildSummary& summary) : summary_(summary) {}
  template <typename Fn>
  decltype(auto) Time(std::string_view stage, Fn&& fn) {
    const auto start = std::chrono::steady_clock::now();
    struct Add {
      StageClock& clock;
      std::string_view stage;
      std::chrono::steady_clock::time_point start;
      ~Add() {
        clock.Record(stage, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
      }
    } add{*this, stage, start};
    return fn();
  }

 private:
  void Record(std::string_view stage, double seconds) {
    for (auto& [name, total] : summary_.stage_seconds)
      if (name == stage) {
        total += seconds;
        return;
      }
    summary_.stage_seconds.emplace_back(stage, seconds);
  }
  BuildSummary& summary_;
};

// Writes every requested format: GraphML, GEXF and DOT in one pass over the graph
// (export/formats.h: its scattered edges are fetched once, not once per format), on
// every thread; JSON beside that pass on a thread of its own, or after it on one
// thread. Then every output, `mentions` (streamed while reading) too, is committed
// together (CommitAll): a write that fails replaces none of them.
void WriteOutputs(KnowledgeGraph& graph, const BuildConfig& config, BuildSummary& summary,
                  StageClock& clock, unsigned threads, Discard& discard, AtomicFile* mentions) {
  std::vector<std::unique_ptr<AtomicFile>> files;
  std::vector<FormatStream> streams;
  std::unique_ptr<AtomicFile> json;
  std::string stage;
  for (const auto& format : config.formats) {
    if (format == "mentions") continue;  // streamed while reading
    const std::string path = (fs::path(config.out_dir) / ("graph." + format)).string();
    summary.written.push_back(path);
    if (format == "json") {
      json = std::make_unique<AtomicFile>(path);
      continue;
    }
    const auto graph_format = ParseGraphFormat(format);
    if (!graph_format) throw Error("--format", "unknown output format '" + format + "'");
    files.push_back(std::make_unique<AtomicFile>(path));
    streams.push_back({*graph_format, &files.back()->stream()});
    stage += (stage.empty() ? "write " : ", ") + format;
  }
  auto write_json = [&] { WriteJson(graph, json->stream()); };
  // JSON has a writer of its own (RapidJSON's, one document start to end): with threads
  // to spare it is written beside the pass over the other formats, not after it.
  const bool json_beside = json && !streams.empty() && threads > 1;
  if (json_beside) stage += ", json";
  if (!streams.empty())
    clock.Time(stage, [&] {
      std::optional<Beside> json_writer;  // joined on the way out, whatever happens
      if (json_beside) json_writer.emplace(write_json);
      WriteFormats(graph, streams, threads);
      if (json_writer) json_writer->Join();
    });
  if (json && !json_beside) clock.Time("write json", write_json);
  // The graph is written: it goes while the files are synced and renamed into place.
  discard(graph);
  std::vector<AtomicFile*> to_commit;
  for (auto& file : files) to_commit.push_back(file.get());
  if (json) to_commit.push_back(json.get());
  if (mentions) to_commit.push_back(mentions);
  // Counted with the writing that made the files.
  const std::string_view commit_stage = !stage.empty() ? std::string_view(stage)
                                        : json         ? "write json"
                                                       : "write mentions";
  if (!to_commit.empty()) clock.Time(commit_stage, [&] { CommitAll(to_commit, threads); });
}

}  // namespace

BuildSummary Build(const BuildConfig& config) {
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  CheckFormats(config);
  CheckOutputDir(config);
  BuildSummary summary;
  StageClock clock(summary);
  const unsigned threads =
      config.threads ? config.threads : std::max(1u, std::thread::hardware_concurrency());
  Discard discard(threads > 1);
  Resources resources = clock.Time("load dictionaries", [&] {
    return Resources::Load(
        {config.data_dir.empty() ? DefaultDataDir() : config.data_dir, config.dicts, threads});
  });

  ReadOptions read_options;
  read_options.strict = config.strict;
  read_options.on_diagnostic = config.on_diagnostic;
  ArticleReader reader(config.inputs, read_options);
  std::unique_ptr<AtomicFile> mentions;
  if (Wants(config, "mentions"))
    mentions = std::make_unique<AtomicFile>((fs::path(config.out_dir) / "mentions.jsonl").string());
  KnowledgeGraph graph;
  CrossArticleResolver resolver;
  const ExtractOptions extract_options;
  double last_progress = 0;
  // Start extracting a batch on threads - 1 helpers while this thread reads the next
  // one and merges the previous one into the graph, then helps finish it. With
  // --threads 1 there are no helpers: everything runs on this thread, so a one-thread
  // figure means one core.
  auto read_batch = [&] {
    std::vector<Article> batch;
    std::size_t bytes = 0;
    const bool over = config.max_errors && reader.stats().skipped >= config.max_errors;
    while (!over && batch.size() < std::max<std::size_t>(1, config.batch_size) &&
           (batch.empty() || bytes < config.batch_bytes)) {
      auto article = reader.Next();
      if (!article) break;
      bytes += article->text.size();
      batch.push_back(std::move(*article));
    }
    return batch;
  };
  Helpers helpers(threads - 1);
  auto start_batch = [&](std::vector<Article> batch) {
    return std::make_unique<BatchExtraction>(std::move(batch), resources, extract_options, &helpers);
  };
  auto merge = [&](const ArticleExtraction& x) {
    graph.Add(x);
    summary.sentences += x.stats.sentences;
    summary.boilerplate_lines += x.stats.boilerplate_lines;
    summary.boilerplate_bytes += x.stats.boilerplate_bytes;
    summary.truncated_sentences += x.stats.truncated_sentences;
  };
  auto current = start_batch(clock.Time("read input", read_batch));
  std::vector<Article> next = clock.Time("read input", read_batch);
  while (!current->articles().empty()) {
    const std::vector<ArticleExtraction> extractions =
        clock.Time("extract (not overlapped with merging)", [&] { return current->Finish(); });
    auto done = std::move(current);
    current = start_batch(std::move(next));
    next = clock.Time("read input", read_batch);
    for (std::size_t i = 0; i < done->articles().size(); ++i) {
      const Article& article = done->articles()[i];
      if (!SpansWindows(article)) {
        clock.Time("merge into graph", [&] {
          const ArticleExtraction& x = extractions[i];
          if (mentions) WriteMentionsLine(article, x, mentions->stream());
          merge(x);
        });
        continue;
      }
      // A long article's extraction would be held whole until merged (a list of names
      // is ~20 times its text): each window is merged as soon as it is extracted.
      clock.Time("extract and merge long articles, window by window", [&] {
        std::optional<MentionsLine> line;
        if (mentions) line.emplace(article, mentions->stream());
        ExtractInParts(article, resources, extract_options, [&](ArticleExtraction&& part) {
          if (line) line->Add(part);
          merge(part);
        });
        if (line) line->Finish();
      });
    }
    // The new people's names are split, spelled and compared with their blocks now,
    // while the helpers extract the next batch, not all at the end where nothing runs
    // beside resolution.
    clock.Time("read person names (for resolution)", [&] { resolver.ReadNewNodes(graph); });
    if (config.on_progress && elapsed() - last_progress > 0.5) {
      last_progress = elapsed();
      config.on_progress(reader.stats().articles, reader.stats().bytes, last_progress);
    }
  }
  current.reset();
  discard(resources);  // every article is extracted
  summary.stopped_early = config.max_errors && reader.stats().skipped >= config.max_errors;
  clock.Time("resolve across articles", [&] { resolver.Resolve(graph); });
  summary.read = reader.stats();
  Summarise(graph, summary);
  WriteOutputs(graph, config, summary, clock, threads, discard, mentions.get());
  if (mentions) summary.written.push_back((fs::path(config.out_dir) / "mentions.jsonl").string());
  summary.seconds = elapsed();
  if (config.on_progress) config.on_progress(summary.read.articles, summary.read.bytes, summary.seconds);
  return summary;
}

}  // namespace kg
