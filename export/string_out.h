// The writers' way of appending to an output string: text, numbers, and XML-escaped
// values. Internal to export/. WriteFormats (export/formats.h) owns the strings: it
// hands them to the element writers and passes them on to the streams, so a format can
// be written in pieces, by several threads, in order.
//
//   std::string s;
//   kg::StringOut out(s);
//   out << "<node id=\"";
//   out.Escaped(node.id, /*attribute=*/true) << "\">\n";
#pragma once

#include <charconv>
#include <string>
#include <string_view>

#include "export/xml_escape.h"

namespace kg {

class StringOut {
 public:
  explicit StringOut(std::string& out) : out_(out) {}

  StringOut& operator<<(std::string_view text) {
    out_.append(text);
    return *this;
  }
  StringOut& operator<<(char c) {
    out_.push_back(c);
    return *this;
  }
  StringOut& operator<<(std::size_t n) {
    char digits[20];
    out_.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
    return *this;
  }
  // `text` escaped for XML content or an attribute value (export/xml_escape.h).
  StringOut& Escaped(std::string_view text, bool attribute) {
    AppendXmlEscaped(out_, text, attribute);
    return *this;
  }
  // The string itself, for appenders such as AppendXmlValues (export/xml_values.h).
  std::string& str() { return out_; }

 private:
  std::string& out_;
};

}  // namespace kg
