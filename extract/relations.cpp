// Typed relations of one sentence: find the cues of data/relations.json in the
// tokens, read each cue's arguments (relation_args.h), drop hedged statements, and
// emit typed, directed edges between entity ids. docs/relations.md describes the
// rules with examples.
#include "extract/relations.h"

#include <algorithm>

#include "extract/relation_args.h"
#include "extract/relation_speaker.h"
#include "extract/relation_view.h"

namespace kg {
namespace {

constexpr std::size_t kNone = RelationView::kNone;

struct Hit {
  std::size_t first = 0, last = 0;
  const RelationCue* cue = nullptr;
};

bool TypesFit(RelationType t, EntityType s, EntityType o) {
  switch (t) {
    case RelationType::kMeets:
      return s == EntityType::kPerson && o == EntityType::kPerson;
    case RelationType::kVisits:
      return s == EntityType::kPerson && o == EntityType::kCountry;
    case RelationType::kMemberOf:
      return s == EntityType::kCountry && o == EntityType::kAlliance;
    default:
      return true;
  }
}

// Collects the edges of one sentence, deduplicated, with their evidence.
class Emitter {
 public:
  Emitter(const RelationView& v, std::vector<Relation>& out) : v_(v), out_(out) {}

  void Edge(RelationType t, std::size_t s, std::size_t o, bool undirected = false,
            bool neutral = false) {
    const auto& ents = v_.entities();
    // "visited his Moldovan counterpart Andrei Stratan": visiting a person is meeting;
    // one politician "attacking" another is criticism, not armed conflict (and a
    // "dispute between" two people has no direction to criticise in).
    const bool people = ents[s].type == EntityType::kPerson && ents[o].type == EntityType::kPerson;
    if (t == RelationType::kVisits && ents[o].type == EntityType::kPerson) t = RelationType::kMeets;
    if (t == RelationType::kConflictWith && people) {
      if (undirected) return;
      t = RelationType::kCriticizes;
    }
    if (neutral && people) return;  // "his relationship with Stronach": private, not policy
    if (s == o || ents[s].id == ents[o].id || !TypesFit(t, ents[s].type, ents[o].type)) return;
    const std::string* src = &ents[s].id;
    const std::string* dst = &ents[o].id;
    if (IsSymmetric(t) && *dst < *src) std::swap(src, dst);
    for (const Relation& r : out_)
      if (r.type == t && r.source == *src && r.target == *dst) return;
    Relation r;
    r.source = *src;
    r.type = t;
    r.target = *dst;
    out_.push_back(std::move(r));
  }

  // Every entity of `s` to every entity of `o`.
  void Groups(RelationType t, const RelGroup& s, const RelGroup& o, bool swap,
              bool undirected = false, bool neutral = false) {
    for (std::uint32_t a : s.slots)
      for (std::uint32_t b : o.slots)
        for (const std::size_t* e = v_.EntitiesBegin(a); e != v_.EntitiesEnd(a); ++e)
          for (const std::size_t* f = v_.EntitiesBegin(b); f != v_.EntitiesEnd(b); ++f)
            swap ? Edge(t, *f, *e, undirected, neutral) : Edge(t, *e, *f, undirected, neutral);
  }

  // Every ordered pair inside one group ("the two leaders met", "support for each
  // other"). `between`: the pair is named without saying who acts on whom.
  void Pairs(RelationType t, const RelGroup& g, bool between = false) {
    Groups(t, g, g, false, between);
  }

