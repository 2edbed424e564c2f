#include "export/dot_escape.h"

#include "export/utf8.h"

namespace kg {
namespace {

bool IsControl(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

// Printable ASCII that goes into a quoted string as it is: the usual case, copied in runs.
bool Plain(unsigned char byte) {
  return byte >= 0x20 && byte < 0x7F && byte != '"' && byte != '\\' && byte != '&';
}

}  // namespace

void AppendDotQuoted(std::string& out, std::string_view text, bool label) {
  out += '"';
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t run = pos;
    while (run < text.size() && Plain(static_cast<unsigned char>(text[run]))) ++run;
    out.append(text, pos, run - pos);
    if ((pos = run) == text.size()) break;
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
}

std::string DotId(std::string_view text) {
  std::string out;
  AppendDotQuoted(out, text, false);
  return out;
}

std::string DotLabel(std::string_view text) {
  std::string out;
  AppendDotQuoted(out, text, true);
  return out;
}

}  // namespace kg
