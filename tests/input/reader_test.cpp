#include "input/reader.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unicode/ustring.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace kg {
namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;

const std::string kBad = "tests/data/bad/";
const std::string kSentence =
    "Emmanuel Macron met Olaf Scholz in Berlin on Monday to discuss NATO and Ukraine.\n";

// Independent check (ICU, not our decoder): the text is well-formed UTF-8.
bool ValidUtf8(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t len = 0;
  u_strFromUTF8(nullptr, 0, &len, s.data(), static_cast<int32_t>(s.size()), &status);
  return s.empty() || status == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(status);
}

char Letter(Severity s) {
  return s == Severity::kSkipped ? 'k' : s == Severity::kRepaired ? 'r' : 'n';
}

// "k:reason:line@offset" per diagnostic: severity, reason, JSONL line, byte offset.
Strings Problems(const ArticleReader& r) {
  Strings out;
  for (const auto& d : r.diagnostics())
    out.push_back(std::string(1, Letter(d.severity)) + ":" + d.reason + ":" +
                  std::to_string(d.line) + "@" + std::to_string(d.offset));
  return out;
}

struct Read {
  std::vector<Article> articles;
  Strings problems;
  ReadStats stats;
};

Read ReadAll(const Strings& paths, ReadOptions options = {}) {
  ArticleReader reader(paths, std::move(options));
  Read out;
  while (auto a = reader.Next()) {
    EXPECT_TRUE(ValidUtf8(a->text)) << a->id;
    out.articles.push_back(std::move(*a));
  }
  EXPECT_FALSE(reader.Next());
  out.problems = Problems(reader);
  out.stats = reader.stats();
  return out;
}

Strings Ids(const Read& r) {
  Strings ids;
  for (const auto& a : r.articles) ids.push_back(a.id);
  return ids;
}

// One file of tests/data/bad per case: what comes out, and the exact diagnostics.
TEST(ArticleReader, EachBadFile) {
  const struct {
    std::string file;
    Strings ids;
    std::string text;  // of the first article, when there is one
    Strings problems;
  } cases[] = {
      {"invalid_utf8.txt",
       {"invalid_utf8"},
       kSentence +
           "Z\xC3\xBCrich \xE2\x80\x94 bad bytes: \xEF\xBF\xBD here and \xEF\xBF\xBD( there.\n",
       {"r:invalid-utf8:0@104"}},
      {"truncated_utf8.txt",
       {"truncated_utf8"},
       kSentence + "Z\xC3\xBCrich \xEF\xBF\xBD",
       {"r:invalid-utf8:0@89"}},
      {"utf8_bom.txt", {"utf8_bom"}, kSentence, {"n:utf8-bom:0@0"}},
      {"utf16le.txt", {"utf16le"}, "Z\xC3\xBCrich: " + kSentence, {"n:utf16:0@0"}},
      {"utf16be.txt", {"utf16be"}, "Z\xC3\xBCrich: " + kSentence, {"n:utf16:0@0"}},
      {"utf16le_lone_surrogate.txt",
       {"utf16le_lone_surrogate"},
       "Paris \xEF\xBF\xBD Rome",
       {"n:utf16:0@0", "r:invalid-utf16:0@14"}},
      {"latin1.txt",
       {"latin1"},
       "Der Pr\xC3\xA4sident traf den Au\xC3\x9F"
       "enminister in M\xC3\xBCnchen. Die "
       "Gespr\xC3\xA4"
       "che \xC3\xBC"
       "ber die Ukraine dauerten l\xC3\xA4nger als geplant.\n",
       {"n:legacy-encoding:0@6"}},
      {"windows1252.txt",
       {"windows1252"},
       "The minister said \xE2\x80\x9Cno\xE2\x80\x9D \xE2\x80\x93 twice \xE2\x80\x93 in "
       "Z\xC3\xBCrich, and the pr\xC3\xA9sident agreed.\n",
       {"n:legacy-encoding:0@18"}},
      {"binary.txt", {}, "", {"k:binary:0@8"}},
      {"control_chars.txt", {}, "", {"k:binary:0@0"}},
      {"empty.txt", {}, "", {"k:empty:0@0"}},
      {"whitespace.txt", {}, "", {"k:empty:0@0"}},
      {"page.html",
       {"page"},
       "Leaders meet\n\nEmmanuel Macron met Olaf Scholz in Berlin \xE2\x80\x94 the talks were "
       "\"open\".\n\nCaf\xC3\xA9 \xC3\xA9\xC3\xA9 &unknown; 3 < 4",
       {"r:html:0@0"}},
      {"page_in_txt.txt",
       {"page_in_txt"},
       "Joe Biden visited Kyiv.\n\nHe met Volodymyr Zelensky.",
       {"r:html:0@0"}},
      {"utf16le.jsonl", {"u16"}, "Z\xC3\xBCrich talks.", {"n:utf16:1@0"}},
      {"empty.jsonl", {}, "", {"k:empty:0@0"}},
      {"binary.jsonl", {}, "", {"k:binary:0@0"}},
      {"malformed.jsonl",
       {"good-1", "good-1#2", "deep", "surrogate", "raw-bad", "bad-title"},
       kSentence.substr(0, kSentence.size() - 1),
       {"k:bad-json:2@43", "k:missing-field:3@0", "k:missing-field:4@0", "k:bad-field:5@0",
        "k:bad-field:6@0", "k:empty:7@0", "r:duplicate-id:8@0", "k:missing-field:10@0",
        "r:invalid-utf8:11@29", "r:invalid-utf8:13@40", "n:bad-field:14@0", "k:bad-json:15@24",
        "k:bad-field:16@8"}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.file);
    const Read r = ReadAll({kBad + c.file});
    EXPECT_EQ(Ids(r), c.ids);
    EXPECT_EQ(r.problems, c.problems);
    if (!r.articles.empty()) {
      EXPECT_EQ(r.articles[0].text, c.text);
      EXPECT_EQ(r.articles[0].origin, kBad + c.file);
    }
  }
}

