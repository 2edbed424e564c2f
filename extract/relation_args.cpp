#include "extract/relation_args.h"

namespace kg {
namespace {

constexpr std::size_t kNone = RelationView::kNone;
constexpr std::size_t kMaxSubjectDistance = 16;  // tokens between a subject and its verb
constexpr std::size_t kMaxObjectWords = 3;       // content words before the object's name
constexpr std::size_t kMaxModifierWords = 3;     // adjectives between a possessor and its noun
constexpr std::size_t kPronounReach = 30;        // how far back "its"/"their" look
constexpr std::size_t kHedgeReach = 8;           // how far back a governing negation is sought

// "the Baltic states accused Belarus": a plural noun that is also a verb of saying
// ("Russia states that ..."), after an article, a name that is no entity, or
// "member"/"other".
bool MemberNounNotVerb(const RelationView& v, std::size_t i) {
  if (i == 0 || !v.Is(i, kRwMemberNoun)) return false;
  const std::size_t q = i - 1;
  if (v.Is(q, kRwDeterminer) || v.lower(q) == "member" || v.lower(q) == "other") return true;
  return v.token(q).Is(kWord) && v.token(q).Is(kCapitalized) && v.SlotAt(q) == kNone;
}

bool StrongBreak(const RelationView& v, std::size_t i) {
  return v.IsPunct(i, ';') || v.IsPunct(i, ':') || v.IsPunct(i, '(') || v.IsPunct(i, ')') ||
         v.IsPunct(i, '.') || v.IsPunct(i, '?') || v.IsPunct(i, '!');
}

// The antecedent of a relative pronoun at `rel`: "the AUKUS defense alliance which".
RelGroup Antecedent(const RelationView& v, std::size_t rel) {
  std::size_t q = rel;
  if (q > 0 && v.IsPunct(q - 1, ',')) --q;
  for (std::size_t k = 0; k < 4 && q > 0; ++k, --q) {
    const std::size_t s = v.SlotEndingAt(q);
    if (s != kNone) return v.IsPossessor(s) ? RelGroup{} : v.GroupLeft(s);
    if (!ContentWord(v, q - 1) && !v.Is(q - 1, kRwDeterminer)) break;
  }
  return {};
}

// Whether no entity of `g` is known to be of the other sex than `sex`.
bool SexFits(const RelationView& v, const RelGroup& g, Sex sex) {
  for (const std::uint32_t slot : g.slots)
    for (const std::size_t* e = v.EntitiesBegin(slot); e != v.EntitiesEnd(slot); ++e) {
      const Sex s = v.entities()[*e].sex;
      if (s != Sex::kUnknown && s != sex) return false;
    }
  return true;
}

// "its" -> the nearest state or alliance named before; "their" -> the nearest
// group of two or more; "his"/"her" -> the nearest person of that sex or of none known
// ("talks with Helmut Kohl ahead of her visit" is not Kohl's visit).
RelGroup ResolvePossessivePronoun(const RelationView& v, std::size_t at) {
  const std::string_view w = v.lower(at);
  auto fits = [&](std::size_t s, const RelGroup& g) {
    const bool person = v.SlotHasType(s, EntityType::kPerson);
    if (w == "its") return !person && v.EntityCount(g) == 1;
    if (w == "their") return v.EntityCount(g) >= 2;
    return (w == "his" || w == "her") && person && v.EntityCount(g) == 1 &&
           SexFits(v, g, w == "her" ? Sex::kFemale : Sex::kMale);
  };
  bool named_before = false;
  for (std::size_t p = at, seen = 0; p-- > 0 && seen < kPronounReach; ++seen) {
    if (StrongBreak(v, p)) break;
    const std::size_t s = v.SlotAt(p);
    if (s == kNone) continue;
    named_before = true;
    const RelGroup g = v.GroupLeft(s);
    if (fits(s, g)) return g;
    p = g.first;
  }
  // "During his visit to China, Mikhail Mishustin met Li Qiang": in a phrase opening the
  // sentence before anyone is named, the pronoun is the main clause's subject.
  if (named_before) return {};
  for (std::size_t p = at + 1; p < v.size() && p < at + 12; ++p) {
    if (StrongBreak(v, p)) return {};
    if (!v.IsPunct(p, ',')) continue;  // over the phrase's own names: "his visit to China"
    const std::size_t s = v.SlotAt(p + 1);
    if (s == kNone || v.slots()[s].first != p + 1) return {};
    const RelGroup g = v.GroupRight(s);
    return fits(s, g) ? g : RelGroup{};
  }
  return {};
}

// "Scholz said Berlin would continue to support Kyiv": in reported speech "would" is
// the speaker's "will" told in the past, no hedge. A verb of saying in the past at
// most a few words before it, in the same clause ("that" may open it).
bool ReportedWill(const RelationView& v, std::size_t i) {
  if (v.lower(i) != "would") return false;
  for (std::size_t p = i, seen = 0; p-- > 0 && seen < 6; ++seen) {
    if (v.Phrase(p, RelationPhraseSet::kSpeech)) {
      // Told in the past: "says he would be happy to meet" is a condition still.
      const std::string_view verb = v.lower(p);
      return verb.ends_with("ed") || verb == "said" || verb == "told" || verb == "wrote";
    }
    if (v.token(p).Is(kPunct) || v.Phrase(p, RelationPhraseSet::kNegation) ||
        v.Phrase(p, RelationPhraseSet::kModality))
      return false;
  }
  return false;
}

// Whether a verb starts at `at`, right after a list of names, or after a phrase that
// closes the list: "and its allies", "and other countries" (articles, possessive
// pronouns and plain words only).
bool VerbAfterList(const RelationView& v, std::size_t at) {
  if (v.StartsVerb(at) || v.LikelyVerb(at)) return true;  // "..., and Washington imposed"
  if (v.IsPossessive(at)) {  // "..., and Russia's army attacked": the state's institution acts
    for (std::size_t p = at + 1; p < at + 4 && p < v.size(); ++p) {
      if (v.StartsVerb(p) || v.LikelyVerb(p)) return p > at + 1 && v.Is(p - 1, kRwStateNoun);
      if (!ContentWord(v, p)) return false;
    }
    return false;
  }
  const std::size_t n = v.Phrase(at, RelationPhraseSet::kConjunction);
  if (n == 0) return false;
  for (std::size_t p = at + n; p < at + n + 3 && p < v.size(); ++p) {
    // Not a noun after an article or a possessive: "and their allies".
    const bool noun = v.Is(p - 1, kRwDeterminer) || v.Is(p - 1, kRwPossessivePronoun);
    if (v.StartsVerb(p) && !noun) return p > at + n;
    const bool plain = ContentWord(v, p) && !v.token(p).Is(kCapitalized) &&
                       (noun || !(v.word(p) && !v.word(p)->cues.empty()));
    if (!plain && !v.Is(p, kRwDeterminer) && !v.Is(p, kRwPossessivePronoun)) return false;
  }
  return false;
}

// A negation inside a compound modifier negates the modifier's noun, not the
// relation: 'a "no limits" partnership' (a short quoted phrase of plain words), "a
// no-limits partnership" (joined by hyphens).
bool CompoundModifier(const RelationView& v, std::size_t i) {
  auto glued = [&](std::size_t hyphen) {
    return hyphen < v.size() && v.IsPunct(hyphen, '-') && !v.token(hyphen).Is(kSpaceBefore) &&
           hyphen + 1 < v.size() && !v.token(hyphen + 1).Is(kSpaceBefore);
  };
  if (glued(i + 1) || (i > 0 && glued(i - 1))) return true;
  // A closing quote in [from, to), plain words before it (no cue: in 'would "not
  // support" Russia' the quote holds the relation itself).
  auto quote_within = [&](std::size_t from, std::size_t to) {
    for (std::size_t p = from; p < to && p < v.size(); ++p) {
      if (v.IsQuote(p)) return true;
      if (!v.token(p).Is(kWord) || (v.word(p) && !v.word(p)->cues.empty())) return false;
    }
    return false;
  };
  std::size_t open = i;
  while (open > 0 && i - open < 3 && v.token(open - 1).Is(kWord)) --open;
  // Two words at least: a negation quoted alone ('would "not" support') is scare quotes.
  return open > 0 && v.IsQuote(open - 1) && quote_within(i + 1, i + 4) &&
         (open < i || !v.IsQuote(i + 1));
}

bool Hedge(const RelationView& v, std::size_t i) {
  return (v.Phrase(i, RelationPhraseSet::kNegation) && !CompoundModifier(v, i)) ||
         (v.Phrase(i, RelationPhraseSet::kModality) && !ReportedWill(v, i));
}

}  // namespace

bool ContentWord(const RelationView& v, std::size_t i) {
  if (i >= v.size() || !v.token(i).Is(kWord) || v.SlotAt(i) != kNone) return false;
  const RelationWord* w = v.word(i);
  if (!w) return true;
  constexpr std::uint32_t kFunction = kRwPreposition | kRwDeterminer | kRwClauseBreak |
                                      kRwRelative | kRwSubjectPronoun | kRwBeAuxiliary |
                                      kRwPossessivePronoun | kRwSubordinator;
  if (w->classes & kFunction) return false;
  using S = RelationPhraseSet;
  for (S s : {S::kConjunction, S::kSpeech, S::kNegation})
    if (v.Phrase(i, s)) return false;
  return true;
}

// Whether the state or bloc `slot` names owns an institution of its own that ends its
// phrase before `before`: "China's foreign ministry criticized", "Russia's army on Monday
// attacked" (not "Iran's army chief praised": the chief is a person).
bool OwnsStateInstitution(const RelationView& v, std::size_t slot, std::size_t before) {
  if (v.SlotHasType(slot, EntityType::kPerson)) return false;  // "Kabila's presidential guard"
  std::size_t p = v.slots()[slot].last + 1, last = kNone;      // after the possessive
  for (std::size_t k = 0; k < 3 && p < before && ContentWord(v, p); ++k, ++p) last = p;
  return last != kNone && v.Is(last, kRwStateNoun) && (p == before || !ContentWord(v, p));
}

// The position of the last verb before `end` in its clause ("Trump praised Xi but"), or
// kNone.
std::size_t VerbBefore(const RelationView& v, std::size_t end) {
  for (std::size_t p = end, k = 0; p-- > 0 && k < 2 * kMaxSubjectDistance; ++k) {
    if (v.StartsVerb(p) || v.LikelyVerb(p)) return p;
    if (v.Is(p, kRwClauseBreak) || StrongBreak(v, p)) return kNone;
  }
  return kNone;
}

// Whether the phrase starting at `first` is what "according to" introduces, over a title
// and a comma: "According to UN spokesperson, Michèle Montas, Holmes will arrive" (not
// past a name and a comma: "according to Saakashvili, the pair met").
bool Attributed(const RelationView& v, std::size_t first) {
  for (std::size_t p = first, k = 0; p > 0 && k < 6; --p, ++k) {
    if (v.PhraseEndingAt(p, RelationPhraseSet::kAttribution) > 0) return true;
    const std::size_t q = p - 1;
    const bool apposition = v.IsPunct(q, ',') && q > 0 && v.Is(q - 1, kRwTitle);
    if (!(apposition || v.Is(q, kRwTitle) || v.Is(q, kRwDeterminer) || v.SlotAt(q) != kNone))
      return false;
  }
  return false;
}

RelGroup FindSubject(const RelationView& v, std::size_t before) {
  // "Trump praised Xi but accused Beijing of ...", "Biden met Navalnaya, and criticized
  // Putin": a verb right after "but" or "and" has the subject of the verb before (with
  // none before, "and" joined subjects: "Queen Elizabeth II and arrived").
  if (before > 0 && v.CueVerbAt(before) &&
      (v.Is(before - 1, kRwClauseBreak) ||
       v.Phrase(before - 1, RelationPhraseSet::kConjunction) == 1))
    if (const std::size_t verb = VerbBefore(v, before - 1); verb != kNone)
      return FindSubject(v, verb);
  std::size_t seen = 0;
  for (std::size_t p = before; p-- > 0 && seen < kMaxSubjectDistance;) {
    if (v.IsQuote(p)) {
      // An opening quotation mark before a capitalised word starts a quoted
      // sentence; its subject is inside it ('said a spokesman "The attack on ...').
      if (p + 1 < before && v.token(p + 1).Is(kCapitalized) && v.SlotAt(p + 1) == kNone) return {};
      continue;
    }
    ++seen;
    if (const std::size_t s = v.SlotAt(p); s != kNone) {
      RelGroup g = v.GroupLeft(s);
      // "In Toronto, Canada, 1,000 people gathered": a place, set off by commas.
      const bool place = v.IsPunct(g.first - 1, ',') && v.IsPunct(g.last, ',') &&
                         v.token(g.first - 2).Is(kCapitalized) && v.SlotAt(g.first - 2) == kNone;
      if (Attributed(v, g.first)) return {};  // the source, not the clause's subject
      if (v.slots()[s].actor && !place && v.SubjectBoundaryBefore(g.first) &&
          (!v.IsPossessor(s) || OwnsStateInstitution(v, s, before)))
        return g;
      p = g.first;  // a prepositional object or a possessor: look further left
      continue;
    }
    if (v.Is(p, kRwSubjectPronoun)) {  // "Russia and China said they were concerned"
      std::size_t q = p;
      if (q > 0 && v.lower(q - 1) == "that") --q;
      if (q > 0 && v.Phrase(q - 1, RelationPhraseSet::kSpeech) == 1 && q - 1 < before)
        return FindSubject(v, q - 1);
      return {};
    }
    if (v.Is(p, kRwRelative)) return Antecedent(v, p);
    // A verb of saying ends the clause ("X said sanctions on Y would fail"), unless it
    // takes the phrase as its object: a light verb ("announced new sanctions on").
    if ((v.Phrase(p, RelationPhraseSet::kSpeech) && !v.Is(p, kRwLightVerb) &&
         !MemberNounNotVerb(v, p)) ||
        v.Is(p, kRwClauseBreak) || StrongBreak(v, p))
      return {};
    // ", and" ends the clause ("..., and a military attack on") unless it closes a
    // list of names ("The U.S., U.K., and other countries are boycotting").
    if (v.Phrase(p, RelationPhraseSet::kConjunction) && v.IsPunct(p - 1, ',') &&
        !(v.SlotEndingAt(p - 1) != kNone &&
          (v.lower(p + 1) == "other" || v.lower(p + 1) == "others")))
      return {};
  }
  return {};
}

RelObject FindObject(const RelationView& v, std::size_t p, const RelationCue& cue) {
  RelObject r;
  while (v.IsQuote(p) || (v.IsPossessive(p) && v.lower(p) == "'")) ++p;  // "concerned' by"
  if (p < v.size() && v.lower(p).size() > 4 && v.lower(p).ends_with("ly") && ContentWord(v, p))
    ++p;  // "met secretly with"
  const int prep = v.Prep(p);
  if (prep >= 0 && ((cue.preps >> prep) & 1)) {
    r.prep = p;
    r.between = v.lower(p) == "between";
    ++p;
  } else if (prep >= 0 || !cue.direct) {
    return r;
  }
  if (v.Phrase(p, RelationPhraseSet::kReciprocal)) {
    r.reciprocal = true;
    return r;
  }
  std::size_t words = 0;
  for (std::size_t steps = 0; p < v.size() && steps < 10; ++steps) {
    if (v.IsQuote(p) || v.IsPossessive(p) || v.Is(p, kRwDeterminer)) {
      ++p;
      continue;
    }
    if (const std::size_t s = v.SlotAt(p); s != kNone) {
      // Not "Lebanese rebel group Hezbollah"; not "supported UN sanctions against Iran",
      // where the name belongs to a relation of its own.
      const std::size_t end = v.slots()[s].last;
      const bool cue_noun = v.word(end) && !v.word(end)->cues.empty();
      // Not "met with Navalny's widow": someone of the name's, not the name (grammar
      // person_nouns; one word may stand between: "Navalny's grieving widow"); that
      // someone when named right after ("Navalny's widow, Yulia Navalnaya", "Navalny's
      // widow Yulia Navalnaya").
      if (v.IsPossessor(s)) {
        std::size_t noun = end + 1;
        if (!v.Is(noun, kRwPersonNoun) && ContentWord(v, noun)) ++noun;
        if (v.Is(noun, kRwPersonNoun)) {
          const std::size_t named = v.SlotAt(noun + 1) != kNone ? v.SlotAt(noun + 1)
                                    : v.IsPunct(noun + 1, ',')  ? v.SlotAt(noun + 2)
                                                                : kNone;
          if (named != kNone && v.SlotHasType(named, EntityType::kPerson))
            r.group = v.GroupRight(named);
          return r;
        }
      }
      if (v.slots()[s].actor && !cue_noun) {
        r.group = v.GroupRight(s);
        // "Pakistan opposes India, and Mexico and Argentina oppose Brazil": a verb right
        // after the list makes the names after its first the subject of a clause (not
        // after "between": "an agreement between the US and North Korea says"), also
        // past a phrase the list closes with ("..., and the US and its allies have sent").
        if (r.group.slots.size() > 1 && !r.between && VerbAfterList(v, r.group.last)) {
          r.group.slots.resize(1);
          r.group.last = v.PhraseEnd(r.group.slots[0]);
        }
      }
      return r;
    }
    if (const std::size_t n = v.Phrase(p, RelationPhraseSet::kNpLink)) {
      // "accused the media of misunderstanding Australia's role": a gerund after "of" is
      // what the object is accused of, not more of the object.
      if (words > 0 && ContentWord(v, p + n) && v.lower(p + n).size() > 4 &&
          v.lower(p + n).ends_with("ing"))
        break;
      p += n;
      continue;
    }
    // Another cue starts a phrase of its own ("assisting their bombing campaign of
    // Lebanon"); a capitalised word is a name we do not know ("accused Tiraspol of"),
    // unless a title follows it ("criticised by Labour leader Keir Starmer").
    const bool cue = v.word(p) && !v.word(p)->cues.empty();
    const bool name = v.token(p).Is(kCapitalized) && !v.token(p).Is(kSentenceStart) &&
                      !v.Is(p, kRwTitle) && !v.Is(p + 1, kRwTitle);
    if (!ContentWord(v, p) || cue || name || ++words > kMaxObjectWords) break;
    ++p;
  }
  return r;
}

NounActor FindNounActor(const RelationView& v, std::size_t first) {
  NounActor a;
  std::size_t q = first;
  std::size_t words = 0;
  for (std::size_t k = 0; k < kMaxModifierWords + 1 && q > 0; ++k) {
    const bool conjunction = v.Phrase(q - 1, RelationPhraseSet::kConjunction) == 1 && q < first &&
                             ContentWord(v, q - 2);  // "its ongoing and escalating dispute"
    if (!v.IsQuote(q - 1) && !conjunction && !ContentWord(v, q - 1)) break;
    words += ContentWord(v, q - 1);
    --q;
  }
  if (q == 0) return a;
  if (v.IsPossessive(q - 1)) {  // "Russia's backing", "the Chinese government's relations"
    std::size_t end = q - 1;
    for (std::size_t k = 0; k < 3 && end > 0; ++k, --end) {
      const std::size_t s = v.SlotEndingAt(end);
      if (s != kNone) {
        a.group = v.GroupLeft(s);
        // "units in Iraq and Afghanistan and Italy's relations": only Italy owns them,
        // while "Beijing's and Moscow's cooperation" has two possessors.
        if (a.group.slots.size() > 1 && !v.SubjectBoundaryBefore(a.group.first)) {
          std::erase_if(a.group.slots, [&](std::uint32_t g) { return !v.IsPossessor(g); });
          if (a.group.slots.empty())
            a.group.slots.push_back(static_cast<std::uint32_t>(v.HeadLeft(s)));
        }
        return a;
      }
      if (!ContentWord(v, end - 1) && !v.Is(end - 1, kRwDeterminer)) break;
    }
    a.blocked = true;
    return a;
  }
  if (v.Is(q - 1, kRwPossessivePronoun)) {
    a.group = ResolvePossessivePronoun(v, q - 1);
    return a;
  }
  std::size_t s = v.SlotEndingAt(q);
  const bool led = s == kNone && q < first && v.IsPunct(q - 1, '-') && v.lower(q).ends_with("ed");
  if (led) {
    s = v.SlotEndingAt(q - 1);  // "the U.S.-led invasion of Iraq"
  } else {
    // A verb in -ed after a name is the name's verb, not an adjective of the noun:
    // "the US lifted sanctions on Cuba", "Turkey condemned attacks on Syria" (the clause
    // subject's light verbs keep theirs: "Britain imposed sanctions on").
    for (std::size_t p = q; p < first; ++p)
      if (v.LikelyVerb(p)) return a;
  }
  // A modifier is next to its noun or one adjective away ("Chinese military backing");
  // further left it is more likely a subject ("Putin and Xi vow deeper ties").
  if (s == kNone || words > 1 || !v.slots()[s].actor) return a;
  a.modifier = true;
  a.group = v.GroupLeft(s);
  // "President Bush and the US-led invasion of Iraq": the name before "-led" alone leads.
  if (led) {
    a.group.slots.assign(1, static_cast<std::uint32_t>(s));
    a.group.first = v.slots()[s].first;
  }
  const std::size_t hyphen = v.slots()[s].first;  // "the China-Russia relationship"
  if (a.group.slots.size() == 1 && v.IsPunct(hyphen - 1, '-')) {
    const std::size_t other = v.SlotEndingAt(hyphen - 1);
    if (other != kNone) {
      a.hyphen = true;
      a.group.slots.insert(a.group.slots.begin(), static_cast<std::uint32_t>(other));
      a.group.first = v.slots()[other].first;
    }
  }
  return a;
}

bool Hedged(const RelationView& v, std::size_t from, std::size_t to, bool stance) {
  for (std::size_t i = from; i < to && i < v.size(); ++i) {
    if (!Hedge(v, i)) continue;
    const std::size_t n = stance ? v.Phrase(i, RelationPhraseSet::kCommitment) : 0;
    if (n > 0 && i + n == to) continue;  // "vowed to support": held now
    return true;
  }
  return false;
}

bool ConditionAfter(const RelationView& v, std::size_t at) {
  bool comma = false;  // "damage to Russia's relations with the EU, if Russia failed"
  for (std::size_t p = at; p < v.size() && p < at + kHedgeReach; ++p) {
    if (v.IsPunct(p, ',') && !comma) {
      comma = true;
      continue;
    }
    if (v.token(p).Is(kPunct) && !v.IsQuote(p) && !v.IsPossessive(p)) return false;
    if (v.Is(p, kRwClauseBreak) && v.Phrase(p, RelationPhraseSet::kModality)) return true;
  }
  return false;
}

bool ConditionalSentence(const RelationView& v) {
  for (std::size_t p = 0; p < v.size() && p < 3; ++p)
    if (v.token(p).Is(kWord))
      // "If ...", "Unless ..."; "Were Iran to reject the offer, ...".
      return (v.Is(p, kRwClauseBreak) && v.Phrase(p, RelationPhraseSet::kModality)) ||
             (v.lower(p) == "were" && v.token(p).Is(kCapitalized) && p + 1 < v.size() &&
              v.SlotAt(p + 1) != kNone);
  return false;
}

bool HedgedBefore(const RelationView& v, std::size_t at) {
  for (std::size_t p = at, seen = 0; p-- > 0 && seen < kHedgeReach; ++seen) {
    if (v.IsQuote(p) || v.IsPunct(p, '-')) continue;
    if (Hedge(v, p)) return true;
    // A verb of the relation lexicon: the phrase after it is its object, whose own
    // relation a hedge before the verb does not reach ("refused to condemn Russia's
    // invasion of Ukraine": the invasion is no less real).
    if (v.CueVerbAt(p)) return false;
    // A relative pronoun or a preposition other than "to" starts a phrase the hedge
    // does not reach ("expected to be high on the agenda of the two leaders' talks"),
    // unless the hedge governs it: "denied that Russia ...", "warned of a Russian invasion".
    if (v.Is(p, kRwRelative))  // "denied that", "no evidence to suggest that"
      return Hedged(v, p >= 4 ? p - 4 : 0, p);
    if (v.Is(p, kRwPreposition) && v.lower(p) != "to")
      return p > 0 && (v.Phrase(p - 1, RelationPhraseSet::kNegation) ||
                       v.Phrase(p - 1, RelationPhraseSet::kModality));
    if (v.token(p).Is(kPunct) || v.Is(p, kRwClauseBreak) || v.Phrase(p, RelationPhraseSet::kSpeech))
      return false;
  }
  return false;
}

}  // namespace kg
