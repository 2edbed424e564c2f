// Loads data/relations.json into hash tables keyed by lowercase token. Validation
// is strict (unknown keys are errors) so that a typo in the data file fails loudly
// at load time instead of silently losing a cue.
#include "extract/relation_lexicon.h"

#include <fstream>
#include <sstream>

#include "common/error.h"
#include "extract/relation_json.h"
#include "extract/text.h"

namespace kg {
namespace {

// Throws kg::Error for a schema problem at `node`.
[[noreturn]] void Fail(const std::string& path, const JsonNode& node, const std::string& what) {
  throw Error(path, "offset " + std::to_string(node.offset) + ": " + what);
}

const JsonNode& Expect(const std::string& path, const JsonNode& node, JsonNode::Kind kind,
                       const std::string& field) {
  if (node.kind != kind)
    Fail(path, node,
         "'" + field + "' must be a " + std::string(KindName(kind)) + ", not a " +
             std::string(KindName(node.kind)));
  return node;
}

// Lowercase tokens of a cue or phrase, split exactly as article text is.
std::vector<std::string> Words(const std::string& path, const JsonNode& node) {
  std::string arena;
  std::vector<std::string> out;
  for (const Token& t : Tokenize(node.string, {0, node.string.size()}, arena))
    out.push_back(AsciiLower(t.text));
  if (out.empty()) Fail(path, node, "empty word or phrase");
  if (out.size() > 8) Fail(path, node, "phrase of more than 8 tokens: '" + node.string + "'");
  return out;
}

std::vector<const JsonNode*> Strings(const std::string& path, const JsonNode& node,
                                     const std::string& field) {
  Expect(path, node, JsonNode::kArray, field);
  std::vector<const JsonNode*> out;
  for (const JsonNode& item : node.items)
    out.push_back(&Expect(path, item, JsonNode::kString, field));
  return out;
}

class Builder {
 public:
  explicit Builder(std::string path) : path_(std::move(path)) {}

  void WordClass(const JsonNode& list, const std::string& field, std::uint32_t bit) {
    for (const JsonNode* s : Strings(path_, list, field)) {
      const auto words = Words(path_, *s);
      if (words.size() != 1) Fail(path_, *s, "'" + field + "' entries must be single words");
      lex_.Word(words[0]).classes |= bit;
    }
  }

  void Prepositions(const JsonNode& list) {
    for (const JsonNode* s : Strings(path_, list, "grammar.prepositions")) {
      const auto words = Words(path_, *s);
      if (words.size() != 1) Fail(path_, *s, "prepositions must be single words");
      RelationWord& w = lex_.Word(words[0]);
      if (w.preposition >= 0) continue;
      if (lex_.prepositions.size() == 64) Fail(path_, *s, "more than 64 prepositions");
      w.classes |= kRwPreposition;
      w.preposition = static_cast<int>(lex_.prepositions.size());
      lex_.prepositions.push_back(words[0]);
    }
  }

  void Phrases(const JsonNode& list, const std::string& field, RelationPhraseSet set) {
    for (const JsonNode* s : Strings(path_, list, field)) {
      auto words = Words(path_, *s);
      RelationWord& w = lex_.Word(words[0]);
      w.phrase_sets |= 1u << static_cast<unsigned>(set);
      w.phrases.push_back({set, {words.begin() + 1, words.end()}});
    }
  }

  void Relation(const std::string& name, const JsonNode& list) {
    const auto type = ParseRelationType(name);
    if (!type || *type == RelationType::kOfficialOf || *type == RelationType::kCoMention)
      Fail(path_, list, "unknown or non-lexical relation type '" + name + "'");
    Expect(path_, list, JsonNode::kArray, "relations." + name);
    for (const JsonNode& entry : list.items) Cue(*type, name, entry);
  }

  RelationLexicon Take() { return std::move(lex_); }