TEST(ArticleReader, DiagnosticsNameTheFileAndSayWhat) {
  ArticleReader reader({kBad + "malformed.jsonl"}, {});
  while (reader.Next()) {
  }
  const Diagnostic& d = reader.diagnostics().at(0);
  EXPECT_EQ(d.file, kBad + "malformed.jsonl");
  EXPECT_EQ(d.ToString(), kBad +
                              "malformed.jsonl:2: malformed JSON: Missing a comma or '}' after "
                              "an object member.");
}

TEST(ArticleReader, JsonlKeepsMetadataAndLineNumbers) {
  const Read r = ReadAll({kBad + "malformed.jsonl"});
  ASSERT_GE(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "Good");
  EXPECT_EQ(r.articles[0].date, "2024-05-01");
  EXPECT_EQ(r.articles[0].line, 1u);
  EXPECT_EQ(r.articles[1].line, 8u);
  EXPECT_EQ(r.articles[1].text, "Second article with the same id.");
}

TEST(ArticleReader, HtmlTitleBecomesTheArticleTitle) {
  const Read r = ReadAll({kBad + "page.html"});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "Summit & talks");
}

TEST(ArticleReader, StrictSkipsDamageButStillConverts) {
  ReadOptions strict;
  strict.strict = true;
  const Read r = ReadAll({kBad + "invalid_utf8.txt", kBad + "latin1.txt", kBad + "utf16le.txt",
                          kBad + "utf16le_lone_surrogate.txt"},
                         strict);
  EXPECT_EQ(Ids(r), (Strings{"latin1", "utf16le"}));
  EXPECT_EQ(r.problems, (Strings{"k:invalid-utf8:0@104", "n:legacy-encoding:0@6", "n:utf16:0@0",
                                 "n:utf16:0@0", "k:invalid-utf16:0@14"}));

  const Read jsonl = ReadAll({kBad + "malformed.jsonl"}, strict);
  EXPECT_EQ(Ids(jsonl), (Strings{"good-1", "good-1#2", "deep", "bad-title"}));
  EXPECT_EQ(std::count(jsonl.problems.begin(), jsonl.problems.end(), "k:invalid-utf8:11@29"), 1);
  EXPECT_EQ(std::count(jsonl.problems.begin(), jsonl.problems.end(), "k:invalid-utf8:13@40"), 1);
}

