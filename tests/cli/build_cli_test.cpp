// `kgraph build` as a user runs it: exit codes, messages on stderr, what is written.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

struct Outcome {
  int code = -1;
  std::string err;
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class BuildCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg_build_cli_test." + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
  }
  void TearDown() override { fs::remove_all(dir_); }

  Outcome Build(const std::string& args) {
    const fs::path err = dir_ / "stderr";
    const std::string command =
        std::string(KG_BINARY_DIR) + "/cli/kgraph build " + args + " 2>" + err.string();
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(err)};
  }
  fs::path dir_;
};

TEST_F(BuildCli, BuildsTheSamplesAndSaysWhatItWrote) {
  const Outcome r = Build("samples -o " + (dir_ / "out").string());
  EXPECT_EQ(r.code, 0) << r.err;
  for (const char* f : {"graph.graphml", "graph.gexf", "graph.dot"})
    EXPECT_TRUE(fs::exists(dir_ / "out" / f)) << f;
  EXPECT_NE(r.err.find("5 articles"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Vladimir Putin"), std::string::npos) << r.err;  // top entities
}

TEST_F(BuildCli, StrictExitsOneWhenAnInputWasSkippedAndBuildsTheRest) {
  std::ofstream(dir_ / "in" / "good.txt") << "Estonia and Latvia signed the deal.";
  std::ofstream(dir_ / "in" / "bad.jsonl") << "{\"id\": 1, \"text\": \"no string id\"}\n";
  const Outcome r = Build((dir_ / "in").string() + " --strict -q -o " + (dir_ / "out").string());
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("bad.jsonl:1"), std::string::npos) << r.err;  // file and line
  EXPECT_NE(Slurp(dir_ / "out" / "graph.graphml").find("country:EE"), std::string::npos);
}

TEST_F(BuildCli, AnUnwritableOutputIsAFatalErrorBeforeAnyWork) {
  std::ofstream(dir_ / "file") << "x";
  const Outcome r = Build("samples -q -o " + (dir_ / "file" / "out").string());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("file/out"), std::string::npos) << r.err;
}

TEST_F(BuildCli, RefusesToOverwriteAnInput) {
  fs::create_directories(dir_ / "out");
  std::ofstream(dir_ / "out" / "graph.dot") << "digraph {}";
  const Outcome r = Build((dir_ / "out" / "graph.dot").string() + " -q -o " + (dir_ / "out").string());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("refusing to overwrite an input"), std::string::npos) << r.err;
  EXPECT_EQ(Slurp(dir_ / "out" / "graph.dot"), "digraph {}");
}

TEST_F(BuildCli, UnknownFormatIsAUsageError) {
  const Outcome r = Build("samples -q -f pdf -o " + (dir_ / "out").string());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("pdf"), std::string::npos) << r.err;
}

}  // namespace
