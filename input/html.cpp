#include "input/html.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <string>

namespace kg {
namespace {

constexpr std::size_t npos = std::string_view::npos;

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string ToLower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), Lower);
  return out;
}

// Case-insensitive search for a lowercase ASCII `needle`; linear in practice.
std::size_t FindNoCase(std::string_view hay, std::string_view needle, std::size_t from) {
  if (needle.empty() || hay.size() < needle.size()) return npos;
  for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
    if (Lower(hay[i]) != needle[0]) continue;
    std::size_t k = 1;
    while (k < needle.size() && Lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return npos;
}

// Names of U+00A0..U+00FF in order (HTML 4's Latin-1 set).
constexpr std::array<std::string_view, 96> kLatin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

struct NamedEntity {
  std::string_view name;
  char32_t code;
};
constexpr NamedEntity kOtherNames[] = {
    {"quot", 0x22},     {"amp", 0x26},      {"apos", 0x27},    {"lt", 0x3C},
    {"gt", 0x3E},       {"OElig", 0x152},   {"oelig", 0x153},  {"Scaron", 0x160},
    {"scaron", 0x161},  {"Yuml", 0x178},    {"fnof", 0x192},   {"circ", 0x2C6},
    {"tilde", 0x2DC},   {"ensp", 0x2002},   {"emsp", 0x2003},  {"thinsp", 0x2009},
    {"zwnj", 0x200C},   {"zwj", 0x200D},    {"lrm", 0x200E},   {"rlm", 0x200F},
    {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D}, {"bdquo", 0x201E},
    {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},  {"hellip", 0x2026},
    {"permil", 0x2030}, {"prime", 0x2032},  {"Prime", 0x2033}, {"lsaquo", 0x2039},
    {"rsaquo", 0x203A}, {"euro", 0x20AC},   {"trade", 0x2122}, {"minus", 0x2212}};

// HTML5 reads &#128;..&#159; as windows-1252, as browsers always did.
constexpr char32_t kC1AsWindows1252[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

char32_t LookupName(std::string_view name) {
  for (std::size_t i = 0; i < kLatin1Names.size(); ++i)
    if (kLatin1Names[i] == name) return static_cast<char32_t>(0xA0 + i);
  for (const auto& e : kOtherNames)
    if (e.name == name) return e.code;
  return 0;
}

char32_t SanitizeCodePoint(uint64_t c) {
  if (c >= 0x80 && c <= 0x9F) return kC1AsWindows1252[c - 0x80];
  if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0xFFFD;
  if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return 0xFFFD;
  return static_cast<char32_t>(c);
}

const std::string_view kDroppedContent[] = {"script", "style", "noscript", "template", "title"};
const std::string_view kLineTags[] = {"br", "li", "tr", "dt", "dd", "option", "caption"};
const std::string_view kCellTags[] = {"td", "th"};
const std::string_view kBlockTags[] = {
    "p",      "div",        "h1",      "h2",         "h3",      "h4",       "h5",    "h6",
    "ul",     "ol",         "dl",      "table",      "thead",   "tbody",    "tfoot", "pre",
    "hr",     "section",    "article", "header",     "footer",  "main",     "aside", "nav",
    "figure", "figcaption", "form",    "blockquote", "address", "fieldset", "body",  "html",
    "head",   "center",     "details", "summary",    "legend",  "menu"};

template <std::size_t N>
bool OneOf(std::string_view name, const std::string_view (&set)[N]) {
  return std::find(std::begin(set), std::end(set), name) != std::end(set);
}

// One left-to-right pass; `pos_` only moves forward.
class Stripper {
 public:
  // `rcdata`: markup is plain text (the content of <title>), only references are decoded.
  Stripper(std::string_view html, bool rcdata) : in_(html), rcdata_(rcdata) {
    out_.reserve(html.size());
  }

  HtmlText Run() {
    while (pos_ < in_.size()) {
      const char c = in_[pos_];
      if (c == '<' && !rcdata_) {
        Markup();
      } else if (c == '&') {
        Text(Entity());
      } else if (IsSpace(c)) {
        space_ = true;
        ++pos_;
      } else {
        const std::size_t end = std::min(in_.find_first_of("<& \t\n\r\f", pos_ + 1), in_.size());
        Emit(in_.substr(pos_, end - pos_));
        pos_ = end;
      }
    }
    while (!out_.empty() && IsSpace(out_.back())) out_.pop_back();
    return {std::move(out_), std::move(title_)};
  }

 private:
  void Emit(std::string_view s) {
    if (space_ && !out_.empty() && out_.back() != '\n') out_ += ' ';
    space_ = false;
    out_.append(s);
  }

  void Text(char32_t c) {
    if (c < 0x80 && IsSpace(static_cast<char>(c))) {  // &#10; is white space like any other
      space_ = true;
      return;
    }
    if (c == 0xAD) return;  // &shy;: an invisible hyphenation hint
    char buf[U8_MAX_LENGTH];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, static_cast<UChar32>(c));
    Emit(std::string_view(buf, static_cast<std::size_t>(len)));
  }

  void Break(std::size_t newlines) {
    space_ = false;
    while (!out_.empty() && (out_.back() == ' ')) out_.pop_back();
    if (out_.empty()) return;
    std::size_t have = 0;
    while (have < newlines && have < out_.size() && out_[out_.size() - 1 - have] == '\n') ++have;
    if (have < newlines) out_.append(newlines - have, '\n');
  }

  // At '&': the decoded character, or '&' itself when this is no reference.
  char32_t Entity() {
    const std::size_t start = pos_ + 1;
    std::size_t i = start;
    char32_t code = 0;
    if (i < in_.size() && in_[i] == '#') {
      const bool hex = i + 1 < in_.size() && Lower(in_[i + 1]) == 'x';
      i += hex ? 2 : 1;
      const std::size_t digits = i;
      uint64_t value = 0;
      while (i < in_.size() &&
             (hex ? std::isxdigit(static_cast<unsigned char>(in_[i])) != 0 : IsDigit(in_[i]))) {
        const int d = IsDigit(in_[i]) ? in_[i] - '0' : Lower(in_[i]) - 'a' + 10;
        value = std::min<uint64_t>(value * (hex ? 16 : 10) + d, 0x110000);
        ++i;
      }
      if (i == digits || i >= in_.size() || in_[i] != ';') return Literal();
      code = SanitizeCodePoint(value);
    } else {
      while (i < in_.size() && i - start < 32 && (IsAlpha(in_[i]) || IsDigit(in_[i]))) ++i;
      if (i >= in_.size() || in_[i] != ';') return Literal();
      code = LookupName(in_.substr(start, i - start));
      if (code == 0) return Literal();
      if (code == 0xA0) code = ' ';
    }
    pos_ = i + 1;
    return code;
  }

  char32_t Literal() {
    ++pos_;
    return '&';
  }

  // At '<': skips a comment, declaration or tag, acting on the tag.
  void Markup() {
    const std::string_view rest = in_.substr(pos_);
    if (rest.substr(0, 4) == "<!--") return SkipPast("-->", pos_ + 4);
    if (rest.substr(0, 9) == "<![CDATA[") {
      const std::size_t end = in_.find("]]>", pos_ + 9);
      const std::size_t stop = end == npos ? in_.size() : end;
      Emit(in_.substr(pos_ + 9, stop - pos_ - 9));
      pos_ = end == npos ? in_.size() : end + 3;
      return;
    }
    if (rest.size() > 1 && (rest[1] == '!' || rest[1] == '?')) return SkipPast(">", pos_ + 2);
    const bool closing = rest.size() > 1 && rest[1] == '/';
    const std::size_t name_at = pos_ + (closing ? 2 : 1);
    if (name_at >= in_.size() || !IsAlpha(in_[name_at])) {  // "a < b": just a character
      Emit("<");
      ++pos_;
      return;
    }
    std::size_t i = name_at;
    while (i < in_.size() && (IsAlpha(in_[i]) || IsDigit(in_[i]) || in_[i] == '-' || in_[i] == ':'))
      ++i;
    const std::string name = ToLower(in_.substr(name_at, i - name_at));
    const std::size_t end = TagEnd(i);
    if (end == npos) {  // unterminated tag: dropped to the end, as browsers do
      pos_ = in_.size();
      return;
    }
    pos_ = end + 1;
    const bool self_closing = in_[end - 1] == '/';
    if (!closing && !self_closing && OneOf(name, kDroppedContent)) return DropContent(name);
    if (OneOf(name, kBlockTags)) {
      Break(2);
    } else if (OneOf(name, kLineTags)) {
      Break(1);
    } else if (OneOf(name, kCellTags)) {
      space_ = true;
    }
  }

  // The '>' closing a tag whose attributes start at `i`. A quote opens a quoted value only
  // right after '=' (as in browsers), so "<p title=it's>" ends at its '>'.
  std::size_t TagEnd(std::size_t i) const {
    bool value_next = false;
    for (; i < in_.size(); ++i) {
      const char c = in_[i];
      if (value_next && (c == '"' || c == '\'')) {
        const std::size_t close = in_.find(c, i + 1);
        if (close == npos) return npos;
        i = close;
        value_next = false;
      } else if (c == '>') {
        return i;
      } else if (c == '=') {
        value_next = true;
      } else if (!IsSpace(c)) {
        value_next = false;
      }
    }
    return npos;
  }

  void SkipPast(std::string_view terminator, std::size_t from) {
    const std::size_t end = in_.find(terminator, from);
    pos_ = end == npos ? in_.size() : end + terminator.size();
  }

  // After <script>-like tags: everything up to the matching close tag goes.
  void DropContent(const std::string& name) {
    const std::size_t close = FindNoCase(in_, "</" + name, pos_);
    const std::size_t stop = close == npos ? in_.size() : close;
    if (name == "title" && title_.empty())
      title_ = Stripper(in_.substr(pos_, stop - pos_), /*rcdata=*/true).Run().text;
    if (close == npos) {
      pos_ = in_.size();
      return;
    }
    const std::size_t gt = in_.find('>', close);
    pos_ = gt == npos ? in_.size() : gt + 1;
  }

  std::string_view in_;
  std::size_t pos_ = 0;
  std::string out_;
  std::string title_;
  bool rcdata_ = false;
  bool space_ = false;  // white space seen since the last emitted text
};

}  // namespace

bool LooksLikeHtml(std::string_view text) {
  const std::size_t start = text.find_first_not_of(" \t\r\n\f");
  if (start == npos || text[start] != '<') return false;
  const std::string head = ToLower(text.substr(start, 1024));
  for (std::string_view marker : {"<!doctype html", "<html", "<head", "<body"})
    if (head.find(marker) != std::string::npos) return true;
  return false;
}

HtmlText StripHtml(std::string_view html) { return Stripper(html, /*rcdata=*/false).Run(); }

}  // namespace kg
