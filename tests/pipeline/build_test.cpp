// End to end: `kgraph build samples` through the library, read back with Boost's
// own GraphML reader, evidence checked against the sample files' bytes.
#include "pipeline/build.h"

#include <gtest/gtest.h>

#include "export/graphml_writer.h"
#include "extract/extract.h"
#include "graph/knowledge_graph.h"
#include "pipeline/mentions_writer.h"
#include "pipeline/resolve.h"

#include "common/error.h"
#include "tests/common/file_size_limit.h"
#include <rapidjson/document.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace kg {
namespace {

namespace fs = std::filesystem;

struct V {
  std::string label, type, iso, aliases;
  int mentions = 0, articles = 0;
};
struct E {
  std::string relation, label, role, articles, evidence;
  double weight = 0;
};
using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, V, E>;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path TempDir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("kg_build_test_" + name);
  fs::remove_all(dir);
  return dir;
}

BuildSummary BuildInto(const fs::path& out, std::vector<std::string> inputs, unsigned threads,
                       std::vector<std::string> formats = {"graphml", "gexf", "dot"}) {
  BuildConfig config;
  config.inputs = std::move(inputs);
  config.out_dir = out.string();
  config.threads = threads;
  config.formats = std::move(formats);
  config.batch_size = 2;  // several batches even on five articles
  return Build(config);
}

TEST(Build, SamplesGraphReadsBackWithBoostGraphml) {
  const fs::path out = TempDir("readback");
  const BuildSummary summary = BuildInto(out, {"samples"}, 2);
  EXPECT_EQ(summary.read.articles, 5u);
  G g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", get(&V::label, g));
  dp.property("type", get(&V::type, g));
  dp.property("iso", get(&V::iso, g));
  dp.property("aliases", get(&V::aliases, g));
  dp.property("mentions", get(&V::mentions, g));
  dp.property("articles", get(&V::articles, g));
  dp.property("relation", get(&E::relation, g));
  dp.property("label", get(&E::label, g));
  dp.property("role", get(&E::role, g));
  dp.property("weight", get(&E::weight, g));
  dp.property("articles", get(&E::articles, g));
  dp.property("evidence", get(&E::evidence, g));
  std::ifstream in(out / "graph.graphml");
  boost::read_graphml(in, g, dp);
  ASSERT_EQ(num_vertices(g), summary.nodes);
  ASSERT_EQ(num_edges(g), summary.edges);

  std::map<std::string, G::vertex_descriptor> by_label;
  for (auto v : boost::make_iterator_range(vertices(g))) by_label[g[v].label] = v;
  ASSERT_TRUE(by_label.count("Vladimir Putin"));
  ASSERT_TRUE(by_label.count("Russia"));
  ASSERT_TRUE(by_label.count("NATO"));
  EXPECT_EQ(g[by_label["Vladimir Putin"]].type, "person");
  EXPECT_EQ(g[by_label["Russia"]].iso, "RU");
  EXPECT_EQ(g[by_label["NATO"]].type, "alliance");
  EXPECT_EQ(g[by_label["Vladimir Putin"]].articles, 5);
  EXPECT_GT(g[by_label["Vladimir Putin"]].mentions, 20);

  bool found = false;
  for (auto e : boost::make_iterator_range(out_edges(by_label["Vladimir Putin"], g))) {
    if (target(e, g) != by_label["Russia"] || g[e].relation != "official_of") continue;
    found = true;
    EXPECT_EQ(g[e].role, "president");
    EXPECT_EQ(g[e].label, "official of (president)");
    EXPECT_GE(g[e].weight, 2.0);
    rapidjson::Document evidence;
    evidence.Parse(g[e].evidence.c_str());
    ASSERT_TRUE(evidence.IsArray() && !evidence.Empty());
    for (const auto& ev : evidence.GetArray()) {
      const std::string article = ev["article"].GetString();
      const std::string text = Slurp(fs::path("samples") / (article + ".txt"));
      const auto begin = ev["begin"].GetUint64(), end = ev["end"].GetUint64();
      ASSERT_LE(end, text.size());
      EXPECT_EQ(text.substr(begin, end - begin), ev["text"].GetString());
    }
  }
  EXPECT_TRUE(found) << "Vladimir Putin -official_of-> Russia";
  fs::remove_all(out);
}

