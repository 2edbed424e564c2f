// A write buffer in front of an std::ostream for the exporters: appending to a string
// and handing the stream 256 KiB at a time costs a fraction of one `<<` per piece.
// Internal to export/.
//
//   kg::OutBuffer out(stream);
//   out << "<node id=\"";
//   out.Escaped(node.id, /*attribute=*/true);
//   out << "\">\n";            // flushed when full and on destruction
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "export/xml_escape.h"

namespace kg {

class OutBuffer {
 public:
  explicit OutBuffer(std::ostream& out) : out_(out) { buffer_.reserve(kFlushAt + 4096); }
  ~OutBuffer() { Flush(); }
  OutBuffer(const OutBuffer&) = delete;
  OutBuffer& operator=(const OutBuffer&) = delete;

  OutBuffer& operator<<(std::string_view text) {
    buffer_.append(text);
    return MaybeFlush();
  }
  OutBuffer& operator<<(char c) {
    buffer_.push_back(c);
    return MaybeFlush();
  }
  OutBuffer& operator<<(std::size_t n) {
    buffer_.append(std::to_string(n));
    return MaybeFlush();
  }
  // `text` escaped for XML content or an attribute value (export/xml_escape.h).
  OutBuffer& Escaped(std::string_view text, bool attribute) {
    AppendXmlEscaped(buffer_, text, attribute);
    return MaybeFlush();
  }
  // Lets `append(std::string&)` write into the buffer itself, e.g. AppendXmlValues
  // (export/xml_values.h): no string in between.
  template <typename Append>
  OutBuffer& Write(Append&& append) {
    append(buffer_);
    return MaybeFlush();
  }
  void Flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

 private:
  static constexpr std::size_t kFlushAt = 256 * 1024;
  OutBuffer& MaybeFlush() {
    if (buffer_.size() >= kFlushAt) Flush();
    return *this;
  }
  std::ostream& out_;
  std::string buffer_;
};

}  // namespace kg
