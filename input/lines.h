// LineReader: the lines of a JSONL stream, one at a time, in bounded memory.
//
//   std::ifstream in(path, std::ios::binary);
//   kg::LineReader lines(in, /*max_line_bytes=*/1 << 30);
//   std::string line;
//   while (lines.Next(line)) {
//     if (lines.too_long()) ...;  // consumed, not kept
//     Decode(std::move(line), {.encoding = lines.encoding()}) ...
//   }
//
// Memory is one 64 KiB buffer plus the current line: a 200 MB line costs 200 MB, a
// longer-than-allowed line costs nothing (it is read through and dropped). A byte-order
// mark at the start of the stream is consumed: a UTF-8 one is just dropped, a UTF-16 one
// switches to UTF-16 lines (split at U+000A; returned as raw UTF-16 bytes for Decode).
// Not copyable: reads from a stream it does not own.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

#include "input/decode.h"

namespace kg {

class LineReader {
 public:
  LineReader(std::istream& in, std::size_t max_line_bytes);
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // Reads the next line into `line`, without its "\n" (or "\r\n"). False at the end.
  bool Next(std::string& line);

  bool too_long() const { return too_long_; }          // last line exceeded the cap
  std::size_t line_number() const { return number_; }  // 1-based, of the last line
  std::size_t line_bytes() const { return bytes_; }    // its size, newline excluded
  const Bom& bom() const { return bom_; }              // mark consumed at the start
  // How to Decode the lines: kUtf16Le/kUtf16Be after a UTF-16 mark, else kUtf8.
  Encoding encoding() const { return utf16() ? bom_.encoding : Encoding::kUtf8; }

 private:
  bool utf16() const {
    return bom_.encoding == Encoding::kUtf16Le || bom_.encoding == Encoding::kUtf16Be;
  }
  bool Fill();
  std::size_t FindNewline() const;
  void Append(std::string& line, std::size_t from, std::size_t to);
  void TrimCarriageReturn(std::string& line) const;

  std::istream& in_;
  std::size_t max_;
  std::vector<char> buf_;
  std::size_t pos_ = 0, end_ = 0;
  bool started_ = false;
  Bom bom_;
  bool too_long_ = false;
  std::size_t number_ = 0;
  std::size_t bytes_ = 0;
};

}  // namespace kg
