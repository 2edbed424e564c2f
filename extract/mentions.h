// Private to extract/: pass 1 of the entity stage — what each sentence names,
// before names are resolved across the article.
//
// A Candidate is a token range that names a country, an alliance, a known person
// (dictionary), or that looks like a person's name, with the cues seen around it:
// a title before it ("President", "Foreign Minister", "Mr"), a verb of saying after
// it, an apposition, a possessive. Dictionary matches are longest-first; names of
// organisations and non-country places consume their tokens ("Moscow State
// University", "Inner Mongolia"), and a country name glued to further capitalised
// words is part of a larger name ("Beijing Winter Olympics", "Uganda Media Online").
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "extract/lexicon.h"
#include "extract/text.h"

namespace kg {

struct Candidate {
  enum Kind : std::uint8_t {
    kCountry,     // index = Lexicon::countries
    kAlliance,    // index = Lexicon::alliances
    kKnownPerson, // index = Lexicon::people
    kPersonName,  // capitalised name-shaped tokens, resolved in pass 2
    kDescriptor,  // "the defence alliance": index = Lexicon::alliances
    kGroup,       // "the two countries"/"the two leaders": index 0 countries, 1 people
    kPronoun,     // "he"/"she"
    kRoleReference,  // "the Russian president": index = Lexicon::countries, `title` set
  };
  Kind kind = kPersonName;
  std::size_t first = 0, last = 0;  // token range [first, last)
  std::uint32_t index = 0;
  MentionForm form = MentionForm::kName;
  // Cues for person names (kPersonName and kKnownPerson):
  bool titled = false;       // an office/honorific/relational/profession title before it
  bool speaker = false;      // a verb of saying right after or before it
  bool possessive = false;   // followed by 's
  bool appositive = false;   // ", the foreign minister" / ", reporting from"
  int title = -1;            // index into Lexicon::titles of the title before it
  std::size_t title_first = 0;  // where that title starts (token index)
  // One word of a headline (Title Case or ALL CAPS), where capitals say nothing:
  // a person only when the article names that person elsewhere.
  bool headline_word = false;
};

// Finds the candidates of one sentence, in token order, non-overlapping.
std::vector<Candidate> FindCandidates(const std::vector<Token>& tokens, const Lexicon& lex);
// The same into `out` (cleared first), whose capacity a caller may reuse.
void FindCandidates(const std::vector<Token>& tokens, const Lexicon& lex, std::vector<Candidate>& out);

// True when the sentence is a Title Case headline ("China Backs Russia Over
// Ukraine"): capitalisation then says nothing about names.
bool IsTitleCase(const std::vector<Token>& tokens, const Lexicon& lex);

// True when the sentence is written in capitals ("SOCCER - SHEARER NAMED AS
// ENGLAND CAPTAIN"), as wire headlines are.
bool IsAllCaps(const std::vector<Token>& tokens);

}  // namespace kg
