// Private to extract/: pass 2 of the entity stage — resolves the candidates of all
// sentences of an article to entities, and reads office-holding (official_of) from
// the titles around names.
//
// Within an article, a later "Putin", "Mr Putin", "President Xi" or "Jinping"
// resolves to the full name seen anywhere in the article (Xi Jinping's surname is
// Xi: surname-first names come from the people dictionary); "the defence alliance"
// resolves to the alliance last named; "the two countries" to the two countries last
// named; "he"/"she" to the person last named.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/analysis.h"
#include "extract/lexicon.h"
#include "extract/mentions.h"

namespace kg {

struct SentenceWork {
  AnalyzedSentence sentence;          // tokens filled; mentions filled by ResolveEntities
  std::vector<Candidate> candidates;  // from FindCandidates
  std::string arena;                  // backs normalised token texts
};

struct ResolvedEntities {
  std::vector<Entity> entities;
  std::vector<Relation> official_of;  // person -> country with role
};

// Fills every sentence's `mentions` and returns the article's entities and the
// official_of relations stated by titles. `date`, the article's (ISO 8601) when known,
// tells known people with one surname apart by who held office then ("President Bush"
// in 1987 and in 2006).
ResolvedEntities ResolveEntities(std::span<SentenceWork> sentences, const Lexicon& lex,
                                 std::string_view text, const std::string& article_id,
                                 std::string_view date = {});

}  // namespace kg
