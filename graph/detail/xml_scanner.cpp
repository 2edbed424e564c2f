#include "graph/detail/xml_scanner.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "common/error.h"

namespace kg::detail {
namespace {

bool IsXmlChar(std::uint32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Whether the 8 bytes at `p` are all XML characters in ASCII: most of a GraphML file.
// Words with a byte below 0x20 (line ends, mostly) are checked byte by byte.
bool XmlAscii8(const unsigned char* p) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL, kSpaces = 0x2020202020202020ULL;
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  if (w & kHigh) return false;
  if (((w - kSpaces) & ~w & kHigh) == 0) return true;
  for (int k = 0; k < 8; ++k)
    if (p[k] < 0x20 && p[k] != '\n' && p[k] != '\t' && p[k] != '\r') return false;
  return true;
}

// Offset of the first byte that is not valid UTF-8 or not an XML 1.0 character.
std::optional<std::size_t> FindBadChar(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0, n = s.size(); i < n;) {
    if (n - i >= 8 && XmlAscii8(p + i)) {
      i += 8;
      continue;
    }
    const unsigned c = p[i];
    if (c < 0x80) {
      if (!IsXmlChar(c)) return i;
      ++i;
      continue;
    }
    std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (c < 0xC2 || c > 0xF4 || n - i < len) return i;
    std::uint32_t cp = c & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || !IsXmlChar(cp)) return i;
    i += len;
  }
  return std::nullopt;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Bytes that end an element or attribute name.
constexpr std::array<bool, 256> kEndsName = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : std::string_view(" \t\n\r>/=<\"'")) table[c] = true;
  return table;
}();
bool EndsName(char c) { return kEndsName[static_cast<unsigned char>(c)]; }