 private:
  const RelationView& v_;
  std::vector<Relation>& out_;
};

// Which reading of a word that is both a verb and a noun cue ("backing", "sanctions").
bool NounReading(const RelationView& v, std::size_t first, std::size_t last,
                 const std::vector<const RelationCue*>& cues) {
  std::uint64_t verb_preps = 0, noun_preps = 0;
  bool verb = false, noun = false, direct = false;
  for (const RelationCue* c : cues) {
    (c->kind == CueKind::kNoun ? noun_preps : verb_preps) |= c->preps;
    (c->kind == CueKind::kNoun ? noun : verb) = true;
    direct |= c->kind == CueKind::kVerb && c->direct;
  }
  if (!verb || !noun) return noun;
  // After a possessor, or an adjective after one, only a noun can stand ("China's
  // strong stand against North Korea"), whatever follows.
  if (first > 0 && (v.IsPossessive(first - 1) ||
                    (first > 1 && ContentWord(v, first - 1) && v.IsPossessive(first - 2))))
    return true;
  std::size_t next = last;
  if (v.Is(next, kRwDeterminer)) ++next;
  if (direct && v.SlotAt(next) != kNone) return false;  // "China backs Russia"
  const int prep = v.Prep(last);
  if (prep >= 0 && ((noun_preps >> prep) & 1) && !((verb_preps >> prep) & 1)) return true;
  if (first == 0) return false;
  const std::size_t prev = first - 1;
  return v.Is(prev, kRwDeterminer) || v.IsPossessive(prev) || v.SlotAt(prev) != kNone ||
         ContentWord(v, prev);
}

// Cue occurrences, longest match first, one reading per position. `verb_at` marks
// the tokens of verb cues (a noun's clause subject is not sought across them).
std::vector<Hit> FindCues(const RelationView& v, std::vector<bool>& verb_at) {
  std::vector<Hit> hits;
  std::vector<const RelationCue*> matched;
  const auto& cues = v.lexicon().cues;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const RelationWord* w = v.word(i);
    if (!w || w->cues.empty()) continue;
    matched.clear();
    std::size_t longest = 0;
    for (std::uint32_t c : w->cues) {
      const RelationCue& cue = cues[c];
      const std::size_t n = cue.words.size();
      if (n < longest || i + n > v.size()) continue;
      bool match = true;
      for (std::size_t k = 1; k < n && match; ++k) match = v.lower(i + k) == cue.words[k];
      if (!match) continue;
      if (n > longest) matched.clear();
      longest = n;
      matched.push_back(&cue);
    }
    if (matched.empty()) continue;
    // The first part of a hyphenated compound is no verb: "counter-terrorism ambassador".
    if (v.IsPunct(i + longest, '-') && !v.token(i + longest).Is(kSpaceBefore) &&
        !v.token(i + longest + 1).Is(kSpaceBefore) &&
        std::all_of(matched.begin(), matched.end(),
                    [](const RelationCue* c) { return c->kind == CueKind::kVerb; })) {
      i += longest - 1;
      continue;
    }
    const bool noun = NounReading(v, i, i + longest, matched);
    for (const RelationCue* cue : matched)
      if ((cue->kind == CueKind::kNoun) == noun) hits.push_back({i, i + longest, cue});
    if (!noun)
      for (std::size_t k = i; k < i + longest; ++k) verb_at[k] = true;
    i += longest - 1;
  }
  return hits;
}

bool BeAuxiliaryBefore(const RelationView& v, std::size_t first) {
  std::size_t q = first;
  for (int k = 0; k < 4 && q > 0; ++k) {
    if (v.Is(q - 1, kRwBeAuxiliary)) return true;
    // Adverbs, negation, and a coordinated participle: "were invaded and occupied".
    const bool adverb =
        v.lower(q - 1).ends_with("ly") || v.lower(q - 1) == "also" ||
        v.Phrase(q - 1, RelationPhraseSet::kNegation) || v.IsQuote(q - 1) ||
        v.Phrase(q - 1, RelationPhraseSet::kConjunction) == 1 ||
        (v.LikelyVerb(q - 1) && v.Phrase(q - 2, RelationPhraseSet::kConjunction) == 0);
    if (!adverb) return false;
    --q;
  }
  return false;
}

// A group right after `at` (over a determiner): "by the United States".
RelGroup GroupAt(const RelationView& v, std::size_t at) {
  if (v.Is(at, kRwDeterminer)) ++at;
  // A person's title first: "criticised by (Labour) opposition leader Keir Starmer".
  std::size_t name = at;
  for (std::size_t k = 0;
       k < 4 && name < v.size() && v.token(name).Is(kWord) && v.SlotAt(name) == kNone &&
       (v.Is(name, kRwTitle) || v.Is(name + 1, kRwTitle));
       ++k)
    ++name;
  const std::size_t s = v.SlotAt(name);
  if (s == kNone || v.slots()[s].first != name) return {};
  if (name > at && !v.SlotHasType(s, EntityType::kPerson)) return {};
  return v.GroupRight(s);
}

class SentenceRelations {
 public:
  SentenceRelations(const RelationView& v, std::vector<Relation>& out)
      : v_(v), emit_(v, out), verb_at_(v.size(), false), consumed_(v.size(), false) {}

