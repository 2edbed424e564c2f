// The vocabulary shared by every stage: entity types, relation types, byte spans
// and evidence. Exporters, the query engine and the extractor all speak it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kg {

// Half-open byte range [begin, end) into an article's original (unnormalised) text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

enum class EntityType { kPerson, kCountry, kAlliance };

enum class RelationType {
  kOfficialOf,      // person -> country, with a normalised role
  kMeets,           // person <-> person
  kVisits,          // person -> country
  kMemberOf,        // country -> alliance
  kSupports,        // actor -> actor
  kOpposes,         // actor -> actor
  kCriticizes,      // actor -> actor
  kSanctions,       // actor -> actor
  kCooperatesWith,  // actor <-> actor
  kConflictWith,    // actor <-> actor
  kCoMention,       // any <-> any, weight = sentences naming both
};
inline constexpr int kRelationTypeCount = 11;

// "person", "country", "alliance".
std::string_view ToString(EntityType t);
std::optional<EntityType> ParseEntityType(std::string_view s);

// "official_of", "meets", ... exactly as in GraphML/GEXF/DOT and on the CLI.
std::string_view ToString(RelationType t);
std::optional<RelationType> ParseRelationType(std::string_view s);
// Human-readable form: "official of", "cooperates with".
std::string HumanLabel(RelationType t);

// Symmetric relations are stored once per unordered pair (source id < target id).
bool IsSymmetric(RelationType t);

// One sentence that supports an edge.
struct Evidence {
  std::string article_id;
  Span span;            // the sentence, in the article's original bytes
  std::string text;     // the sentence as written in the article
  std::string speaker;  // entity id of whoever the sentence attributes it to, or ""

  friend bool operator==(const Evidence&, const Evidence&) = default;
};

}  // namespace kg
