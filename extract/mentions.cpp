#include "extract/mentions.h"

#include <algorithm>
#include <string_view>

#include "extract/relation_lexicon.h"

namespace kg {
namespace {

bool IsWordToken(const std::vector<Token>& t, std::size_t i) {
  return i < t.size() && t[i].Is(kWord);
}


bool IsFunctionWord(const Lexicon& lex, const Token& t) {
  return lex.function_words.Contains(t);  // one integer probe per token
}

// A capitalised verb of the relation lexicon does not make a country part of a larger
// name: a headline without function words capitalises it ("Russia Sanctions UK
// Officials"). Only its headline form, third person "-s" ("Sanctions", "Meets"): base
// forms and participles are names' words too ("Americans United", "Team Canada", "Met
// Office"); and only for the glue: names are verbs too ("Neil Back", "Fred Lash").
bool CapitalisedVerb(const Lexicon& lex, const Token& t) {
  if (!lex.relations || !t.Is(kCapitalized) || t.Is(kAllCaps) || !t.text.ends_with('s') ||
      t.text.ends_with("ss"))
    return false;
  const RelationWord* w = lex.relations->Find(AsciiLower(t.text), t.lower_hash);
  return w && std::any_of(w->cues.begin(), w->cues.end(), [&](std::uint32_t c) {
           return lex.relations->cues[c].kind == CueKind::kVerb;
         });
}

// Priority when one phrase is several things: an organisation's name beats the
// country inside it; a real entity beats a mere blocker.
int Priority(EntryKind k) {
  switch (k) {
    case EntryKind::kOrganization: return 3;
    case EntryKind::kCountry:
    case EntryKind::kAlliance:
    case EntryKind::kPerson: return 2;
    default: return 1;
  }
}

const LexEntry& Best(const std::vector<LexEntry>& entries) {
  return *std::max_element(entries.begin(), entries.end(), [](const LexEntry& a, const LexEntry& b) {
    return Priority(a.kind) < Priority(b.kind);
  });
}

// MatchTitle once the filters let token i through.
std::size_t MatchTitleAt(const std::vector<Token>& tokens, std::size_t i, const Lexicon& lex,
                         int& title, bool& plural) {
  const std::vector<LexEntry>* entries = nullptr;
  std::size_t len = lex.title_cues.Match(tokens, i, &entries);
  plural = false;
  if (len == 0) {
    if (tokens[i].text.size() < 4 || !lex.title_cues.MatchPlural(tokens[i], &entries)) return 0;
    len = 1;
    plural = true;
  }
  title = static_cast<int>(entries->front().index);
  if (i + len < tokens.size() && tokens[i + len].text == "." && !tokens[i + len].Is(kSpaceBefore))
    ++len;  // "Mr." "Sen."
  return len;
}

// A title phrase at i, also in the plural ("Presidents Xi and Putin"). Returns its
// length in tokens and sets `title`, `plural`. Tried at every token: two filter bits
// decide most of them inline.
inline std::size_t MatchTitle(const std::vector<Token>& tokens, std::size_t i, const Lexicon& lex,
                              int& title, bool& plural) {
  plural = false;
  return lex.title_cues.MayMatch(tokens[i]) ? MatchTitleAt(tokens, i, lex, title, plural) : 0;
}

bool StartsDictionaryName(const std::vector<Token>& tokens, std::size_t i, const Lexicon& lex) {
  const std::vector<LexEntry>* entries = nullptr;
  return lex.names.Match(tokens, i, &entries) > 0;
}

bool StartsDemonym(const std::vector<Token>& tokens, std::size_t i, const Lexicon& lex) {
  const std::vector<LexEntry>* entries = nullptr;
  return lex.names.Match(tokens, i, &entries) > 0 &&
         std::any_of(entries->begin(), entries->end(),
                     [](const LexEntry& e) { return e.form == MentionForm::kDemonym; });
}

bool StartsTitle(const std::vector<Token>& tokens, std::size_t i, const Lexicon& lex) {
  int title;
  bool plural;
  return MatchTitle(tokens, i, lex, title, plural) > 0;
}

// May token i (capitalised) be part of a person's name?
bool NameWord(const std::vector<Token>& tokens, std::size_t i, const Lexicon& lex) {
  const Token& t = tokens[i];
  if (!t.Is(kWord) || !t.Is(kCapitalized) || t.Is(kHasDigit)) return false;
  if (t.Is(kAllCaps) && t.text.size() > 1 && t.text.back() != '.') return false;  // NATO, CCTV
  if (t.text == "I") return false;  // the pronoun ("Sometimes I take"); an initial is "I."
  if (lex.not_name_words.Contains(t)) return false;
  return true;
}

// A possessive after a name: "Putin's", or "Dole 's" in pre-tokenised text.
bool PossessiveAt(const std::vector<Token>& tokens, std::size_t j) {
  if (j >= tokens.size()) return false;
  if (tokens[j].Is(kPossessive)) return true;
  return tokens[j].text == "'" && j + 1 < tokens.size() && tokens[j + 1].text == "s" &&
         !tokens[j + 1].Is(kSpaceBefore);
}

// Does a person's name start at j: a known given name followed by another name word
// ("Anthony Hill")? Used after a demonym ("Australian Anthony Hill").
bool StartsGivenNameRun(const std::vector<Token>& tokens, std::size_t j, const Lexicon& lex) {
  return j + 1 < tokens.size() && NameWord(tokens, j, lex) &&
         lex.given_names.Contains(tokens[j]) && NameWord(tokens, j + 1, lex);
}

// May token i of an ALL-CAPS headline be (part of) a person's name? Closed-class
// words, title cues and dictionary names are decided elsewhere.
bool ShoutedNameWord(const std::vector<Token>& tokens, std::size_t i, const Lexicon& lex) {
  const Token& t = tokens[i];
  return t.Is(kWord) && t.Is(kAllCaps) && !t.Is(kHasDigit) && !IsFunctionWord(lex, t);
}

// A regnal number after a name: "Henry VIII", "Leopold III" (not "I": the pronoun).
bool RegnalNumber(const Token& t) {
  if (!t.Is(kWord) || !t.Is(kSpaceBefore) || t.text.size() < 2 || t.text.size() > 5) return false;
  return std::all_of(t.text.begin(), t.text.end(),
                     [](char ch) { return ch == 'I' || ch == 'V' || ch == 'X'; });
}

// Is `word` a surname the people dictionary writes first (Kim, Li, Xi)?
bool EasternSurname(std::string_view word, const Lexicon& lex) {
  const auto* people = lex.people_by_part.Find(word);
  if (!people) return false;
  return std::any_of(people->begin(), people->end(), [&](std::uint32_t p) {
    const std::string& name = lex.people[p].name;
    return lex.people[p].eastern && name.compare(0, word.size(), word) == 0;
  });
}

// The lower-case syllable of an East Asian given name at j, glued by a hyphen to the
// one before: the "un" of "Kim Jong-un", the "ho" of "Li Song-ho".
bool GivenNameSyllable(const std::vector<Token>& tokens, std::size_t j) {
  if (j + 1 >= tokens.size() || tokens[j].text != "-" || tokens[j].Is(kSpaceBefore)) return false;
  const Token& t = tokens[j + 1];
  return t.Is(kWord) && !t.Is(kSpaceBefore) && !t.Is(kCapitalized) && t.text.size() <= 4 &&
         std::all_of(t.text.begin(), t.text.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
}

bool IsParticle(const std::vector<Token>& tokens, std::size_t j, const Lexicon& lex) {
  return j < tokens.size() && tokens[j].Is(kWord) && !tokens[j].Is(kCapitalized) &&
         lex.name_particles.Contains(tokens[j]);
}

// Name particles at j and the name word they lead to: "van der Westhuizen", "de la
// Rua", "al-Zawahiri". Returns the end of that name word, or j when there is none.
std::size_t AfterParticles(const std::vector<Token>& tokens, std::size_t j, const Lexicon& lex) {
  if (!IsParticle(tokens, j, lex)) return j;
  std::size_t k = j + 1;
  if (IsParticle(tokens, k, lex)) ++k;
  if (k + 1 < tokens.size() && tokens[k].text == "-" && !tokens[k].Is(kSpaceBefore) &&
      !tokens[k + 1].Is(kSpaceBefore))
    ++k;
  return k < tokens.size() && NameWord(tokens, k, lex) ? k + 1 : j;
}

// "Charlotte N.C.", "Austin, Tex.": an abbreviation of two letters or more ending
// a run is a place; initials ("A.G. Edwards") are followed by a name word.
bool PlaceAbbreviationAt(const std::vector<Token>& tokens, std::size_t j, const Lexicon& lex) {
  const std::string_view w = tokens[j].text;
  if (w.size() < 4 || w.back() != '.' || !tokens[j].Is(kAllCaps)) return false;
  return !(j + 1 < tokens.size() && tokens[j + 1].Is(kSpaceBefore) && NameWord(tokens, j + 1, lex));
}

// End of the run of name words starting at i: "Ursula von der Leyen", "Jean-Claude
// Juncker", "J. Biden". Stops at titles, dictionary names, possessives, 5 tokens.
std::size_t NameRunEnd(const std::vector<Token>& tokens, std::size_t i, const Lexicon& lex) {
  std::size_t end = i + 1, words = 1;
  while (end < tokens.size() && words < 5) {
    const Token& t = tokens[end];
    // "Henry VIII", "John Paul II", but not "Mark IV" or "Soul II Soul".
    if (RegnalNumber(t) && lex.given_names.Contains(tokens[end - 1])) return end + 1;
    if (words == 2 && GivenNameSyllable(tokens, end) && EasternSurname(tokens[i].text, lex))
      return end + 2;
    // "Jean-Claude", "Jean-Michel", "Henry Campbell-Bannerman", but not "Putin-Xi"
    // (two people's surnames, alone).
    auto two_surnames = [&] {
      return end == i + 1 && lex.people_by_part.Contains(tokens[end - 1]) &&
             lex.people_by_part.Contains(tokens[end + 1]) &&
             !lex.given_names.Contains(tokens[end - 1]);
    };
    // Not "Franco-German": a demonym or country after the hyphen; not a legislator's
    // party and state ("John Dingell, D-Mich, said"): one letter before it.
    if (t.text == "-" && !t.Is(kSpaceBefore) && end + 1 < tokens.size() &&
        !tokens[end + 1].Is(kSpaceBefore) && NameWord(tokens, end + 1, lex) && !two_surnames() &&
        !StartsDemonym(tokens, end + 1, lex) && !(end == i + 1 && tokens[i].text.size() == 1)) {
      end += 2;  // hyphenated name part
      continue;
    }
    if (const std::size_t next = AfterParticles(tokens, end, lex); next > end) {
      words += next - end;
      end = next;
      continue;
    }
    if (!NameWord(tokens, end, lex) || StartsTitle(tokens, end, lex) ||
        StartsDictionaryName(tokens, end, lex) || PlaceAbbreviationAt(tokens, end, lex))
      break;
    ++end;
    ++words;
  }
  return end;
}

// Is the dictionary match [i, end) glued to neighbouring capitalised words that make
// it part of a larger proper name ("Beijing Winter Olympics", "Uganda Media Online")?
bool GluedToName(const std::vector<Token>& tokens, std::size_t i, std::size_t end,
                 const Lexicon& lex) {
  auto glue = [&](std::size_t j) {
    if (!NameWord(tokens, j, lex) && !(IsWordToken(tokens, j) && tokens[j].Is(kCapitalized) &&
                                       lex.not_name_words.Contains(tokens[j])))
      return false;
    if (tokens[j].Is(kAllCaps) || IsFunctionWord(lex, tokens[j])) return false;
    if (lex.state_words.Contains(tokens[j])) return false;
    return !StartsTitle(tokens, j, lex) && !StartsDictionaryName(tokens, j, lex) &&
           !CapitalisedVerb(lex, tokens[j]);
  };
  if (end < tokens.size() && tokens[end].Is(kSpaceBefore) && glue(end)) return true;
  if (i > 0 && !tokens[i - 1].Is(kSentenceStart) && tokens[i].Is(kSpaceBefore) && glue(i - 1) &&
      !(i >= 2 && tokens[i - 2].Is(kPossessive)))
    return true;
  // "The Times of India", "Bank of England": Name "of" Country.
  if (i >= 2 && tokens[i - 1].text == "of" && tokens[i - 2].Is(kCapitalized) &&
      lex.not_name_words.Contains(tokens[i - 2]) &&
      !lex.state_words.Contains(tokens[i - 2]))
    return true;
  return false;
}

// The end of the capitalised words from `end` on, which belong to the name of a
// thing; a title stops it ("Corporate Affairs Minister Michael Howard").
std::size_t SkipCapitalised(const std::vector<Token>& tokens, std::size_t end, const Lexicon& lex) {
  while (end < tokens.size() && tokens[end].Is(kWord) && tokens[end].Is(kCapitalized) &&
         !StartsTitle(tokens, end, lex))
    ++end;
  return end;
}

// A name followed right away by a capitalised institution word ("... Foundation",
// "... International Airport") is the institution's name, not a person.
bool NamesAnInstitution(const std::vector<Token>& tokens, std::size_t end, const Lexicon& lex) {
  // "Johnson & Johnson", "A.G. Edwards & Sons": a firm.
  if (end < tokens.size() && tokens[end].text == "&") return true;
  return end < tokens.size() && tokens[end].Is(kWord) && tokens[end].Is(kCapitalized) &&
         tokens[end].Is(kSpaceBefore) && !lex.time_words.Contains(tokens[end].text) &&
         lex.not_name_words.Contains(tokens[end]);
}

// "( 57th )", "( 41st min , pen )", "( 45 )": a number in parentheses after a name,
// as scorer lists and results tables (and British copy, for ages) write it.
bool RankInParentheses(const std::vector<Token>& tokens, std::size_t j) {
  if (j + 2 >= tokens.size() || tokens[j].text != "(") return false;
  // At most three digits, maybe an ordinal suffix: not a year, a price or "2.5".
  const std::string_view number = tokens[j + 1].text;
  const std::size_t digits =
      std::find_if(number.begin(), number.end(), [](char ch) { return ch < '0' || ch > '9'; }) -
      number.begin();
  if (!tokens[j + 1].Is(kWord) || digits == 0 || digits > 3 ||
      !std::all_of(number.begin() + static_cast<std::ptrdiff_t>(digits), number.end(),
                   [](char ch) { return ch >= 'a' && ch <= 'z'; }))
    return false;
  for (std::size_t k = j + 2; k < std::min(tokens.size(), j + 6); ++k) {
    if (tokens[k].text == ")") return true;
    if (tokens[k].Is(kWord) && (tokens[k].Is(kCapitalized) || tokens[k].Is(kHasDigit)))
      return false;
  }
  return false;
}

// "Anthony Washington", "Jack London": a one-word place name right after a lone
// given name is a surname. Extends that given-name candidate (the last in `out`)
// over it; its cues must then be read again.
bool SurnameAfterGivenName(const std::vector<Token>& tokens, std::size_t i, std::size_t len,
                           const LexEntry& e, const Lexicon& lex, std::vector<Candidate>& out) {
  if (len != 1 || e.form == MentionForm::kDemonym || out.empty() || !tokens[i].Is(kSpaceBefore))
    return false;
  if (i + 1 < tokens.size() && tokens[i + 1].text == "-" && !tokens[i + 1].Is(kSpaceBefore))
    return false;  // "Alicia Austria-Martinez": the surname goes on
  if (NamesAnInstitution(tokens, i + 1, lex)) return false;  // "Winston Canada Ltd"
  Candidate& c = out.back();
  if (c.kind != Candidate::kPersonName || c.last != i || c.last - c.first != 1 ||
      !lex.given_names.Contains(tokens[c.first]))
    return false;
  c.last = i + 1;
  c.speaker = c.possessive = c.appositive = false;
  return true;
}

// "Dominique Baratelli": a country's name in some language (French "Dominique" for
// Dominica) that is also a given name, followed by a name word, starts a person's name.
bool GivenNameBeforeSurname(const std::vector<Token>& tokens, std::size_t i, std::size_t len,
                            const LexEntry& e, const Lexicon& lex) {
  return len == 1 && e.kind == EntryKind::kCountry && e.form == MentionForm::kName &&
         lex.given_names.Contains(tokens[i]) && i + 1 < tokens.size() &&
         tokens[i + 1].Is(kSpaceBefore) && NameWord(tokens, i + 1, lex) &&
         !StartsDictionaryName(tokens, i + 1, lex) && !StartsTitle(tokens, i + 1, lex);
}

// "Fullback Andre Joubert scored", "Broker Khurshid Alam said": a sentence may open
// with a capitalised noun before a name that a given name starts. The noun is not an
// initial ("C. Fred Bergsten") nor a name part the dictionary knows ("Shah Mahmood
// Qureshi"). Anywhere, a party ("Liberal Bob Rae", "Republican Fred Thompson";
// english.json affiliation_words) stands before a name that a given name starts.
bool NounBeforeName(const std::vector<Token>& tokens, std::size_t i, const Lexicon& lex) {
  const Token& t = tokens[i];
  if (i + 2 < tokens.size() && t.Is(kCapitalized) && lex.affiliation_words.Contains(t) &&
      tokens[i + 1].Is(kSpaceBefore) && NameWord(tokens, i + 2, lex) &&
      (lex.given_names.Contains(tokens[i + 1]) ||
       lex.ambiguous_given_names.Contains(tokens[i + 1])))
    return true;
  return t.Is(kSentenceStart) && t.Is(kWord) && !t.Is(kAllCaps) && t.text.back() != '.' &&
         !lex.given_names.Contains(t) && !lex.ambiguous_given_names.Contains(t) &&
         !lex.people_by_part.Contains(t) && StartsGivenNameRun(tokens, i + 1, lex) &&
         tokens[i + 1].Is(kSpaceBefore);
}

// "Actually Frank Ford is a doctor": an adverb in -ly opening a sentence is no part of
// the name after it, unless the word may be a name ("Kelly", "Beverly", "Ely Ould").
bool AdverbOpening(const std::vector<Token>& tokens, std::size_t i, const Lexicon& lex) {
  const Token& t = tokens[i];
  return t.Is(kSentenceStart) && t.Is(kWord) && !t.Is(kAllCaps) && t.text.size() >= 5 &&
         t.text.ends_with("ly") && !lex.given_names.Contains(t) &&
         !lex.ambiguous_given_names.Contains(t) && !lex.people_by_part.Contains(t);
}

// The cues around a person-name candidate [first, last).
void AddPersonCues(const std::vector<Token>& tokens, const Lexicon& lex, Candidate& c) {
  const std::size_t n = tokens.size();
  auto is_speech = [&](std::size_t j) {
    return j < n && tokens[j].Is(kWord) && lex.speech_verbs.Contains(tokens[j]);
  };
  std::size_t after = c.last;
  if (PossessiveAt(tokens, after)) c.possessive = true;
  // "Lavrov said", "Lavrov also said", "Lavrov has said", "Lavrov reportedly said" —
  // but not "X is said to", nor "a Texas trader said" (the noun is the speaker).
  auto adverb = [&](std::size_t j) {
    if (!IsWordToken(tokens, j) || tokens[j].Is(kCapitalized)) return false;
    const std::string_view w = tokens[j].text;
    if (w == "is" || w == "was" || w == "are" || w == "were" || w == "be" || w == "been")
      return false;
    return IsFunctionWord(lex, tokens[j]) || (w.size() > 3 && w.ends_with("ly"));
  };
  if (is_speech(after) || (is_speech(after + 1) && adverb(after))) c.speaker = true;
  // "said Lavrov." — but in "said Texas manager Johnny Oates" the speaker is the
  // manager, and in "said Chechnya must" the name starts a clause: the name must end
  // the sentence or clause.
  if (c.first > 0 && is_speech(c.first - 1) && !IsWordToken(tokens, after)) c.speaker = true;
  // "Dionne Rose ( Jamaica )": a name with its country in parentheses, as results
  // and election tables give it; "Smith, 45, said": a name with an age.
  if (after + 2 < n && tokens[after].text == "(") {
    const std::vector<LexEntry>* entries = nullptr;
    const std::size_t len = lex.names.Match(tokens, after + 1, &entries);  // "( South Africa )"
    if (len > 0 && after + 1 + len < n && tokens[after + 1 + len].text == ")" &&
        std::any_of(entries->begin(), entries->end(),
                    [](const LexEntry& e) { return e.kind == EntryKind::kCountry; }))
      c.appositive = true;
  }
  if (c.last - c.first >= 2 && RankInParentheses(tokens, after)) c.appositive = true;
  // "Tanjug quoted Ljubomir Acimovic as saying": only a person says.
  if (after + 1 < n && tokens[after].text == "as" && tokens[after + 1].text == "saying")
    c.speaker = true;
  // "Duffy Waldorf , who also tied for second": only a person is a "who" — or a club
  // or band in British copy, but that is one word ("Leicestershire , who") or comes
  // with an article ("the Beastie Boys , who").
  const bool article_before = c.first > 0 && AsciiLower(tokens[c.first - 1].text) == "the";
  if (c.last - c.first >= 2 && !article_before && after + 1 < n && tokens[after].text == "," &&
      tokens[after + 1].text == "who")
    c.appositive = true;
  if (after + 2 < n && tokens[after].text == "," && tokens[after + 1].Is(kHasDigit) &&
      tokens[after + 1].text.size() <= 3 && tokens[after + 2].text == ",")
    c.appositive = true;
  if (after < n && tokens[after].text == ",") {
    // "Putin, and the Prime Minister of Italy, Romano Prodi": after a conjunction the
    // title is the next name's.
    for (std::size_t j = after + 1;
         j < std::min(n, after + 5) && !lex.conjunctions.Contains(tokens[j]); ++j) {
      int title;
      bool plural;
      if (MatchTitle(tokens, j, lex, title, plural) &&
          lex.titles[static_cast<std::size_t>(title)].kind != TitleInfo::kHonorific) {
        c.appositive = true;
        if (c.title < 0) {
          c.title = title;
          c.title_first = j;
        }
        break;
      }
      if (!tokens[j].Is(kWord)) break;
    }
  }
}

}  // namespace

bool IsTitleCase(const std::vector<Token>& tokens, const Lexicon& lex) {
  // Cheap necessary condition first: a headline has a capitalised function word
  // inside it, which running text almost never has; only then look names up.
  const bool any_capital_function_word = std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) {
    return t.Is(kWord) && t.Is(kCapitalized) && !t.Is(kSentenceStart) && !t.Is(kHasDigit) &&
           IsFunctionWord(lex, t);
  });
  if (!any_capital_function_word) return false;
  std::size_t words = 0, function_total = 0, function_caps = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!t.Is(kWord) || t.Is(kHasDigit)) continue;
    ++words;
    // A known name keeps its capitals in any sentence: the "South" of "( South
    // Africa )" in a results line says nothing about the sentence.
    const std::vector<LexEntry>* entries = nullptr;
    if (const std::size_t len = lex.names.Match(tokens, i, &entries)) {
      i += len - 1;
      continue;
    }
    // Nor does a title, with the words that qualify it: the "Prime" of "Britain's
    // Prime Minister Alex Smith met ...", the "Former" of "Former Prime Minister".
    int title;
    bool plural;
    if (const std::size_t len = MatchTitle(tokens, i, lex, title, plural)) {
      i += len - 1;
      continue;
    }
    if (!t.Is(kSentenceStart) && IsFunctionWord(lex, t) &&
        !(i + 1 < tokens.size() && tokens[i + 1].Is(kWord) &&
          MatchTitle(tokens, i + 1, lex, title, plural) > 0)) {
      ++function_total;
      function_caps += t.Is(kCapitalized);
    }
  }
  // Without function words there is no telling a headline from a list of names
  // ("Andrew Goram , Craig Burley , Thomas Boyd"): treat it as running text.
  return function_total > 0 && function_caps * 2 > function_total && words >= 3;
}