  void Run() {
    if (ConditionalSentence(v_)) return;
    const std::vector<Hit> hits = FindCues(v_, verb_at_);
    MemberLists();
    for (const Hit& h : hits) {
      if (h.cue->kind == CueKind::kVerb)
        Verb(h);
      else
        Noun(h);
    }
  }

 private:
  // Whether `g` cannot be the place a visit goes to: the possessor of a place ("made a
  // visit to MacKay's riding") or a demonym of people ("visited a group of Vietnamese
  // asylum seekers"), unless it qualifies a place ("the Chinese capital"); or the one
  // met: the possessor of who or what was met ("met Putin's envoy").
  static bool PossessedObject(const RelationView& v, const RelationCue& cue, const RelGroup& g) {
    if (g.slots.size() != 1) return false;
    // Nor is the owner of what one meets the one met: "he met Saul Mikoliunas' cross".
    if (cue.type == RelationType::kMeets) return v.IsPossessor(g.slots[0]);
    if (cue.type != RelationType::kVisits) return false;
    const RelSlot& slot = v.slots()[g.slots[0]];
    if (v.IsPossessor(g.slots[0])) return true;
    return slot.form == MentionForm::kDemonym && !v.Is(slot.last, kRwPlaceNoun);
  }

  void Verb(const Hit& h) {
    const RelationCue& cue = *h.cue;
    // After an article a verb form is an adjective: "in place of the suspended Patrick
    // Vieira" (not after "both": "El Salvador and Guatemala both backed Brazil").
    if (h.first > 0) {
      const std::string_view before = v_.lower(h.first - 1);
      if (before == "the" || before == "a" || before == "an") return;
    }
    // "India abstained from the UN vote condemning Russia": a participle right after a
    // noun that a name modifies says what the name's noun does; the clause's subject
    // did not.
    if (h.first > 1 && v_.lower(h.first).ends_with("ing") && ContentWord(v_, h.first - 1) &&
        !v_.token(h.first - 1).Is(kCapitalized) && !v_.LikelyVerb(h.first - 1)) {
      if (const std::size_t s = v_.SlotEndingAt(h.first - 1); s != kNone && v_.slots()[s].actor) {
        const RelObject object = FindObject(v_, h.last, cue);
        if (!object.group.empty() && !HedgedBefore(v_, v_.slots()[s].first))
          Finish(cue, v_.GroupLeft(s), object, false);
        return;
      }
    }
    const bool by = h.last < v_.size() && v_.lower(h.last) == "by";
    if (cue.participle && cue.passive_ok && (by || BeAuxiliaryBefore(v_, h.first))) {
      const RelGroup target = FindSubject(v_, h.first);  // "NATO was criticised by Russia"
      const RelGroup agent = by ? GroupAt(v_, h.last + 1) : RelGroup{};
      if (target.empty() || agent.empty()) return;
      if (Hedged(v_, target.last, h.first) || HedgedBefore(v_, target.first)) return;
      emit_.Groups(cue.type, agent, target, cue.swap);
      return;
    }
    // "opposed criticizing Bush", "rejected supporting Kyiv": a verb opposing the act
    // right before it denies it.
    if (h.first > 0 && v_.lower(h.first).ends_with("ing") &&
        v_.CueVerbAt(h.first - 1, RelationType::kOpposes))
      return;
    // "accuses X of supporting": X is the supporter, and an accusation is no fact;
    // "barred X from visiting": the barring may be far back (past a long name phrase:
    // "barred the military leader and president of Fiji, Commander Frank Bainimarama,").
    const std::string_view before = v_.lower(h.first - 1);
    if (before == "of" && v_.lower(h.first).ends_with("ing")) return;
    if (before == "from" && Hedged(v_, h.first >= 16 ? h.first - 16 : 0, h.first)) return;
    const RelGroup subject = InfinitiveSubject(h.first);
    if (subject.empty()) return;
    const bool stance = cue.type == RelationType::kSupports || cue.type == RelationType::kOpposes ||
                        cue.type == RelationType::kCooperatesWith;
    if (Hedged(v_, subject.last, h.first, stance) || HedgedBefore(v_, subject.first)) return;
    const RelObject object = FindObject(v_, h.last, cue);
    if (ConditionAfter(v_, object.group.empty() ? h.last : object.group.last)) return;
    if (PossessedObject(v_, cue, object.group)) return;
    Finish(cue, subject, object, !CuePrepositionAhead(cue, h.last));
  }

