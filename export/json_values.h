// RapidJSON helpers shared by the JSON writer and by the GraphML/GEXF attributes that
// hold JSON text. Internal to export/ (it includes RapidJSON, which stays out of every
// public header): include it from .cpp files only.
//
//   rapidjson::StringBuffer buffer;
//   rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
//   kg::json::WriteEvidence(writer, edge.evidence);
#pragma once

#include <rapidjson/writer.h>

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/schema.h"
#include "export/utf8.h"

namespace kg::json {

// A writer of RapidJSON's interface that repairs malformed UTF-8 itself while it escapes
// (export/xml_values.cpp) and says so with `static constexpr bool kRepairsUtf8 = true`.
template <typename Writer>
concept RepairsUtf8 = Writer::kRepairsUtf8;

// A JSON string. Malformed UTF-8 is repaired first: RapidJSON's writer copies bytes as
// they are, and a reader would reject the document. A writer that repairs as it goes
// gets the text as it is, rather than a pass over every byte to check it first.
template <typename Writer>
void WriteString(Writer& writer, std::string_view text) {
  if constexpr (RepairsUtf8<Writer>) {
    writer.String(text);
  } else if (IsValidUtf8(text)) {  // the usual case: no copy
    writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  } else {
    const std::string valid = ValidUtf8(text);
    writer.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
  }
}

// A JSON array of the strings of `strings` (a std::set, or a sorted vector of views).
template <typename Writer, typename Strings>
void WriteStrings(Writer& writer, const Strings& strings) {
  writer.StartArray();
  for (const auto& s : strings) WriteString(writer, s);
  writer.EndArray();
}

// [{"article":"..","begin":N,"end":N,"text":"..","speaker":".."}, ...], speaker only
// when known.
template <typename Writer>
void WriteEvidence(Writer& writer, const std::vector<Evidence>& evidence) {
  writer.StartArray();
  for (const auto& e : evidence) {
    writer.StartObject();
    writer.Key("article");
    WriteString(writer, e.article_id);
    writer.Key("begin");
    writer.Uint64(e.span.begin);
    writer.Key("end");
    writer.Uint64(e.span.end);
    writer.Key("text");
    WriteString(writer, e.text);
    if (!e.speaker.empty()) {
      writer.Key("speaker");
      WriteString(writer, e.speaker);
    }
    writer.EndObject();
  }
  writer.EndArray();
}

}  // namespace kg::json
