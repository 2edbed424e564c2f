#include "common/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <algorithm>
#include <atomic>
#include <cstring>
#include <exception>
#include <filesystem>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

#include "common/error.h"
#include "common/threads.h"

namespace kg {

// A buffered stream buffer over a file descriptor that starts the writeback of what it
// has written every kWritebackBytes (Linux: sync_file_range). A failed write is kept
// (errno) and makes every later write fail, so the stream goes bad and Commit reports it.
class AtomicFile::FileBuf : public std::streambuf {
 public:
  explicit FileBuf(int fd) : fd_(fd), buffer_(64 * 1024) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  ~FileBuf() override { Close(); }

  int error() const { return error_; }
  // Writes what is buffered; false on failure.
  bool Flush() { return sync() == 0; }
  int fd() const { return fd_; }
  void Close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 protected:
  int_type overflow(int_type c) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    if (n <= epptr() - pptr()) {  // fits: copy into the buffer
      std::memcpy(pptr(), s, static_cast<std::size_t>(n));
      pbump(static_cast<int>(n));
      return n;
    }
    if (!Drain() || !WriteAll(s, static_cast<std::size_t>(n))) return 0;
    return n;
  }
  int sync() override { return Drain() ? 0 : -1; }

 private:
  static constexpr off_t kWritebackBytes = 8 << 20;

  bool Drain() {
    const std::size_t n = static_cast<std::size_t>(pptr() - pbase());
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return WriteAll(buffer_.data(), n);
  }
  bool WriteAll(const char* s, std::size_t n) {
    while (n > 0 && error_ == 0) {
      const ssize_t w = ::write(fd_, s, n);
      if (w < 0) {
        if (errno != EINTR) error_ = errno;
        continue;
      }
      s += w;
      n -= static_cast<std::size_t>(w);
      written_ += w;
    }
#ifdef SYNC_FILE_RANGE_WRITE
    if (error_ == 0 && written_ - started_ >= kWritebackBytes) {
      ::sync_file_range(fd_, started_, written_ - started_, SYNC_FILE_RANGE_WRITE);
      started_ = written_;
    }
#endif
    return error_ == 0;
  }

  int fd_;
  std::vector<char> buffer_;
  off_t written_ = 0, started_ = 0;  // bytes written; bytes whose writeback was started
  int error_ = 0;
};

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  namespace fs = std::filesystem;
  const fs::path target(path_);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // Built by appending: `"." + string` trips GCC 12's -Wrestrict false positive at -O3.
  std::string name = ".";
  name += target.filename().string();
  name += ".tmp.XXXXXX";
  std::string tmpl = (dir / name).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) throw Error(path_, std::string("cannot create temporary file: ") + std::strerror(errno));
  tmp_ = tmpl;
  buf_ = std::make_unique<FileBuf>(fd);
  out_ = std::make_unique<std::ostream>(buf_.get());
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    out_.reset();
    buf_.reset();  // closes the descriptor
    std::remove(tmp_.c_str());
  }
}

std::ostream& AtomicFile::stream() { return *out_; }

void AtomicFile::Sync() {
  if (synced_) return;
  const bool flushed = buf_->Flush() && static_cast<bool>(*out_);
  if (!flushed) {
    const int error = buf_->error();
    throw Error(path_, std::string("write failed (disk full?)") +
                           (error ? std::string(": ") + std::strerror(error) : std::string()));
  }
  // With delayed allocation a full disk may only show now; EINVAL: no fsync here.
  if (::fsync(buf_->fd()) != 0 && errno != EINVAL)
    throw Error(path_, std::string("write failed (disk full?): ") + std::strerror(errno));
  buf_->Close();
  ::chmod(tmp_.c_str(), 0644);  // mkstemp creates 0600; outputs are ordinary files
  synced_ = true;
}

void AtomicFile::Commit() {
  Sync();
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0)
    throw Error(path_, std::string("cannot rename temporary file into place: ") + std::strerror(errno));
  committed_ = true;
}

void CommitAll(std::span<AtomicFile* const> files, unsigned threads) {
  std::vector<std::exception_ptr> errors(files.size());
  std::atomic<std::size_t> next{0};
  auto sync = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < files.size();) {
      try {
        files[i]->Sync();
      } catch (...) {
        errors[i] = std::current_exception();
      }
    }
  };
  OnThreads(static_cast<unsigned>(std::min<std::size_t>(threads, files.size())), sync);
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
  // Each previous output gets a second name first (a hard link beside it, named after
  // the unique temporary file), so that a rename failing after others succeeded can
  // put back the ones it replaced. "" when there was none, or no link could be made.
  struct Previous {
    bool existed = false;
    std::string backup;
  };
  std::vector<Previous> previous(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    struct stat st;
    previous[i].existed = ::lstat(files[i]->path_.c_str(), &st) == 0;
    if (!previous[i].existed) continue;
    std::string backup = files[i]->tmp_ + ".prev";
    if (::link(files[i]->path_.c_str(), backup.c_str()) == 0) previous[i].backup = std::move(backup);
  }
  // Renames take the directory's lock one by one anyway.
  std::size_t renamed = 0;
  try {
    for (; renamed < files.size(); ++renamed) files[renamed]->Commit();
  } catch (...) {
    for (std::size_t i = 0; i < renamed; ++i) {
      const std::string& path = files[i]->path_;
      if (!previous[i].backup.empty()) {
        if (std::rename(previous[i].backup.c_str(), path.c_str()) == 0) previous[i].backup.clear();
      } else if (!previous[i].existed) {
        ::unlink(path.c_str());
      }
    }
    for (const Previous& p : previous)
      if (!p.backup.empty()) ::unlink(p.backup.c_str());
    throw;
  }
  for (const Previous& p : previous)
    if (!p.backup.empty()) ::unlink(p.backup.c_str());
}

void WriteFileAtomically(const std::string& path,
                         const std::function<void(std::ostream&)>& write) {
  AtomicFile file(path);
  write(file.stream());
  file.Commit();
}

}  // namespace kg