  void Noun(const Hit& h) {
    const RelationCue& cue = *h.cue;
    if (cue.type == RelationType::kCooperatesWith && ModifierBefore(h.first, kRwNegativeModifier)) return;
    NounActor actor = FindNounActor(v_, h.first);
    const std::size_t phrase_start =
        std::min(h.first, actor.group.empty() ? h.first : actor.group.first);
    RelObject object;
    if (cue.apposition && !actor.group.empty()) {
      // "NATO members Poland and Lithuania", "Turkey, a NATO member", "Russia's ally
      // Belarus": the modifier or possessor is the object; the actor is named apart.
      object.group = actor.group;
      actor = {};
    }
    std::size_t pos = h.last;
    if (actor.group.empty() && !actor.blocked) AgentPhrase(cue, pos, actor.group);
    if (object.group.empty()) {
      object = FindObject(v_, pos, cue);
      if (object.prep != kNone && consumed_[object.prep]) return;  // "the AUKUS pact between"
    }
    if (object.between) return Between(h, cue, object.group);
    if (cue.type == RelationType::kSupports && object.group.empty() && Thanked(h)) return;
    bool from_clause = false;
    if (actor.group.empty() && !actor.blocked)
      actor.group = ActorElsewhere(h, cue, object.group, phrase_start, from_clause);
    if (actor.group.empty() || NounRejected(h, cue, actor, object.group)) return;
    // A pair named as the clause subject shares a cooperation noun without an object:
    // "Japan and Australia signed a security agreement" (not an opposition: "Russia and
    // China issued a statement ... opposition against NATO" is theirs, not each other's).
    // "Ties" and "relations" alone say nothing of cooperating ("relations between X and
    // Y"), unless something good is said of them by name: "Japan and South Korea agreed
    // to boost ties" (not of "the two neighbours": which two is a guess).
    const bool said_of_pair = cue.pairs || (cue.type == RelationType::kCooperatesWith &&
                                            ModifierBefore(h.first, kRwPositiveModifier) && Named(actor.group));
    const bool pairs = said_of_pair &&
                       (cue.type != RelationType::kConflictWith || actor.hyphen) &&
                       (!from_clause || cue.type == RelationType::kCooperatesWith);
    Finish(cue, actor.group, object, pairs);
  }

  // "Zelensky thanked Joe Biden for his support", "thanked Washington for its military
  // aid": the one thanked gave it to the one thanking (grammar.gratitude_verbs). Emits
  // that and returns true, or returns false when the noun is no such thanks.
  bool Thanked(const Hit& h) {
    std::size_t p = h.first;
    for (std::size_t k = 0; k < 4 && p > 0 &&
                            (ContentWord(v_, p - 1) || v_.Is(p - 1, kRwPossessivePronoun) ||
                             v_.Is(p - 1, kRwDeterminer));
         ++k)
      --p;
    if (p < 2 || v_.lower(p - 1) != "for") return false;
    const std::size_t s = v_.SlotEndingAt(p - 1);
    if (s == kNone) return false;
    const RelGroup giver = v_.GroupLeft(s);
    std::size_t verb = giver.first;
    if (verb > 0 && v_.Is(verb - 1, kRwDeterminer)) --verb;  // "thanked the United States"
    if (verb == 0 || !v_.Is(verb - 1, kRwGratitude)) return false;
    const RelGroup thanker = FindSubject(v_, verb - 1);
    if (thanker.empty() || Hedged(v_, thanker.last, verb - 1) || HedgedBefore(v_, thanker.first))
      return false;
    emit_.Groups(RelationType::kSupports, giver, thanker, false);
    return true;
  }

