#include "input/lines.h"

#include <algorithm>
#include <cstring>

namespace kg {
namespace {
constexpr std::size_t kBufferBytes = 64 * 1024;
}  // namespace

LineReader::LineReader(std::istream& in, std::size_t max_line_bytes)
    : in_(in), max_(max_line_bytes), buf_(kBufferBytes) {}

// Keeps the unread bytes [pos_, end_), moved to the front, and reads more after them.
bool LineReader::Fill() {
  const std::size_t kept = end_ - pos_;
  if (kept > 0 && pos_ > 0) std::memmove(buf_.data(), buf_.data() + pos_, kept);
  pos_ = 0;
  end_ = kept;
  std::streambuf* sb = in_.rdbuf();
  const std::streamsize n =
      sb ? sb->sgetn(buf_.data() + end_, static_cast<std::streamsize>(buf_.size() - end_)) : 0;
  if (n <= 0) return false;
  end_ += static_cast<std::size_t>(n);
  if (!started_) {
    started_ = true;
    bom_ = SniffBom(std::string_view(buf_.data(), end_));
    pos_ = bom_.size;
  }
  return true;
}

// Index of the newline (its first byte in UTF-16) in [pos_, end_), or npos.
std::size_t LineReader::FindNewline() const {
  if (!utf16()) {
    const void* nl = std::memchr(buf_.data() + pos_, '\n', end_ - pos_);
    return nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - buf_.data())
              : std::string::npos;
  }
  const bool le = bom_.encoding == Encoding::kUtf16Le;
  for (std::size_t i = pos_; i + 1 < end_; i += 2) {
    if (buf_[i + (le ? 0 : 1)] == '\n' && buf_[i + (le ? 1 : 0)] == '\0') return i;
  }
  return std::string::npos;
}

void LineReader::Append(std::string& line, std::size_t from, std::size_t to) {
  bytes_ += to - from;
  if (too_long_) return;
  if (bytes_ > max_) {
    too_long_ = true;
    line.clear();
    line.shrink_to_fit();
    return;
  }
  line.append(buf_.data() + from, to - from);
}

void LineReader::TrimCarriageReturn(std::string& line) const {
  if (!utf16()) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return;
  }
  const std::string_view cr = bom_.encoding == Encoding::kUtf16Le ? std::string_view("\r\0", 2)
                                                                  : std::string_view("\0\r", 2);
  if (line.size() >= 2 && line.size() % 2 == 0 &&
      std::string_view(line).substr(line.size() - 2) == cr)
    line.resize(line.size() - 2);
}

bool LineReader::Next(std::string& line) {
  line.clear();
  too_long_ = false;
  bytes_ = 0;
  bool seen = false;  // any byte (or the newline) of this line
  for (;;) {
    if (pos_ < end_) {
      const std::size_t nl = FindNewline();
      if (nl != std::string::npos) {
        Append(line, pos_, nl);
        pos_ = nl + (utf16() ? 2 : 1);
        seen = true;
        break;
      }
      // No newline yet: take everything but a dangling half of a UTF-16 unit.
      const std::size_t take = utf16() ? (end_ - pos_) & ~std::size_t{1} : end_ - pos_;
      Append(line, pos_, pos_ + take);
      pos_ += take;
      seen = seen || take > 0;
    }
    if (!Fill()) {
      if (pos_ < end_) {  // an odd last byte of UTF-16: Decode reports it
        Append(line, pos_, end_);
        pos_ = end_;
        seen = true;
      }
      if (!seen) return false;
      break;
    }
  }
  ++number_;
  if (!too_long_) TrimCarriageReturn(line);
  return true;
}

}  // namespace kg
