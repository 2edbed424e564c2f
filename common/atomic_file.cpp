#include "common/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "common/error.h"

namespace kg {

void WriteFileAtomically(const std::string& path,
                         const std::function<void(std::ostream&)>& write) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) throw Error(path, std::string("cannot create temporary file: ") + std::strerror(errno));
  ::close(fd);
  const std::string tmp = tmpl;
  auto fail = [&](const std::string& what) {
    std::remove(tmp.c_str());
    throw Error(path, what);
  };
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) fail("cannot open temporary file for writing");
    try {
      write(out);
    } catch (...) {
      std::remove(tmp.c_str());
      throw;
    }
    out.flush();
    if (!out) fail("write failed (disk full?)");
  }
  const int sync_fd = ::open(tmp.c_str(), O_RDONLY);
  if (sync_fd >= 0) {
    ::fsync(sync_fd);
    ::close(sync_fd);
  }
  // mkstemp creates 0600; outputs are ordinary files.
  ::chmod(tmp.c_str(), 0644);
  if (std::rename(tmp.c_str(), path.c_str()) != 0)
    fail(std::string("cannot rename temporary file into place: ") + std::strerror(errno));
}

}  // namespace kg