  // "coordination between Russia and China": the pair, whoever else acts.
  void Between(const Hit& h, const RelationCue& cue, const RelGroup& pair) {
    if (!cue.pairs) return;  // "relations between X and Y" says nothing about cooperating
    if (PredicateAfter(pair.last, kRwCancellation)) return;  // "talks between X and Y were cancelled"
    if (Hedged(v_, h.first >= 4 ? h.first - 4 : 0, h.first) || HedgedBefore(v_, h.first)) return;
    if (NamedBefore(h.first)) return;  // "the Aukus security pact between": members, not partners
    if (IsSymmetric(cue.type)) emit_.Pairs(cue.type, pair, /*between=*/true);
  }

  // The actor of a noun not named inside its phrase: a by-phrase after the object
  // ("the invasion of Ukraine by Russia"), an apposition ("Turkey, a NATO member"),
  // or the clause subject ("Moscow and Beijing issued a statement ... opposition").
  RelGroup ActorElsewhere(const Hit& h, const RelationCue& cue, const RelGroup& target,
                          std::size_t phrase_start, bool& from_clause) const {
    if (!target.empty() && v_.lower(target.last) == "by") {
      RelGroup g = GroupAt(v_, target.last + 1);
      if (!g.empty()) return g;
    }
    if (cue.apposition) {
      RelGroup g = Apposition(h);
      if (!g.empty()) return g;
    }
    if ((cue.type == RelationType::kMeets || cue.type == RelationType::kConflictWith) &&
        !cue.explicit_agent) {
      RelGroup g = SubjectAroundEvent(phrase_start, target, cue.type);
      if (!g.empty()) {
        from_clause = true;
        return g;
      }
    }
    if (cue.explicit_agent || BlockingPreposition(phrase_start)) return {};
    RelGroup subject = FindSubject(v_, phrase_start);
    if (subject.empty() || VerbBetween(subject.last, phrase_start)) return {};
    from_clause = true;
    return subject;
  }

  // "Lavrov made the remarks after talks with Fidan", "Xi said during a meeting with
  // Putin", "Following talks with Biden, Macron said": whoever the clause is about took
  // part in the meeting it happened after or during, across its verb (not "before" or
  // "ahead of": that meeting is still to come); "X killed Y in an air strike on Z": X
  // struck. `other`: the event's named party.
  RelGroup SubjectAroundEvent(std::size_t phrase_start, const RelGroup& other,
                              RelationType type) const {
    std::size_t q = phrase_start;
    for (int k = 0; k < 2 && q > 0 && (v_.Is(q - 1, kRwDeterminer) || ContentWord(v_, q - 1)); ++k)
      --q;  // "after lengthy talks", "during a meeting"
    if (q == 0) return {};
    const std::string_view w = v_.lower(q - 1);
    const bool meeting = w == "after" || w == "following" || w == "during";
    // "Israeli forces killed Nasrallah in an air strike on Beirut": the clause's
    // subject struck.
    const bool strike = w == "in" && type == RelationType::kConflictWith;
    if (!(type == RelationType::kMeets ? meeting : strike)) return {};
    const std::size_t at = q - 1;
    // Opening the sentence, the clause follows: "Following talks with Biden, Macron said".
    if (at == 0 || (at == 1 && v_.IsQuote(0))) {
      if (other.empty() || !v_.IsPunct(other.last, ',')) return {};
      return GroupAt(v_, other.last + 1);
    }
    const std::size_t speech =
        at > 0 && v_.Phrase(at - 1, RelationPhraseSet::kSpeech) ? at - 1 : at;
    RelGroup g = FindSubject(v_, speech);
    // Not a passive's subject, the strike's victim: "Nasrallah was killed in an air strike".
    if (strike && !g.empty())
      for (std::size_t p = g.last; p < at; ++p)
        if (v_.Is(p, kRwBeAuxiliary)) return {};
    return g;
  }

