// Atomic output: write to a temporary file in the target's directory, then rename
// over the target. An interrupted or failing run never leaves a truncated file and
// never destroys the previous output.
//
//   kg::AtomicFile out("out/mentions.jsonl");   // streams into a temporary file
//   out.stream() << ...;
//   out.Commit();                               // fsync + rename; else dropped
//
// The stream writes to the temporary file's descriptor through a 64 KB buffer and asks
// the kernel to start writing every few MB back to disk as it goes, so that the fsync
// of Commit finds little left to do: for a 100 MB graph the writeback overlaps the
// formatting instead of following it.
#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
#include <span>
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

  std::ostream& stream();
  // Flushes, fsyncs and renames into place; throws kg::Error when any step fails
  // (a write that failed earlier, e.g. on a full disk, included).
  void Commit();
  // Commit's first step alone: flushes and fsyncs (then no more writing). Commit
  // after it only renames.
  void Sync();

 private:
  friend void CommitAll(std::span<AtomicFile* const> files, unsigned threads);
  class FileBuf;
  std::string path_, tmp_;
  std::unique_ptr<FileBuf> buf_;
  std::unique_ptr<std::ostream> out_;
  bool synced_ = false, committed_ = false;
};

// Commits several files as one set: fsyncs them side by side on up to `threads`
// threads (each waits for the disk; the waits overlap), then, only if every one
// succeeded, renames them into place in order. On a failure the first error in the
// files' order is thrown and the previous outputs all stay: a failed sync renames
// nothing, and a rename that fails after others succeeded (a target turned into a
// directory, a directory made read-only meanwhile) puts back what they replaced, from
// hard links made just before (a file system without hard links cannot get those
// back: the new file stays) and removes the files that had no previous version.
void CommitAll(std::span<AtomicFile* const> files, unsigned threads);

// Calls `write` with a stream to a temporary file beside `path`, then commits it.
void WriteFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace kg
