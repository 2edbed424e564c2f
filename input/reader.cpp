// The reader ties the pieces together: walk.h chooses the files, decode.h makes bytes
// UTF-8, html.h strips pages, lines.h + jsonl.h stream JSONL; here ids are made unique,
// empty articles dropped, and every diagnostic stamped with its file and line and counted.
#include "input/reader.h"

#include <fmt/core.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unordered_map>

#include "input/decode.h"
#include "input/html.h"
#include "input/jsonl.h"
#include "input/lines.h"
#include "input/walk.h"

namespace kg {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kChunkBytes = 1 << 20;
constexpr std::size_t kSniffBytes = 64 * 1024;

Diagnostic Skip(const std::string& file, std::string reason, std::string message,
                std::size_t offset = 0) {
  return {Severity::kSkipped, file, 0, offset, std::move(reason), std::move(message)};
}

std::string OpenError() { return std::strerror(errno); }

bool HasSkip(const std::vector<Diagnostic>& ds) {
  for (const auto& d : ds)
    if (d.severity == Severity::kSkipped) return true;
  return false;
}

// The first `n` bytes of a file (fewer if it is shorter); nullopt when it can't be read.
std::optional<std::string> ReadHead(const std::string& path, std::size_t n) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string head(n, '\0');
  in.read(head.data(), static_cast<std::streamsize>(n));
  if (in.bad()) return std::nullopt;
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

}  // namespace

struct ArticleReader::Impl {
  ReadOptions options;
  std::vector<std::string> files;  // from ExpandPaths
  std::size_t next_file = 0;
  bool read_stdin = false;

  // The JSONL stream being read, if any.
  std::ifstream jsonl_file;
  std::unique_ptr<LineReader> lines;
  std::string jsonl_name;
  bool jsonl_any = false;  // a non-blank line was seen

  std::unordered_map<std::string, std::size_t> ids;      // every id returned -> text hash
  std::unordered_map<std::string, std::size_t> renamed;  // id -> last suffix used
  std::vector<Diagnostic> diagnostics;
  ReadStats stats;

  void Report(Diagnostic d) {
    ++stats.by_reason[d.reason];
    if (d.severity == Severity::kSkipped) ++stats.skipped;
    if (options.on_diagnostic) options.on_diagnostic(d);
    if (diagnostics.size() < options.max_kept_diagnostics) diagnostics.push_back(std::move(d));
  }

  void ReportAll(std::vector<Diagnostic>& ds, const std::string& file, std::size_t line) {
    for (auto& d : ds) {
      d.file = file;
      d.line = line;
      Report(std::move(d));
    }
    ds.clear();
  }

  std::string UniqueId(const std::string& id) {
    std::size_t& n = renamed[id];
    for (n = std::max<std::size_t>(n, 1) + 1;; ++n) {
      std::string candidate = fmt::format("{}#{}", id, n);
      if (!ids.count(candidate)) return candidate;
    }
  }

  // The last checks before an article leaves: not blank, not read before, unique id.
  // Reports `ds`.
  std::optional<Article> Finish(Article a, std::vector<Diagnostic> ds) {
    if (IsBlank(a.text)) {
      ds.push_back(Skip("", "empty", "no text (empty or only white space)"));
      ReportAll(ds, a.origin, a.line);
      return std::nullopt;
    }
    const std::size_t hash = std::hash<std::string>{}(a.text);
    if (const auto seen = ids.find(a.id); seen != ids.end()) {
      if (seen->second == hash) {  // e.g. samples/x.txt and samples/articles.jsonl
        ds.push_back({Severity::kNote, "", 0, 0, "duplicate-article",
                      fmt::format("article \"{}\" already read (same id and text)", a.id)});
        ReportAll(ds, a.origin, a.line);
        return std::nullopt;
      }
      const std::string fresh = UniqueId(a.id);
      ds.push_back({Severity::kRepaired, "", 0, 0, "duplicate-id",
                    fmt::format("id \"{}\" already used: renamed \"{}\"", a.id, fresh)});
      a.id = fresh;
    }
    ids.emplace(a.id, hash);
    bool repaired = false;
    for (const auto& d : ds) repaired = repaired || d.severity == Severity::kRepaired;
    ReportAll(ds, a.origin, a.line);
    ++stats.articles;
    stats.bytes += a.text.size();
    if (repaired) ++stats.repaired;
    return a;
  }