  // Hedges and cancellations of a noun relation that has its actor.
  bool NounRejected(const Hit& h, const RelationCue& cue, const NounActor& actor,
                    const RelGroup& target) const {
    if (PossessedObject(v_, cue, target)) return true;
    const std::size_t after = target.empty() ? h.last : target.last;
    if (cue.type == RelationType::kCooperatesWith && PredicateAfter(after, kRwNegativeModifier)) return true;
    if (PredicateAfter(after, kRwCancellation)) return true;
    const std::size_t before = std::min(actor.group.first, h.first);
    if (Hedged(v_, h.first >= 3 ? h.first - 3 : 0, h.first) || HedgedBefore(v_, before) ||
        (actor.group.last < h.first && Hedged(v_, actor.group.last, h.first)) ||
        ConditionAfter(v_, after))
      return true;
    // Partners fighting side by side are not in conflict ("a joint US-Iraq offensive").
    const std::string_view w = v_.lower(actor.group.first - 1);
    return cue.type == RelationType::kConflictWith && (w == "joint" || w == "combined");
  }

  // The subject of a verb; after "to", the name just before it when that is an
  // object ("sent Rice to visit" -> Rice), nobody when a plain noun is ("inciting a
  // foreign country to attack Syria"), else the clause subject ("arrived in Beijing
  // to meet Xi" -> the one who arrived).
  RelGroup InfinitiveSubject(std::size_t first) const {
    if (first < 2 || v_.lower(first - 1) != "to") return FindSubject(v_, first);
    const std::size_t before = first - 2;
    if (const std::size_t s = v_.SlotEndingAt(first - 1); s != kNone) {
      RelGroup g = v_.GroupLeft(s);
      if (!v_.Is(g.first - 1, kRwPreposition) && !v_.IsPossessor(s)) return g;
    } else if (NounPhraseEndsAt(before)) {
      return {};
    }
    return FindSubject(v_, first);
  }

  // A content word that closes a noun phrase: a determiner or a preposition opens it
  // a few words before ("a foreign country", "on Monday"); "then began" is no noun.
  bool NounPhraseEndsAt(std::size_t i) const {
    if (!ContentWord(v_, i) || v_.LikelyVerb(i)) return false;
    for (std::size_t p = i, k = 0; p > 0 && k < 3; --p, ++k) {
      if (v_.Is(p - 1, kRwDeterminer) || v_.Is(p - 1, kRwPreposition)) return true;
      if (!ContentWord(v_, p - 1)) return false;
    }
    return false;
  }

  // Edges from `subject` to the object; with no object, a symmetric cue relates
  // the members of a plural subject ("the two leaders met", "Putin-Xi talks").
  void Finish(const RelationCue& cue, const RelGroup& subject, const RelObject& object,
              bool pairs) {
    if (object.reciprocal) {
      emit_.Pairs(cue.type, subject);
    } else if (!object.group.empty()) {
      emit_.Groups(cue.type, subject, object.group, cue.swap, false, !cue.pairs);
    } else if (pairs && IsSymmetric(cue.type) && object.prep == kNone &&
               v_.EntityCount(subject) >= 2) {
      emit_.Pairs(cue.type, subject);
    }
  }

  // "met Monday with President Omar al-Bashir": the meeting had another party.
  bool CuePrepositionAhead(const RelationCue& cue, std::size_t at) const {
    for (std::size_t p = at; p < at + 4 && p < v_.size(); ++p) {
      const int prep = v_.Prep(p);
      if (prep >= 0 && ((cue.preps >> prep) & 1)) return true;
      if (v_.token(p).Is(kPunct)) return false;
    }
    return false;
  }

