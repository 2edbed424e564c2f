// Minimal first version: .txt, .jsonl, directories and stdin. The robust version
// (encodings, HTML, binary detection, caps) replaces this.
#include "input/reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace kg {

namespace fs = std::filesystem;

struct ArticleReader::Impl {
  ReadOptions options;
  std::vector<std::string> files;  // expanded, sorted
  std::size_t next_file = 0;
  std::unique_ptr<std::istream> jsonl;  // open JSONL stream, if any
  std::string jsonl_name;
  std::size_t jsonl_line = 0;
  std::vector<Diagnostic> diagnostics;
  ReadStats stats;

  void Report(Diagnostic d) {
    ++stats.by_reason[d.reason];
    if (d.severity == Severity::kSkipped) ++stats.skipped;
    if (options.on_diagnostic) options.on_diagnostic(d);
    diagnostics.push_back(std::move(d));
  }
};

ArticleReader::ArticleReader(std::vector<std::string> paths, ReadOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  bool stdin_too = false;
  for (const auto& p : paths) {
    if (p == "-") {
      stdin_too = true;
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::end(it);
           it.increment(ec)) {
        const auto ext = it->path().extension();
        if (it->is_regular_file() && (ext == ".txt" || ext == ".jsonl"))
          impl_->files.push_back(it->path().string());
      }
    } else if (fs::exists(p, ec)) {
      impl_->files.push_back(p);
    } else {
      impl_->Report({Severity::kSkipped, p, 0, 0, "not-found", "no such file or directory"});
    }
  }
  std::sort(impl_->files.begin(), impl_->files.end());
  impl_->files.erase(std::unique(impl_->files.begin(), impl_->files.end()), impl_->files.end());
  if (stdin_too) impl_->files.push_back("-");
}

ArticleReader::~ArticleReader() = default;

std::optional<Article> ArticleReader::Next() {
  Impl& m = *impl_;
  for (;;) {
    if (m.jsonl) {
      std::string line;
      while (std::getline(*m.jsonl, line)) {
        ++m.jsonl_line;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        rapidjson::Document doc;
        doc.Parse(line.data(), line.size());
        if (doc.HasParseError()) {
          m.Report({Severity::kSkipped, m.jsonl_name, m.jsonl_line, doc.GetErrorOffset(),
                    "bad-json", rapidjson::GetParseError_En(doc.GetParseError())});
          continue;
        }
        if (!doc.IsObject() || !doc.HasMember("id") || !doc["id"].IsString() ||
            !doc.HasMember("text") || !doc["text"].IsString()) {
          m.Report({Severity::kSkipped, m.jsonl_name, m.jsonl_line, 0, "missing-field",
                    "a JSONL article needs string fields \"id\" and \"text\""});
          continue;
        }
        Article a;
        a.id = doc["id"].GetString();
        a.text.assign(doc["text"].GetString(), doc["text"].GetStringLength());
        auto opt = [&](const char* key, std::string& into) {
          if (doc.HasMember(key) && doc[key].IsString()) into = doc[key].GetString();
        };
        opt("title", a.title);
        opt("date", a.date);
        opt("source", a.source);
        opt("url", a.url);
        a.origin = m.jsonl_name;
        a.line = m.jsonl_line;
        ++m.stats.articles;
        m.stats.bytes += a.text.size();
        return a;
      }
      m.jsonl.reset();
    }
    if (m.next_file >= m.files.size()) return std::nullopt;
    const std::string path = m.files[m.next_file++];
    if (path == "-") {
      m.jsonl = std::make_unique<std::istream>(std::cin.rdbuf());
      m.jsonl_name = "-";
      m.jsonl_line = 0;
      continue;
    }
    if (fs::path(path).extension() == ".jsonl") {
      auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
      if (!*in) {
        m.Report({Severity::kSkipped, path, 0, 0, "unreadable", "cannot open file"});
        continue;
      }
      m.jsonl = std::move(in);
      m.jsonl_name = path;
      m.jsonl_line = 0;
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      m.Report({Severity::kSkipped, path, 0, 0, "unreadable", "cannot open file"});
      continue;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    Article a;
    a.id = fs::path(path).stem().string();
    a.text = buf.str();
    a.origin = path;
    ++m.stats.articles;
    m.stats.bytes += a.text.size();
    return a;
  }
}

const std::vector<Diagnostic>& ArticleReader::diagnostics() const { return impl_->diagnostics; }
const ReadStats& ArticleReader::stats() const { return impl_->stats; }

}  // namespace kg
