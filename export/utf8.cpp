#include "export/utf8.h"

#include <cassert>
#include <cstdint>
#include <cstring>

namespace kg {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Sequence length announced by a lead byte, 0 when it cannot start a sequence
// (continuation bytes, C0/C1 which could only be overlong, F5..FF beyond U+10FFFF).
std::size_t SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// The second byte has a narrower range after some lead bytes: that is where overlong
// forms, surrogates and values above U+10FFFF are excluded (Unicode Table 3-7).
bool SecondByteOk(unsigned char lead, unsigned char second) {
  switch (lead) {
    case 0xE0:
      return second >= 0xA0 && second <= 0xBF;
    case 0xED:
      return second >= 0x80 && second <= 0x9F;
    case 0xF0:
      return second >= 0x90 && second <= 0xBF;
    case 0xF4:
      return second >= 0x80 && second <= 0x8F;
    default:
      return IsContinuation(second);
  }
}

}  // namespace

CodePoint DecodeUtf8(std::string_view text, std::size_t pos) {
  assert(pos < text.size());
  const auto lead = static_cast<unsigned char>(text[pos]);
  const std::size_t length = SequenceLength(lead);
  if (length == 1) return {lead, 1, true};
  if (length == 0) return {kReplacementCharacter, 1, false};
  char32_t value = lead & (0xFF >> (length + 1));
  for (std::size_t i = 1; i < length; ++i) {
    if (pos + i >= text.size()) return {kReplacementCharacter, i, false};
    const auto c = static_cast<unsigned char>(text[pos + i]);
    const bool ok = i == 1 ? SecondByteOk(lead, c) : IsContinuation(c);
    if (!ok) return {kReplacementCharacter, i, false};
    value = (value << 6) | (c & 0x3F);
  }
  return {value, length, true};
}

void AppendUtf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool IsValidUtf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (pos + 8 <= text.size()) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + pos, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        pos += 8;
        continue;
      }
    }
    const CodePoint cp = DecodeUtf8(text, pos);
    if (!cp.valid) return false;
    pos += cp.length;
  }
  return true;
}

std::string ValidUtf8(std::string_view text) {
  if (IsValidUtf8(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const CodePoint cp = DecodeUtf8(text, pos);
    if (cp.valid) {
      out.append(text, pos, cp.length);
    } else {
      AppendUtf8(kReplacementCharacter, out);
    }
    pos += cp.length;
  }
  return out;
}

}  // namespace kg