 private:
  void Cue(RelationType type, const std::string& rel, const JsonNode& entry) {
    Expect(path_, entry, JsonNode::kObject, "relations." + rel + "[]");
    RelationCue base;
    base.type = type;
    const JsonNode* lemma = nullptr;
    std::vector<const JsonNode*> forms, participles;
    for (const auto& [key, value] : entry.members) {
      const std::string field = "relations." + rel + "[]." + key;
      if (key == "verb" || key == "noun" || key == "adjective") {
        if (lemma) Fail(path_, value, "a cue has exactly one of 'verb', 'noun', 'adjective'");
        lemma = &Expect(path_, value, JsonNode::kString, field);
        base.kind = key == "noun" ? CueKind::kNoun : CueKind::kVerb;
        base.passive_ok = key == "verb";
        base.direct = key == "verb";
      } else if (key == "forms") {
        forms = Strings(path_, value, field);
      } else if (key == "participle") {
        participles = value.kind == JsonNode::kString ? std::vector<const JsonNode*>{&value}
                                                      : Strings(path_, value, field);
      } else if (key == "preps") {
        for (const JsonNode* p : Strings(path_, value, field)) base.preps |= PrepBit(*p);
      } else if (key == "direct" || key == "apposition" || key == "swap" || key == "pairs") {
        const bool b = Expect(path_, value, JsonNode::kBool, field).boolean;
        (key == "direct"       ? base.direct
         : key == "apposition" ? base.apposition
         : key == "swap"       ? base.swap
                               : base.pairs) = b;
      } else if (key == "agent") {
        if (Expect(path_, value, JsonNode::kString, field).string != "explicit")
          Fail(path_, value, "'agent' can only be \"explicit\"");
        base.explicit_agent = true;
      } else {
        Fail(path_, value, "unknown cue field '" + key + "'");
      }
    }
    if (!lemma) Fail(path_, entry, "a cue needs one of 'verb', 'noun', 'adjective'");
    if (base.kind == CueKind::kNoun && !participles.empty())
      Fail(path_, *participles[0], "a noun has no participle");
    if (!base.direct && base.preps == 0 && !base.apposition)
      Fail(path_, entry, "a cue without 'preps' must take a direct object");
    forms.insert(forms.begin(), lemma);
    for (const JsonNode* f : forms) Add(base, *f, false);
    for (const JsonNode* p : participles) Add(base, *p, true);
  }

  void Add(RelationCue cue, const JsonNode& form, bool participle) {
    cue.words = Words(path_, form);
    cue.participle = participle;
    lex_.Word(cue.words[0]).cues.push_back(static_cast<std::uint32_t>(lex_.cues.size()));
    lex_.cues.push_back(std::move(cue));
  }

  std::uint64_t PrepBit(const JsonNode& p) {
    const RelationWord* w = lex_.Find(AsciiLower(p.string));
    if (!w || w->preposition < 0)
      Fail(path_, p, "'" + p.string + "' is not in grammar.prepositions");
    return std::uint64_t{1} << w->preposition;
  }

