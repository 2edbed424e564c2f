// Private to extract/: typed relations between the mentions of one sentence.
//
// Finds the cues of data/relations.json (verbs, nouns, multi-word cues) in the
// sentence's tokens and reads each cue's arguments from the mentions around it —
// subject and object by word order and voice, coordination, possessors, modifiers,
// appositions — as docs/relations.md describes with examples:
//
//   "Russia and China have both officially condemned the influence of the US"
//     -> country:RU criticizes country:US, country:CN criticizes country:US
//   "Russia has denied any plans to invade Ukraine" -> nothing (denied, plans)
//
// Emits meets, visits, member_of, supports, opposes, criticizes, sanctions,
// cooperates_with and conflict_with; official_of and co_mention are the entity
// stage's. Symmetric types are stored once, source id < target id; an edge never
// joins an entity to itself. Cost: linear in the sentence's tokens (every walk is
// bounded), one hash lookup per token.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/analysis.h"
#include "extract/relation_lexicon.h"

namespace kg {

// Typed relations stated by `sentence`. `entities` are the article's entities
// (ids, types) that the sentence's mentions index; `text` is the article's
// original text (the evidence quotes sentence.span of it, or "" when the span lies
// outside); every relation's evidence gets `article_id`, the span, that text and
// the speaker the sentence quotes ("..., Xi said"), if any. Mentions with a bad
// token range or entity index are ignored.
std::vector<Relation> ExtractRelations(const AnalyzedSentence& sentence,
                                       const std::vector<Entity>& entities,
                                       const RelationLexicon& lexicon, std::string_view text,
                                       const std::string& article_id);

}  // namespace kg
