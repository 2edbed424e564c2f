// Private to graph/: a strict, non-validating XML 1.0 tokenizer for untrusted input,
// in one pass and without building a tree. The GraphML reader pulls tokens from it.
//
//   XmlSource src{text, "graph.graphml"};
//   XmlScanner xml(src, {.max_depth = 64, .max_items = 1'000'000});
//   for (auto t = xml.Next(); t != XmlScanner::kEof; t = xml.Next())
//     if (t == XmlScanner::kStart && xml.name() == "node") ... xml.Attribute("id") ...
//
// Refused with a kg::Error naming file:line:column, before anything is returned for
// the bytes concerned: invalid UTF-8, characters not allowed in XML 1.0, encodings
// other than UTF-8, any DOCTYPE or other <!...> declaration (so no DTD, no external
// entity, no "billion laughs"), references to anything but the five predefined
// entities and character references, '<' in attribute values, nesting deeper than
// max_depth, more than max_items elements and attributes, mismatched or missing end
// tags, text or a second element outside the root. Comments, processing instructions
// and the XML declaration are skipped. Line ends and attribute values are not
// normalised (as rapidxml, which this replaces, did not).
//
// The input is never modified and every view points into it: references are decoded
// only when the caller asks (AppendDecoded), so a value without '&' costs no copy.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::detail {

// The document and its name, for messages.
struct XmlSource {
  std::string_view text;
  std::string name;

  // "name:line:column", 1-based, the column in bytes. Counts lines on demand: only
  // a refused file pays for it.
  std::string Where(std::size_t offset) const;
  [[noreturn]] void Fail(std::size_t offset, const std::string& what) const;
};

// Refuses UTF-16, a declared encoding other than UTF-8/ASCII, invalid UTF-8 and
// characters not allowed in XML 1.0. XmlScanner runs it first.
void CheckEncoding(const XmlSource& src);

// A piece of text as it stands in the document.
struct XmlText {
  std::string_view raw;
  bool decode = false;  // holds references: read it through AppendDecoded
};

// Writes `text` with its references decoded to `out`, which has room for
// text.raw.size() bytes (decoding never lengthens); returns the bytes written.
// requires: `text` came from XmlScanner, which checked every reference.
std::size_t DecodeInto(XmlText text, char* out);
// The same, appended to a string.
void AppendDecoded(XmlText text, std::string& out);

struct XmlLimits {
  std::size_t max_depth = 64;
  std::size_t max_items = 32'000'000;  // elements plus attributes
};

class XmlScanner {
 public:
  enum Token {
    kStart,  // a start tag (a self-closing one is followed by its kEnd)
    kEnd,    // the end of the element started last and still open
    kText,   // character data or a CDATA section inside the root
    kEof,    // the end of a well-formed document
  };

  // Checks the encoding of the whole document first (CheckEncoding).
  XmlScanner(const XmlSource& src, XmlLimits limits);
  // Not copyable: views into the scanner's state would dangle.
  XmlScanner(const XmlScanner&) = delete;
  XmlScanner& operator=(const XmlScanner&) = delete;

  Token Next();

  // kStart, kEnd: the element's name and the offset of the name in the document.
  std::string_view name() const { return name_; }
  std::size_t name_offset() const {
    return static_cast<std::size_t>(name_.data() - src_.text.data());
  }
  // kStart: the first attribute called `name`, if any.
  std::optional<XmlText> Attribute(std::string_view name) const;
  // kText: the piece of text; a CDATA section needs no decoding.
  XmlText text() const { return text_; }

 private:
  struct Attr {
    std::string_view name;
    XmlText value;
  };

  std::optional<Token> Markup();
  Token StartTag();
  Token EndTag();
  std::size_t ScanAttributes(std::size_t i, std::size_t tag);
  void CountItem(std::size_t tag);
  std::size_t SkipPast(std::size_t skip, std::string_view end, const char* what) const;
  bool CheckReferences(std::size_t begin, std::size_t end) const;
  void Reference(std::size_t i, std::size_t end) const;
  [[noreturn]] void Declaration(std::size_t i) const;

  const XmlSource& src_;
  XmlLimits limits_;
  std::size_t pos_ = 0;
  std::size_t items_ = 0;
  bool root_seen_ = false;
  bool close_pending_ = false;          // the last start tag closed itself
  std::vector<std::string_view> open_;  // names of the open elements, root first
  std::string_view name_;
  std::vector<Attr> attrs_;
  XmlText text_;
};

}  // namespace kg::detail
