#include "common/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "common/error.h"

namespace kg {

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
  ::close(fd);
  tmp_ = tmpl;
  out_.open(tmp_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    std::remove(tmp_.c_str());
    throw Error(path_, "cannot open temporary file for writing");
  }
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    out_.close();
    std::remove(tmp_.c_str());
  }
}

void AtomicFile::Commit() {
  out_.flush();
  const bool ok = static_cast<bool>(out_);
  out_.close();
  if (!ok) throw Error(path_, "write failed (disk full?)");
  if (const int fd = ::open(tmp_.c_str(), O_RDONLY); fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  ::chmod(tmp_.c_str(), 0644);  // mkstemp creates 0600; outputs are ordinary files
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0)
    throw Error(path_, std::string("cannot rename temporary file into place: ") + std::strerror(errno));
  committed_ = true;
}

void WriteFileAtomically(const std::string& path,
                         const std::function<void(std::ostream&)>& write) {
  AtomicFile file(path);
  write(file.stream());
  file.Commit();
}

}  // namespace kg
