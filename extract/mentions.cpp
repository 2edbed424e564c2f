#include "extract/mentions.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace kg {
namespace {

bool IsWordToken(const std::vector<Token>& t, std::size_t i) {
  return i < t.size() && t[i].Is(kWord);
}


bool IsFunctionWord(const Lexicon& lex, const Token& t) {
  return lex.function_word_hashes.count(t.lower_hash) > 0;  // one integer probe per token
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

// A title phrase at i, also in the plural ("Presidents Xi and Putin"). Returns its
// length in tokens and sets `title`, `plural`.
std::size_t MatchTitle(const std::vector<Token>& tokens, std::size_t i, const Lexicon& lex,
                       int& title, bool& plural) {
  const std::vector<LexEntry>* entries = nullptr;
  std::size_t len = lex.title_cues.Match(tokens, i, &entries);
  plural = false;
  if (len == 0) {
    const std::string_view w = tokens[i].text;
    if (w.size() < 4 || (w.back() != 's' && w.back() != 'S')) return 0;
    if (!lex.title_cues.MatchWord(w.substr(0, w.size() - 1), &entries)) return 0;
    len = 1;
    plural = true;
  }
  title = static_cast<int>(entries->front().index);
  if (i + len < tokens.size() && tokens[i + len].text == "." && !tokens[i + len].Is(kSpaceBefore))
    ++len;  // "Mr." "Sen."
  return len;
}

bool StartsDictionaryName(const std::vector<Token>& tokens, std::size_t i, const Lexicon& lex) {
  const std::vector<LexEntry>* entries = nullptr;
  return lex.names.Match(tokens, i, &entries) > 0;
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
  if (lex.not_name_words.count(std::string(t.text))) return false;
  return true;
}

// End of the run of name words starting at i: "Ursula von der Leyen", "Jean-Claude
// Juncker", "J. Biden". Stops at titles, dictionary names, possessives, 5 tokens.
std::size_t NameRunEnd(const std::vector<Token>& tokens, std::size_t i, const Lexicon& lex) {
  std::size_t end = i + 1, words = 1;
  while (end < tokens.size() && words < 5) {
    const Token& t = tokens[end];
    // "Jean-Claude", but not "Putin-Xi" (two people's surnames).
    const bool two_surnames = end + 1 < tokens.size() &&
                              lex.people_by_part.count(std::string(tokens[end - 1].text)) &&
                              lex.people_by_part.count(std::string(tokens[end + 1].text));
    if (t.text == "-" && !t.Is(kSpaceBefore) && end + 1 < tokens.size() && !two_surnames &&
        !tokens[end + 1].Is(kSpaceBefore) && NameWord(tokens, end + 1, lex)) {
      end += 2;  // hyphenated name part
      continue;
    }
    if (t.Is(kWord) && !t.Is(kCapitalized) && lex.name_particles.count(std::string(t.text)) &&
        end + 1 < tokens.size() && NameWord(tokens, end + 1, lex)) {
      end += 2;
      words += 2;
      continue;
    }
    if (!NameWord(tokens, end, lex) || StartsTitle(tokens, end, lex) ||
        StartsDictionaryName(tokens, end, lex))
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
                                       lex.not_name_words.count(std::string(tokens[j].text))))
      return false;
    if (tokens[j].Is(kAllCaps) || IsFunctionWord(lex, tokens[j])) return false;
    if (lex.state_words.count(std::string(tokens[j].text))) return false;
    return !StartsTitle(tokens, j, lex) && !StartsDictionaryName(tokens, j, lex);
  };
  if (end < tokens.size() && tokens[end].Is(kSpaceBefore) && glue(end)) return true;
  if (i > 0 && !tokens[i - 1].Is(kSentenceStart) && tokens[i].Is(kSpaceBefore) && glue(i - 1) &&
      !(i >= 2 && tokens[i - 2].Is(kPossessive)))
    return true;
  // "The Times of India", "Bank of England": Name "of" Country.
  if (i >= 2 && tokens[i - 1].text == "of" && tokens[i - 2].Is(kCapitalized) &&
      lex.not_name_words.count(std::string(tokens[i - 2].text)) &&
      !lex.state_words.count(std::string(tokens[i - 2].text)))
    return true;
  return false;
}

std::size_t SkipCapitalised(const std::vector<Token>& tokens, std::size_t end) {
  while (end < tokens.size() && tokens[end].Is(kWord) && tokens[end].Is(kCapitalized)) ++end;
  return end;
}

// A name followed right away by a capitalised institution word ("... Foundation",
// "... International Airport") is the institution's name, not a person.
bool NamesAnInstitution(const std::vector<Token>& tokens, std::size_t end, const Lexicon& lex) {
  static const std::unordered_set<std::string_view> kTimeWords = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "January", "February", "March", "April", "June", "July", "August", "September",
      "October", "November", "December"};
  return end < tokens.size() && tokens[end].Is(kWord) && tokens[end].Is(kCapitalized) &&
         tokens[end].Is(kSpaceBefore) && !kTimeWords.count(tokens[end].text) &&
         lex.not_name_words.count(std::string(tokens[end].text));
}