bool IsAllCaps(const std::vector<Token>& tokens) {
  std::size_t words = 0, caps = 0;
  for (const Token& t : tokens) {
    if (!t.Is(kWord) || t.Is(kHasDigit) || t.text.size() < 2) continue;
    ++words;
    caps += t.Is(kAllCaps);
  }
  // Three words at least: "NEW YORK" alone is a dateline, not a headline.
  return words >= 3 && caps * 10 >= words * 9;
}

std::vector<Candidate> FindCandidates(const std::vector<Token>& tokens, const Lexicon& lex) {
  std::vector<Candidate> out;
  FindCandidates(tokens, lex, out);
  return out;
}

void FindCandidates(const std::vector<Token>& tokens, const Lexicon& lex, std::vector<Candidate>& out) {
  out.clear();
  out.reserve(4);  // one allocation for most sentences, not one per doubling
  const bool headline = IsTitleCase(tokens, lex);
  const bool shouting = IsAllCaps(tokens);
  const std::size_t n = tokens.size();
  int pending_title = -1, sticky_title = -1;
  std::size_t title_first = 0, title_end = static_cast<std::size_t>(-1), sticky_first = 0,
              sticky_end = 0;
  bool title_of_country = false;  // title_end was moved past "of COUNTRY ,", "TITLE ,"
  bool title_must_close = false;  // ... and the name must close the apposition
  bool title_two_words = false;   // ... and have two words ("the leader of the group, Hamas")
  auto attach_title = [&](Candidate& c) {
    // "The President of Algeria, Abdelaziz Bouteflika, said": the name must close the
    // apposition, unless the title opens the sentence ("The 8th President of India,
    // Ramaswamy Venkataraman has died"); in "a meeting with the parliament speaker of
    // Morocco, Rafsanjani said" the name starts a clause of its own.
    if (title_end == c.first && title_of_country && (title_first > 4 || title_must_close) &&
        c.last < n && tokens[c.last].Is(kWord))
      return;
    if (title_end == c.first && title_two_words && c.last - c.first < 2) return;
    if (title_end == c.first) {
      c.titled = true;
      c.title = pending_title;
      c.title_first = title_first;
      if (sticky_title >= 0 && sticky_first == title_first) sticky_end = c.last;  // its list
    } else if (sticky_title >= 0) {
      // A plural title heads a list ("Presidents Xi Jinping of China and Vladimir Putin
      // of Russia", "Senators Joseph Biden (D-DE) and Christopher Dodd"): between its
      // names only separators, "of" and a country, and asides in parentheses; a name
      // after other words is not in it ("Two top U.S. officials say that Philippe").
      for (std::size_t i = sticky_end; i < c.first; ++i) {
        const std::string_view w = tokens[i].text;
        if (w == "(") {
          const std::size_t open = i;
          while (i < c.first && i < open + 6 && tokens[i].text != ")") ++i;
          if (i < c.first && tokens[i].text == ")") continue;
        }
        const auto country = std::find_if(out.rbegin(), out.rend(), [&](const Candidate& o) {
          return o.first == i && (o.kind == Candidate::kCountry || o.kind == Candidate::kAlliance);
        });
        if (country != out.rend()) {
          i = country->last - 1;
          continue;
        }
        if (w != "," && w != "and" && w != "&" && w != "of") return;
      }
      c.title = sticky_title;
      c.title_first = sticky_first;
      sticky_end = c.last;
    }
  };
  for (std::size_t i = 0; i < n;) {
    const Token& t = tokens[i];
    if (!t.Is(kWord)) {
      ++i;
      continue;
    }
    // A word in lower case (no capital, not first in its sentence) that starts no name,
    // title, descriptor, group phrase or pronoun can start nothing below: most of
    // running text, passed over in one bit test.
    if (!(t.flags & (kCapitalized | kSentenceStart | kAllCaps)) && t.hash == t.lower_hash &&
        t.text[0] >= 'a' && t.text[0] <= 'z' && !lex.lowercase_starts.MayContain(t.lower_hash)) {
      ++i;
      continue;
    }
    const std::vector<LexEntry>* entries = nullptr;
    std::size_t len = lex.names.Match(tokens, i, &entries);
    if (len && GivenNameBeforeSurname(tokens, i, len, Best(*entries), lex)) len = 0;
    if (len) {
      const LexEntry& e = Best(*entries);
      if (e.kind == EntryKind::kCountry && i > 0 && AsciiLower(tokens[i - 1].text) == "the" &&
          i + len < n) {
        // "the Russian president" with no name after it: a reference to a person.
        int title;
        bool plural;
        const std::size_t tlen = MatchTitle(tokens, i + len, lex, title, plural);
        const std::size_t end = i + len + tlen;
        if (tlen && !plural && lex.titles[static_cast<std::size_t>(title)].kind == TitleInfo::kOffice &&
            !(end < n && NameWord(tokens, end, lex))) {
          Candidate c;
          c.kind = Candidate::kRoleReference;
          c.first = i - 1;
          c.last = end;
          c.index = e.index;
          c.title = title;
          c.title_first = i + len;
          out.push_back(c);
          i = end;
          continue;
        }
      }
      if (e.kind == EntryKind::kCountry || e.kind == EntryKind::kAlliance) {
        // "US$ 19 million", "HK$5": a currency, not the state.
        if (i + len < n && tokens[i + len].text == "$" && !tokens[i + len].Is(kSpaceBefore)) {
          i += len;
          continue;
        }
        if (!headline && SurnameAfterGivenName(tokens, i, len, e, lex, out)) {
          AddPersonCues(tokens, lex, out.back());
          i += len;
          continue;
        }
        // "Australian Anthony Hill": a demonym before a person's name is not part of it.
        const bool before_person =
            e.form == MentionForm::kDemonym && StartsGivenNameRun(tokens, i + len, lex);
        if (!headline && !before_person && GluedToName(tokens, i, i + len, lex)) {
          i = SkipCapitalised(tokens, i + len, lex);
          continue;
        }
        Candidate c;
        c.kind = e.kind == EntryKind::kCountry ? Candidate::kCountry : Candidate::kAlliance;
        c.first = i;
        c.last = i + len;
        c.index = e.index;
        c.form = e.form;
        out.push_back(c);
        // "the President of Russia, Vladimir Putin", "the Speaker of the Georgian
        // Parliament, Gigi Tsereteli": the title is the name's after the comma.
        const bool of_before = (i > 0 && title_end + 1 == i && tokens[i - 1].text == "of") ||
                               (i > 1 && title_end + 2 == i && tokens[i - 2].text == "of" &&
                                tokens[i - 1].text == "the");
        std::size_t comma = i + len;
        if (comma < n && lex.state_words.Contains(tokens[comma])) ++comma;
        if (of_before && comma + 1 < n && tokens[comma].text == ",") {
          title_end = comma + 1;
          title_of_country = true;
        }
      } else if (e.kind == EntryKind::kPerson) {
        if (NamesAnInstitution(tokens, i + len, lex)) {  // "Kofi Annan International Centre"
          i = SkipCapitalised(tokens, i + len, lex);
          continue;
        }
        Candidate c;
        c.kind = Candidate::kKnownPerson;
        c.first = i;
        c.last = i + len;
        c.index = e.index;
        attach_title(c);
        AddPersonCues(tokens, lex, c);
        out.push_back(c);
      }
      i += len;  // organisations and blockers just consume their tokens
      continue;
    }
    int title;
    bool plural;
    if (std::size_t len = MatchTitle(tokens, i, lex, title, plural)) {
      // A rank or an honorific right after an office keeps the office: "army chief
      // General Asim Munir", "Foreign Minister Sheikh Abdullah".
      auto kind = [&](int t) { return lex.titles[static_cast<std::size_t>(t)].kind; };
      const bool after_office =
          title_end == i && pending_title >= 0 && kind(pending_title) == TitleInfo::kOffice &&
          (kind(title) == TitleInfo::kHonorific || kind(title) == TitleInfo::kProfession);
      if (!after_office) {
        pending_title = title;
        title_first = i;
      }
      title_end = i + len;
      title_of_country = title_must_close = title_two_words = false;
      // "Nigeria's new president, Bola Tinubu, met": a country's title is the name's
      // after the comma when the name closes the apposition (not "After meeting
      // Nigeria's president, Tinubu said").
      if (i + len + 1 < n && tokens[i + len].text == "," && !out.empty() &&
          out.back().kind == Candidate::kCountry) {
        std::size_t j = i;
        for (int k = 0;
             k < 2 && j > 0 && tokens[j - 1].Is(kWord) && !tokens[j - 1].Is(kCapitalized) &&
             !lex.conjunctions.Contains(tokens[j - 1]);
             ++k)
          --j;
        if (j > 0 && tokens[j - 1].Is(kPossessive) && out.back().last == j - 1) {
          title_end = i + len + 1;
          title_of_country = title_must_close = true;
        }
      } else if (i > 0 && i + len + 1 < n && tokens[i + len].text == "," &&
                 lex.titles[static_cast<std::size_t>(title)].kind != TitleInfo::kRelational) {
        // "his colleague, Chen Longde, and": so is a possessive pronoun's (one word may
        // stand between: "her former aide, ..."); not a relative's ("her father,
        // Zulfikar Ali Bhutto, himself a former Prime Minister": the office is his own).
        std::size_t j = i;
        if (j > 1 && tokens[j - 1].Is(kWord) && !tokens[j - 1].Is(kCapitalized)) --j;
        auto possessive_pronoun = [&](std::size_t at) {
          const std::string_view w = tokens[at].text;
          return w == "his" || w == "her" || w == "their";
        };
        if (possessive_pronoun(i - 1) || (j < i && possessive_pronoun(j - 1))) {
          title_end = i + len + 1;
          title_of_country = title_must_close = true;
        }
      }
      // "the head of the UN nuclear watchdog, Rafael Grossi,", "the speaker of parliament,
      // Nabih Berri,": an office of a body, or an office after "the", is the name's after
      // the comma (an "of" and a country before the comma are the country's: see above).
      std::size_t comma = 0;
      if (kind(title) == TitleInfo::kOffice && i + len < n && tokens[i + len].text == "of") {
        std::size_t j = i + len + 1;
        if (j < n && tokens[j].text == "the") ++j;
        const std::size_t from = j;
        // Not a body that names a state, a bloc or a company ("the President of the
        // European Parliament, Josep Borrell", "Chairman of Shell UK, James Smith"):
        // whose office that is, the state's or the body's, is not said.
        bool named = false;
        while (j < n && j < from + 4 && tokens[j].Is(kWord) &&
               !lex.conjunctions.Contains(tokens[j])) {
          named = named || (tokens[j].Is(kCapitalized) && lex.names.Match(tokens, j, &entries) > 0);
          ++j;
        }
        if (j > from && !named && j + 1 < n && tokens[j].text == ",") comma = j;
      } else if (kind(title) == TitleInfo::kOffice && i > 0 && i + len + 1 < n &&
                 tokens[i + len].text == "," &&
                 (tokens[i - 1].text == "the" || tokens[i - 1].text == "The")) {
        comma = i + len;  // "the speaker of parliament, Nabih Berri," (one title)
      }
      if (comma > 0) {
        title_end = comma + 1;
        title_of_country = title_must_close = title_two_words = true;
      }
      if (plural) {
        sticky_title = title;
        sticky_first = i;
        sticky_end = i + len;
      }
      i += len;
      continue;
    }
    if (i > 0 && (tokens[i - 1].text == "the" || tokens[i - 1].text == "The")) {
      if (std::size_t len = lex.descriptors.Match(tokens, i, &entries)) {
        out.push_back({Candidate::kDescriptor, i - 1, i + len, 0, MentionForm::kDescriptor});
        i += len;
        continue;
      }
    }
    if (std::size_t len = lex.groups.Match(tokens, i, &entries)) {
      const std::uint32_t kind = entries->front().kind == EntryKind::kCountry ? 0 : 1;
      out.push_back({Candidate::kGroup, i, i + len, kind, MentionForm::kGroup});
      i += len;
      continue;
    }
    if (lex.pronouns.Contains(t)) {
      out.push_back({Candidate::kPronoun, i, i + 1, 0, MentionForm::kPronoun});
      ++i;
      continue;
    }
    if (shouting && ShoutedNameWord(tokens, i, lex)) {
      // "SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN": word by word, like a Title Case
      // headline; pass 2 keeps the words that name someone the article names.
      Candidate c;
      c.first = i;
      c.last = i + 1;
      c.headline_word = true;
      attach_title(c);
      AddPersonCues(tokens, lex, c);
      out.push_back(c);
      ++i;
      continue;
    }
    // Nor does a name start after one capital and a hyphen ("R-Ill.", "T-Mobile"),
    // where NameRunEnd stops on purpose.
    if (NounBeforeName(tokens, i, lex) || AdverbOpening(tokens, i, lex) ||
        (i > 1 && tokens[i - 1].text == "-" && !tokens[i - 1].Is(kSpaceBefore) &&
         !tokens[i].Is(kSpaceBefore) && tokens[i - 2].text.size() == 1 &&
         tokens[i - 2].Is(kCapitalized))) {
      ++i;
      continue;
    }
    // A given name that is also a word never in a name ("Christian", of "Christian
    // Democrats") starts one right after a title: "chairman Christian Blanc".
    const bool titled_given_name =
        title_end == i && t.Is(kCapitalized) &&
        (lex.given_names.Contains(t) || lex.ambiguous_given_names.Contains(t)) && i + 1 < n &&
        NameWord(tokens, i + 1, lex);
    if ((NameWord(tokens, i, lex) || titled_given_name) &&
        !(t.Is(kSentenceStart) && IsFunctionWord(lex, t)) && !IsFunctionWord(lex, t)) {
      // In a Title Case headline every word is capitalised: take words one by one
      // and let pass 2 keep only those that name a person the article names.
      const std::size_t end = headline ? i + 1 : NameRunEnd(tokens, i, lex);
      if (!headline && NamesAnInstitution(tokens, end, lex)) {
        i = SkipCapitalised(tokens, end, lex);
        continue;
      }
      // Right after a capitalised non-name word it is part of a larger name
      // ("Islamic Jihad", "Labour Party Chairman"), also first in a sentence ("National
      // Commerce Bancorp said"), unless the first word may be a given name ("June Carter
      // Cash") or one follows ("City Solicitor Romulo Diaz said").
      auto given = [&](std::size_t j) {
        return lex.given_names.Contains(tokens[j]) || lex.ambiguous_given_names.Contains(tokens[j]);
      };
      auto names_someone = [&] {
        for (std::size_t j = i - 1; j < end; ++j)
          if (given(j)) return true;
        return false;
      };
      // Also across a particle: "Banca del Monte di Parma", "Banque Nationale de Paris".
      const std::size_t before = i > 1 && IsParticle(tokens, i - 1, lex) ? i - 1 : i;
      if (!headline && before > 0 && tokens[before - 1].Is(kWord) &&
          tokens[before - 1].Is(kCapitalized) && lex.not_name_words.Contains(tokens[before - 1]) &&
          !(tokens[before - 1].Is(kSentenceStart) && names_someone())) {
        i = end;
        continue;
      }
      Candidate c;
      c.kind = Candidate::kPersonName;
      c.first = i;
      c.last = end;
      c.headline_word = headline;
      attach_title(c);
      AddPersonCues(tokens, lex, c);
      out.push_back(c);
      i = end;
      continue;
    }
    ++i;
  }
}

}  // namespace kg