// The five predefined entities, with the '&' and ';' around them: most references in
// a GraphML file are &quot; around JSON strings, so they are tried first and whole.
struct Predefined {
  std::string_view text;
  char value;
};
constexpr std::array<Predefined, 5> kPredefined = {
    {{"&quot;", '"'}, {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&apos;", '\''}}};

const Predefined* FindPredefined(std::string_view at_amp) {
  if (at_amp.size() < 4) return nullptr;
  switch (at_amp[1]) {  // one comparison of the whole name, not five
    case 'q':
      return at_amp.starts_with(kPredefined[0].text) ? &kPredefined[0] : nullptr;
    case 'a':
      if (at_amp.starts_with(kPredefined[1].text)) return &kPredefined[1];
      return at_amp.starts_with(kPredefined[4].text) ? &kPredefined[4] : nullptr;
    case 'l':
      return at_amp.starts_with(kPredefined[2].text) ? &kPredefined[2] : nullptr;
    case 'g':
      return at_amp.starts_with(kPredefined[3].text) ? &kPredefined[3] : nullptr;
    default:
      return nullptr;
  }
}

// The character a reference's name (between '&' and ';') stands for, if it is one of
// the five predefined entities or a character reference to an XML character.
std::optional<std::uint32_t> ReferenceValue(std::string_view name) {
  if (name == "amp") return '&';
  if (name == "lt") return '<';
  if (name == "gt") return '>';
  if (name == "quot") return '"';
  if (name == "apos") return '\'';
  if (!name.starts_with('#')) return std::nullopt;
  std::string_view digits = name.substr(1);
  const bool hex = digits.starts_with('x');
  if (hex) digits.remove_prefix(1);
  std::uint32_t value = 0;
  const auto [end, ec] =
      std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
  if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() ||
      !IsXmlChar(value))
    return std::nullopt;
  return value;
}

// Writes `c` as UTF-8 at `out`; returns the bytes written (at most 4, and never more
// than the shortest reference to it, "&#N;", takes).
std::size_t PutUtf8(std::uint32_t c, char* out) {
  auto byte = [](std::uint32_t b) { return static_cast<char>(b); };
  if (c < 0x80) {
    out[0] = byte(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = byte(0xC0 | (c >> 6));
    out[1] = byte(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = byte(0xE0 | (c >> 12));
    out[1] = byte(0x80 | ((c >> 6) & 0x3F));
    out[2] = byte(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = byte(0xF0 | (c >> 18));
  out[1] = byte(0x80 | ((c >> 12) & 0x3F));
  out[2] = byte(0x80 | ((c >> 6) & 0x3F));
  out[3] = byte(0x80 | (c & 0x3F));
  return 4;
}

// The next occurrence of `c` in [from, end) of `t`, or `end`.
std::size_t Find(std::string_view t, char c, std::size_t from, std::size_t end) {
  if (from >= end) return end;
  const void* p = std::memchr(t.data() + from, c, end - from);
  return p ? static_cast<std::size_t>(static_cast<const char*>(p) - t.data()) : end;
}

}  // namespace

std::string XmlSource::Where(std::size_t offset) const {
  offset = std::min(offset, text.size());
  const std::size_t line = 1 + std::count(text.begin(), text.begin() + offset, '\n');
  const std::size_t last = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  const std::size_t column = last == std::string_view::npos ? offset + 1 : offset - last;
  return name + ":" + std::to_string(line) + ":" + std::to_string(column);
}

void XmlSource::Fail(std::size_t offset, const std::string& what) const {
  throw Error(Where(offset), what);
}

void CheckEncoding(const XmlSource& src) {
  const std::string_view t = src.text;
  if (t.starts_with("\xFE\xFF") || t.starts_with("\xFF\xFE"))
    src.Fail(0, "UTF-16 GraphML is not supported: convert the file to UTF-8");
  const std::size_t start = t.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  if (t.substr(start, 5) == "<?xml") {
    const std::size_t end = t.find("?>", start);
    const std::string decl(t.substr(start, end == std::string_view::npos ? 0 : end - start));
    const std::size_t at = decl.find("encoding");
    if (at != std::string::npos) {
      const std::size_t q = decl.find_first_of("\"'", at);
      const std::size_t q2 = q == std::string::npos ? q : decl.find(decl[q], q + 1);
      const std::string enc = q2 == std::string::npos ? "" : Lower(decl.substr(q + 1, q2 - q - 1));
      if (enc != "utf-8" && enc != "utf8" && enc != "us-ascii" && enc != "ascii")
        src.Fail(start + at,
                 "encoding \"" + enc + "\" is not supported: convert the file to UTF-8");
    }
  }
  if (auto bad = FindBadChar(t))
    src.Fail(*bad, "invalid UTF-8 or a character not allowed in XML 1.0");
}

std::size_t DecodeInto(XmlText text, char* out) {
  const std::string_view s = text.raw;
  if (!text.decode) {
    std::memcpy(out, s.data(), s.size());
    return s.size();
  }
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t amp = std::min(s.find('&', i), s.size());
    std::memcpy(out + n, s.data() + i, amp - i);
    n += amp - i;
    if (amp == s.size()) break;
    if (const Predefined* p = FindPredefined(s.substr(amp))) {
      out[n++] = p->value;
      i = amp + p->text.size();
      continue;
    }
    const std::size_t semi = s.find(';', amp);
    assert(semi != std::string_view::npos);
    n += PutUtf8(ReferenceValue(s.substr(amp + 1, semi - amp - 1)).value_or(0xFFFD), out + n);
    i = semi + 1;
  }
  return n;
}

void AppendDecoded(XmlText text, std::string& out) {
  const std::size_t old = out.size();
  out.resize(old + text.raw.size());
  out.resize(old + DecodeInto(text, out.data() + old));
}

XmlScanner::XmlScanner(const XmlSource& src, XmlLimits limits) : src_(src), limits_(limits) {
  CheckEncoding(src_);
  if (src_.text.starts_with("\xEF\xBB\xBF")) pos_ = 3;  // a UTF-8 byte order mark
}

XmlScanner::Token XmlScanner::Next() {
  const std::string_view t = src_.text;
  if (close_pending_) {  // the kEnd of a self-closing tag
    close_pending_ = false;
    name_ = open_.back();
    open_.pop_back();
    return kEnd;
  }
  while (pos_ < t.size()) {
    if (t[pos_] == '<') {
      if (const auto token = Markup()) return *token;
      continue;
    }
    const std::size_t begin = pos_;
    pos_ = Find(t, '<', pos_, t.size());
    if (!open_.empty()) {
      text_ = {t.substr(begin, pos_ - begin), CheckReferences(begin, pos_)};
      return kText;
    }
    for (std::size_t i = begin; i < pos_; ++i)
      if (!IsSpace(t[i])) src_.Fail(i, "malformed XML: text outside the root element");
  }
  if (!open_.empty()) src_.Fail(t.size(), "malformed XML: unexpected end of data");
  return kEof;
}

// At '<': a token, or nothing for markup that is skipped (comments, instructions).
std::optional<XmlScanner::Token> XmlScanner::Markup() {
  const std::string_view rest = src_.text.substr(pos_);
  const char second = rest.size() > 1 ? rest[1] : '\0';
  if (second != '!' && second != '?' && second != '/') return StartTag();  // most tags
  if (rest.starts_with("<!--")) {
    pos_ = SkipPast(4, "-->", "comment");
    return std::nullopt;
  }
  if (rest.starts_with("<![CDATA[")) {
    const std::size_t begin = pos_ + 9;
    if (open_.empty()) src_.Fail(pos_, "malformed XML: CDATA section outside the root element");
    pos_ = SkipPast(9, "]]>", "CDATA section");
    text_ = {src_.text.substr(begin, pos_ - 3 - begin), false};
    return kText;
  }
  if (rest.starts_with("<?")) {
    pos_ = SkipPast(2, "?>", "processing instruction");
    return std::nullopt;
  }
  if (rest.starts_with("<!")) Declaration(pos_);
  if (rest.starts_with("</")) return EndTag();
  return StartTag();
}

std::size_t XmlScanner::SkipPast(std::size_t skip, std::string_view end, const char* what) const {
  const std::size_t at = src_.text.find(end, pos_ + skip);
  if (at == std::string_view::npos) src_.Fail(pos_, std::string("unterminated ") + what);
  return at + end.size();
}

void XmlScanner::Declaration(std::size_t i) const {
  const std::string_view t = src_.text;
  if (Lower(t.substr(i, 9)) == "<!doctype")
    src_.Fail(i,
              "DOCTYPE refused: GraphML needs no DTD, and a DTD can declare entities "
              "(external files, \"billion laughs\")");
  if (t.substr(i, 8) == "<!ENTITY") src_.Fail(i, "entity declarations are refused");
  src_.Fail(i, "markup declarations (<!...>) are refused");
}

// An element and its attributes count towards the size limit; the element towards
// the depth limit unless it closes itself.
XmlScanner::Token XmlScanner::StartTag() {
  const std::string_view t = src_.text;
  const std::size_t tag = pos_;
  std::size_t i = tag + 1;
  while (i < t.size() && !EndsName(t[i])) ++i;
  if (i >= t.size()) src_.Fail(tag, "unterminated start tag");
  if (i == tag + 1) src_.Fail(i, "malformed XML: expected an element name");
  if (open_.empty() && root_seen_) src_.Fail(tag + 1, "malformed XML: more than one root element");
  name_ = t.substr(tag + 1, i - tag - 1);
  attrs_.clear();
  CountItem(tag);
  pos_ = ScanAttributes(i, tag);
  if (!close_pending_ && open_.size() >= limits_.max_depth)
    src_.Fail(tag, "elements nested deeper than " + std::to_string(limits_.max_depth));
  root_seen_ = true;
  open_.push_back(name_);
  return kStart;
}

void XmlScanner::CountItem(std::size_t tag) {
  if (++items_ > limits_.max_items)
    src_.Fail(tag, "more than " + std::to_string(limits_.max_items) + " elements and attributes");
}

// From just after the element name to just past the tag's '>'.
std::size_t XmlScanner::ScanAttributes(std::size_t i, std::size_t tag) {
  const std::string_view t = src_.text;
  const std::size_t n = t.size();
  auto skip_space = [&] {
    while (i < n && IsSpace(t[i])) ++i;
    if (i >= n) src_.Fail(tag, "unterminated start tag");
  };
  for (;;) {
    const std::size_t before = i;
    skip_space();
    if (t[i] == '>') return i + 1;
    if (t[i] == '/') {
      if (i + 1 >= n || t[i + 1] != '>') src_.Fail(i, "malformed XML: expected >");
      close_pending_ = true;
      return i + 2;
    }
    if (t[i] == '<') src_.Fail(tag, "unterminated start tag");
    if (i == before) src_.Fail(i, "malformed XML: expected white space before an attribute");
    const std::size_t name = i;
    while (i < n && !EndsName(t[i])) ++i;
    if (i == name) src_.Fail(i, "malformed XML: expected an attribute name");
    const std::string_view attr_name = t.substr(name, i - name);
    skip_space();
    if (t[i] != '=') src_.Fail(i, "malformed XML: expected =");
    ++i;
    skip_space();
    const char quote = t[i];
    if (quote != '"' && quote != '\'') src_.Fail(i, "malformed XML: expected ' or \"");
    // Values are short: one pass for the quote, '<' and '&' beats three memchr calls.
    const std::size_t begin = ++i;
    bool references = false;
    for (; i < n && t[i] != quote; ++i) {
      if (t[i] == '<') src_.Fail(i, "'<' inside an attribute value");
      if (t[i] == '&') references = true;
    }
    if (i >= n) src_.Fail(tag, "unterminated start tag");
    if (references) CheckReferences(begin, i);
    CountItem(tag);  // before storing it: one tag cannot hold more than the limit
    attrs_.push_back({attr_name, {t.substr(begin, i - begin), references}});
    ++i;
  }
}

XmlScanner::Token XmlScanner::EndTag() {
  const std::string_view t = src_.text;
  const std::size_t tag = pos_;
  std::size_t i = tag + 2;
  while (i < t.size() && !EndsName(t[i])) ++i;
  if (open_.empty()) src_.Fail(tag, "end tag without a start tag");
  if (t.substr(tag + 2, i - tag - 2) != open_.back())
    src_.Fail(i, "malformed XML: invalid closing tag name");
  while (i < t.size() && IsSpace(t[i])) ++i;
  if (i >= t.size() || t[i] != '>') src_.Fail(i, "malformed XML: expected >");
  pos_ = i + 1;
  name_ = open_.back();
  open_.pop_back();
  return kEnd;
}

std::optional<XmlText> XmlScanner::Attribute(std::string_view name) const {
  for (const Attr& a : attrs_)
    if (a.name == name) return a.value;
  return std::nullopt;
}

// Checks every reference in [begin, end); returns whether there is any.
bool XmlScanner::CheckReferences(std::size_t begin, std::size_t end) const {
  bool any = false;
  for (std::size_t amp = Find(src_.text, '&', begin, end); amp < end;
       amp = Find(src_.text, '&', amp + 1, end)) {
    Reference(amp, end);
    any = true;
  }
  return any;
}

// Only &amp; &lt; &gt; &quot; &apos; and character references: nothing to expand.
void XmlScanner::Reference(std::size_t i, std::size_t end) const {
  const std::string_view t = src_.text;
  if (FindPredefined(t.substr(i, end - i))) return;
  const std::size_t semi = Find(t, ';', i, std::min(end, i + 13));
  if (semi >= std::min(end, i + 13))
    src_.Fail(i, "'&' must start an entity reference (write &amp;)");
  const std::string_view name = t.substr(i + 1, semi - i - 1);
  if (ReferenceValue(name)) return;
  if (name.starts_with('#')) src_.Fail(i, "invalid character reference");
  src_.Fail(i, "entity reference &" + std::string(name) +
                   "; refused: only the predefined entities and character references "
                   "are allowed");
}

}  // namespace kg::detail