// The cues around a person-name candidate [first, last).
void AddPersonCues(const std::vector<Token>& tokens, const Lexicon& lex, Candidate& c) {
  const std::size_t n = tokens.size();
  auto is_speech = [&](std::size_t j) {
    return j < n && tokens[j].Is(kWord) && lex.speech_verbs.count(std::string(tokens[j].text));
  };
  std::size_t after = c.last;
  if (after < n && tokens[after].Is(kPossessive)) c.possessive = true;
  // "Lavrov said", "Lavrov also said", "Lavrov has said" — but not "X is said to".
  auto adverb = [&](std::size_t j) {
    if (!IsWordToken(tokens, j) || tokens[j].Is(kCapitalized)) return false;
    const std::string_view w = tokens[j].text;
    return w != "is" && w != "was" && w != "are" && w != "were" && w != "be" && w != "been";
  };
  if (is_speech(after) || (is_speech(after + 1) && adverb(after))) c.speaker = true;
  if (c.first > 0 && is_speech(c.first - 1)) c.speaker = true;
  // "Dionne Rose ( Jamaica )": a name with its country in parentheses, as results
  // and election tables give it; "Smith, 45, said": a name with an age.
  if (after + 2 < n && tokens[after].text == "(" && tokens[after + 2].text == ")") {
    const std::vector<LexEntry>* entries = nullptr;
    if (lex.names.Match(tokens, after + 1, &entries) == 1 &&
        std::any_of(entries->begin(), entries->end(),
                    [](const LexEntry& e) { return e.kind == EntryKind::kCountry; }))
      c.appositive = true;
  }
  if (after + 2 < n && tokens[after].text == "," && tokens[after + 1].Is(kHasDigit) &&
      tokens[after + 1].text.size() <= 3 && tokens[after + 2].text == ",")
    c.appositive = true;
  if (after < n && tokens[after].text == ",") {
    for (std::size_t j = after + 1; j < std::min(n, after + 5); ++j) {
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
  std::size_t words = 0, caps = 0, function_total = 0, function_caps = 0;
  for (const Token& t : tokens) {
    if (!t.Is(kWord) || t.Is(kHasDigit)) continue;
    ++words;
    caps += t.Is(kCapitalized);
    if (!t.Is(kSentenceStart) && IsFunctionWord(lex, t)) {
      ++function_total;
      function_caps += t.Is(kCapitalized);
    }
  }
  // Without function words there is no telling a headline from a list of names
  // ("Andrew Goram , Craig Burley , Thomas Boyd"): treat it as running text.
  (void)caps;
  return function_total > 0 && function_caps * 2 > function_total && words >= 3;
}

std::vector<Candidate> FindCandidates(const std::vector<Token>& tokens, const Lexicon& lex) {
  std::vector<Candidate> out;
  const bool headline = IsTitleCase(tokens, lex);
  int pending_title = -1, sticky_title = -1;
  std::size_t title_first = 0, title_end = static_cast<std::size_t>(-1), sticky_first = 0;
  auto attach_title = [&](Candidate& c) {
    if (title_end == c.first) {
      c.titled = true;
      c.title = pending_title;
      c.title_first = title_first;
    } else if (sticky_title >= 0) {
      c.title = sticky_title;
      c.title_first = sticky_first;
    }
  };
  const std::size_t n = tokens.size();
  for (std::size_t i = 0; i < n;) {
    const Token& t = tokens[i];
    if (!t.Is(kWord)) {
      ++i;
      continue;
    }
    const std::vector<LexEntry>* entries = nullptr;
    if (std::size_t len = lex.names.Match(tokens, i, &entries)) {
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
        if (!headline && GluedToName(tokens, i, i + len, lex)) {
          i = SkipCapitalised(tokens, i + len);
          continue;
        }
        Candidate c;
        c.kind = e.kind == EntryKind::kCountry ? Candidate::kCountry : Candidate::kAlliance;
        c.first = i;
        c.last = i + len;
        c.index = e.index;
        c.form = e.form;
        out.push_back(c);
      } else if (e.kind == EntryKind::kPerson) {
        if (NamesAnInstitution(tokens, i + len, lex)) {  // "Kofi Annan International Centre"
          i = SkipCapitalised(tokens, i + len);
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
      pending_title = title;
      title_first = i;
      title_end = i + len;
      if (plural) {
        sticky_title = title;
        sticky_first = i;
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
    if (lex.pronoun_hashes.count(t.lower_hash)) {
      out.push_back({Candidate::kPronoun, i, i + 1, 0, MentionForm::kPronoun});
      ++i;
      continue;
    }
    if (NameWord(tokens, i, lex) &&
        !(t.Is(kSentenceStart) && IsFunctionWord(lex, t)) &&
        !IsFunctionWord(lex, t)) {
      // In a Title Case headline every word is capitalised: take words one by one
      // and let pass 2 keep only those that name a person the article names.
      const std::size_t end = headline ? i + 1 : NameRunEnd(tokens, i, lex);
      if (!headline && NamesAnInstitution(tokens, end, lex)) {
        i = SkipCapitalised(tokens, end);
        continue;
      }
      // Right after a capitalised non-name word it is part of a larger name
      // ("Islamic Jihad", "Labour Party Chairman").
      if (!headline && i > 0 && tokens[i - 1].Is(kWord) && tokens[i - 1].Is(kCapitalized) &&
          !tokens[i - 1].Is(kSentenceStart) && lex.not_name_words.count(std::string(tokens[i - 1].text))) {
        i = end;
        continue;
      }
      Candidate c;
      c.kind = Candidate::kPersonName;
      c.first = i;
      c.last = end;
      attach_title(c);
      AddPersonCues(tokens, lex, c);
      out.push_back(c);
      i = end;
      continue;
    }
    ++i;
  }
  return out;
}

}  // namespace kg
