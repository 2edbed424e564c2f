#include "input/walk.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>

namespace kg {
namespace fs = std::filesystem;
namespace {

std::string LowerExtension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

bool IsArticleFile(const fs::path& p) {
  const std::string ext = LowerExtension(p);
  return ext == ".txt" || ext == ".jsonl" || ext == ".html" || ext == ".htm";
}

bool IsLoop(const std::error_code& ec) { return ec == std::errc::too_many_symbolic_link_levels; }

class Walker {
 public:
  InputFiles Run(std::vector<std::string> paths) {
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    for (const auto& p : paths) {
      if (p == "-") {
        out_.read_stdin = true;
      } else {
        Top(p);
      }
    }
    for (auto& [canonical, name] : by_canonical_) out_.files.push_back(std::move(name));
    std::sort(out_.files.begin(), out_.files.end());
    return std::move(out_);
  }

 private:
  void Top(const std::string& p) {
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (fs::is_directory(st)) return Walk(p);
    if (fs::is_regular_file(st)) return Add(p);
    if (IsLoop(ec)) return Report(Severity::kSkipped, p, "symlink-loop", "symbolic link loop");
    if (ec == std::errc::permission_denied)
      return Report(Severity::kSkipped, p, "unreadable", "cannot read: " + ec.message());
    if (ec || !fs::exists(st)) {
      const bool link = fs::is_symlink(fs::symlink_status(p, ec));
      return Report(Severity::kSkipped, p, "not-found",
                    link ? "broken symbolic link" : "no such file or directory");
    }
    Report(Severity::kSkipped, p, "not-a-file", "not a regular file or directory");
  }

  // Depth-first with an explicit stack (no recursion), entries in sorted order.
  void Walk(const fs::path& root) {
    std::vector<fs::path> stack{root};
    while (!stack.empty()) {
      const fs::path dir = std::move(stack.back());
      stack.pop_back();
      std::error_code ec;
      const fs::path canonical = fs::canonical(dir, ec);
      if (ec) {
        Report(Severity::kSkipped, dir.string(), IsLoop(ec) ? "symlink-loop" : "unreadable",
               "cannot resolve directory: " + ec.message());
        continue;
      }
      if (!visited_.insert(canonical.string()).second) {
        if (fs::is_symlink(fs::symlink_status(dir, ec)))
          Report(Severity::kNote, dir.string(), "symlink-loop",
                 "links to a directory already read (" + canonical.string() + "): not read again");
        continue;
      }
      std::vector<fs::path> subdirs = List(dir);
      for (auto it = subdirs.rbegin(); it != subdirs.rend(); ++it) stack.push_back(*it);
    }
  }

  // Adds the article files of `dir`; returns its subdirectories, sorted.
  std::vector<fs::path> List(const fs::path& dir) {
    std::vector<fs::path> entries, subdirs;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) entries.push_back(it->path());
    if (ec) Report(Severity::kSkipped, dir.string(), "unreadable", "cannot list: " + ec.message());
    std::sort(entries.begin(), entries.end());
    for (const auto& path : entries) {
      std::error_code sec;
      const fs::file_status st = fs::status(path, sec);
      if (fs::is_directory(st)) {
        subdirs.push_back(path);
      } else if (IsLoop(sec)) {
        Report(Severity::kSkipped, path.string(), "symlink-loop", "symbolic link loop");
      } else if (!IsArticleFile(path)) {
        continue;
      } else if (fs::is_regular_file(st)) {
        Add(path.string());
      } else if (sec || !fs::exists(st)) {
        Report(Severity::kSkipped, path.string(), "not-found", "broken symbolic link");
      } else {
        Report(Severity::kSkipped, path.string(), "not-a-file", "not a regular file");
      }
    }
    return subdirs;
  }

  void Add(const std::string& name) {
    std::error_code ec;
    std::string key = fs::canonical(name, ec).string();
    if (ec) key = name;
    auto [it, fresh] = by_canonical_.emplace(std::move(key), name);
    if (!fresh && name < it->second) it->second = name;
  }

  void Report(Severity severity, std::string file, std::string reason, std::string message) {
    out_.diagnostics.push_back(
        {severity, std::move(file), 0, 0, std::move(reason), std::move(message)});
  }

  InputFiles out_;
  std::set<std::string> visited_;                    // canonical directories walked
  std::map<std::string, std::string> by_canonical_;  // canonical file -> name used
};

}  // namespace

InputFiles ExpandPaths(std::vector<std::string> paths) { return Walker().Run(std::move(paths)); }

FileKind KindOf(const std::string& path) {
  const std::string ext = LowerExtension(path);
  if (ext == ".jsonl") return FileKind::kJsonl;
  if (ext == ".html" || ext == ".htm") return FileKind::kHtml;
  return FileKind::kText;
}

}  // namespace kg