  // "support from China for Russia", "growing support in China for Russia".
  void AgentPhrase(const RelationCue& cue, std::size_t& pos, RelGroup& actor) {
    const int prep = v_.Prep(pos);
    if (prep < 0 || !v_.Is(pos, kRwAgentPreposition) || ((cue.preps >> prep) & 1)) return;
    RelGroup g = GroupAt(v_, pos + 1);
    if (g.empty()) return;
    const int next = v_.Prep(g.last);
    if (next < 0 || !((cue.preps >> next) & 1)) return;
    actor = std::move(g);
    pos = actor.last;
  }

  // "NATO members Poland and Hungary" / "Turkey, a NATO member, ...".
  RelGroup Apposition(const Hit& h) const {
    if (const std::size_t s = v_.SlotAt(h.last); s != kNone && v_.slots()[s].first == h.last)
      return v_.GroupRight(s);
    std::size_t p = h.first;
    for (int k = 0; k < 5 && p > 0; ++k) {
      if (v_.IsPunct(p - 1, ',')) {
        const std::size_t s = v_.SlotEndingAt(p - 1);
        return s != kNone ? v_.GroupLeft(s) : RelGroup{};
      }
      const bool inside = v_.Is(p - 1, kRwDeterminer) || ContentWord(v_, p - 1) ||
                          v_.SlotAt(p - 1) != kNone || v_.IsPossessive(p - 1);
      if (!inside) break;
      --p;
    }
    return {};
  }

  // "AUKUS ... between the U.S., UK and Australia": member_of for each country.
  void MemberLists() {
    for (std::size_t i = 0; i < v_.size(); ++i) {
      const std::size_t n = v_.Phrase(i, RelationPhraseSet::kMemberList);
      if (n == 0) continue;
      // "NATO, which includes"; "the BRICS group includes" (the alliance's name may end
      // with an alliance word of its own).
      std::size_t p = i;
      if (p > 0 && v_.IsPunct(p - 1, ',')) --p;
      for (int k = 0;
           k < 3 && p > 0 && v_.SlotEndingAt(p) == kNone && v_.Is(p - 1, kRwAllianceWord); ++k)
        --p;
      const std::size_t alliance = v_.SlotEndingAt(p);
      if (alliance == kNone || !v_.SlotHasType(alliance, EntityType::kAlliance)) continue;
      const RelGroup members = GroupAt(v_, i + n);
      if (members.empty()) continue;
      const std::size_t from = v_.slots()[alliance].first;
      if (HedgedBefore(v_, from) || Hedged(v_, from, i)) continue;
      RelGroup target;
      target.slots.push_back(static_cast<std::uint32_t>(alliance));
      emit_.Groups(RelationType::kMemberOf, members, target, false);
      for (std::size_t k = i; k < i + n; ++k) consumed_[k] = true;
    }
  }

  // Whether every slot of `g` names its entity (no "the two countries").
  bool Named(const RelGroup& g) const {
    return std::none_of(g.slots.begin(), g.slots.end(), [&](std::uint32_t s) {
      return v_.slots()[s].form == MentionForm::kGroup;
    });
  }

  // A word of class `c` among the (up to four) modifiers before a noun at `first`:
  // "souring relations with", "a former Saakashvili ally" (negative_modifiers), "boosted
  // ties", "close relations" (positive_modifiers). Content words, names and light verbs
  // pass.
  bool ModifierBefore(std::size_t first, RelationWordClass c) const {
    for (std::size_t p = first, k = 0; p > 0 && k < 4; --p, ++k) {
      if (v_.Is(p - 1, c)) return true;
      if (!ContentWord(v_, p - 1) && v_.SlotAt(p - 1) == kNone && !v_.Is(p - 1, kRwLightVerb) &&
          !v_.IsQuote(p - 1))  // "hail 'special' ties"
        return false;
    }
    return false;
  }

  // A word of class `c` from `from` on, before the next punctuation: "ties with X have
  // soured" (negative_modifiers), "Blinken's trip to China was postponed"
  // (grammar.cancellations).
  bool PredicateAfter(std::size_t from, RelationWordClass c) const {
    for (std::size_t p = from; p < from + 5 && p < v_.size(); ++p) {
      if (v_.Is(p, c)) return true;
      if (v_.token(p).Is(kPunct) && !v_.IsQuote(p)) return false;
    }
    return false;
  }

