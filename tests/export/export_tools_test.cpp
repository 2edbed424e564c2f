// The exported files, opened by the tools people use on them: xmllint, networkx,
// igraph, Graphviz dot and sfdp. Each test is skipped, with a message, only where its
// tool is absent (scripts/setup installs them all). Python checks run with Debian's
// /usr/bin/python3, where python3-networkx and python3-igraph are installed, whatever
// `python3` is first on PATH.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"
#include "tests/export/golden.h"
#include "tests/export/small_graph.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

constexpr const char* kPython = "/usr/bin/python3";

// Runs `command` with sh; true when it exits 0.
bool Succeeds(const std::string& command) { return std::system(command.c_str()) == 0; }

bool HaveCommand(const std::string& name) {
  return Succeeds("command -v " + name + " >/dev/null 2>&1");
}

bool HavePythonModule(const std::string& module) {
  return fs::exists(kPython) &&
         Succeeds(std::string(kPython) +
                  " -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec(\"" + module +
                  "\") is None)' >/dev/null 2>&1");
}

std::string Quoted(const fs::path& path) { return "'" + path.string() + "'"; }

class ExportTools : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("kg_export_tools_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    const KnowledgeGraph graph = testing::SmallGraph();
    Write("graph.graphml", [&](std::ostream& o) { WriteGraphML(graph, o); });
    Write("graph.gexf", [&](std::ostream& o) { WriteGexf(graph, o); });
    Write("graph.dot", [&](std::ostream& o) { WriteDot(graph, o); });
    Write("graph.json", [&](std::ostream& o) { WriteJson(graph, o); });
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::function<void(std::ostream&)>& write) {
    std::ofstream out(dir_ / name, std::ios::binary);
    write(out);
    ASSERT_TRUE(out.good()) << name;
  }

  // Runs `command` with stdout and stderr sent to files; returns the exit status and
  // leaves what was printed in out_ and err_.
  int Run(const std::string& command) {
    const int status = std::system(
        (command + " >" + Quoted(dir_ / "stdout") + " 2>" + Quoted(dir_ / "stderr")).c_str());
    out_ = testing::ReadFile((dir_ / "stdout").string());
    err_ = testing::ReadFile((dir_ / "stderr").string());
    return status;
  }

  void CheckWithPython(const std::string& mode, const std::string& file) {
    EXPECT_EQ(Run(std::string(kPython) + " tests/export/check_outputs.py " + mode + " " +
                  Quoted(dir_ / file) + " " + Quoted(dir_ / "graph.json")),
              0)
        << out_ << err_;
  }

  // Renders graph.dot with `layout`; Graphviz must not say a word on stderr.
  void Render(const std::string& layout) {
    EXPECT_EQ(Run(layout + " -Tsvg " + Quoted(dir_ / "graph.dot")), 0) << err_;
    EXPECT_EQ(err_, "");
    EXPECT_NE(out_.find("<svg"), std::string::npos);
    EXPECT_NE(out_.find("Сергей Лавров"), std::string::npos);
    EXPECT_NE(out_.find("C:\\Temp\\"), std::string::npos);  // trailing backslash shown
    EXPECT_NE(out_.find("AT&amp;T &lt;&quot;Alliance&quot;&gt;"), std::string::npos) << out_;
  }

  fs::path dir_;
  std::string out_, err_;
};

TEST_F(ExportTools, XmllintFindsGraphMLAndGexfWellFormed) {
  if (!HaveCommand("xmllint")) GTEST_SKIP() << "xmllint not installed (apt install libxml2-utils)";
  for (const char* file : {"graph.graphml", "graph.gexf"}) {
    EXPECT_EQ(Run("xmllint --noout " + Quoted(dir_ / file)), 0) << file << ": " << err_;
    EXPECT_EQ(err_, "") << file;
  }
}

TEST_F(ExportTools, NetworkxReadsGraphMLWithEveryAttribute) {
  if (!HavePythonModule("networkx")) GTEST_SKIP() << "networkx not installed for /usr/bin/python3";
  CheckWithPython("networkx-graphml", "graph.graphml");
}

TEST_F(ExportTools, IgraphReadsGraphMLWithEveryAttribute) {
  if (!HavePythonModule("igraph")) GTEST_SKIP() << "igraph not installed for /usr/bin/python3";
  CheckWithPython("igraph-graphml", "graph.graphml");
}

TEST_F(ExportTools, NetworkxReadsGexfWithEveryAttribute) {
  if (!HavePythonModule("networkx")) GTEST_SKIP() << "networkx not installed for /usr/bin/python3";
  CheckWithPython("networkx-gexf", "graph.gexf");
}

TEST_F(ExportTools, DotRendersWithoutWarnings) {
  if (!HaveCommand("dot")) GTEST_SKIP() << "Graphviz dot not installed (apt install graphviz)";
  Render("dot");
}

TEST_F(ExportTools, SfdpRendersWithoutWarnings) {
  if (!HaveCommand("sfdp")) GTEST_SKIP() << "Graphviz sfdp not installed (apt install graphviz)";
  Render("sfdp");
}

// 90 nodes, 300 edges of every relation, some parallel: too big for splines (see
// dot_writer.cpp), so sfdp must still be quick and quiet.
KnowledgeGraph BigGraph() {
  KnowledgeGraph graph;
  const EntityType types[] = {EntityType::kPerson, EntityType::kCountry, EntityType::kAlliance};
  for (int i = 0; i < 90; ++i)
    graph.AddNode({"n" + std::to_string(i),
                   "Entity " + std::to_string(i),
                   types[i % 3],
                   "",
                   {},
                   {},
                   static_cast<std::size_t>(i)});
  for (int i = 0; i < 300; ++i) {
    const auto relation = static_cast<RelationType>(i % kRelationTypeCount);
    const std::size_t source = i % 90, target = (i * 7 + 1) % 90;
    if (source == target) continue;
    graph.AddEdge(source, relation, target, {relation, {"role"}, double(i % 5 + 1), {}, {}});
  }
  return graph;
}

TEST_F(ExportTools, SfdpRendersABigGraphQuicklyWithoutWarnings) {
  if (!HaveCommand("sfdp")) GTEST_SKIP() << "Graphviz sfdp not installed (apt install graphviz)";
  const KnowledgeGraph graph = BigGraph();
  ASSERT_GT(graph.edge_count(), 150u);
  Write("big.dot", [&](std::ostream& o) { WriteDot(graph, o); });
  EXPECT_EQ(Run("timeout 20 sfdp -Tsvg " + Quoted(dir_ / "big.dot")), 0) << err_;
  EXPECT_EQ(err_, "");
}

}  // namespace
}  // namespace kg
