#include "common/atomic_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <span>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "common/error.h"
#include "tests/common/file_size_limit.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

using test_support::FileSizeLimit;

// The message of the kg::Error CommitAll throws, or "" (a failure) when it throws none.
std::string CommitAllError(std::span<AtomicFile* const> files, unsigned threads) {
  try {
    CommitAll(files, threads);
  } catch (const Error& e) {
    return e.what();
  }
  ADD_FAILURE() << "expected kg::Error";
  return "";
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

// Small and large writes, past the point where writeback starts (every 8 MB).
TEST_F(AtomicFileTest, WritesLargeOutputsByteForByte) {
  const fs::path target = dir_ / "graph.gexf";
  std::string expected;
  WriteFileAtomically(target.string(), [&](std::ostream& o) {
    for (int i = 0; expected.size() < (20u << 20); ++i) {
      const std::string piece = i % 3 ? std::to_string(i) + "," : std::string(300'000 + i, 'a' + i % 26);
      o << piece;
      expected += piece;
      if (i % 7 == 0) o.put('\n'), expected += '\n';
    }
  });
  EXPECT_EQ(fs::file_size(target), expected.size());
  EXPECT_TRUE(Slurp(target) == expected);
  EXPECT_EQ(fs::status(target).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                fs::perms::others_read);
  EXPECT_EQ(FilesIn(), 1u);
}

// A write the file system refuses (here: past the process's file size limit, as a full
// disk would) is an error naming the target, and the previous output stays.
TEST_F(AtomicFileTest, AFailedWriteIsAnErrorAndKeepsThePreviousOutput) {
  const fs::path target = dir_ / "graph.graphml";
  std::ofstream(target) << "previous graph";
  try {
    const FileSizeLimit limit;
    WriteFileAtomically(target.string(), [](std::ostream& o) {
      const std::string chunk(100'000, 'x');
      for (int i = 0; i < 30; ++i) o << chunk;
    });
    FAIL() << "expected kg::Error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(target.string()), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("write failed"), std::string::npos) << e.what();
  }
  EXPECT_EQ(Slurp(target), "previous graph");
  EXPECT_EQ(FilesIn(), 1u);
}

TEST_F(AtomicFileTest, CommitAllPutsEveryFileInPlaceOnAnyNumberOfThreads) {
  for (unsigned threads : {1u, 2u, 3u, 8u}) {
    std::vector<std::unique_ptr<AtomicFile>> files;
    std::vector<AtomicFile*> all;
    for (const char* name : {"graph.graphml", "graph.gexf", "graph.dot"}) {
      std::ofstream(dir_ / name) << "old";
      files.push_back(std::make_unique<AtomicFile>((dir_ / name).string()));
      files.back()->stream() << name << " on " << threads;
      all.push_back(files.back().get());
    }
    CommitAll(all, threads);
    for (const char* name : {"graph.graphml", "graph.gexf", "graph.dot"})
      EXPECT_EQ(Slurp(dir_ / name), std::string(name) + " on " + std::to_string(threads));
    EXPECT_EQ(FilesIn(), 3u);
  }
}

// One file's writing fails (a file size limit): the error names it, and no output is
// replaced, not even those written whole, so the previous graph stays in one piece.
TEST_F(AtomicFileTest, CommitAllReplacesNothingWhenOneFileFails) {
  for (unsigned threads : {1u, 3u}) {
    for (const char* name : {"graph.graphml", "graph.gexf", "graph.dot"})
      std::ofstream(dir_ / name) << "previous";
    {
      std::vector<std::unique_ptr<AtomicFile>> files;
      std::vector<AtomicFile*> all;
      const FileSizeLimit limit;
      for (const char* name : {"graph.graphml", "graph.gexf", "graph.dot"}) {
        files.push_back(std::make_unique<AtomicFile>((dir_ / name).string()));
        all.push_back(files.back().get());
      }
      files[0]->stream() << "new";
      files[1]->stream() << std::string(3 << 20, 'x');  // over the limit
      files[2]->stream() << "new";
      const std::string error = CommitAllError(all, threads);
      EXPECT_NE(error.find((dir_ / "graph.gexf").string()), std::string::npos) << error;
    }  // the temporary files go with their AtomicFiles
    for (const char* name : {"graph.graphml", "graph.gexf", "graph.dot"})
      EXPECT_EQ(Slurp(dir_ / name), "previous") << name;
    EXPECT_EQ(FilesIn(), 3u);
  }
}

// Every file is written whole, but the last rename fails (its target is now a
// directory) after two others succeeded: the file they replaced comes back, the one
// that had no previous version goes, and no temporary file or backup is left.
TEST_F(AtomicFileTest, CommitAllPutsBackWhatEarlierRenamesReplacedWhenALaterOneFails) {
  for (unsigned threads : {1u, 3u}) {
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "graph.gexf");
    std::ofstream(dir_ / "graph.gexf" / "keep") << "in the way";
    std::ofstream(dir_ / "graph.graphml") << "previous";
    {
      std::vector<std::unique_ptr<AtomicFile>> files;
      std::vector<AtomicFile*> all;
      for (const char* name : {"graph.graphml", "graph.dot", "graph.gexf"}) {
        files.push_back(std::make_unique<AtomicFile>((dir_ / name).string()));
        files.back()->stream() << "new " << name;
        all.push_back(files.back().get());
      }
      const std::string error = CommitAllError(all, threads);
      EXPECT_NE(error.find((dir_ / "graph.gexf").string()), std::string::npos) << error;
      EXPECT_NE(error.find("cannot rename"), std::string::npos) << error;
    }
    EXPECT_EQ(Slurp(dir_ / "graph.graphml"), "previous");
    EXPECT_FALSE(fs::exists(dir_ / "graph.dot"));
    EXPECT_EQ(Slurp(dir_ / "graph.gexf" / "keep"), "in the way");
    EXPECT_EQ(FilesIn(), 2u);  // graph.graphml and the directory
  }
}

// Success leaves no backup of the previous outputs behind.
TEST_F(AtomicFileTest, CommitAllLeavesOnlyTheNewFiles) {
  std::ofstream(dir_ / "graph.graphml") << "previous";
  AtomicFile graphml((dir_ / "graph.graphml").string()), dot((dir_ / "graph.dot").string());
  graphml.stream() << "new graphml";
  dot.stream() << "new dot";
  AtomicFile* all[] = {&graphml, &dot};
  CommitAll(all, 1);
  EXPECT_EQ(Slurp(dir_ / "graph.graphml"), "new graphml");
  EXPECT_EQ(Slurp(dir_ / "graph.dot"), "new dot");
  EXPECT_EQ(FilesIn(), 2u);
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
