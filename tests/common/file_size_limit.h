// For tests of failing writes: while a FileSizeLimit is alive, files may not grow past
// `bytes` (1 MB unless told), so a write past it fails with EFBIG, as on a full disk
// (SIGXFSZ is ignored meanwhile). Process-wide: one test at a time in a process.
#pragma once

#include <sys/resource.h>

#include <csignal>
#include <cstddef>

namespace kg::test_support {

struct FileSizeLimit {
  rlimit saved{};
  void (*handler)(int) = nullptr;
  explicit FileSizeLimit(std::size_t bytes = std::size_t{1} << 20) {
    ::getrlimit(RLIMIT_FSIZE, &saved);
    handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = bytes;
    ::setrlimit(RLIMIT_FSIZE, &small);
  }
  ~FileSizeLimit() {
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, handler);
  }
  FileSizeLimit(const FileSizeLimit&) = delete;
  FileSizeLimit& operator=(const FileSizeLimit&) = delete;
};

}  // namespace kg::test_support
