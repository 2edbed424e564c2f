// Walking UTF-8 one code point at a time, for the escapers of every exporter.
//
//   for (std::size_t pos = 0; pos < text.size();) {
//     const kg::CodePoint cp = kg::DecodeUtf8(text, pos);
//     ... cp.value ...
//     pos += cp.length;
//   }
//
// Text reaching an exporter should already be valid UTF-8, but a writer must never emit
// a file its readers reject, so malformed input is repaired here rather than trusted:
// every maximal ill-formed subsequence (a stray continuation byte, a truncated or
// overlong sequence, an encoded surrogate, anything above U+10FFFF) decodes as one
// U+FFFD, the practice Unicode recommends and ICU and browsers follow.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct CodePoint {
  char32_t value = 0;      // U+FFFD when the bytes were malformed
  std::size_t length = 0;  // bytes consumed, at least 1
  bool valid = false;      // false when `value` replaces malformed bytes
};

// Decodes the code point starting at byte `pos`. Requires pos < text.size().
CodePoint DecodeUtf8(std::string_view text, std::size_t pos);

// Appends the UTF-8 encoding of `cp` (a scalar value) to `out`.
void AppendUtf8(char32_t cp, std::string& out);

// Whether `text` is well-formed UTF-8 (fast on ASCII: 8 bytes per step).
bool IsValidUtf8(std::string_view text);

// `text` with every malformed subsequence replaced by U+FFFD; valid text is unchanged.
std::string ValidUtf8(std::string_view text);

}  // namespace kg
