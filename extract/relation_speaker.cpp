#include "extract/relation_speaker.h"

namespace kg {
namespace {

constexpr std::size_t kNone = RelationView::kNone;

bool Adverb(const RelationView& v, std::size_t i) {
  const std::string_view w = v.lower(i);
  return v.token(i).Is(kWord) && v.SlotAt(i) == kNone &&
         ((w.size() > 4 && w.ends_with("ly")) || w == "also" || w == "later" || w == "then");
}

std::size_t FirstEntity(const RelationView& v, std::size_t slot) {
  return v.EntitiesBegin(slot) != v.EntitiesEnd(slot) ? *v.EntitiesBegin(slot) : kNone;
}

// The name phrase starting at `at` (over determiners and titles): its head's entity.
std::size_t NameAt(const RelationView& v, std::size_t at) {
  for (int k = 0; k < 4 && at < v.size() && v.SlotAt(at) == kNone; ++k, ++at)
    if (!v.Is(at, kRwDeterminer) && !v.Is(at, kRwTitle)) return kNone;
  const std::size_t s = v.SlotAt(at);
  return s == kNone ? kNone : FirstEntity(v, v.HeadRight(s));
}

std::size_t SpeechSubject(const RelationView& v, std::size_t verb) {
  std::size_t q = verb;
  while (q > 0 && Adverb(v, q - 1)) --q;
  // The name must stand where a subject stands: "Xi said", "Al Jazeera's Katrina Yu
  // said", but not "the pact between the U.S., UK and Australia announced last year".
  if (const std::size_t s = v.SlotEndingAt(q); s != kNone && !v.IsPossessor(s)) {
    const RelGroup g = v.GroupLeft(s);
    // "a day after the EU said ...": a subordinate clause quotes someone else.
    std::size_t before = g.first;
    while (before > 0 && v.Is(before - 1, kRwDeterminer)) --before;
    if (before > 0 && v.Is(before - 1, kRwSubordinator) && v.lower(before - 1) != "that" &&
        v.lower(before - 1) != "as")
      return kNone;
    if (v.SubjectBoundaryBefore(g.first) || v.IsPossessive(g.first - 1))
      return FirstEntity(v, v.HeadLeft(s));
    return kNone;
  }
  const bool inverted = verb > 0 && (v.IsQuote(verb - 1) || v.IsPunct(verb - 1, ','));
  return inverted ? NameAt(v, verb + 1) : kNone;
}

}  // namespace

std::size_t FindSpeaker(const RelationView& v) {
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v.Phrase(i, RelationPhraseSet::kSpeech) != 1) continue;
    if (const std::size_t e = SpeechSubject(v, i); e != kNone) return e;
  }
  for (std::size_t i = 0; i < v.size(); ++i) {
    const std::size_t n = v.Phrase(i, RelationPhraseSet::kAttribution);
    if (n == 0) continue;
    if (const std::size_t e = NameAt(v, i + n); e != kNone) return e;
  }
  return kNone;
}

}  // namespace kg