TEST(Build, OutputIsByteIdenticalWhateverThePathOrderAndThreads) {
  const fs::path a = TempDir("order_a"), b = TempDir("order_b");
  std::vector<std::string> files;
  for (const auto& f : fs::directory_iterator("samples"))
    if (f.path().extension() == ".txt") files.push_back(f.path().string());
  std::sort(files.begin(), files.end());
  // Every format: with two threads JSON is written beside the pass over the others.
  const std::vector<std::string> formats = {"graphml", "json", "gexf", "dot", "mentions"};
  const BuildSummary one = BuildInto(a, files, 1, formats);
  std::reverse(files.begin(), files.end());
  const BuildSummary two = BuildInto(b, files, 2, formats);
  EXPECT_EQ(one.written.size(), 5u);
  EXPECT_EQ(two.written.size(), 5u);
  for (const char* name : {"graph.graphml", "graph.gexf", "graph.dot", "graph.json"}) {
    EXPECT_EQ(Slurp(a / name), Slurp(b / name)) << name;
    EXPECT_GT(Slurp(a / name).size(), 1000u) << name;
  }
  EXPECT_FALSE(Slurp(a / "mentions.jsonl").empty());  // by article, in input order
  fs::remove_all(a);
  fs::remove_all(b);
}

// A batch ends at batch_size articles or at about batch_bytes of text, whichever comes
// first; where batches end never changes the graph.
TEST(Build, BatchBoundsInBytesDoNotChangeTheOutput) {
  const fs::path a = TempDir("bytes_a"), b = TempDir("bytes_b");
  BuildConfig config;
  config.inputs = {"samples"};
  config.out_dir = a.string();
  config.threads = 2;
  Build(config);
  config.out_dir = b.string();
  config.batch_bytes = 1;  // every article a batch of its own
  Build(config);
  for (const char* name : {"graph.graphml", "graph.gexf", "graph.dot"})
    EXPECT_EQ(Slurp(a / name), Slurp(b / name)) << name;
  fs::remove_all(a);
  fs::remove_all(b);
}

// Sentences with people, countries, partial names, pronouns and typed relations, each
// line different (a repeated line would be skipped as boilerplate): about `bytes` long.
std::string LongArticle(std::size_t bytes) {
  const char* people[] = {"Vladimir Putin", "Emmanuel Macron", "Xi Jinping", "Olaf Scholz",
                          "Recep Tayyip Erdogan", "Narendra Modi"};
  const char* countries[] = {"Russia", "France", "China", "Germany", "Turkey", "India",
                             "Brazil", "Japan", "NATO", "the European Union"};
  const char* verbs[] = {"met", "criticized", "praised", "condemned", "spoke with"};
  std::string text;
  for (std::size_t i = 0; text.size() < bytes; ++i) {
    const std::string who = people[i % 6], other = people[(i / 6 + i + 1) % 6];
    const std::string where = countries[i % 10], there = countries[(i * 7 + 3) % 10];
    text += "On day " + std::to_string(i) + ", " + who + " " + verbs[i % 5] + " " + other +
            " in " + where + ". ";
    text += who.substr(who.rfind(' ') + 1) + " said " + there + " and " + where +
            " would talk again after round " + std::to_string(i * 3 + 1) + ". ";
    text += "He added that " + there + " had not answered.\n";
  }
  return text;
}