TEST(ArticleReader, WholeFolderStatsCountByReason) {
  const Read r = ReadAll({kBad});
  EXPECT_EQ(r.stats.articles, r.articles.size());
  EXPECT_EQ(r.stats.articles, 17u);  // 10 documents, 7 JSONL lines
  std::size_t bytes = 0;
  for (const auto& a : r.articles) bytes += a.text.size();
  EXPECT_EQ(r.stats.bytes, bytes);
  // Skipped: 4 text files, 2 JSONL files, 9 JSONL lines.
  EXPECT_EQ(r.stats.skipped, 15u);
  // Repaired articles: invalid_utf8, truncated_utf8, utf16le_lone_surrogate, page.html,
  // page_in_txt, good-1#2, surrogate, raw-bad.
  EXPECT_EQ(r.stats.repaired, 8u);
  const std::map<std::string, std::size_t> by_reason = {
      {"bad-field", 4},       {"bad-json", 2},      {"binary", 3},        {"duplicate-id", 1},
      {"empty", 4},           {"html", 2},          {"invalid-utf16", 1}, {"invalid-utf8", 4},
      {"legacy-encoding", 2}, {"missing-field", 3}, {"utf16", 4},         {"utf8-bom", 1}};
  EXPECT_EQ(r.stats.by_reason, by_reason);
}

TEST(ArticleReader, SamePathsInAnyOrderGiveTheSameSequence) {
  Strings paths = {kBad + "malformed.jsonl", kBad, "samples", kBad + "page.html",
                   kBad + "utf16le.jsonl"};
  std::sort(paths.begin(), paths.end());
  const Read first = ReadAll(paths);
  ASSERT_GT(first.articles.size(), 20u);
  int permutations = 0;
  do {
    const Read again = ReadAll(paths);
    ASSERT_EQ(Ids(again), Ids(first));
    for (std::size_t i = 0; i < first.articles.size(); ++i) {
      EXPECT_EQ(again.articles[i].text, first.articles[i].text);
      EXPECT_EQ(again.articles[i].origin, first.articles[i].origin);
    }
    EXPECT_EQ(again.problems, first.problems);
    ++permutations;
  } while (std::next_permutation(paths.begin(), paths.end()) && permutations < 24);
}

class ReaderTempDir : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("kg_reader_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  fs::path dir_;
};

TEST_F(ReaderTempDir, DuplicateIdsAcrossFilesAreRenamedInOrder) {
  Write("a/x.txt", "First.");
  Write("b/x.txt", "Second.");
  Write("c.jsonl", R"({"id":"x","text":"Third."})"
                   "\n"
                   R"({"id":"x#2","text":"Fourth."})"
                   "\n");
  const Read r = ReadAll({dir_.string()});
  EXPECT_EQ(Ids(r), (Strings{"x", "x#2", "x#3", "x#2#2"}));
  EXPECT_EQ(r.stats.by_reason.at("duplicate-id"), 3u);
  EXPECT_EQ(r.stats.repaired, 3u);
}

// Peak resident memory of this process so far, in bytes.
std::size_t PeakRss() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<std::size_t>(u.ru_maxrss) * 1024;
}

TEST_F(ReaderTempDir, HugeLineWithoutFullStopStreamsThrough) {
  const std::size_t size = 20 << 20;
  {
    std::ofstream txt(dir_ / "huge.txt", std::ios::binary);
    std::ofstream jsonl(dir_ / "huge.jsonl", std::ios::binary);
    jsonl << R"({"id":"huge-jsonl","text":")";
    const std::string chunk(1 << 20, 'w');
    for (std::size_t i = 0; i < size / chunk.size(); ++i) {
      txt << chunk;
      jsonl << chunk;
    }
    jsonl << "\"}\n";
  }
  const std::size_t before = PeakRss();
  ArticleReader reader({dir_.string()}, {});
  for (const char* id : {"huge-jsonl", "huge"}) {
    auto a = reader.Next();
    ASSERT_TRUE(a);
    EXPECT_EQ(a->id, id);
    EXPECT_EQ(a->text.size(), size);
    EXPECT_EQ(a->text.find_first_not_of('w'), std::string::npos);
  }
  EXPECT_FALSE(reader.Next());
  EXPECT_TRUE(reader.diagnostics().empty());
  // Loose: no more than a few copies of one article alive at once (AddressSanitizer's
  // quarantine keeps freed buffers resident for a while, so it gets more room).
#if defined(__SANITIZE_ADDRESS__)
  constexpr std::size_t kCopies = 8;
#else
  constexpr std::size_t kCopies = 4;
#endif
  EXPECT_LT(PeakRss() - before, kCopies * size);
}