  // The whole file, or nullopt after reporting why not.
  std::optional<std::string> Slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      Report(Skip(path, "unreadable", "cannot open: " + OpenError()));
      return std::nullopt;
    }
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    const auto too_large = [&] {
      Report(Skip(path, "too-large",
                  fmt::format("larger than {} bytes: skipped", options.max_article_bytes)));
      return std::nullopt;
    };
    if (!ec && size > options.max_article_bytes) return too_large();
    // One read of the announced size (+1 to see the end): no reallocation, no copy.
    std::string bytes;
    for (std::size_t want = ec ? kChunkBytes : size + 1; in; want = kChunkBytes) {
      const std::size_t at = bytes.size();
      if (at > options.max_article_bytes) return too_large();
      bytes.resize(at + want);
      in.read(bytes.data() + at, static_cast<std::streamsize>(want));
      bytes.resize(at + static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) {
      Report(Skip(path, "unreadable", "read error: " + OpenError()));
      return std::nullopt;
    }
    return bytes;
  }

  std::optional<Article> ReadDocument(const std::string& path, FileKind kind) {
    auto bytes = Slurp(path);
    if (!bytes) return std::nullopt;
    const Bom bom = SniffBom(*bytes);
    if (bom.encoding != Encoding::kUtf16Le && bom.encoding != Encoding::kUtf16Be &&
        LooksBinary(*bytes)) {
      const std::size_t nul = bytes->find('\0');
      Report(Skip(path, "binary", "binary data (NUL bytes or control characters), not text",
                  nul == std::string::npos ? 0 : nul));
      return std::nullopt;
    }
    Decoded decoded = Decode(std::move(*bytes), {.strict = options.strict});
    if (decoded.skipped) {
      ReportAll(decoded.diagnostics, path, 0);
      return std::nullopt;
    }
    Article a;
    a.id = fs::path(path).stem().string();
    a.origin = path;
    if (FindInvalidUtf8(a.id) != std::string::npos) {  // file names are bytes, ids are text
      a.id = RepairUtf8(a.id);
      decoded.diagnostics.push_back({Severity::kRepaired, "", 0, 0, "invalid-utf8",
                                     "file name is not valid UTF-8: id \"" + a.id + "\""});
    }
    a.text = std::move(decoded.text);
    if (kind == FileKind::kHtml || LooksLikeHtml(a.text)) {
      HtmlText page = StripHtml(a.text);
      decoded.diagnostics.push_back({Severity::kRepaired, "", 0, 0, "html",
                                     fmt::format("HTML: markup stripped, {} of {} bytes kept",
                                                 page.text.size(), a.text.size())});
      a.text = std::move(page.text);
      a.title = std::move(page.title);
    }
    return Finish(std::move(a), std::move(decoded.diagnostics));
  }

  void OpenJsonl(const std::string& path) {
    jsonl_name = path;
    jsonl_any = false;
    if (path == "-") {
      lines = std::make_unique<LineReader>(std::cin, options.max_article_bytes);
      return;
    }
    const auto head = ReadHead(path, kSniffBytes);
    if (!head) {
      Report(Skip(path, "unreadable", "cannot open: " + OpenError()));
      return;
    }
    const Bom bom = SniffBom(*head);
    if (bom.encoding != Encoding::kUtf16Le && bom.encoding != Encoding::kUtf16Be &&
        MostlyControl(*head)) {
      const std::size_t nul = head->find('\0');
      Report(Skip(path, "binary", "binary data (NUL bytes or control characters), not JSONL",
                  nul == std::string::npos ? 0 : nul));
      return;
    }
    jsonl_file = std::ifstream(path, std::ios::binary);
    if (!jsonl_file) {
      Report(Skip(path, "unreadable", "cannot open: " + OpenError()));
      return;
    }
    lines = std::make_unique<LineReader>(jsonl_file, options.max_article_bytes);
  }

  void CloseJsonl() {
    if (!jsonl_any) Report(Skip(jsonl_name, "empty", "no JSONL lines"));
    lines.reset();
    jsonl_file = std::ifstream();
  }

  void ReportBom(std::size_t line) {
    if (line != 1) return;
    const Encoding e = lines->bom().encoding;
    if (e == Encoding::kUtf8)
      Report({Severity::kNote, jsonl_name, 1, 0, "utf8-bom", "UTF-8 byte-order mark removed"});
    if (e == Encoding::kUtf16Le || e == Encoding::kUtf16Be)
      Report(
          {Severity::kNote, jsonl_name, 1, 0, "utf16", "converted from UTF-16 (byte-order mark)"});
  }

  std::optional<Article> NextJsonl() {
    std::string raw;
    while (lines->Next(raw)) {
      const std::size_t no = lines->line_number();
      ReportBom(no);
      if (lines->too_long()) {
        jsonl_any = true;
        Report({Severity::kSkipped, jsonl_name, no, 0, "too-large",
                fmt::format("line of {} bytes, more than {}: skipped", lines->line_bytes(),
                            options.max_article_bytes)});
        continue;
      }
      Decoded d = Decode(std::move(raw), {.strict = options.strict, .encoding = lines->encoding()});
      if (!d.skipped && IsBlank(d.text)) continue;
      jsonl_any = true;
      if (d.skipped) {
        ReportAll(d.diagnostics, jsonl_name, no);
        continue;
      }
      JsonlLine parsed = ParseJsonlLine(std::move(d.text), options.strict);
      for (auto& diag : parsed.diagnostics) d.diagnostics.push_back(std::move(diag));
      if (!parsed.article || HasSkip(d.diagnostics)) {
        ReportAll(d.diagnostics, jsonl_name, no);
        continue;
      }
      parsed.article->origin = jsonl_name;
      parsed.article->line = no;
      if (auto a = Finish(std::move(*parsed.article), std::move(d.diagnostics))) return a;
    }
    CloseJsonl();
    return std::nullopt;
  }
};

ArticleReader::ArticleReader(std::vector<std::string> paths, ReadOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  InputFiles in = ExpandPaths(std::move(paths));
  impl_->files = std::move(in.files);
  impl_->read_stdin = in.read_stdin;
  for (auto& d : in.diagnostics) impl_->Report(std::move(d));
}

ArticleReader::~ArticleReader() = default;

std::optional<Article> ArticleReader::Next() {
  Impl& m = *impl_;
  for (;;) {
    if (m.lines) {
      if (auto a = m.NextJsonl()) return a;
      continue;
    }
    std::string path;
    if (m.next_file < m.files.size()) {
      path = m.files[m.next_file++];
    } else if (m.read_stdin) {
      m.read_stdin = false;
      path = "-";
    } else {
      return std::nullopt;
    }
    const FileKind kind = path == "-" ? FileKind::kJsonl : KindOf(path);
    if (kind == FileKind::kJsonl) {
      m.OpenJsonl(path);
      continue;
    }
    if (auto a = m.ReadDocument(path, kind)) return a;
  }
}

const std::vector<Diagnostic>& ArticleReader::diagnostics() const { return impl_->diagnostics; }
const ReadStats& ArticleReader::stats() const { return impl_->stats; }

}  // namespace kg
