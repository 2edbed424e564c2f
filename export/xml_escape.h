// Escaping text for XML 1.0 (GraphML and GEXF): element content and attribute values.
//
//   out << "<node id=\"" << kg::XmlEscapeAttribute(node.id) << "\">";
//   out << "<data key=\"n_label\">" << kg::XmlEscape(node.label) << "</data>";
//
// What they do, and why:
// - & < > become entity references; XmlEscapeAttribute also turns " and ' into
//   references, so a value is safe within either quote. Content keeps its quotes, so the
//   JSON held by some GraphML attributes stays readable.
// - Tab, newline and carriage return become character references (&#9; &#10; &#13;):
//   a parser would otherwise normalise them to spaces in attribute values and turn CR LF
//   into LF in content, so the text would not read back byte for byte.
// - In content, a leading space and every space after a space become &#32;:
//   boost::read_graphml (rapidxml underneath) trims and squeezes literal spaces, so
//   "said  no" would read back as "said no". A trailing space it trims whatever we write.
// - Characters XML 1.0 does not allow at all (C0 controls other than those three,
//   U+FFFE, U+FFFF) cannot be written even as references; each becomes U+FFFD, so the
//   file stays well-formed and the damage stays visible.
// - Malformed UTF-8 is repaired to U+FFFD (see export/utf8.h); everything else, including
//   non-ASCII, is written as UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace kg {

// Whether XML 1.0 allows code point `cp` in a document (production [2] Char).
bool IsXmlChar(char32_t cp);

// Appends `text` escaped for element content (attribute = false) or for an attribute
// value (attribute = true) to `out`; the writers use this to avoid a copy per value.
void AppendXmlEscaped(std::string& out, std::string_view text, bool attribute);

// Appends `text` as a JSON string literal (quotes included) escaped for XML: the bytes
// AppendXmlEscaped would give for what RapidJSON's Writer writes for `text` (`"` and `\`
// backslashed; \b \t \n \f \r and \u00XX for the other C0 controls; everything else as
// it is), after malformed UTF-8 is repaired as export/utf8.h says. One pass, no copy: the
// GraphML and GEXF writers hold evidence and other lists as JSON text, and building it
// first, then escaping it, read every byte four times. A space that follows a space is
// a reference in content, as above; the first one does not need one, it follows a quote.
void AppendXmlEscapedJsonString(std::string& out, std::string_view text, bool attribute);

// `text` escaped for XML 1.0 element content (see above).
std::string XmlEscape(std::string_view text);

// `text` escaped for an XML 1.0 attribute value in double or single quotes.
std::string XmlEscapeAttribute(std::string_view text);

}  // namespace kg
