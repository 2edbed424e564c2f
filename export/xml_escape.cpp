#include "export/xml_escape.h"

#include "export/utf8.h"

namespace kg {

bool IsXmlChar(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

namespace {

std::string Escape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const CodePoint cp = DecodeUtf8(text, pos);
    // Readers built on rapidxml's whitespace normalisation (boost::read_graphml) trim
    // leading spaces and squeeze runs of them; spaces they would touch go as references.
    if (cp.value == ' ' && !attribute && (pos == 0 || text[pos - 1] == ' ')) {
      out += "&#32;";
      pos += 1;
      continue;
    }
    switch (cp.value) {
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
      default:
        if (cp.valid && IsXmlChar(cp.value)) {
          out.append(text, pos, cp.length);
        } else {
          AppendUtf8(kReplacementCharacter, out);
        }
    }
    pos += cp.length;
  }
  return out;
}

}  // namespace

std::string XmlEscape(std::string_view text) { return Escape(text, false); }

std::string XmlEscapeAttribute(std::string_view text) { return Escape(text, true); }

}  // namespace kg
