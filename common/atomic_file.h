// Atomic output: write to a temporary file in the target's directory, then rename
// over the target. An interrupted or failing run never leaves a truncated file and
// never destroys the previous output.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

namespace kg {

// Calls `write` with a stream to a temporary file beside `path`, flushes, fsyncs and
// renames it to `path`. Throws kg::Error naming `path` when any step fails; the
// temporary file is removed and `path` is left as it was.
void WriteFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace kg
