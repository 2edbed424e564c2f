#include "common/schema.h"

#include <array>

namespace kg {
namespace {

constexpr std::array<std::string_view, 3> kEntityNames = {"person", "country", "alliance"};
constexpr std::array<std::string_view, kRelationTypeCount> kRelationNames = {
    "official_of", "meets",      "visits",          "member_of",     "supports",  "opposes",
    "criticizes",  "sanctions",  "cooperates_with", "conflict_with", "co_mention"};

}  // namespace

std::string_view ToString(EntityType t) { return kEntityNames[static_cast<int>(t)]; }

std::optional<EntityType> ParseEntityType(std::string_view s) {
  for (std::size_t i = 0; i < kEntityNames.size(); ++i)
    if (kEntityNames[i] == s) return static_cast<EntityType>(i);
  return std::nullopt;
}

std::string_view ToString(RelationType t) { return kRelationNames[static_cast<int>(t)]; }

std::optional<RelationType> ParseRelationType(std::string_view s) {
  for (std::size_t i = 0; i < kRelationNames.size(); ++i)
    if (kRelationNames[i] == s) return static_cast<RelationType>(i);
  return std::nullopt;
}

std::string HumanLabel(RelationType t) {
  std::string s(ToString(t));
  for (char& c : s)
    if (c == '_') c = ' ';
  return s;
}

bool IsSymmetric(RelationType t) {
  return t == RelationType::kMeets || t == RelationType::kCooperatesWith ||
         t == RelationType::kConflictWith || t == RelationType::kCoMention;
}

}  // namespace kg
