#include "extract/relation_view.h"

#include <algorithm>

namespace kg {
namespace {

constexpr std::size_t kNone = RelationView::kNone;

// Tokens a name phrase may stretch over between a modifier and its head.
constexpr std::size_t kMaxPhraseFiller = 5;

}  // namespace

RelationView::RelationView(const AnalyzedSentence& sentence, const std::vector<Entity>& entities,
                           const RelationLexicon& lexicon)
    : tokens_(sentence.tokens), entities_(entities), lex_(lexicon) {
  std::size_t bytes = 0;
  for (const Token& t : tokens_) bytes += t.text.size();
  lower_text_.reserve(bytes);  // no reallocation below: the views stay valid
  for (const Token& t : tokens_)
    for (char c : t.text)
      lower_text_.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  info_.reserve(tokens_.size());
  std::size_t at = 0;
  for (const Token& t : tokens_) {
    const std::string_view lower = std::string_view(lower_text_).substr(at, t.text.size());
    at += t.text.size();
    info_.push_back({lower, t.Is(kWord) || t.text.size() <= 3 ? lex_.Find(lower, t.lower_hash) : nullptr, kNone});
  }

  // Slots: one per distinct token range, holding every entity mentioned there.
  std::vector<const SentenceMention*> mentions;
  mentions.reserve(sentence.mentions.size());
  for (const SentenceMention& m : sentence.mentions) {
    if (m.first >= m.last || m.last > tokens_.size() || m.entity >= entities_.size()) continue;
    // "its dispute with NATO powers": unnamed members, not the alliance itself;
    // "pro-Syrian government": an attitude, not Syria.
    if (entities_[m.entity].type == EntityType::kAlliance && Is(m.last, kRwMemberNoun)) continue;
    if (m.first >= 2 && IsPunct(m.first - 1, '-') &&
        (info_[m.first - 2].lower == "pro" || info_[m.first - 2].lower == "anti"))
      continue;
    mentions.push_back(&m);
  }
  std::stable_sort(mentions.begin(), mentions.end(), [](const auto* a, const auto* b) {
    return a->first != b->first ? a->first < b->first : a->last < b->last;
  });
  for (const SentenceMention* m : mentions) {
    if (slots_.empty() || slots_.back().first != m->first || slots_.back().last != m->last) {
      const auto begin = static_cast<std::uint32_t>(slot_entities_.size());
      slots_.push_back({m->first, m->last, begin, begin, m->form});
    }
    RelSlot& slot = slots_.back();
    if (std::find(slot_entities_.begin() + slot.entity_begin, slot_entities_.end(), m->entity) ==
        slot_entities_.end()) {
      slot_entities_.push_back(m->entity);
      slot.entity_end = static_cast<std::uint32_t>(slot_entities_.size());
    }
    if (m->form == MentionForm::kGroup) slot.form = MentionForm::kGroup;
  }
  for (std::size_t s = 0; s < slots_.size(); ++s)
    for (std::size_t i = slots_[s].first; i < slots_[s].last; ++i)
      if (info_[i].slot == kNone) info_[i].slot = s;
  for (RelSlot& slot : slots_) {  // "Spanish newspapers", "the Australian federal opposition"
    if (slot.form == MentionForm::kGroup || SlotHasPerson(slot)) continue;
    for (std::size_t i = slot.last; i < slot.last + 3 && i < size() && info_[i].slot == kNone; ++i) {
      // "Poland and its allies", "Russia and the rebels": the noun heads a phrase of
      // its own (not "Spanish and Italian newspapers").
      if (Phrase(i, RelationPhraseSet::kConjunction) &&
          (Is(i + 1, kRwDeterminer) || Is(i + 1, kRwPossessivePronoun)))
        break;
      if (Is(i, kRwNonStateNoun)) slot.actor = false;
      if (!tokens_[i].Is(kWord) || (info_[i].word && (info_[i].word->classes & kRwPreposition))) break;
    }
  }
}

bool RelationView::SlotHasPerson(const RelSlot& slot) const {
  for (std::uint32_t e = slot.entity_begin; e < slot.entity_end; ++e)
    if (entities_[slot_entities_[e]].type == EntityType::kPerson) return true;
  return false;
}

const Token& RelationView::token(std::size_t i) const {
  static const Token kOutside{};
  return i < size() ? tokens_[i] : kOutside;
}

bool RelationView::Is(std::size_t i, RelationWordClass c) const {
  return i < size() && info_[i].word && (info_[i].word->classes & c) != 0;
}

bool RelationView::IsPunct(std::size_t i, char c) const {
  return i < size() && tokens_[i].Is(kPunct) && tokens_[i].text.size() == 1 &&
         tokens_[i].text[0] == c;
}

bool RelationView::IsQuote(std::size_t i) const {
  return i < size() && tokens_[i].Is(kPunct) && !tokens_[i].Is(kPossessive) &&
         (tokens_[i].text == "\"" || tokens_[i].text == "'" || tokens_[i].text == "`");
}

bool RelationView::IsPossessive(std::size_t i) const {
  return i < size() && tokens_[i].Is(kPossessive);
}

std::size_t RelationView::Phrase(std::size_t i, RelationPhraseSet set) const {
  if (i >= size() || !info_[i].word) return 0;
  const RelationWord& w = *info_[i].word;
  if ((w.phrase_sets & (1u << static_cast<unsigned>(set))) == 0) return 0;
  std::size_t best = 0;
  for (const RelationPhraseTail& tail : w.phrases) {
    if (tail.set != set || i + 1 + tail.rest.size() > size()) continue;
    bool match = true;
    for (std::size_t k = 0; k < tail.rest.size() && match; ++k)
      match = info_[i + 1 + k].lower == tail.rest[k];
    if (match) best = std::max(best, 1 + tail.rest.size());
  }
  return best;
}

std::size_t RelationView::PhraseEndingAt(std::size_t end, RelationPhraseSet set) const {
  for (std::size_t n = 1; n <= 4 && n <= end; ++n)
    if (Phrase(end - n, set) == n) return n;
  return 0;
}

int RelationView::Prep(std::size_t i) const {
  return i < size() && info_[i].word ? info_[i].word->preposition : -1;
}

std::size_t RelationView::SlotEndingAt(std::size_t end) const {
  if (end == 0 || end > size()) return kNone;
  const std::size_t s = info_[end - 1].slot;
  return s != kNone && slots_[s].last == end ? s : kNone;
}

const std::size_t* RelationView::EntitiesBegin(std::size_t slot) const {
  return slot_entities_.data() + slots_[slot].entity_begin;
}

const std::size_t* RelationView::EntitiesEnd(std::size_t slot) const {
  return slot_entities_.data() + slots_[slot].entity_end;
}

std::size_t RelationView::EntityCount(const RelGroup& g) const {
  std::size_t n = 0;
  for (std::uint32_t s : g.slots) n += slots_[s].entity_end - slots_[s].entity_begin;
  return n;
}

bool RelationView::SlotHasType(std::size_t slot, EntityType t) const {
  for (const std::size_t* e = EntitiesBegin(slot); e != EntitiesEnd(slot); ++e)
    if (entities_[*e].type == t) return true;
  return false;
}

bool RelationView::Describes(std::size_t i) const {
  return Is(i, kRwPersonNoun) || Is(i, kRwNonStateNoun);
}

bool RelationView::Plain(std::size_t i) const {
  const RelationWord* w = info_[i].word;
  return !w || (w->classes == kRwStateNoun && w->cues.empty() && !w->phrase_sets);
}

bool RelationView::Filler(std::size_t i) const {
  if (i >= size() || !tokens_[i].Is(kWord)) return false;
  if (Is(i, kRwDeterminer) || Is(i, kRwTitle)) return true;
  constexpr std::uint32_t kStop = kRwPreposition | kRwClauseBreak | kRwRelative |
                                  kRwSubjectPronoun | kRwBeAuxiliary | kRwSubordinator;
  if (info_[i].word &&
      ((info_[i].word->classes & kStop) || info_[i].word->phrase_sets || !info_[i].word->cues.empty()))
    return false;
  return tokens_[i].Is(kCapitalized) && !tokens_[i].Is(kSentenceStart);
}

std::size_t RelationView::HeadRight(std::size_t slot) const {
  if (SlotHasType(slot, EntityType::kPerson)) return slot;
  std::size_t p = slots_[slot].last;
  if (IsPossessor(slot)) {  // "Zimbabwe's President Robert Mugabe", but "Russia's defence"
    const std::size_t next = SlotAt(p + 1);  // "Ghana's Nana Akufo-Addo"
    if (!Is(p + 1, kRwTitle) && !(next != kNone && SlotHasType(next, EntityType::kPerson)))
      return slot;
    ++p;
  }
  for (std::size_t steps = 0; p < size() && steps <= kMaxPhraseFiller; ++steps, ++p) {
    const std::size_t s = SlotAt(p);
    if (s != kNone) return SlotHasType(s, EntityType::kPerson) ? s : slot;
    const bool title_of = info_[p].lower == "of" && Is(p - 1, kRwTitle) && Is(p + 1, kRwTitle);
    // "Kremlin critic Vladimir Kara-Murza": a noun that says what the person is (as in
    // PhraseStart).
    const std::size_t named = SlotAt(p + 1);
    const bool descriptor =
        Describes(p) && named != kNone && SlotHasType(named, EntityType::kPerson);
    if (!Filler(p) && !title_of && !descriptor) break;
  }
  return slot;
}

std::size_t RelationView::PhraseEnd(std::size_t head) const {
  std::size_t p = slots_[head].last;
  if (SlotHasType(head, EntityType::kPerson) && p < size() && info_[p].lower == "of") {
    std::size_t q = p + 1;
    if (lower(q) == "the") ++q;
    const std::size_t s = SlotAt(q);
    if (s != kNone && slots_[s].first == q && !SlotHasType(s, EntityType::kPerson))
      p = slots_[s].last;
  }
  if (IsPunct(p, '(')) {  // "the United States (US)"
    const std::size_t s = SlotAt(p + 1);
    if (s != kNone && IsPunct(slots_[s].last, ')')) p = slots_[s].last + 1;
  }
  return p;
}

std::size_t RelationView::CapitalisedRunBefore(std::size_t end) const {
  std::size_t p = end;
  while (p > 0 && end - p < 3 && tokens_[p - 1].Is(kWord) && tokens_[p - 1].Is(kCapitalized) &&
         SlotAt(p - 1) == kNone && !Is(p - 1, kRwTitle))
    --p;
  return p;
}

std::size_t RelationView::PhraseStart(std::size_t slot) const {
  // A plain noun before a title is its portfolio: "health minister", "army chief".
  auto portfolio = [&](std::size_t i) {
    return Plain(i) && tokens_[i].Is(kWord) && !tokens_[i].Is(kCapitalized) &&
           !tokens_[i].Is(kHasDigit) && Is(i + 1, kRwTitle);
  };
  std::size_t p = slots_[slot].first;
  for (std::size_t steps = 0; p > 0 && steps <= kMaxPhraseFiller; ++steps) {
    const std::size_t q = p - 1;
    const std::size_t s = SlotAt(q);
    const bool title_at_p = Is(p, kRwTitle) || portfolio(p);
    if (s != kNone && !IsPossessor(s)) {
      p = slots_[s].first;
    } else if (Filler(q) ||
               // "the activist Alexei Navalny", "Kremlin critic Alexei Navalny": a noun
               // that says what the person is, right before the name.
               (p == slots_[slot].first && SlotHasType(slot, EntityType::kPerson) &&
                Describes(q)) ||
               (info_[q].lower == "of" && Is(q - 1, kRwTitle) && Is(q + 1, kRwTitle)) ||
               (tokens_[q].Is(kSentenceStart) && (Is(q, kRwDeterminer) || Is(q, kRwTitle))) ||
               portfolio(q)) {
      p = q;
    } else if (IsPossessive(q) && SlotEndingAt(q) != kNone &&
               (title_at_p ||
                (SlotAt(p) != kNone && SlotHasType(SlotAt(p), EntityType::kPerson)))) {
      // "China's foreign minister Wang Yi", "Ghana's Nana Akufo-Addo"
      p = slots_[SlotEndingAt(q)].first;
    } else if (const std::size_t owner =
                   IsPossessive(q) && title_at_p ? CapitalisedRunBefore(q) : q;
               owner < q) {
      // "Bavaria's Premier Edmund Stoiber", "Texas's Governor Rick Perry": a place or
      // body no entity names owns the title; the phrase starts with its name.
      p = owner;
    } else {
      break;
    }
  }
  return p;
}

std::size_t RelationView::HeadLeft(std::size_t slot) const {
  if (SlotHasType(slot, EntityType::kPerson)) return slot;
  std::size_t q = slots_[slot].first;
  if (q >= 1 && info_[q - 1].lower == "the") --q;
  if (q < 2 || info_[q - 1].lower != "of") return slot;
  const std::size_t person = SlotEndingAt(q - 1);
  return person != kNone && SlotHasType(person, EntityType::kPerson) ? person : slot;
}

std::size_t RelationView::ConjunctionBefore(std::size_t end) const {
  const std::size_t n = PhraseEndingAt(end, RelationPhraseSet::kConjunction);
  if (n == 0) return 0;
  return end > n && IsPunct(end - n - 1, ',') ? n + 1 : n;
}

RelGroup RelationView::GroupLeft(std::size_t slot) const {
  RelGroup g;
  const std::size_t head = HeadLeft(slot);
  g.slots.push_back(static_cast<std::uint32_t>(head));
  g.last = slots_[slot].last;
  std::size_t start = PhraseStart(head);
  // "The U.S., U.K., and other countries": a conjunction after the phrase closes the list.
  const std::size_t after = g.last + (IsPunct(g.last, ',') ? 1 : 0);
  bool conjunction_seen = Phrase(after, RelationPhraseSet::kConjunction) > 0;
  for (int guard = 0; guard < 16 && start > 0; ++guard) {
    std::size_t n = ConjunctionBefore(start);
    const bool comma = n == 0 && IsPunct(start - 1, ',');
    if (n == 0 && !comma) break;
    if (comma) n = 1;
    std::size_t end = start - n;
    if (IsPossessive(end - 1)) --end;  // "Beijing's and Moscow's cooperation"
    if (IsPunct(end - 1, ')')) {       // "the United States (US) and Britain"
      const std::size_t alias = SlotEndingAt(end - 1);
      if (alias != kNone && IsPunct(slots_[alias].first - 1, '(')) end = slots_[alias].first - 1;
    }
    const std::size_t prev = SlotEndingAt(end);
    if (prev == kNone || slots_[prev].form == MentionForm::kPronoun) break;
    // A comma joins names only in a list a conjunction closes, or in a headline's pair:
    // two names of one kind opening the sentence ("Xi, Putin show united front", "Japan,
    // South Korea sign pact"; not "Like Russia, China opposes", nor "Ukraine, Russia's
    // neighbour").
    const bool headline_pair =
        g.slots.size() == 1 && end == start - 1 && PhraseStart(HeadLeft(prev)) == 0 &&
        !IsPossessor(prev) && !IsPossessor(head) &&
        SlotHasType(prev, EntityType::kPerson) == SlotHasType(head, EntityType::kPerson);
    if (comma && !conjunction_seen && !headline_pair) break;
    const std::size_t prev_head = HeadLeft(prev);
    // ", and" after a lone name starts a clause ("Pakistan opposes India, and Mexico
    // and Argentina oppose Brazil"); it closes a list only after a comma list ("the
    // U.S., Britain, and France").
    if (!comma && IsPunct(start - n, ',')) {
      const std::size_t before_prev = PhraseStart(prev_head);
      if (!IsPunct(before_prev - 1, ',') || SlotEndingAt(before_prev - 1) == kNone) break;
    }
    // "According to the Kremlin, Russia and China ...": the comma ends a phrase.
    // But "between"/"among"/"including" take the whole list.
    const std::size_t before = PhraseStart(prev_head) - 1;
    if (comma && Is(before, kRwPreposition) && !Is(before, kRwSubordinator) &&
        lower(before) != "between" && lower(before) != "among" && lower(before) != "including")
      break;
    conjunction_seen |= !comma;
    g.slots.insert(g.slots.begin(), static_cast<std::uint32_t>(prev_head));
    start = PhraseStart(prev_head);
  }
  g.first = start;
  return g;
}

RelGroup RelationView::GroupRight(std::size_t slot) const {
  RelGroup g;
  g.first = slots_[slot].first;
  const std::size_t head = HeadRight(slot);
  g.slots.push_back(static_cast<std::uint32_t>(head));
  std::size_t end = PhraseEnd(head);
  g.last = end;
  std::vector<std::uint32_t> pending;  // joined by commas only, so far
  for (int guard = 0; guard < 16 && end < size(); ++guard) {
    std::size_t p = end;
    const bool comma = IsPunct(p, ',');
    if (comma) ++p;
    const std::size_t n = Phrase(p, RelationPhraseSet::kConjunction);
    if (n == 0 && !comma) break;
    p += n;
    for (int k = 0; k < 2 && Is(p, kRwDeterminer); ++k) ++p;
    const std::size_t s = SlotAt(p);
    if (s == kNone || slots_[s].first != p || slots_[s].form == MentionForm::kPronoun) {
      // "the US, UK and others": the conjunction closes the list of names before it.
      if (n > 0) g.slots.insert(g.slots.end(), pending.begin(), pending.end());
      if (n > 0 && !pending.empty()) g.last = end;
      break;
    }
    const std::size_t next = HeadRight(s);
    end = PhraseEnd(next);
    if (n == 0) {
      pending.push_back(static_cast<std::uint32_t>(next));
      continue;
    }
    g.slots.insert(g.slots.end(), pending.begin(), pending.end());
    pending.clear();
    g.slots.push_back(static_cast<std::uint32_t>(next));
    g.last = end;
  }
  return g;
}

bool RelationView::SubjectBoundaryBefore(std::size_t i) const {
  std::size_t q = i;
  while (q > 0 && IsQuote(q - 1)) --q;
  if (q == 0) return true;
  --q;
  if (tokens_[q].Is(kPunct)) return !tokens_[q].Is(kPossessive);
  // A number or a capitalised word ("In 1990 Iraq", "On Tuesday Russia"), an adverb.
  if (tokens_[q].Is(kHasDigit) || (tokens_[q].Is(kCapitalized) && Plain(q))) return true;
  // The end of a hyphenated modifier: "four-time champion Andre Agassi" goes on leftwards.
  if (q > 0 && IsPunct(q - 1, '-') && !tokens_[q].Is(kSpaceBefore)) return false;
  if (info_[q].lower.size() > 4 && info_[q].lower.ends_with("ly")) return true;
  if (Plain(q)) return false;  // most likely a verb: "admires Giuliani and"
  if (info_[q].word->classes & (kRwClauseBreak | kRwSubordinator | kRwRelative | kRwTimeWord))
    return true;
  if (Phrase(q, RelationPhraseSet::kSpeech) > 0 || Phrase(q, RelationPhraseSet::kConjunction) == 1)
    return true;
  // After a preposition the phrase is its object; after an auxiliary, a predicate
  // ("are both NATO members"); after a verb, the verb's object ("condemned the US").
  return false;
}

bool RelationView::StartsVerb(std::size_t i) const {
  return Phrase(i, RelationPhraseSet::kSpeech) > 0 || Is(i, kRwBeAuxiliary) ||
         Is(i, kRwAuxiliary) || CueVerbAt(i);
}

bool RelationView::CueVerbAt(std::size_t i, std::optional<RelationType> type) const {
  const RelationWord* w = word(i);
  return w && std::any_of(w->cues.begin(), w->cues.end(), [&](std::uint32_t c) {
           return lex_.cues[c].kind == CueKind::kVerb && (!type || lex_.cues[c].type == *type);
         });
}

bool RelationView::LikelyVerb(std::size_t i) const {
  if (i >= size()) return false;
  const std::string_view w = info_[i].lower;
  return tokens_[i].Is(kWord) && !tokens_[i].Is(kCapitalized) && w.size() > 4 && w.ends_with("ed");
}

}  // namespace kg