// An article longer than a resolution window is extracted and merged window by window
// (its whole extraction is never held): the graph and the mentions are those of the
// whole article's extraction merged at once.
TEST(Build, ALongArticleMergedWindowByWindowGivesTheWholeArticlesGraph) {
  const fs::path in = TempDir("long_in"), out = TempDir("long_out");
  fs::create_directories(in);
  Article article;
  article.id = "long";
  article.text = LongArticle(1300 * 1024);  // three windows
  std::ofstream(in / "long.txt", std::ios::binary) << article.text;
  BuildConfig config;
  config.inputs = {in.string()};
  config.out_dir = out.string();
  config.threads = 2;
  config.formats = {"graphml", "mentions"};
  const BuildSummary summary = Build(config);

  const Resources resources = Resources::Load({DefaultDataDir(), {}, 1});
  std::size_t parts = 0;
  ExtractInParts(article, resources, {}, [&](ArticleExtraction&&) { ++parts; });
  EXPECT_EQ(parts, 3u);
  const ArticleExtraction whole = Extract(article, resources, {});
  EXPECT_EQ(summary.sentences, whole.stats.sentences);
  KnowledgeGraph graph;
  graph.Add(whole);
  ResolveAcrossArticles(graph);
  EXPECT_EQ(summary.nodes, graph.node_count());
  EXPECT_EQ(summary.edges, graph.edge_count());
  EXPECT_GT(graph.edge_count(), 20u);
  std::ostringstream graphml, mentions;
  WriteGraphML(graph, graphml);
  WriteMentionsLine(article, whole, mentions);
  EXPECT_EQ(Slurp(out / "graph.graphml"), graphml.str());
  EXPECT_EQ(Slurp(out / "mentions.jsonl"), mentions.str());
  fs::remove_all(in);
  fs::remove_all(out);
}

// --verbose prints these; bench/results.md quotes them.
TEST(Build, TimesEveryStage) {
  std::vector<std::string> files;
  for (const auto& f : fs::directory_iterator("samples"))
    if (f.path().extension() == ".txt") files.push_back(f.path().string());
  const fs::path one = TempDir("stages_1"), two = TempDir("stages_2");
  auto names = [](const BuildSummary& s) {
    std::vector<std::string> out;
    for (const auto& [stage, seconds] : s.stage_seconds) {
      EXPECT_GE(seconds, 0.0) << stage;
      out.push_back(stage);
    }
    return out;
  };
  EXPECT_EQ(names(BuildInto(one, files, 1)),
            (std::vector<std::string>{"load dictionaries", "read input", "extract (not overlapped with merging)",
                                      "merge into graph", "read person names (for resolution)",
                                      "resolve across articles",
                                      "write graphml, gexf, dot"}));
  const BuildSummary parallel = BuildInto(two, files, 2);
  EXPECT_EQ(names(parallel).back(), "write graphml, gexf, dot");  // one pass, both threads
  EXPECT_EQ(parallel.written.size(), 3u);
  for (const auto& path : parallel.written) EXPECT_TRUE(fs::is_regular_file(path)) << path;
  fs::remove_all(one);
  fs::remove_all(two);
}

// Every output of a build is committed together: when one cannot be written whole
// (here the largest, past a file size limit, as on a full disk), the build fails and
// every previous output stays, graph.json and mentions.jsonl as much as the graph files.
TEST(Build, AFailedWriteReplacesNoOutput) {
  const std::vector<std::string> formats = {"graphml", "gexf", "dot", "json", "mentions"};
  const std::vector<std::string> names = {"graph.graphml", "graph.gexf", "graph.dot", "graph.json",
                                          "mentions.jsonl"};
  const fs::path sizes = TempDir("failed_write_sizes");
  BuildInto(sizes, {"samples"}, 1, formats);
  std::uintmax_t largest = 0;
  for (const auto& name : names) largest = std::max(largest, fs::file_size(sizes / name));
  for (unsigned threads : {1u, 2u}) {
    const fs::path out = TempDir("failed_write_" + std::to_string(threads));
    BuildInto(out, {"samples/000_e3929796acbe94ff.txt"}, threads, formats);  // the previous run
    std::map<std::string, std::string> before;
    for (const auto& name : names) before[name] = Slurp(out / name);
    {
      const test_support::FileSizeLimit limit(largest - 1);
      EXPECT_THROW(BuildInto(out, {"samples"}, threads, formats), Error) << threads;
    }
    for (const auto& name : names)  // not EXPECT_EQ: a failure would print whole graphs
      EXPECT_TRUE(Slurp(out / name) == before[name]) << name << " was replaced, " << threads << " thread(s)";
    EXPECT_EQ(std::distance(fs::directory_iterator(out), fs::directory_iterator()), 5)
        << "no temporary file left";
    fs::remove_all(out);
  }
  fs::remove_all(sizes);
}

TEST(Build, RefusesAnUnwritableOutputBeforeAnyWork) {
  BuildConfig config;
  config.inputs = {"samples"};
  config.out_dir = "/proc/kgraph-cannot-write-here";
  EXPECT_THROW(Build(config), Error);
}

}  // namespace
}  // namespace kg
