#include "export/xml_escape.h"

#include <array>
#include <bit>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "export/utf8.h"

namespace kg {

bool IsXmlChar(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

namespace {

// Bytes that the copy loop must stop at: markup, C0 controls and every non-ASCII byte
// (checked as UTF-8); in attribute values also quotes; in content, spaces (only some
// need a reference, see KeptSpace); in JSON strings also `"` and `\`. Everything else
// is copied in runs.
constexpr std::array<bool, 256> StopBytes(bool attribute, bool json) {
  std::array<bool, 256> stop{};
  for (int c = 0; c < 0x20; ++c) stop[c] = true;
  for (int c = 0x80; c < 0x100; ++c) stop[c] = true;
  for (unsigned char c : {'&', '<', '>'}) stop[c] = true;
  if (attribute) {
    stop['"'] = stop['\''] = true;
  } else {
    stop[' '] = true;
  }
  if (json) stop['"'] = stop['\\'] = true;
  return stop;
}
// Indexed by [json][attribute].
constexpr std::array<std::array<bool, 256>, 2> kStopBytes[2] = {
    {StopBytes(false, false), StopBytes(true, false)},
    {StopBytes(false, true), StopBytes(true, true)}};

// What RapidJSON's Writer writes for a C0 control character: \b \t \n \f \r, else \u00XX
// with upper-case hex digits.
void AppendJsonControl(std::string& out, unsigned char c) {
  switch (c) {
    case '\b':
      out += "\\b";
      return;
    case '\t':
      out += "\\t";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\r':
      out += "\\r";
      return;
    default:
      constexpr char kHex[] = "0123456789ABCDEF";
      const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out.append(escape, sizeof escape);
  }
}

// The replacement of ASCII stop byte `c`, a space included only when a reader would
// trim or squeeze it.
void AppendEscapedAscii(std::string& out, unsigned char c, bool attribute, bool json) {
  switch (c) {
    case ' ':
      // Readers built on rapidxml's whitespace normalisation (boost::read_graphml) trim
      // leading spaces and squeeze runs of them; spaces they would touch go as references.
      out += "&#32;";
      return;
    case '&':
      out += "&amp;";
      return;
    case '<':
      out += "&lt;";
      return;
    case '>':
      out += "&gt;";
      return;
    case '"':
      if (json) out += '\\';
      out += attribute ? std::string_view("&quot;") : std::string_view("\"");
      return;
    case '\'':
      out += attribute ? std::string_view("&apos;") : std::string_view("'");
      return;
    case '\\':  // a stop byte only in JSON strings
      out += "\\\\";
      return;
  }
  if (json) {  // JSON's escapes of controls are plain ASCII for XML
    AppendJsonControl(out, c);
    return;
  }
  switch (c) {
    case '\t':
      out += "&#9;";
      return;
    case '\n':
      out += "&#10;";
      return;
    case '\r':
      out += "&#13;";
      return;
    default:  // other C0 controls: not allowed in XML 1.0 even as references
      AppendUtf8(kReplacementCharacter, out);
  }
}

// Whether the space at `pos` stays a space: it needs a reference only where a reader
// would trim or squeeze it, first in XML content (in a JSON string a quote comes first)
// or after a space.
bool KeptSpace(std::string_view text, std::size_t pos, bool json) {
  return pos == 0 ? json : text[pos - 1] != ' ';
}

// The position of the next byte from `pos` on that needs escaping or a closer look
// (non-ASCII, checked as UTF-8), or text.size(). With SSE2 (part of x86-64 itself, so no
// compiler flag) it compares 16 bytes at a time, then looks at the last few one by one:
// evidence sentences are mostly plain ASCII between rare stop bytes, and the byte loop
// alone cost several times as much.
std::size_t NextStop(std::string_view text, std::size_t pos, bool attribute, bool json) {
#ifdef __SSE2__
  const auto splat = [](char c) { return _mm_set1_epi8(c); };
  // 1 when a space first in the block needs a reference (see KeptSpace).
  unsigned previous_space = !KeptSpace(text, pos, json);
  for (; pos + 16 <= text.size(); pos += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    // Signed: C0 controls and every byte >= 0x80 are below 0x20.
    __m128i stop = _mm_cmplt_epi8(bytes, splat(0x20));
    stop = _mm_or_si128(stop, _mm_cmpeq_epi8(bytes, splat('&')));
    stop = _mm_or_si128(stop, _mm_cmpeq_epi8(bytes, splat('<')));
    stop = _mm_or_si128(stop, _mm_cmpeq_epi8(bytes, splat('>')));
    if (attribute || json) stop = _mm_or_si128(stop, _mm_cmpeq_epi8(bytes, splat('"')));
    if (attribute) stop = _mm_or_si128(stop, _mm_cmpeq_epi8(bytes, splat('\'')));
    if (json) stop = _mm_or_si128(stop, _mm_cmpeq_epi8(bytes, splat('\\')));
    auto mask = static_cast<unsigned>(_mm_movemask_epi8(stop));
    if (!attribute) {
      const auto spaces =
          static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, splat(' '))));
      mask |= spaces & ((spaces << 1) | previous_space);
      previous_space = spaces >> 15;
    }
    if (mask != 0) return pos + static_cast<std::size_t>(std::countr_zero(mask));
  }
#endif
  const std::array<bool, 256>& stop = kStopBytes[json][attribute];
  for (; pos < text.size(); ++pos) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (stop[c] && !(c == ' ' && KeptSpace(text, pos, json))) return pos;
  }
  return pos;
}

// The loop behind both escapers: text[done, pos) is kept as it is and copied in one
// piece when a byte needs a replacement. `json`: the text is the inside of a JSON string.
void AppendEscaped(std::string& out, std::string_view text, bool attribute, bool json) {
  const std::size_t size = text.size();
  std::size_t done = 0, pos = 0;
  while ((pos = NextStop(text, pos, attribute, json)) < size) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c >= 0x80) {
      const CodePoint cp = DecodeUtf8(text, pos);
      if (!cp.valid || !IsXmlChar(cp.value)) {
        out.append(text.data() + done, pos - done);
        AppendUtf8(kReplacementCharacter, out);
        done = pos + cp.length;
      }
      pos += cp.length;
      continue;
    }
    out.append(text.data() + done, pos - done);
    AppendEscapedAscii(out, c, attribute, json);
    done = ++pos;
  }
  out.append(text.data() + done, size - done);
}

}  // namespace

void AppendXmlEscaped(std::string& out, std::string_view text, bool attribute) {
  AppendEscaped(out, text, attribute, /*json=*/false);
}

void AppendXmlEscapedJsonString(std::string& out, std::string_view text, bool attribute) {
  const std::string_view quote = attribute ? "&quot;" : "\"";
  out += quote;
  AppendEscaped(out, text, attribute, /*json=*/true);
  out += quote;
}

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendXmlEscaped(out, text, false);
  return out;
}

std::string XmlEscapeAttribute(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendXmlEscaped(out, text, true);
  return out;
}

}  // namespace kg
