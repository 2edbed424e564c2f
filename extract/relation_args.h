// Private to extract/relations*: finding the arguments of one relation cue in a
// sentence without a parser — the subject to the left of a verb ("Russia and China
// have both officially condemned ..."), the object to its right ("met with his
// Chinese counterpart Xi Jinping", "the further expansion of NATO"), the actor of
// a noun ("Russia's backing of", "Chinese support for", "its dispute with"), and
// whether negation or modality hedges the statement ("has denied any plans to
// invade", "would welcome any potential attack").
//
// Every search walks a bounded number of tokens, so a cue costs O(1) tokens and
// a sentence O(tokens) overall.
#pragma once

#include <cstddef>

#include "extract/relation_view.h"

namespace kg {

// The subject of a clause whose verb starts at token `before`: the nearest
// coordinated name phrase to the left that stands where a subject stands (after
// the sentence start, punctuation, a conjunction or "that"; not after a
// preposition, not a possessor, not the object of an earlier verb). Follows
// "which"/"who" to their antecedent and "X said they" to X; stops at clause
// breaks, verbs of saying and unresolved pronouns. Empty when there is none.
RelGroup FindSubject(const RelationView& view, std::size_t before);

struct RelObject {
  RelGroup group;                          // empty when there is no object
  bool reciprocal = false;                 // "each other", "one another"
  bool between = false;                    // "between X and Y": the group holds both sides
  std::size_t prep = RelationView::kNone;  // token of the preposition used, if any
};

// The object of `cue` starting at token `at` (just after the cue): a preposition
// the cue takes (or none when the cue takes a direct object), then a short noun
// phrase ("the further expansion of", "its border with") ending in a name.
RelObject FindObject(const RelationView& view, std::size_t at, const RelationCue& cue);

// The actor of a noun cue at [first, last) named inside its own noun phrase: a
// possessor ("Russia's backing", "the Chinese government's good relations"), a
// possessive pronoun ("its dispute" -> the nearest state named before, "their
// talks" -> the nearest pair, "his visit" -> the nearest person) or a modifier
// ("Chinese support", "the China-Russia relationship"). `blocked` is set when
// the phrase has a possessor that names no entity ("his country's ties"): then
// the clause subject must not stand in.
struct NounActor {
  RelGroup group;
  bool blocked = false;
  bool modifier = false;  // a modifier ("Chinese support"), not a possessor
  bool hyphen = false;    // a hyphenated pair ("the Israeli-Palestinian conflict")
};
NounActor FindNounActor(const RelationView& view, std::size_t first);

// True when the tokens in [from, to) hold a negation or modality cue.
// With `stance` (the cue is a stance: supports, opposes, cooperates_with), a commitment
// right before it ("vowed to support Kyiv", "pledged to stand with Taiwan") is the stance
// held now, not one to come, and no hedge.
bool Hedged(const RelationView& view, std::size_t from, std::size_t to, bool stance = false);

// True when a negation or modality cue governs the clause that starts at token
// `at`: looks back a few tokens ("denied that", "if") and stops at punctuation,
// clause breaks, relative pronouns and verbs of saying.
bool HedgedBefore(const RelationView& view, std::size_t at);

// True when a conditional ("if", "unless") follows within the clause from `at`:
// "Georgia will become a NATO member if it wants to".
bool ConditionAfter(const RelationView& view, std::size_t at);

// True when the sentence opens with a condition ("If Iran doesn't comply, Britain
// will support sanctions", "Were Iran to reject the offer, ..."): nothing in it is
// stated as fact.
bool ConditionalSentence(const RelationView& view);

// True when token i is a word that can be a content word inside a noun phrase
// (not a name, preposition, pronoun, auxiliary, conjunction or clause word).
bool ContentWord(const RelationView& view, std::size_t i);

}  // namespace kg
