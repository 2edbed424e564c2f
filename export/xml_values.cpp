#include "export/xml_values.h"

#include <array>
#include <cassert>
#include <charconv>
#include <cstdint>
#include <span>

#include "export/detail/attribute_values.h"
#include "export/xml_escape.h"

namespace kg {
namespace {

// The part of RapidJSON's Writer interface that json_values.h uses, writing compact JSON
// that is already escaped for XML: the same bytes as rapidjson::Writer followed by
// AppendXmlEscaped. Separators follow RapidJSON's rules (',' between values, ':' after
// a key). Keys are our own ASCII literals: written without escaping.
class XmlJsonWriter {
 public:
  static constexpr bool kRepairsUtf8 = true;  // AppendXmlEscapedJsonString repairs

  XmlJsonWriter(std::string& out, bool attribute)
      : out_(out), attribute_(attribute), quote_(attribute ? "&quot;" : "\"") {}

  void StartArray() { Start(true, '['); }
  void EndArray() { End(']'); }
  void StartObject() { Start(false, '{'); }
  void EndObject() { End('}'); }
  void Key(std::string_view key) {
    Prefix();
    out_ += quote_;
    out_ += key;
    out_ += quote_;
  }
  void String(std::string_view text) {
    Prefix();
    AppendXmlEscapedJsonString(out_, text, attribute_);
  }
  void Uint64(std::uint64_t n) {
    Prefix();
    char digits[20];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out_.append(digits, end);
  }

 private:
  struct Level {
    bool in_array = false;
    std::size_t values = 0;  // in an object, keys count as values, as in RapidJSON
  };
  void Prefix() {
    if (depth_ == 0) return;
    Level& level = levels_[depth_ - 1];
    if (level.values > 0) out_ += level.in_array || level.values % 2 == 0 ? ',' : ':';
    ++level.values;
  }
  void Start(bool array, char bracket) {
    Prefix();
    assert(depth_ < levels_.size());
    levels_[depth_++] = {array, 0};
    out_ += bracket;
  }
  void End(char bracket) {
    assert(depth_ > 0);
    --depth_;
    out_ += bracket;
  }

  std::string& out_;
  const bool attribute_;
  const std::string_view quote_;
  std::array<Level, 4> levels_;  // our values nest two deep: evidence objects in an array
  std::size_t depth_ = 0;
};

// Writes each value framed by `layout`, escaped as it goes.
class XmlSink {
 public:
  XmlSink(std::string& out, const XmlValueLayout& layout) : out_(out), layout_(layout) {}

  void Text(std::size_t attr, std::string_view text) {
    out_ += layout_.opening(attr);
    AppendXmlEscaped(out_, text, layout_.attribute());
    out_ += layout_.after_value();
  }
  template <typename Write>
  void Json(std::size_t attr, Write write) {
    out_ += layout_.opening(attr);
    XmlJsonWriter writer(out_, layout_.attribute());
    write(writer);
    out_ += layout_.after_value();
  }

 private:
  std::string& out_;
  const XmlValueLayout& layout_;
};

}  // namespace

XmlValueLayout::XmlValueLayout(std::span<const AttrSpec> table, std::string_view before_name,
                               std::string_view after_name, std::string_view after_value,
                               bool attribute)
    : after_value_(after_value), attribute_(attribute) {
  for (const AttrSpec& spec : table) {
    std::string& opening = openings_.emplace_back(before_name);
    opening += spec.name;
    opening += after_name;
  }
}

void AppendXmlValues(std::string& out, const EntityNode& node, const XmlValueLayout& layout) {
  assert(layout.size() == kNodeAttributes.size());
  XmlSink sink(out, layout);
  detail::VisitNodeValues(node, sink);
}

void AppendXmlValues(std::string& out, const KnowledgeGraph& graph, const RelationEdge& edge,
                     const XmlValueLayout& layout) {
  assert(layout.size() == kEdgeAttributes.size());
  XmlSink sink(out, layout);
  detail::VisitEdgeValues(graph, edge, sink);
}

void AppendXmlEdgeOpening(std::string& out, std::string_view indent, const KnowledgeGraph& graph,
                          KnowledgeGraph::EdgeId e, std::size_t index) {
  out += indent;
  out += "<edge id=\"e";
  char digits[20];
  out.append(digits, std::to_chars(digits, digits + sizeof digits, index).ptr);
  out += "\" source=\"";
  AppendXmlEscaped(out, graph.node(graph.source(e)).id, /*attribute=*/true);
  out += "\" target=\"";
  AppendXmlEscaped(out, graph.node(graph.target(e)).id, /*attribute=*/true);
  out += '"';
}

}  // namespace kg
