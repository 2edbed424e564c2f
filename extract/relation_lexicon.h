// Private to extract/: the relation cue lexicon, loaded from data/relations.json.
//
// The file lists, per relation type, the words that state it — verbs with their
// inflections ("meet", "meets", "meeting", participle "met"), nouns ("talks",
// "support"), multi-word cues ("hit out at", "held talks") — and how each takes its
// arguments: which prepositions introduce the object ("met with X", "support for
// X"), whether the object may follow a verb directly ("visited China"), whether the
// subject may follow a noun ("NATO member Turkey"). Beside the cues it holds the
// closed-class English the argument finder needs (prepositions, determiners,
// pronouns, auxiliaries), negation and modality cues, and verbs of saying.
//
//   const RelationLexicon lex = LoadRelationLexicon("data/relations.json");
//   if (const RelationWord* w = lex.Find("met")) for (auto c : w->cues) ... lex.cues[c] ...
//
// Every string is stored ASCII-lowercased and tokenised the way Tokenize() splits
// article text, so matching is one hash lookup per token of a sentence. A value
// type; load once, share read-only between threads.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/schema.h"
#include "extract/hash_index.h"

namespace kg {

// Closed-class roles of single words (bit flags; a word may have several).
enum RelationWordClass : std::uint32_t {
  kRwPreposition = 1u << 0,        // of, in, with ... ("grammar.prepositions")
  kRwDeterminer = 1u << 1,         // the, a, both, its ...
  kRwClauseBreak = 1u << 2,        // but, while, because, if ...: a subject is not sought past them
  kRwRelative = 1u << 3,           // which, who, that: "the alliance which includes ..."
  kRwSubjectPronoun = 1u << 4,     // they, it: an unresolved subject stops the search
  kRwPossessivePronoun = 1u << 5,  // its, their, his, her: "its dispute with Ukraine"
  kRwBeAuxiliary = 1u << 6,        // is, was, been: "was criticised by" is passive
  kRwAgentPreposition = 1u << 7,   // from, by, in: "support from China for Russia"
  kRwTitle = 1u << 8,              // president, counterpart: inside "his Chinese counterpart Xi"
  kRwNegativeModifier = 1u << 9,   // souring, strained: "souring relations with" is no cooperation
  kRwAllianceWord = 1u << 10,      // pact, alliance, security: "the AUKUS security pact between"
  kRwSubordinator = 1u << 11,      // after, since, as: may stand right before a clause's subject
  kRwMemberNoun = 1u << 12,        // powers, countries: "NATO powers" are members, not the alliance
  kRwNonStateNoun = 1u << 13,      // newspapers, protesters: "Spanish newspapers" are not Spain
  kRwLightVerb = 1u << 14,         // issued, expressed: "issued a statement ... opposition to"
  kRwQuantity = 1u << 15,          // tens, thousands: "tens of thousands of troops" is one phrase
  kRwTimeWord = 1u << 16,          // week, today, also: may stand right before a subject
  kRwPlaceNoun = 1u << 17,         // capital, soil: "the Chinese capital" is a place in China
  kRwAuxiliary = 1u << 18,         // has, did, will: a verb starts ("and Trudeau did the same")
  kRwPersonNoun = 1u << 19,        // widow, lawyer, rival: "met Navalny's widow" is not Navalny
  kRwPositiveModifier = 1u << 20,  // boosted, close: "Japan and South Korea boosted ties"
  kRwCancellation = 1u << 21,      // postponed, cancelled: "the visit was postponed"
  kRwStateNoun = 1u << 22,         // ministry, army: "China's foreign ministry" acts for China
  kRwGratitude = 1u << 23,         // thanked: "thanked Biden for his support" (Biden supports)
};

// Word lists whose entries may span several tokens ("as well as", "ruled out").
enum class RelationPhraseSet : std::uint8_t {
  kConjunction,  // joins coordinated arguments: and, &, as well as
  kMemberList,   // after an alliance: between, including, which includes
  kNpLink,       // may sit inside an object phrase: "the expansion of NATO", "border with"
  kReciprocal,   // each other, one another
  kNegation,     // not, never, denied, refused ...
  kModality,     // would, could, if, plans, potential ...
  kSpeech,       // said, told, wrote ...: the speaker is the subject
  kAttribution,  // according to, quoted: the speaker follows
  kCommitment,   // vowed to, pledged to: a modality, but a stance vowed is a stance held
};
inline constexpr int kRelationPhraseSetCount = 9;

enum class CueKind : std::uint8_t { kVerb, kNoun };

// One surface form of one cue: "criticised" of the verb "criticise".
struct RelationCue {
  std::vector<std::string> words;  // lowercase tokens, >= 1
  RelationType type = RelationType::kCoMention;
  CueKind kind = CueKind::kVerb;
  bool participle = false;  // a past participle: passive when after "was"/before "by"
  bool passive_ok = true;   // false for adjectives ("concerned by X" stays active)
  bool direct = true;       // the object may follow without a preposition
  bool apposition = false;  // the subject may follow the noun ("NATO members Poland and Hungary")
  bool swap = false;        // the grammatical subject is the target ("criticism from X")
  bool explicit_agent = false;  // a noun never takes the clause subject as its actor
  bool pairs = true;            // "between X and Y" / "the X-Y ..." states it of the pair
  std::uint64_t preps = 0;      // bit i: RelationLexicon::prepositions[i] introduces the object
};

// A phrase of some set that starts with a given word; `rest` are its other tokens.
struct RelationPhraseTail {
  RelationPhraseSet set;
  std::vector<std::string> rest;
};

// Everything known about one lowercase word.
struct RelationWord {
  std::uint32_t classes = 0;                // RelationWordClass bits
  int preposition = -1;                     // index into RelationLexicon::prepositions
  std::uint32_t phrase_sets = 0;            // bit per RelationPhraseSet with a phrase starting here
  std::vector<RelationPhraseTail> phrases;  // the phrases starting with this word
  std::vector<std::uint32_t> cues;          // indices of cues whose first token is this word
};

struct RelationLexicon {
  std::vector<RelationCue> cues;
  std::vector<std::string> prepositions;  // at most 64; a cue's `preps` bits index this

  // The entry of a lowercase word, created empty when absent (while loading).
  RelationWord& Word(const std::string& lower);
  // The entry of a lowercase token, or nullptr when the word plays no role.
  // `lower_hash` is HashText(lower, true), which every Token carries as lower_hash:
  // one probe of a flat table per token, no string hashing on the hot path.
  const RelationWord* Find(std::string_view lower, std::uint64_t lower_hash) const;
  const RelationWord* Find(std::string_view lower) const;
  std::size_t word_count() const { return word_keys_.size(); }

 private:
  static constexpr std::uint32_t kNoWord = UINT32_MAX;
  std::vector<std::string> word_keys_;
  std::vector<RelationWord> word_entries_;
  std::vector<std::uint32_t> word_next_;  // next word with the same hash
  HashIndex word_index_;                  // hash -> first word + 1
};

// Loads and validates data/relations.json. Throws kg::Error(path, "offset N: ...")
// when the file cannot be read, is not JSON, or breaks the schema (unknown relation
// type or key, a field of the wrong type, a cue preposition missing from
// grammar.prepositions, "version" other than 1).
RelationLexicon LoadRelationLexicon(const std::string& path);

}  // namespace kg
