// Atomic output: write to a temporary file in the target's directory, then rename
// over the target. An interrupted or failing run never leaves a truncated file and
// never destroys the previous output.
//
//   kg::AtomicFile out("out/mentions.jsonl");   // streams into a temporary file
//   out.stream() << ...;
//   out.Commit();                               // fsync + rename; else dropped
#pragma once

#include <fstream>
#include <functional>
#include <iosfwd>
#include <string>

namespace kg {

// Not copyable: owns a temporary file, removed on destruction unless committed.
class AtomicFile {
 public:
  // Throws kg::Error naming `path` when the temporary file cannot be created.
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return out_; }
  // Flushes, fsyncs and renames into place; throws kg::Error when any step fails.
  void Commit();

 private:
  std::string path_, tmp_;
  std::ofstream out_;
  bool committed_ = false;
};

// Calls `write` with a stream to a temporary file beside `path`, then commits it.
void WriteFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace kg
