// Person-name utilities shared by within-article and cross-article resolution.
//
// Folding: ICU "Any-Latin; Latin-ASCII" transliteration, lowercase, letters only:
// "Sergeï Lavrov" and "Сергей Лавров" fold near "sergei lavrov". (Latin letters fold
// the same way without creating the transliterator; see names.cpp.) The similarity rule
// for two spellings of one person (SameNameVariant) is deliberately strict, because
// a wrong merge is worse than a missed one:
//   * the surnames fold to the same string, or differ by one edit in a surname of
//     at least 5 letters, or are transliteration variants (y/i, e/ye/yo, ou/u ...);
//   * and the given names are compatible: equal after folding, transliteration
//     variants ("Sergey"/"Sergei", "Andrei"/"Andrey", "Jingping"/"Jinping" within
//     a normalised edit distance of 0.2), or one is the other's initial.
// Two people with one surname and different given names ("Joe Biden", "Hunter
// Biden") are never the same.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg {

// Lowercase ASCII letters and spaces only (ICU transliteration of any script).
std::string FoldName(std::string_view name);

// "person:vladimir-putin" style id part: FoldName with spaces as '-'.
std::string Slug(std::string_view name);

// The folded name split into parts; `eastern` puts the surname first.
struct NameParts {
  std::string given;    // all given names, folded, space-separated ("" if none)
  std::string surname;  // folded
  // CanonicalSpelling of each, filled by AddCanonicalSpellings for a name compared
  // with many others (cross-article resolution); when empty, SameNameVariant computes
  // them only if the plain spellings differ.
  std::string canonical_given, canonical_surname;
};
NameParts SplitName(std::string_view name, bool eastern);
// Both readings of one name (western, eastern), folding it once.
std::pair<NameParts, NameParts> SplitNameBothWays(std::string_view name);
void AddCanonicalSpellings(NameParts& parts);

// The folded name with the usual romanisation alternatives collapsed (y/i, ye/e,
// kh/h, ...): equal keys are transliteration variants. Used to block candidates.
std::string CanonicalSpelling(std::string folded);

// Levenshtein distance over bytes (names are folded to ASCII first).
std::size_t EditDistance(std::string_view a, std::string_view b);

// True when `a` and `b` are spelling/transliteration variants of one person's
// name by the rule above.
bool SameNameVariant(const NameParts& a, const NameParts& b);

}  // namespace kg
