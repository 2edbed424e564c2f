#include "export/dot_escape.h"

#include "export/utf8.h"

namespace kg {
namespace {

bool IsControl(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

std::string Quote(std::string_view text, bool label) {
  std::string out = "\"";
  out.reserve(text.size() + 2);
  for (std::size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte >= 0x20 && byte < 0x7F && byte != '"' && byte != '\\' && byte != '&') {
      out += static_cast<char>(byte);  // the usual case: printable ASCII as is
      ++pos;
      continue;
    }
    const CodePoint cp = DecodeUtf8(text, pos);
    const std::size_t next = pos + cp.length;
    switch (cp.value) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        if (next >= text.size() || text[next] != '\n') out += "\\n";  // CR LF: the LF says it
        break;
      case '\t':
        out += ' ';
        break;
      case '&':
        out += label ? "&amp;" : "&";
        break;
      default:
        if (!cp.valid) {
          AppendUtf8(kReplacementCharacter, out);
        } else if (!IsControl(cp.value) && cp.value != 0xFFFE && cp.value != 0xFFFF) {
          out.append(text, pos, cp.length);
        }
    }
    pos = next;
  }
  out += '"';
  return out;
}

}  // namespace

std::string DotId(std::string_view text) { return Quote(text, false); }

std::string DotLabel(std::string_view text) { return Quote(text, true); }

}  // namespace kg
