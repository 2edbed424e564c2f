#include "export/xml_escape.h"

#include <array>

#include "export/utf8.h"

namespace kg {

bool IsXmlChar(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

namespace {

// Bytes that the copy loop must stop at: markup, C0 controls and every non-ASCII byte
// (checked as UTF-8); in attribute values also quotes; in content, spaces (only a
// leading space or one after a space needs a reference, checked in the loop).
// Everything else is copied in runs.
constexpr std::array<bool, 256> StopBytes(bool attribute) {
  std::array<bool, 256> stop{};
  for (int c = 0; c < 0x20; ++c) stop[c] = true;
  for (int c = 0x80; c < 0x100; ++c) stop[c] = true;
  for (unsigned char c : {'&', '<', '>'}) stop[c] = true;
  if (attribute) {
    stop['"'] = stop['\''] = true;
  } else {
    stop[' '] = true;
  }
  return stop;
}
constexpr std::array<bool, 256> kStopInContent = StopBytes(false);
constexpr std::array<bool, 256> kStopInAttribute = StopBytes(true);

}  // namespace

void AppendXmlEscaped(std::string& out, std::string_view text, bool attribute) {
  const std::array<bool, 256>& stop = attribute ? kStopInAttribute : kStopInContent;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t run = pos;
    while (run < text.size()) {
      const char c = text[run];
      if (!stop[static_cast<unsigned char>(c)] || (c == ' ' && run > 0 && text[run - 1] != ' ')) {
        ++run;  // a space after a non-space is literal
        continue;
      }
      break;
    }
    out.append(text.data() + pos, run - pos);
    pos = run;
    if (pos == text.size()) break;
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c >= 0x80) {
      const CodePoint cp = DecodeUtf8(text, pos);
      if (cp.valid && IsXmlChar(cp.value)) {
        out.append(text.data() + pos, cp.length);
      } else {
        AppendUtf8(kReplacementCharacter, out);
      }
      pos += cp.length;
      continue;
    }
    switch (c) {
      case ' ':
        // Readers built on rapidxml's whitespace normalisation (boost::read_graphml) trim
        // leading spaces and squeeze runs of them; spaces they would touch go as references.
        out += (!attribute && (pos == 0 || text[pos - 1] == ' ')) ? std::string_view("&#32;")
                                                                   : std::string_view(" ");
        break;
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += attribute ? "&quot;" : "\"";
        break;
      case '\'':
        out += attribute ? "&apos;" : "'";
        break;
      case '\t':
        out += "&#9;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:  // other C0 controls: not allowed in XML 1.0 even as references
        AppendUtf8(kReplacementCharacter, out);
    }
    ++pos;
  }
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
