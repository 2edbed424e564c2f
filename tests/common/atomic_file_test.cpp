#include "common/atomic_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "common/error.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class AtomicFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg_atomic_file_test." + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::size_t FilesIn() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
  }
  fs::path dir_;
};

TEST_F(AtomicFileTest, ReplacesTheTargetOnlyWhenCommitted) {
  const fs::path target = dir_ / "graph.graphml";
  std::ofstream(target) << "old";
  WriteFileAtomically(target.string(), [](std::ostream& o) { o << "new"; });
  EXPECT_EQ(Slurp(target), "new");
  EXPECT_EQ(FilesIn(), 1u);  // no temporary file left behind
}

TEST_F(AtomicFileTest, AFailingWriterLeavesThePreviousOutputIntact) {
  const fs::path target = dir_ / "graph.graphml";
  std::ofstream(target) << "previous graph";
  EXPECT_THROW(WriteFileAtomically(target.string(),
                                   [](std::ostream& o) {
                                     o << "half a graph";
                                     throw std::runtime_error("interrupted");
                                   }),
               std::runtime_error);
  EXPECT_EQ(Slurp(target), "previous graph");
  EXPECT_EQ(FilesIn(), 1u);
}

TEST_F(AtomicFileTest, AnUncommittedStreamIsDropped) {
  const fs::path target = dir_ / "mentions.jsonl";
  {
    AtomicFile file(target.string());
    file.stream() << "{}\n";
  }  // destroyed without Commit, as when a run fails halfway
  EXPECT_FALSE(fs::exists(target));
  EXPECT_EQ(FilesIn(), 0u);
}

TEST_F(AtomicFileTest, AMissingDirectoryIsAnErrorNamingThePath) {
  const std::string target = (dir_ / "no" / "such" / "graph.dot").string();
  try {
    WriteFileAtomically(target, [](std::ostream& o) { o << "x"; });
    FAIL() << "expected kg::Error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(target), std::string::npos);
  }
}

}  // namespace
}  // namespace kg