  // A capitalised word that names nothing we know right before the noun: a named
  // treaty or bloc ("the Aukus security pact between ...", "the Minsk agreement").
  bool NamedBefore(std::size_t first) const {
    for (std::size_t p = first, k = 0; p > 0 && k < 3; --p, ++k) {
      const Token& t = v_.token(p - 1);
      if (t.Is(kCapitalized) && !t.Is(kSentenceStart) && ContentWord(v_, p - 1)) return true;
      if (!ContentWord(v_, p - 1)) return false;
    }
    return false;
  }

  bool IsAlliance(const RelGroup& g) const {
    return g.slots.size() == 1 && v_.SlotHasType(g.slots[0], EntityType::kAlliance);
  }

  // A preposition just before a noun makes it part of another phrase ("opposition
  // to a protracted conflict"), whose clause subject is not the noun's actor.
  bool BlockingPreposition(std::size_t first) const {
    for (std::size_t p = first, k = 0; p > 0 && k < 4; --p, ++k) {
      const int prep = v_.Prep(p - 1);
      // "Britain on Tuesday imposed sanctions on": a time phrase, not the noun's.
      if (prep >= 0 && v_.Is(p, kRwTimeWord) && p + 1 < first) continue;
      if (prep >= 0) {
        // "tens of thousands of troops" is one phrase; "a critic of the war" is not.
        const std::string_view w = v_.lower(p - 1);
        if (w == "of") return !(v_.Is(p - 2, kRwQuantity) || v_.token(p - 2).Is(kHasDigit));
        // "agreed to boost ties", "decided to impose sanctions on": an infinitive, not a
        // prepositional phrase.
        if (w == "to" && (v_.Is(p, kRwPositiveModifier) || v_.Is(p, kRwLightVerb))) return false;
        return w != "in" && w != "including";
      }
      if (!ContentWord(v_, p - 1) && !v_.Is(p - 1, kRwDeterminer) && !v_.IsQuote(p - 1))
        return false;
    }
    return false;
  }

  // A verb between a clause subject and a noun makes the noun that verb's object,
  // not the subject's own stance: "China opposes the war in Ukraine", "McClellan
  // described recent criticisms of the US". Light verbs keep it ("issued a
  // statement ... including the opposition against", "has amassed troops"), and so do
  // verbs that say the noun grows or is praised ("boosted ties", "hail 'special' ties").
  bool VerbBetween(std::size_t from, std::size_t to) const {
    for (std::size_t i = from; i < to; ++i)
      if ((verb_at_[i] || v_.LikelyVerb(i)) && !v_.Is(i, kRwLightVerb) &&
          !v_.Is(i, kRwPositiveModifier))
        return true;
    return false;
  }

  const RelationView& v_;
  Emitter emit_;
  std::vector<bool> verb_at_;
  std::vector<bool> consumed_;
};

// At least two different entities are named, or no relation can hold.
bool TwoEntities(const AnalyzedSentence& s, const std::vector<Entity>& entities) {
  for (const SentenceMention& m : s.mentions)
    if (m.entity < entities.size() && m.entity != s.mentions.front().entity) return true;
  return false;
}

}  // namespace

std::vector<Relation> ExtractRelations(const AnalyzedSentence& sentence,
                                       const std::vector<Entity>& entities,
                                       const RelationLexicon& lexicon, std::string_view text,
                                       const std::string& article_id) {
  std::vector<Relation> out;
  if (sentence.mentions.size() < 2 || !TwoEntities(sentence, entities)) return out;
  const RelationView view(sentence, entities, lexicon);
  SentenceRelations(view, out).Run();
  if (out.empty()) return out;
  Evidence evidence;
  evidence.article_id = article_id;
  evidence.span = sentence.span;
  if (sentence.span.end <= text.size() && !sentence.span.empty())
    evidence.text = std::string(text.substr(sentence.span.begin, sentence.span.size()));
  const std::size_t speaker = FindSpeaker(view);
  if (speaker != kNone) evidence.speaker = entities[speaker].id;
  for (Relation& r : out) r.evidence = evidence;
  return out;
}

}  // namespace kg
