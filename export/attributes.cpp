#include "export/attributes.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <cstdint>

#include "export/detail/attribute_values.h"

namespace kg {
namespace {

// Appends to a std::string for RapidJSON's writer. Not rapidjson::StringBuffer: RapidJSON
// 1.1.0's SSE2 scan, which only StringBuffer writers get, compares with 0x19 and lets
// control characters 0x1A..0x1F through unescaped.
struct StringStream {
  using Ch = char;
  std::string& text;
  void Put(char c) { text += c; }
  void Flush() {}
};

// Collects each value as a string, JSON values as compact JSON text.
struct TextSink {
  std::vector<AttrValue>& values;
  void Text(std::size_t attr, std::string_view text) {
    values.push_back({attr, std::string(text)});
  }
  template <typename Write>
  void Json(std::size_t attr, Write write) {
    std::string text;
    StringStream stream{text};
    rapidjson::Writer<StringStream> writer(stream);
    write(writer);
    values.push_back({attr, std::move(text)});
  }
};

}  // namespace

std::vector<AttrValue> NodeAttributeValues(const EntityNode& node) {
  std::vector<AttrValue> values;
  TextSink sink{values};
  detail::VisitNodeValues(node, sink);
  return values;
}

std::vector<AttrValue> EdgeAttributeValues(const KnowledgeGraph& graph, const RelationEdge& edge) {
  std::vector<AttrValue> values;
  TextSink sink{values};
  detail::VisitEdgeValues(graph, edge, sink);
  return values;
}

std::string RoleText(const RelationEdge& edge) {
  return fmt::format("{}", fmt::join(edge.roles, "; "));
}

std::string EdgeLabel(const RelationEdge& edge) {
  std::string label = HumanLabel(edge.relation);
  if (!edge.roles.empty()) label += " (" + RoleText(edge) + ")";
  return label;
}

std::string FormatNumber(double value) {
  if (!std::isfinite(value)) return "0";
  // Weights count sentences: whole numbers, for which fmt's shortest form is the integer
  // (up to 1e16, where it turns to "1e+16"), and to_string is several times faster.
  if (value >= 1 && value < 1e15 && value == std::floor(value))
    return std::to_string(static_cast<std::uint64_t>(value));
  return fmt::format("{}", value);
}

Rgb EntityColor(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return {0xE6, 0x9F, 0x00};
    case EntityType::kCountry:
      return {0x56, 0xB4, 0xE9};
    case EntityType::kAlliance:
      return {0x00, 0x9E, 0x73};
  }
  return {0x99, 0x99, 0x99};  // unreachable for valid enum values
}

}  // namespace kg
