// What the extractor finds in one article: its sentences, the entities named in it
// (resolved within the article), every mention of them, and the relations between
// them with the sentence behind each. A value type; the graph stage merges many.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "common/schema.h"

namespace kg {

struct Sentence {
  Span span;  // into Article::text (original bytes)
};

// A person's sex as far as the article tells (a given name of one sex, "Mrs", "King"):
// what "she" and "his" may refer to. Not exported.
enum class Sex : std::uint8_t { kUnknown, kFemale, kMale };

// One entity as resolved within one article.
struct Entity {
  std::string id;     // stable: "country:RU", "alliance:nato", "person:vladimir-putin"
  std::string label;  // canonical name
  EntityType type = EntityType::kPerson;
  std::string iso;    // ISO 3166-1 alpha-2 for countries (or 3166-3 code), else ""
  std::vector<std::string> aliases;  // every surface form seen, sorted, unique
  std::size_t mentions = 0;
  Sex sex = Sex::kUnknown;  // people only
};

// How a mention names its entity.
enum class MentionForm : std::uint8_t {
  kName,        // a name or alias of the entity ("Russia", "Russian Federation", "NATO")
  kDemonym,     // "Russian", "Chinese"
  kMetonym,     // "Moscow", "the Kremlin", "Washington"
  kDescriptor,  // "the defence alliance" referring back to NATO
  kPartial,     // part of a person's name seen in full earlier ("Putin", "Jinping")
  kPronoun,     // "he", "she" resolved to the last person
  kGroup,       // "the two countries", "both leaders"
};
std::string_view ToString(MentionForm f);

struct Mention {
  Span span;                 // the surface form in Article::text
  MentionForm form = MentionForm::kName;
  std::size_t entity = 0;    // index into ArticleExtraction::entities
  std::size_t sentence = 0;  // index into ArticleExtraction::sentences
};

struct Relation {
  std::string source;  // entity id
  RelationType type = RelationType::kCoMention;
  std::string target;  // entity id
  std::string role;    // normalised role for official_of ("foreign minister"), else ""
  Evidence evidence;
};

// The co_mention relations of one sentence, held once: every unordered pair of
// `entities` is one co_mention with `evidence` behind it. As pairs, each with its own
// copy of the sentence, a sentence listing ten countries (45 pairs) took ~80 times its
// own size in memory.
struct CoMentions {
  std::vector<std::size_t> entities;  // indices into ArticleExtraction::entities; ascending, unique, >= 2
  Evidence evidence;                  // the sentence; no speaker
};

struct ExtractStats {
  std::size_t sentences = 0;
  std::size_t boilerplate_lines = 0;  // lines skipped as not part of the article
  std::size_t boilerplate_bytes = 0;
  std::size_t truncated_sentences = 0;  // sentences cut at ExtractOptions::max_sentence_bytes
};

struct ArticleExtraction {
  std::string article_id;
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;
  std::vector<Mention> mentions;
  std::vector<Relation> relations;      // typed relations (official_of, meets, ...)
  std::vector<CoMentions> co_mentions;  // co_mention: one entry per sentence naming 2+ entities
  ExtractStats stats;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace kg