TEST_F(ReaderTempDir, AbsurdTokenIsReturnedWhole) {
  const std::string word(1 << 20, 'x');
  Write("word.txt", "Putin said " + word + " yesterday.");
  const Read r = ReadAll({dir_.string()});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text.size(), word.size() + 22);
}

TEST_F(ReaderTempDir, OversizedFilesAndLinesAreSkippedNotHeld) {
  Write("big.txt", std::string(2000, 'a'));
  Write("lines.jsonl", R"({"id":"small","text":"ok"})"
                       "\n"
                       R"({"id":"big","text":")" +
                           std::string(2000, 'b') +
                           "\"}\n"
                           R"({"id":"after","text":"ok"})");
  ReadOptions options;
  options.max_article_bytes = 1000;
  const Read r = ReadAll({dir_.string()}, options);
  EXPECT_EQ(Ids(r), (Strings{"small", "after"}));
  EXPECT_EQ(r.problems, (Strings{"k:too-large:0@0", "k:too-large:2@0"}));
}

TEST_F(ReaderTempDir, MissingPathsAndLoopsAreReportedAndTheRunGoesOn) {
  Write("ok.txt", "Fine.");
  fs::create_directory_symlink(dir_, dir_ / "loop");
  const Read r = ReadAll({(dir_ / "nope.txt").string(), dir_.string()});
  EXPECT_EQ(Ids(r), (Strings{"ok"}));
  EXPECT_EQ(r.problems, (Strings{"n:symlink-loop:0@0", "k:not-found:0@0"}));
}

TEST_F(ReaderTempDir, SameArticleTwiceIsReadOnce) {
  Write("x.txt", "Same text.");
  Write("all.jsonl", R"({"id":"x","text":"Same text."})"
                     "\n"
                     R"({"id":"y","text":"Other."})");
  ReadOptions strict;
  strict.strict = true;
  const Read r = ReadAll({dir_.string()}, strict);
  EXPECT_EQ(Ids(r), (Strings{"x", "y"}));
  EXPECT_EQ(r.articles[0].origin, (dir_ / "all.jsonl").string());
  EXPECT_EQ(r.problems, (Strings{"n:duplicate-article:0@0"}));
  EXPECT_EQ(r.stats.skipped, 0u);  // nothing lost: --strict does not fail on it
}

TEST_F(ReaderTempDir, FileNameThatIsNotUtf8GivesARepairedId) {
  Write("caf\xE9.txt", "Text.");
  const Read r = ReadAll({dir_.string()});
  EXPECT_EQ(Ids(r), (Strings{"caf\xEF\xBF\xBD"}));
  EXPECT_EQ(r.problems, (Strings{"r:invalid-utf8:0@0"}));
}

TEST_F(ReaderTempDir, UnreadableFileIsSkipped) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads any file; permissions can't be tested";
  const std::string locked = Write("locked.txt", "Secret.");
  Write("open.txt", "Public.");
  fs::permissions(locked, fs::perms::none);
  const Read r = ReadAll({dir_.string()});
  EXPECT_EQ(Ids(r), (Strings{"open"}));
  EXPECT_EQ(r.problems, (Strings{"k:unreadable:0@0"}));
}

TEST(ArticleReader, StdinIsJsonlAndReadLast) {
  std::istringstream fake(R"({"id":"from-stdin","text":"Piped."})"
                          "\n"
                          "not json\n");
  std::streambuf* saved = std::cin.rdbuf(fake.rdbuf());
  const Read r = ReadAll({"-", kBad + "utf8_bom.txt"});
  std::cin.rdbuf(saved);
  EXPECT_EQ(Ids(r), (Strings{"utf8_bom", "from-stdin"}));
  EXPECT_EQ(r.articles[1].origin, "-");
  EXPECT_EQ(r.problems, (Strings{"n:utf8-bom:0@0", "k:bad-json:2@1"}));
}

TEST(ArticleReader, KeptDiagnosticsAreCappedButAllAreCountedAndPassedOn) {
  ReadOptions options;
  options.max_kept_diagnostics = 3;
  std::size_t seen = 0;
  options.on_diagnostic = [&](const Diagnostic&) { ++seen; };
  ArticleReader reader({kBad + "malformed.jsonl"}, options);
  while (reader.Next()) {
  }
  EXPECT_EQ(reader.diagnostics().size(), 3u);
  EXPECT_EQ(seen, 13u);
  EXPECT_EQ(reader.stats().skipped, 9u);
}

}  // namespace
}  // namespace kg
