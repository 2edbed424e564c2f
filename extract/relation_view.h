// Private to extract/relations*: one sentence prepared for relation finding — its
// tokens lowercased and looked up once in the relation lexicon, its mentions
// gathered into slots (one per token range; "the two leaders" is one slot holding
// two entities) — and the noun-phrase primitives the argument finder builds on:
// the head of a phrase ("his Chinese counterpart Xi Jinping" -> Xi Jinping) and
// coordination ("the U.S., UK and Australia" -> three slots).
//
// Cost: building is linear in tokens + mentions; every walk below is bounded by a
// small constant number of tokens.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/analysis.h"
#include "extract/relation_lexicon.h"

namespace kg {

struct RelSlot {
  std::size_t first = 0, last = 0;                 // token range [first, last)
  std::uint32_t entity_begin = 0, entity_end = 0;  // into RelationView::slot_entities()
  MentionForm form = MentionForm::kName;
  // False when the name only qualifies people who are not the state ("Spanish
  // newspapers", "Cuban officials"): such a phrase is no subject.
  bool actor = true;
};

// Coordinated slots that fill one argument, and the tokens the phrase spans.
struct RelGroup {
  std::vector<std::uint32_t> slots;  // heads, in text order
  std::size_t first = 0, last = 0;   // token range of the whole phrase
  bool empty() const { return slots.empty(); }
};

// Not copyable: holds references to the sentence, the entities and the lexicon.
class RelationView {
 public:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  RelationView(const AnalyzedSentence& sentence, const std::vector<Entity>& entities,
               const RelationLexicon& lexicon);
  RelationView(const RelationView&) = delete;
  RelationView& operator=(const RelationView&) = delete;

  // Token accessors; outside the sentence (walks run off both ends) they return an
  // empty token, "" and nullptr.
  std::size_t size() const { return tokens_.size(); }
  const Token& token(std::size_t i) const;
  std::string_view lower(std::size_t i) const {
    return i < size() ? info_[i].lower : std::string_view();
  }
  const RelationWord* word(std::size_t i) const { return i < size() ? info_[i].word : nullptr; }
  const RelationLexicon& lexicon() const { return lex_; }
  const std::vector<Entity>& entities() const { return entities_; }

  // Word class / punctuation / phrase tests; false outside the sentence.
  bool Is(std::size_t i, RelationWordClass c) const;
  bool IsPunct(std::size_t i, char c) const;
  bool IsQuote(std::size_t i) const;
  bool IsPossessive(std::size_t i) const;
  // Tokens of the longest phrase of `set` starting at i (0: none).
  std::size_t Phrase(std::size_t i, RelationPhraseSet set) const;
  // Tokens of the longest phrase of `set` ending just before `end` (0: none).
  std::size_t PhraseEndingAt(std::size_t end, RelationPhraseSet set) const;
  // The preposition id of token i, or -1.
  int Prep(std::size_t i) const;

  const std::vector<RelSlot>& slots() const { return slots_; }
  // The slot covering token i, or kNone.
  std::size_t SlotAt(std::size_t i) const { return i < size() ? info_[i].slot : kNone; }
  // The slot whose range ends exactly at `end`, or kNone.
  std::size_t SlotEndingAt(std::size_t end) const;
  const std::size_t* EntitiesBegin(std::size_t slot) const;
  const std::size_t* EntitiesEnd(std::size_t slot) const;
  // True when any entity of the slot has type `t`.
  bool SlotHasType(std::size_t slot, EntityType t) const;
  bool IsPossessor(std::size_t slot) const { return IsPossessive(slots_[slot].last); }
  // Entities named by a group, counting each of a group mention's ("the two leaders").
  std::size_t EntityCount(const RelGroup& g) const;

  // Noun phrases. HeadRight: the slot a phrase starting with `slot` is about (a
  // country modifying a person's title is not: "US secretary of state Antony
  // Blinken"). PhraseEnd: the token after the head's phrase, past "of Russia" after
  // a person and a parenthesised alias "(US)". PhraseStart: the first token of the
  // phrase ending with `slot`, over determiners, titles, capitalised words and
  // modifier slots ("his Chinese counterpart Xi").
  std::size_t HeadRight(std::size_t slot) const;
  std::size_t PhraseEnd(std::size_t head) const;
  std::size_t PhraseStart(std::size_t slot) const;
  // The head of the phrase whose last slot is `slot` ("Putin of Russia" -> Putin).
  std::size_t HeadLeft(std::size_t slot) const;

  // Coordination. GroupRight starts at a slot and reads "X, Y and Z" to the right;
  // GroupLeft starts at the last slot of a phrase and reads to the left. A list of
  // commas counts only when a conjunction closes it ("X, Y and Z"), so that ", Xi
  // said" is not coordination.
  RelGroup GroupRight(std::size_t slot) const;
  RelGroup GroupLeft(std::size_t slot) const;

  // True when a clause's subject may start at token i: not right after a
  // preposition ("in Beijing"), a possessive, a relation cue or another verb
  // ("condemned the US"), which make the phrase an object.
  bool SubjectBoundaryBefore(std::size_t i) const;
  // A lowercase word ending in -ed: most likely a verb ("accused Moscow of").
  bool LikelyVerb(std::size_t i) const;
  // A verb cue of the lexicon, a verb of saying or an auxiliary starts at token i.
  bool StartsVerb(std::size_t i) const;
  // Token i is a verb cue of the lexicon ("condemn", "met"), of relation `type` when
  // one is given ("opposed", "rejected" for kOpposes).
  bool CueVerbAt(std::size_t i, std::optional<RelationType> type = std::nullopt) const;

 private:
  // The first of up to three capitalised words that are no entity and end at `end`
  // (exclusive); `end` when there is none.
  std::size_t CapitalisedRunBefore(std::size_t end) const;
  bool SlotHasPerson(const RelSlot& slot) const;
  bool Filler(std::size_t i) const;  // a determiner, title or capitalised word inside a name phrase
  // No closed-class word or cue: a noun, a verb or an adjective ("army" is a state
  // noun, and still a plain word: "army chief" is a portfolio).
  bool Plain(std::size_t i) const;
  // A noun that says what a person is, right before the name: "activist", "critic".
  bool Describes(std::size_t i) const;
  std::size_t ConjunctionBefore(std::size_t end) const;

  const std::vector<Token>& tokens_;
  const std::vector<Entity>& entities_;
  const RelationLexicon& lex_;
  std::string lower_text_;
  // Per token, in one array (one allocation a sentence, not three): its text in lower
  // case (into lower_text_), its entry in the relation lexicon, its slot.
  struct TokenInfo {
    std::string_view lower;
    const RelationWord* word;
    std::size_t slot;
  };
  std::vector<TokenInfo> info_;
  std::vector<RelSlot> slots_;
  std::vector<std::size_t> slot_entities_;
};

}  // namespace kg
