#include "input/walk.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace kg {
namespace {

namespace fs = std::filesystem;

class WalkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("kg_walk_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "corpus" / "sub");
    for (const char* f : {"b.txt", "a.jsonl", "c.html", "d.HTM", "notes.md", "sub/e.txt"})
      Touch("corpus/" + std::string(f));
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(root_ / "corpus" / "sub", fs::perms::owner_all, ec);
    fs::remove_all(root_, ec);
  }
  void Touch(const std::string& name) { std::ofstream(root_ / name) << "x"; }
  std::string P(const std::string& name) const { return (root_ / name).string(); }

  // Files relative to root_, and diagnostics as "reason:file-relative-to-root".
  std::vector<std::string> Files(const InputFiles& in) const {
    std::vector<std::string> out;
    for (const auto& f : in.files) out.push_back(fs::path(f).lexically_relative(root_).string());
    return out;
  }
  std::vector<std::string> Problems(const InputFiles& in) const {
    std::vector<std::string> out;
    for (const auto& d : in.diagnostics)
      out.push_back(d.reason + ":" + fs::path(d.file).lexically_relative(root_).string());
    return out;
  }

  fs::path root_;
};

using Strings = std::vector<std::string>;

TEST_F(WalkTest, DirectoryIsWalkedForArticleFilesSorted) {
  const InputFiles in = ExpandPaths({P("corpus")});
  EXPECT_EQ(Files(in), (Strings{"corpus/a.jsonl", "corpus/b.txt", "corpus/c.html", "corpus/d.HTM",
                                "corpus/sub/e.txt"}));
  EXPECT_TRUE(in.diagnostics.empty());
  EXPECT_FALSE(in.read_stdin);
}

TEST_F(WalkTest, ExplicitFilesOfAnyExtensionAreRead) {
  const InputFiles in = ExpandPaths({P("corpus/notes.md"), "-"});
  EXPECT_EQ(Files(in), (Strings{"corpus/notes.md"}));
  EXPECT_TRUE(in.read_stdin);
}

TEST_F(WalkTest, OverlappingAndRepeatedPathsGiveEachFileOnce) {
  const InputFiles in = ExpandPaths({P("corpus/sub"), P("corpus"), P("corpus/b.txt"), P("corpus"),
                                     P("corpus/./b.txt"), "-", "-"});
  // b.txt is named twice; it is read once, under the smaller name ('.' < 'a').
  EXPECT_EQ(Files(in), (Strings{"corpus/./b.txt", "corpus/a.jsonl", "corpus/c.html", "corpus/d.HTM",
                                "corpus/sub/e.txt"}));
  EXPECT_TRUE(in.read_stdin);
  EXPECT_TRUE(in.diagnostics.empty());
}

TEST_F(WalkTest, OrderOfPathsDoesNotMatter) {
  fs::create_directory_symlink(root_ / "corpus" / "sub", root_ / "link");
  Strings paths = {P("link"), P("corpus"), P("corpus/sub/e.txt"), P("corpus/b.txt")};
  std::sort(paths.begin(), paths.end());
  const InputFiles first = ExpandPaths(paths);
  do {
    const InputFiles again = ExpandPaths(paths);
    EXPECT_EQ(again.files, first.files);
    EXPECT_EQ(Problems(again), Problems(first));
  } while (std::next_permutation(paths.begin(), paths.end()));
}

TEST_F(WalkTest, SymlinkLoopsAreCutAndReported) {
  fs::create_directory_symlink(root_ / "corpus", root_ / "corpus" / "sub" / "up");
  fs::create_symlink(root_ / "corpus" / "self.txt", root_ / "corpus" / "self.txt");
  const InputFiles in = ExpandPaths({P("corpus")});
  EXPECT_EQ(Files(in), (Strings{"corpus/a.jsonl", "corpus/b.txt", "corpus/c.html", "corpus/d.HTM",
                                "corpus/sub/e.txt"}));
  EXPECT_EQ(Problems(in), (Strings{"symlink-loop:corpus/self.txt", "symlink-loop:corpus/sub/up"}));
  EXPECT_EQ(in.diagnostics.at(0).severity, Severity::kSkipped);
  EXPECT_EQ(in.diagnostics.at(1).severity, Severity::kNote);
}

TEST_F(WalkTest, MissingBrokenAndSpecialPathsAreReported) {
  fs::create_symlink(root_ / "nowhere.txt", root_ / "corpus" / "broken.txt");
  fs::create_symlink(root_ / "nowhere.md", root_ / "corpus" / "broken.md");  // not an article
  ASSERT_EQ(::mkfifo(P("fifo").c_str(), 0600), 0);
  ASSERT_EQ(::mkfifo(P("corpus/fifo.txt").c_str(), 0600), 0);
  const InputFiles in = ExpandPaths({P("corpus"), P("missing.txt"), P("fifo")});
  EXPECT_EQ(Problems(in), (Strings{"not-found:corpus/broken.txt", "not-a-file:corpus/fifo.txt",
                                   "not-a-file:fifo", "not-found:missing.txt"}));
  for (const auto& d : in.diagnostics) EXPECT_EQ(d.severity, Severity::kSkipped);
  EXPECT_EQ(in.files.size(), 5u);
}

TEST_F(WalkTest, UnreadableDirectoryIsReported) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads any directory; permissions can't be tested";
  fs::permissions(root_ / "corpus" / "sub", fs::perms::none);
  const InputFiles in = ExpandPaths({P("corpus")});
  EXPECT_EQ(Problems(in), (Strings{"unreadable:corpus/sub"}));
  EXPECT_EQ(in.files.size(), 4u);
}

TEST(KindOf, ByExtension) {
  EXPECT_EQ(KindOf("a.jsonl"), FileKind::kJsonl);
  EXPECT_EQ(KindOf("a.JSONL"), FileKind::kJsonl);
  EXPECT_EQ(KindOf("a.html"), FileKind::kHtml);
  EXPECT_EQ(KindOf("a.Htm"), FileKind::kHtml);
  EXPECT_EQ(KindOf("a.txt"), FileKind::kText);
  EXPECT_EQ(KindOf("README"), FileKind::kText);
}

}  // namespace
}  // namespace kg
