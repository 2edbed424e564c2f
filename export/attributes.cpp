#include "export/attributes.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>

#include "export/json_values.h"

namespace kg {
namespace {

// Compact JSON text of whatever `write` emits into a RapidJSON writer.
template <typename Fn>
std::string JsonText(Fn write) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  write(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

// Index of an attribute in its table. consteval: a misspelt name fails to build.
consteval std::size_t NodeAttr(std::string_view name) {
  for (std::size_t i = 0; i < kNodeAttributes.size(); ++i)
    if (kNodeAttributes[i].name == name) return i;
  throw "no such node attribute";
}
consteval std::size_t EdgeAttr(std::string_view name) {
  for (std::size_t i = 0; i < kEdgeAttributes.size(); ++i)
    if (kEdgeAttributes[i].name == name) return i;
  throw "no such edge attribute";
}

}  // namespace

std::vector<AttrValue> NodeAttributeValues(const EntityNode& node) {
  std::vector<AttrValue> values;
  values.push_back({NodeAttr("label"), node.label});
  values.push_back({NodeAttr("type"), std::string(ToString(node.type))});
  if (!node.iso.empty()) values.push_back({NodeAttr("iso"), node.iso});
  values.push_back(
      {NodeAttr("aliases"), JsonText([&](auto& w) { json::WriteStrings(w, node.aliases); })});
  values.push_back({NodeAttr("mentions"), std::to_string(node.mentions)});
  values.push_back({NodeAttr("articles"), std::to_string(ArticleCount(node))});
  return values;
}

std::vector<AttrValue> EdgeAttributeValues(const RelationEdge& edge) {
  std::vector<AttrValue> values;
  values.push_back({EdgeAttr("relation"), std::string(ToString(edge.relation))});
  values.push_back({EdgeAttr("label"), EdgeLabel(edge)});
  if (std::string role = RoleText(edge); !role.empty())
    values.push_back({EdgeAttr("role"), std::move(role)});
  values.push_back({EdgeAttr("weight"), FormatNumber(edge.weight)});
  values.push_back(
      {EdgeAttr("articles"), JsonText([&](auto& w) { json::WriteStrings(w, edge.articles); })});
  values.push_back(
      {EdgeAttr("evidence"), JsonText([&](auto& w) { json::WriteEvidence(w, edge.evidence); })});
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