  std::string path_;
  RelationLexicon lex_;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot open file");
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

struct ListSpec {
  const char* key;
  std::uint32_t word_class;  // for single-word lists, else 0
  RelationPhraseSet set;     // for phrase lists (when word_class == 0)
};

constexpr ListSpec kGrammar[] = {
    {"determiners", kRwDeterminer, {}},
    {"clause_breaks", kRwClauseBreak, {}},
    {"relative_pronouns", kRwRelative, {}},
    {"subordinators", kRwSubordinator, {}},
    {"subject_pronouns", kRwSubjectPronoun, {}},
    {"possessive_pronouns", kRwPossessivePronoun, {}},
    {"be_auxiliaries", kRwBeAuxiliary, {}},
    {"auxiliaries", kRwAuxiliary, {}},
    {"agent_preps", kRwAgentPreposition, {}},
    {"title_words", kRwTitle, {}},
    {"person_nouns", kRwPersonNoun, {}},
    {"cancellations", kRwCancellation, {}},
    {"member_nouns", kRwMemberNoun, {}},
    {"non_state_nouns", kRwNonStateNoun, {}},
    {"light_verbs", kRwLightVerb, {}},
    {"quantity_words", kRwQuantity, {}},
    {"time_words", kRwTimeWord, {}},
    {"place_nouns", kRwPlaceNoun, {}},
    {"state_nouns", kRwStateNoun, {}},
    {"gratitude_verbs", kRwGratitude, {}},
    {"conjunctions", 0, RelationPhraseSet::kConjunction},
    {"np_links", 0, RelationPhraseSet::kNpLink},
    {"reciprocals", 0, RelationPhraseSet::kReciprocal},
};

constexpr ListSpec kTopLists[] = {
    {"negative_modifiers", kRwNegativeModifier, {}},
    {"positive_modifiers", kRwPositiveModifier, {}},
    {"alliance_words", kRwAllianceWord, {}},
    {"member_lists", 0, RelationPhraseSet::kMemberList},
    {"negation", 0, RelationPhraseSet::kNegation},
    {"modality", 0, RelationPhraseSet::kModality},
    {"speech_verbs", 0, RelationPhraseSet::kSpeech},
    {"attribution", 0, RelationPhraseSet::kAttribution},
    {"commitments", 0, RelationPhraseSet::kCommitment},
};

void LoadList(Builder& b, const ListSpec& spec, const JsonNode& list, const std::string& field) {
  if (spec.word_class)
    b.WordClass(list, field, spec.word_class);
  else
    b.Phrases(list, field, spec.set);
}

// Prepositions first: cues and agent_preps refer to them.
void LoadGrammar(Builder& b, const std::string& path, const JsonNode& grammar) {
  Expect(path, grammar, JsonNode::kObject, "grammar");
  const JsonNode* preps = grammar.Find("prepositions");
  if (!preps) Fail(path, grammar, "'grammar' needs 'prepositions'");
  b.Prepositions(*preps);
  for (const auto& [key, value] : grammar.members) {
    if (key == "prepositions") continue;
    const ListSpec* spec = nullptr;
    for (const ListSpec& s : kGrammar)
      if (key == s.key) spec = &s;
    if (!spec) Fail(path, value, "unknown grammar list '" + key + "'");
    LoadList(b, *spec, value, "grammar." + key);
  }
}

}  // namespace

RelationWord& RelationLexicon::Word(const std::string& lower) {
  const std::uint64_t hash = HashText(lower, true);
  std::uint32_t& head = word_index_.Insert(hash);
  std::uint32_t last = kNoWord;
  for (std::uint32_t w = head ? head - 1 : kNoWord; w != kNoWord; w = word_next_[w]) {
    if (word_keys_[w] == lower) return word_entries_[w];
    last = w;
  }
  const auto index = static_cast<std::uint32_t>(word_keys_.size());
  word_keys_.push_back(lower);
  word_entries_.emplace_back();
  word_next_.push_back(kNoWord);
  if (last == kNoWord) head = index + 1;
  else word_next_[last] = index;
  return word_entries_.back();
}

const RelationWord* RelationLexicon::Find(std::string_view lower, std::uint64_t lower_hash) const {
  const std::uint32_t* head = word_index_.Find(lower_hash);
  if (!head || *head == 0) return nullptr;
  for (std::uint32_t w = *head - 1; w != kNoWord; w = word_next_[w])
    if (word_keys_[w] == lower) return &word_entries_[w];
  return nullptr;
}

const RelationWord* RelationLexicon::Find(std::string_view lower) const {
  return Find(lower, HashText(lower, true));
}

RelationLexicon LoadRelationLexicon(const std::string& path) {
  const JsonNode root = ParseJsonTree(ReadFile(path), path);
  Expect(path, root, JsonNode::kObject, "the top level");
  const JsonNode* version = root.Find("version");
  if (!version || version->kind != JsonNode::kNumber || version->number != 1)
    Fail(path, version ? *version : root,
         "\"version\": 1 is required (this kgraph reads version 1)");
  Builder b(path);
  const JsonNode* grammar = root.Find("grammar");
  if (!grammar) Fail(path, root, "missing 'grammar'");
  LoadGrammar(b, path, *grammar);
  for (const auto& [key, value] : root.members) {
    if (key == "version" || key == "grammar") continue;
    if (key == "about") {
      Expect(path, value, JsonNode::kString, "about");
    } else if (key == "relations") {
      Expect(path, value, JsonNode::kObject, "relations");
      for (const auto& [name, list] : value.members) b.Relation(name, list);
    } else {
      const ListSpec* spec = nullptr;
      for (const ListSpec& s : kTopLists)
        if (key == s.key) spec = &s;
      if (!spec) Fail(path, value, "unknown section '" + key + "'");
      LoadList(b, *spec, value, key);
    }
  }
  RelationLexicon lex = b.Take();
  if (lex.cues.empty()) Fail(path, root, "no relation cues ('relations' is missing or empty)");
  return lex;
}

}  // namespace kg
