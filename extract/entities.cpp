#include "extract/entities.h"

#include <algorithm>
#include <span>
#include <cstdlib>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "extract/names.h"

namespace kg {
namespace {

constexpr int kNone = -1;
// A title owned by an alliance ("European Commission President", "NATO Secretary
// General"): an office, but no country's (official_of is person -> country).
constexpr int kAllianceOffice = -2;
constexpr std::size_t kPronounReach = 2;  // sentences back a pronoun may look

// A person named in full somewhere in the article.
struct ArticlePerson {
  std::size_t entity;
  std::vector<std::string> parts;     // folded name parts
  std::vector<std::size_t> sentences; // where the full name appears
};

std::string SurfaceOf(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  std::string s;
  for (std::size_t i = first; i < last; ++i) {
    if (i > first && tokens[i].Is(kSpaceBefore)) s.push_back(' ');
    s.append(tokens[i].text);
  }
  return s;
}

std::size_t WordCount(const std::vector<Token>& tokens, const Candidate& c) {
  std::size_t n = 0;
  for (std::size_t i = c.first; i < c.last; ++i) n += tokens[i].Is(kWord);
  return n;
}

// "SHEARER" -> "Shearer", to look a word of an ALL-CAPS headline up in the dictionary.
std::string TitleCased(std::string_view word) {
  std::string s = AsciiLower(word);
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::vector<std::string> Split(const std::string& folded) {
  std::vector<std::string> parts;
  parts.reserve(static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' ')) + 1);
  for (std::size_t b = 0, e; b < folded.size(); b = e + 1) {
    e = folded.find(' ', b);
    if (e == std::string::npos) e = folded.size();
    if (e > b) parts.push_back(folded.substr(b, e - b));
  }
  return parts;
}

class Resolver {
 public:
  Resolver(const Lexicon& lex, std::string_view text, const std::string& article_id,
           std::string_view date)
      : lex_(lex), text_(text), article_id_(article_id), date_(date) {}

  ResolvedEntities Run(std::span<SentenceWork> sentences) {
    window_ = sentences;
    person_of_.resize(sentences.size());
    for (std::size_t s = 0; s < sentences.size(); ++s)
      person_of_[s].assign(sentences[s].candidates.size(), kNone);
    ChooseSharedCountryNames(sentences);
    CollectFullNames(sentences);
    CountryWordsAsSurnames(sentences);
    ResolvePartialNames(sentences);
    MergeHeadlineWords(sentences);
    // Sentence by sentence, so that "the Russian president" can use the roles read
    // in earlier sentences.
    // (The window's position of a sentence, not AnalyzedSentence::index, which counts
    // from the article's start: a long article is resolved in several windows.)
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      AssignMentions(sentences[s], person_of_[s]);
      ReadRoles(sentences[s], person_of_[s]);
    }
    return std::move(out_);
  }

 private:
  std::size_t EntityFor(const std::string& id, const std::string& label, EntityType type,
                        const std::string& iso) {
    auto [it, inserted] = by_id_.try_emplace(id, out_.entities.size());
    if (inserted) out_.entities.push_back(Entity{id, label, type, iso, {}, 0});
    return it->second;
  }

  std::size_t KnownPerson(std::uint32_t index) {
    const PersonInfo& p = lex_.people[index];
    const std::size_t e = EntityFor(p.entity_id.empty() ? "person:" + Slug(p.name) : p.entity_id,
                                    p.name, EntityType::kPerson, "");
    known_of_entity_[e] = static_cast<int>(index);
    return e;
  }

  // The dictionary person that a name is a spelling variant of ("Xi Jingping").
  int DictionaryVariant(const std::string& surface) const {
    const auto space = surface.find(' ');
    if (space == std::string::npos) return kNone;
    int found = kNone;
    NameParts western, eastern;  // split and spelled once, when a part is known
    const std::string_view view = surface;
    for (std::string_view part : {view.substr(0, space), view.substr(view.rfind(' ') + 1)}) {
      const auto* people = lex_.people_by_part.Find(part);
      if (!people) continue;
      if (western.surname.empty()) {
        std::tie(western, eastern) = SplitNameBothWays(surface);
        AddCanonicalSpellings(western);
        AddCanonicalSpellings(eastern);
      }
      for (std::uint32_t index : *people) {
        const PersonInfo& p = lex_.people[index];
        const NameParts& reading = p.eastern ? eastern : western;
        const bool cached = !p.entity_id.empty();  // parts are filled with the id
        if (!(cached ? SameNameVariant(reading, p.parts)
                     : SameNameVariant(reading, SplitName(p.name, p.eastern))))
          continue;
        if (found != kNone && found != static_cast<int>(index)) return kNone;  // ambiguous
        found = static_cast<int>(index);
      }
    }
    return found;
  }

  // An office or honorific right before a lone name ("Mr Smith", "President
  // Higgins"); a rank or profession is too weak ("General Election").
  bool StrongTitle(const Candidate& c) const {
    if (!c.titled || c.title < 0) return false;
    const auto kind = lex_.titles[static_cast<std::size_t>(c.title)].kind;
    return kind == TitleInfo::kOffice || kind == TitleInfo::kHonorific;
  }

  // A given name (any tier) or an initial ("J."): evidence that a capitalised word
  // is the first name of a person rather than part of an organisation's name.
  bool GivenOrInitial(std::string_view w) const {
    if (w.size() == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z') return true;
    return lex_.given_names.Contains(w) || lex_.ambiguous_given_names.Contains(w);
  }

  // Name shape without a cue: a known given name first ("Joe Biden"; an ambiguous
  // one like "Mark" only before another name word), an initial ("J. Adams"), or a
  // surname the people dictionary knows last ("Tiger Woods"; not one that is also a
  // common word: "Appalachian Power", "Citizens Banks"). Not after an article:
  // "the Cole Inquiry", "a Mac Mini", "The History Boys" are things (and so, for
  // want of better evidence, is "the Marc Dutroux case").
  bool NameShaped(const std::vector<Token>& tokens, const Candidate& c) const {
    if (c.first > 0) {
      const std::string before = AsciiLower(tokens[c.first - 1].text);
      if (before == "the" || before == "a" || before == "an") return false;
    }
    // One hyphenated word ("Neo-Nazis", "Jean-Claude") is no full name.
    bool spaced = false;
    for (std::size_t i = c.first + 1; i < c.last; ++i) spaced |= tokens[i].Is(kSpaceBefore);
    if (!spaced) return false;
    if (GivenOrInitial(tokens[c.first].text)) return true;
    const Token& last = tokens[c.last - 1];
    return WordCount(tokens, c) <= 3 && WesternSurname(last.text) &&
           !lex_.given_names.Contains(last) && !lex_.word_surnames.Contains(last);
  }

  // Is `word` the surname of a person the dictionary writes given name first ("Woods"
  // of Tiger Woods)? Not a part of a surname-first name ("Men" of Men Sam An).
  bool WesternSurname(std::string_view word) const {
    const auto* people = lex_.people_by_part.Find(word);
    return people && std::any_of(people->begin(), people->end(),
                                 [&](std::uint32_t p) { return !lex_.people[p].eastern; });
  }

  // The parts of every spelling the article uses count: "Volodymyr Zelenskyy" (an alias of
  // Volodymyr Zelensky) makes a later "Zelenskyy" his.
  void AddArticlePerson(std::size_t entity, const std::string& name, std::size_t sentence) {
    std::vector<std::string> parts = Split(FoldName(name));
    for (auto& p : people_)
      if (p.entity == entity) {
        p.sentences.push_back(sentence);
        for (auto& part : parts)
          if (std::find(p.parts.begin(), p.parts.end(), part) == p.parts.end())
            p.parts.push_back(std::move(part));
        return;
      }
    people_.push_back({entity, std::move(parts), {sentence}});
  }

  // Step 1: people named in full (dictionary names, or name-shaped with a cue).
  void CollectFullNames(std::span<const SentenceWork> sentences) {
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      const auto& tokens = sentences[s].sentence.tokens;
      const auto& cands = sentences[s].candidates;
      for (std::size_t k = 0; k < cands.size(); ++k) {
        const Candidate& c = cands[k];
        if (c.kind == Candidate::kKnownPerson) {
          const std::size_t e = KnownPerson(c.index);
          person_of_[s][k] = static_cast<int>(e);
          AddArticlePerson(e, lex_.people[c.index].name, s);
          const std::string surface = SurfaceOf(tokens, c.first, c.last);
          if (surface != lex_.people[c.index].name) AddArticlePerson(e, surface, s);
          continue;
        }
        if (c.kind != Candidate::kPersonName || WordCount(tokens, c) < 2) continue;
        const std::string surface = SurfaceOf(tokens, c.first, c.last);
        // A possessive is a cue only for a two-word name ("Mao Zedong's") inside a
        // sentence: longer capitalised runs before 's are mostly titles of things,
        // and a sentence may open with one ("Women 's singles").
        const bool cued =
            c.titled || c.speaker || c.appositive ||
            (c.possessive && WordCount(tokens, c) == 2 && !tokens[c.first].Is(kSentenceStart));
        const int known = DictionaryVariant(surface);
        if (known != kNone) {
          const std::size_t e = KnownPerson(static_cast<std::uint32_t>(known));
          person_of_[s][k] = static_cast<int>(e);
          AddArticlePerson(e, surface, s);
          continue;
        }
        if (!NameShaped(tokens, c)) {
          // A cue alone makes a name of a run that is not name-shaped, unless the
          // article writes its last word before an institution word ("Allis-Chalmers
          // Corp ... Allis-Chalmers said", "Morgan Stanley Group ... Morgan Stanley said"),
          // or only a verb of saying cues a run that ends in a common word ("Appalachian
          // Power said": firms speak too).
          if (!cued || InstitutionName(tokens[c.last - 1].text)) continue;
          if (!c.titled && !c.appositive && lex_.word_surnames.Contains(tokens[c.last - 1]))
            continue;
        }
        AcceptName(s, k, surface);
      }
      AcceptCoordinatedNames(sentences[s], s);
    }
  }

  void AcceptName(std::size_t s, std::size_t k, const std::string& surface) {
    const std::size_t e = EntityFor("person:" + Slug(surface), surface, EntityType::kPerson, "");
    person_of_[s][k] = static_cast<int>(e);
    AddArticlePerson(e, surface, s);
  }

  // Do only list separators lie in [from, to): ",", ";", "and", or a numbered
  // team sheet's ", 14 -" ("Andre Joubert , 14 - Justin Swart")?
  static bool ListSeparated(const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
    if (from >= to || to - from > 3) return false;
    int separators = 0;  // exactly one: ", and" ends a list of things as often as of people
    for (std::size_t i = from; i < to; ++i) {
      const std::string_view t = tokens[i].text;
      if (t == "," || t == ";" || t == "and")
        ++separators;
      else if (t != "-" &&
               !(tokens[i].Is(kHasDigit) && t.size() <= 2 &&
                 std::all_of(t.begin(), t.end(), [](char ch) { return ch >= '0' && ch <= '9'; })))
        return false;
    }
    return separators == 1;
  }

  // Coordination keeps the type: a name-shaped run listed right beside a person
  // ("Ponting, Michael Slater, Darren Lehmann and Mark Waugh") is a person too.
  void AcceptCoordinatedNames(const SentenceWork& work, std::size_t s) {
    const auto& tokens = work.sentence.tokens;
    const auto& cands = work.candidates;
    auto linked = [&](std::size_t a, std::size_t b) {
      return ListSeparated(tokens, cands[a].last, cands[b].first);
    };
    for (bool changed = true; changed;) {
      changed = false;
      for (std::size_t k = 0; k < cands.size(); ++k) {
        const Candidate& c = cands[k];
        if (c.kind != Candidate::kPersonName || person_of_[s][k] != kNone || WordCount(tokens, c) < 2 ||
            tokens[c.first].Is(kSentenceStart))
          continue;
        // Not a run inside the next name's title phrase: "The Mayor of Qara Tappah, Serwan
        // Shokir," is an apposition.
        const bool in_next_title =
            k + 1 < cands.size() && cands[k + 1].titled && cands[k + 1].title_first < c.first;
        const bool beside_person = (k > 0 && person_of_[s][k - 1] != kNone && linked(k - 1, k)) ||
                                   (k + 1 < cands.size() && person_of_[s][k + 1] != kNone &&
                                    linked(k, k + 1) && !in_next_title);
        if (!beside_person) continue;
        AcceptName(s, k, SurfaceOf(tokens, c.first, c.last));
        changed = true;
      }
    }
  }

  // The article person whose name contains every part of `folded`, nearest to
  // sentence `s` (earlier first); kNone when none.
  // `want`: the folded parts of a name (Split(FoldName(surface))).
  int ArticlePersonFor(const std::vector<std::string>& want, std::size_t s) const {
    int best = kNone;
    std::size_t best_distance = static_cast<std::size_t>(-1);
    for (const auto& p : people_) {
      const bool all = std::all_of(want.begin(), want.end(), [&](const std::string& w) {
        return std::find(p.parts.begin(), p.parts.end(), w) != p.parts.end();
      });
      if (!all || want.empty()) continue;
      for (std::size_t at : p.sentences) {
        // Earlier mentions win ties: "Biden" after "Joe Biden" over a later "Hunter Biden".
        const std::size_t d = at <= s ? 2 * (s - at) : 2 * (at - s) + 1;
        if (d < best_distance) {
          best_distance = d;
          best = static_cast<int>(p.entity);
        }
      }
    }
    return best;
  }

  bool CountryNamed(std::uint32_t person) const {
    const PersonInfo& p = lex_.people[person];
    if (countries_named_.count(p.country)) return true;
    return std::any_of(p.roles.begin(), p.roles.end(),
                       [&](const PersonRole& r) { return countries_named_.count(r.country) > 0; });
  }

  // Step 2: single names ("Putin", "Mr Putin", "Jinping") and uncued runs. Two
  // passes: a lone name that a cue or the dictionary makes a person ("President
  // Clinton", "Dole 's") becomes an article person first, so that the bare "Clinton"
  // elsewhere in the article, before or after, resolves to it.
  void ResolvePartialNames(std::span<const SentenceWork> sentences) {
    for (const auto& s : sentences)
      for (const auto& c : s.candidates)
        if (c.kind == Candidate::kCountry) countries_named_.insert(lex_.countries[c.index].iso);
    // The open name candidates, in text order, with their folded parts: spelled once
    // for both passes.
    struct Open {
      std::size_t sentence, candidate;
      std::vector<std::string> parts;
    };
    std::vector<Open> open;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      const auto& cands = sentences[s].candidates;
      for (std::size_t k = 0; k < cands.size(); ++k) {
        const Candidate& c = cands[k];
        if (c.kind != Candidate::kPersonName || person_of_[s][k] != kNone) continue;
        open.push_back({s, k, Split(FoldName(SurfaceOf(sentences[s].sentence.tokens, c.first, c.last)))});
      }
    }
    for (int pass = 0; pass < 2; ++pass) {
      for (const Open& o : open) {
        const std::size_t s = o.sentence, k = o.candidate;
        if (person_of_[s][k] != kNone) continue;
        const auto& tokens = sentences[s].sentence.tokens;
        const Candidate& c = sentences[s].candidates[k];
        int e = ArticlePersonFor(o.parts, s);
        if (e == kNone && pass == 0 && WordCount(tokens, c) == 1) e = LoneName(tokens, c, s);
        person_of_[s][k] = e;
      }
    }
  }

  // A lone word resolved without the rest of the article: a surname the people
  // dictionary knows once, or a new name with a strong cue; kNone when neither.
  // Only a cue registers the person for the article's other mentions: a verb of
  // saying alone is too weak to spread ("... Ruch said").
  int LoneName(const std::vector<Token>& tokens, const Candidate& c, std::size_t s) {
    const Token& t = tokens[c.first];
    const std::string surface = t.Is(kAllCaps) ? TitleCased(t.text) : std::string(t.text);
    const auto* people = lex_.people_by_part.Find(surface);
    const bool cued = c.titled || c.speaker || c.possessive;
    const bool office = c.titled && c.title >= 0 &&
                        lex_.titles[static_cast<std::size_t>(c.title)].kind == TitleInfo::kOffice;
    int known = people && people->size() == 1 ? static_cast<int>(people->front()) : kNone;
    // Several known people share it: "Prime Minister Blair" is the one whose country
    // the article names, if only one's is; else "President Bush", of the ones whose
    // country it names, the one who held office on the article's date.
    if (people && people->size() > 1 && office) {
      known = OnlyOne(*people, [&](std::uint32_t p) { return CountryNamed(p); });
      if (known == kNone)
        known = OnlyOne(*people,
                        [&](std::uint32_t p) { return CountryNamed(p) && InOfficeOnDate(p); });
    }
    // A surname is not the one of someone whose public life began years after the
    // article: "Mr Justice Sullivan" in 2005 is no Jake Sullivan (in office from 2021).
    if (known != kNone && BeforePublicLife(static_cast<std::uint32_t>(known))) known = kNone;
    // A lone word that is also a given name ("Andrew", "Allen") is no surname
    // evidence, unless it is as often a surname and an office stands before it
    // ("President Reagan"). Without a cue, the person's country must be named in the
    // article too.
    const bool given = lex_.given_names.Contains(surface);
    const bool ambiguous = lex_.ambiguous_given_names.Contains(surface);
    if (known != kNone && !given && (!ambiguous || office) &&
        (cued || (!t.Is(kSentenceStart) && CountryNamed(static_cast<std::uint32_t>(known))))) {
      const std::size_t e = KnownPerson(static_cast<std::uint32_t>(known));
      if (cued) AddArticlePerson(e, lex_.people[static_cast<std::size_t>(known)].name, s);
      return static_cast<int>(e);
    }
    // A word in capitals is no evidence for a name the article does not give.
    if (t.Is(kAllCaps)) return kNone;
    // A verb of saying is enough only for a word standing alone: in "a police official
    // in Liege said", "newspaper Granma reported" the word before tells otherwise.
    const bool alone = c.first == 0 || !tokens[c.first - 1].Is(kWord) ||
                       lex_.speech_verbs.Contains(tokens[c.first - 1]);
    if (!StrongTitle(c) && !(c.speaker && alone && !t.Is(kSentenceStart))) return kNone;
    if (NoSurname(tokens, c.first)) return kNone;
    // "Texaco said" where the article also writes "Texaco Inc": the company speaks.
    if (!StrongTitle(c) && InstitutionName(t.text)) return kNone;
    const std::size_t e = EntityFor("person:" + Slug(surface), surface, EntityType::kPerson, "");
    if (StrongTitle(c)) AddArticlePerson(e, surface, s);
    return static_cast<int>(e);
  }

  // The one of `people` that `test` holds for, or kNone when none or several do.
  template <typename Test>
  static int OnlyOne(const std::vector<std::uint32_t>& people, Test test) {
    int found = kNone;
    for (const std::uint32_t p : people) {
      if (!test(p)) continue;
      if (found != kNone) return kNone;
      found = static_cast<int>(p);
    }
    return found;
  }

  // Whether the article is dated more than five years before known person `p`'s first
  // dated role (the dictionary's roles are when the news coded them as actors). False
  // without a date or when a role has no start.
  bool BeforePublicLife(std::uint32_t p) const {
    constexpr int kYears = 5;
    const auto& roles = lex_.people[p].roles;
    if (date_.size() < 4 || roles.empty()) return false;
    const int year = ParseYear(date_);
    if (year < 0) return false;
    for (const PersonRole& r : roles) {
      const int from = r.from.size() >= 4 ? ParseYear(r.from) : -1;
      if (from < 0 || year + kYears >= from) return false;
    }
    return true;
  }
  static int ParseYear(std::string_view date) {
    int year = 0;
    for (std::size_t i = 0; i < 4; ++i) {
      if (date[i] < '0' || date[i] > '9') return -1;
      year = year * 10 + (date[i] - '0');
    }
    return year;
  }

  // Whether known person `p` held a role on the article's date (ISO dates compare as
  // strings; a role without an end is still held). False without a date.
  bool InOfficeOnDate(std::uint32_t p) const {
    if (date_.size() < 4) return false;
    return std::any_of(lex_.people[p].roles.begin(), lex_.people[p].roles.end(),
                       [&](const PersonRole& r) {
                         return r.from <= date_ && (r.to.empty() || date_ <= r.to);
                       });
  }

  // A word that is no surname on its own: a letter or an initial ("Mr P.", "said
  // M-2"), a generational suffix ("Jr."), an institution word ("Club"), a title
  // ("Deputy Director"), a plural of capitals ("told MPs").
  bool NoSurname(const std::vector<Token>& tokens, std::size_t i) const {
    const Token& t = tokens[i];
    const std::string_view w = t.text;
    const auto letters = std::count_if(w.begin(), w.end(), [](char ch) {
      return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch & 0x80);
    });
    if (letters <= 1 || lex_.name_suffixes.Contains(w) || lex_.not_name_words.Contains(t))
      return true;
    if (w.size() >= 3 && w.back() == 's' &&
        std::all_of(w.begin(), w.end() - 1, [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
      return true;
    const std::vector<LexEntry>* entries = nullptr;
    return lex_.title_cues.Match(tokens, i, &entries) > 0;
  }

  // Whether the window writes `word` right before a capitalised institution word
  // ("Texaco Inc", "Wal-Mart Stores", "the Labour Party"): the name of an
  // organisation, not a person's surname. One pass over the window's tokens per word
  // asked about (comparing hashes), remembered: most windows ask about none or a few.
  bool InstitutionName(std::string_view word) {
    const std::uint64_t hash = HashText(word, false);
    for (const auto& [h, answer] : institution_answers_)
      if (h == hash) return answer;
    bool found = false;
    for (const SentenceWork& w : window_) {
      const auto& tokens = w.sentence.tokens;
      for (std::size_t i = 0; i + 1 < tokens.size() && !found; ++i)
        found = tokens[i].hash == hash && tokens[i].text == word &&
                tokens[i + 1].Is(kCapitalized) && tokens[i + 1].Is(kSpaceBefore) &&
                lex_.not_name_words.Contains(tokens[i + 1]) &&
                !lex_.time_words.Contains(tokens[i + 1].text);
      if (found) break;
    }
    institution_answers_.emplace_back(hash, found);
    return found;
  }

  // "Congo" (countries.json shared_names) is the state the lexicon gives it unless the
  // article names only another of its states some other way: "eastern Congo" with
  // "Kinshasa" is DR Congo, with "Brazzaville" the Republic of the Congo.
  void ChooseSharedCountryNames(std::span<SentenceWork> sentences) {
    auto others_of = [&](const SentenceWork& work, const Candidate& c) {
      return c.kind == Candidate::kCountry && c.last - c.first == 1
                 ? lex_.shared_country_names.Find(work.sentence.tokens[c.first].text)
                 : nullptr;
    };
    // Most articles use no shared name: one probe per country candidate says so.
    std::vector<std::pair<Candidate*, const std::vector<std::uint32_t>*>> shared;
    for (auto& work : sentences)
      for (auto& c : work.candidates)
        if (const auto* others = others_of(work, c)) shared.emplace_back(&c, others);
    if (shared.empty()) return;
    // States named other than by a shared name, and those of the people the dictionary
    // knows ("Congo President Denis Sassou-Nguesso" is the Republic's).
    std::unordered_set<std::uint32_t> named;
    std::unordered_set<std::string_view> people_isos;
    for (const auto& work : sentences)
      for (const auto& c : work.candidates) {
        if (c.kind == Candidate::kCountry && !others_of(work, c)) named.insert(c.index);
        if (c.kind == Candidate::kKnownPerson) people_isos.insert(lex_.people[c.index].country);
      }
    auto is_named = [&](std::uint32_t country) {
      return named.count(country) > 0 || people_isos.count(lex_.countries[country].iso) > 0;
    };
    for (auto [c, others] : shared) {
      if (is_named(c->index) || std::count_if(others->begin(), others->end(), is_named) != 1)
        continue;
      c->index = *std::find_if(others->begin(), others->end(), is_named);
    }
  }

  // "Dublin-born director Neil Jordan ... Jordan said": a one-word country name that
  // is the surname of a person the article names in full is that person, when the
  // article never names the country otherwise (no "Jordanian", no "Amman").
  void CountryWordsAsSurnames(std::span<SentenceWork> sentences) {
    std::unordered_map<std::uint32_t, std::string> surface_of;  // country index -> its one spelling
    std::unordered_set<std::uint32_t> spelled_otherwise;
    for (const auto& work : sentences)
      for (const auto& c : work.candidates) {
        if (c.kind != Candidate::kCountry && c.kind != Candidate::kRoleReference) continue;
        const std::string surface = SurfaceOf(work.sentence.tokens, c.first, c.last);
        auto [it, inserted] = surface_of.try_emplace(c.index, surface);
        if (c.kind != Candidate::kCountry || c.last - c.first != 1 || it->second != surface)
          spelled_otherwise.insert(c.index);
      }
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      auto& cands = sentences[s].candidates;
      for (std::size_t k = 0; k < cands.size(); ++k) {
        Candidate& c = cands[k];
        if (c.kind != Candidate::kCountry || spelled_otherwise.count(c.index) ||
            !ActsLikePerson(sentences[s].sentence.tokens, c))
          continue;
        const int e = SurnameOfArticlePerson(FoldName(sentences[s].sentence.tokens[c.first].text));
        if (e == kNone) continue;
        c.kind = Candidate::kPersonName;
        person_of_[s][k] = e;
      }
    }
  }

  // Is the one-word candidate c the subject of a verb ("Jordan defends", "said
  // Wales"), a possessor ("Jordan 's film") or the antecedent of "who"? A country's
  // name is followed by a function word or a capital ("in Jordan .", "Ireland and
  // Scotland players"), and after a capitalised word it names a firm ("BP Canada").
  bool ActsLikePerson(const std::vector<Token>& tokens, const Candidate& c) const {
    if (c.first > 0 && tokens[c.first - 1].Is(kWord) && tokens[c.first - 1].Is(kCapitalized) &&
        !tokens[c.first - 1].Is(kSentenceStart))
      return false;
    if (c.first > 0 && lex_.speech_verbs.Contains(tokens[c.first - 1])) return true;
    if (c.last >= tokens.size()) return false;
    const Token& next = tokens[c.last];
    if (next.Is(kPossessive) || next.text == "'") return true;
    if (next.text == "," && c.last + 1 < tokens.size()) {
      const std::string_view w = tokens[c.last + 1].text;
      return w == "who" || w == "whose";
    }
    return next.Is(kWord) && !next.Is(kCapitalized) && !next.Is(kHasDigit) &&
           !lex_.function_words.Contains(next);
  }

  // The one article person named in full whose surname is `folded`; kNone if none or several.
  int SurnameOfArticlePerson(const std::string& folded) const {
    int found = kNone;
    for (const auto& p : people_) {
      if (p.parts.size() < 2 || p.parts.back() != folded) continue;
      if (found != kNone && found != static_cast<int>(p.entity)) return kNone;
      found = static_cast<int>(p.entity);
    }
    return found;
  }

  // "ROBERTO DURAN", "Xi Jinping" in a headline: words taken one by one that name
  // the same person are one mention.
  void MergeHeadlineWords(std::span<SentenceWork> sentences) {
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      auto& cands = sentences[s].candidates;
      auto& of = person_of_[s];
      for (std::size_t k = 0; k + 1 < cands.size();) {
        if (cands[k].headline_word && cands[k + 1].headline_word && of[k] != kNone &&
            of[k] == of[k + 1] && cands[k].last == cands[k + 1].first) {
          cands[k].last = cands[k + 1].last;
          cands.erase(cands.begin() + static_cast<std::ptrdiff_t>(k) + 1);
          of.erase(of.begin() + static_cast<std::ptrdiff_t>(k) + 1);
          continue;
        }
        ++k;
      }
    }
  }

  void Mention(AnalyzedSentence& s, const Candidate& c, std::size_t entity, MentionForm form,
               bool alias = true) {
    s.mentions.push_back({c.first, c.last, entity, form});
    Entity& e = out_.entities[entity];
    if (form == MentionForm::kPronoun || form == MentionForm::kGroup) return;
    ++e.mentions;
    if (alias && form != MentionForm::kDescriptor) {
      const Span span{s.tokens[c.first].span.begin, s.tokens[c.last - 1].span.end};
      const std::string_view surface = text_.substr(span.begin, span.size());
      if (std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end())
        e.aliases.emplace_back(surface);  // copied only when new
    }
    if (e.type == EntityType::kPerson) {
      if (first_person_ == kNone) first_person_ = static_cast<int>(entity);
      if (person_sentence_.size() <= entity) person_sentence_.resize(entity + 1, kNever);
      person_sentence_[entity] = s.index;
      if (e.sex == Sex::kUnknown) e.sex = SexOf(e.label, s.tokens, c);
    }
    Touch(entity);
  }

  // What a person's given name (the label's first word) or title ("Mrs", "Queen", "Mr")
  // says of their sex.
  Sex SexOf(std::string_view label, const std::vector<Token>& tokens, const Candidate& c) const {
    const std::string_view given = label.substr(0, label.find(' '));
    if (given.size() < label.size()) {
      if (lex_.female_names.Contains(given)) return Sex::kFemale;
      if (lex_.male_names.Contains(given)) return Sex::kMale;
    }
    if (c.title >= 0 && c.title_first < tokens.size()) return WordSex(tokens[c.title_first]);
    return Sex::kUnknown;
  }
  Sex WordSex(const Token& t) const {
    if (lex_.female_words.Contains(t)) return Sex::kFemale;
    if (lex_.male_words.Contains(t)) return Sex::kMale;
    return Sex::kUnknown;
  }

  // The person a pronoun refers to: the most recently named one, within reach, whose
  // sex does not contradict it ("She" after "Thatcher met Kohl" is Thatcher).
  // `opens`: the pronoun is the sentence's first mention, where it is most often the
  // subject and refers to the last sentence's first person, its subject in news ("Later,
  // Merz met Secretary of State Marco Rubio. He also criticized China" is Merz), not to
  // whoever was named last.
  int PronounReferent(const Token& pronoun, std::size_t sentence, bool opens) const {
    const Sex sex = WordSex(pronoun);
    auto fits = [&](const Entity& entity) {
      return sex == Sex::kUnknown || entity.sex == Sex::kUnknown || entity.sex == sex;
    };
    if (opens && subject_ != kNone && sentence > subject_sentence_ &&
        sentence - subject_sentence_ <= kPronounReach &&
        fits(out_.entities[static_cast<std::size_t>(subject_)]))
      return subject_;
    for (const std::size_t e : recent_) {
      const Entity& entity = out_.entities[e];
      if (entity.type != EntityType::kPerson) continue;
      if (e >= person_sentence_.size() || person_sentence_[e] == kNever ||
          sentence - person_sentence_[e] > kPronounReach)
        continue;
      if (fits(entity)) return static_cast<int>(e);
    }
    return kNone;
  }

  void Touch(std::size_t entity) {
    recent_.erase(std::remove(recent_.begin(), recent_.end(), entity), recent_.end());
    recent_.insert(recent_.begin(), entity);
  }

  // The n most recently mentioned entities of `type`, most recent first.
  std::vector<std::size_t> Recent(EntityType type, std::size_t n) const {
    std::vector<std::size_t> out;
    for (std::size_t e : recent_)
      if (out.size() < n && out_.entities[e].type == type) out.push_back(e);
    return out;
  }

  // What "the two countries" / "the two leaders" means: the two entities of `type`
  // the article has named most so far (its protagonists), recency breaking ties.
  std::vector<std::size_t> Salient(EntityType type, std::size_t n) const {
    std::vector<std::size_t> order = Recent(type, recent_.size());
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return out_.entities[a].mentions > out_.entities[b].mentions;
    });
    if (order.size() > n) order.resize(n);
    return order;
  }

  // Step 3: mentions, in reading order, so that back-references see what came before.
  // `person_of`: the sentence's row of person_of_.
  void AssignMentions(SentenceWork& work, const std::vector<int>& person_of) {
    AnalyzedSentence& s = work.sentence;
    first_person_ = kNone;
    for (std::size_t k = 0; k < work.candidates.size(); ++k) {
      const Candidate& c = work.candidates[k];
      switch (c.kind) {
        case Candidate::kCountry: {
          const CountryInfo& info = lex_.countries[c.index];
          Mention(s, c, EntityFor("country:" + info.iso, info.label, EntityType::kCountry, info.iso),
                  c.form);
          break;
        }
        case Candidate::kAlliance: {
          const AllianceInfo& info = lex_.alliances[c.index];
          Mention(s, c, EntityFor("alliance:" + info.id, info.label, EntityType::kAlliance, ""), c.form);
          break;
        }
        case Candidate::kKnownPerson:
        case Candidate::kPersonName:
          if (person_of[k] != kNone) {
            const auto e = static_cast<std::size_t>(person_of[k]);
            const bool full = WordCount(s.tokens, c) >= 2 || c.kind == Candidate::kKnownPerson;
            Mention(s, c, e, full ? MentionForm::kName : MentionForm::kPartial);
          }
          break;
        case Candidate::kDescriptor: {
          const std::vector<LexEntry>* entries = nullptr;
          lex_.descriptors.Match(s.tokens, c.first + 1, &entries);
          for (std::size_t e : Recent(EntityType::kAlliance, 8)) {
            const std::string& id = out_.entities[e].id;
            const bool fits = entries && std::any_of(entries->begin(), entries->end(), [&](const LexEntry& x) {
              return "alliance:" + lex_.alliances[x.index].id == id;
            });
            if (fits) {
              Mention(s, c, e, MentionForm::kDescriptor);
              break;
            }
          }
          break;
        }
        case Candidate::kGroup: {
          const auto two = Salient(c.index == 0 ? EntityType::kCountry : EntityType::kPerson, 2);
          if (two.size() == 2)
            for (std::size_t e : two) s.mentions.push_back({c.first, c.last, e, MentionForm::kGroup});
          break;
        }
        case Candidate::kRoleReference: {
          const CountryInfo& info = lex_.countries[c.index];
          const std::size_t country =
              EntityFor("country:" + info.iso, info.label, EntityType::kCountry, info.iso);
          const int person = HolderOf(country, lex_.titles[static_cast<std::size_t>(c.title)].role);
          if (person != kNone) Mention(s, c, static_cast<std::size_t>(person), MentionForm::kDescriptor);
          else Mention(s, c, country, MentionForm::kDemonym, false);
          break;
        }
        case Candidate::kPronoun:
          if (const int person = PronounReferent(s.tokens[c.first], s.index, k == 0);
              person != kNone) {
            s.mentions.push_back(
                {c.first, c.last, static_cast<std::size_t>(person), MentionForm::kPronoun});
            if (first_person_ == kNone) first_person_ = person;
          }
          break;
      }
    }
    if (first_person_ != kNone) {
      subject_ = first_person_;
      subject_sentence_ = s.index;
    }
  }

  // The person last read as holding `role` for `country` in this article ("leader"
  // means any office of that country).
  int HolderOf(std::size_t country, const std::string& role) const {
    for (auto it = holders_.rbegin(); it != holders_.rend(); ++it)
      if (it->country == country && (it->role == role || role == "leader")) return static_cast<int>(it->person);
    return kNone;
  }

  // The country a person serves, as known so far in this article or from the dictionary.
  int CountryOfPerson(std::size_t person) const {
    auto it = country_of_person_.find(person);
    if (it != country_of_person_.end()) return static_cast<int>(it->second);
    return kNone;
  }

  int DictionaryCountry(std::size_t person) {
    auto it = known_of_entity_.find(person);
    if (it == known_of_entity_.end()) return kNone;
    const PersonInfo& p = lex_.people[static_cast<std::size_t>(it->second)];
    const std::string& iso = !p.roles.empty() && !p.roles.back().country.empty() ? p.roles.back().country
                                                                                  : p.country;
    if (iso.empty()) return kNone;
    for (const auto& c : lex_.countries)
      if (c.iso == iso) return static_cast<int>(EntityFor("country:" + iso, c.label, EntityType::kCountry, iso));
    return kNone;
  }

  // The mention ending at token `end` (exclusive), if any.
  const SentenceMention* MentionEndingAt(const AnalyzedSentence& s, std::size_t end) const {
    for (const auto& m : s.mentions)
      if (m.last == end && m.form != MentionForm::kGroup && m.form != MentionForm::kPronoun) return &m;
    return nullptr;
  }
  const SentenceMention* MentionStartingAt(const AnalyzedSentence& s, std::size_t first) const {
    for (const auto& m : s.mentions)
      if (m.first == first) return &m;
    return nullptr;
  }

  // The country a title at `title_first` belongs to: "Russian President", "US
  // secretary of state", "Kremlin adviser", "Putin's recently appointed defense
  // minister" (the possessor's country); at most three lowercase modifiers between.
  // kAllianceOffice when an alliance owns it ("former European Union Commission
  // President"), unless a country comes right before the alliance: its envoy there
  // ("Syrian U.N. charge d'affaires"); kNone when nothing owns it.
  int CountryBeforeTitle(const AnalyzedSentence& s, std::size_t title_first) {
    std::size_t j = title_first;
    for (int skipped = 0; j > 0 && skipped <= 3; --j, ++skipped) {
      if (const SentenceMention* m = MentionEndingAt(s, j)) {
        const Entity& e = out_.entities[m->entity];
        if (e.type == EntityType::kCountry) return static_cast<int>(m->entity);
        if (e.type != EntityType::kAlliance) return kNone;
        if (const SentenceMention* before = MentionEndingAt(s, m->first))
          if (out_.entities[before->entity].type == EntityType::kCountry)
            return static_cast<int>(before->entity);
        return kAllianceOffice;
      }
      if (s.tokens[j - 1].Is(kPossessive) && j >= 2) {
        if (const SentenceMention* m = MentionEndingAt(s, j - 1)) {
          const Entity& e = out_.entities[m->entity];
          if (e.type == EntityType::kCountry) return static_cast<int>(m->entity);
          // "the EU's foreign policy chief": the alliance's office
          if (e.type == EntityType::kAlliance) return kAllianceOffice;
          if (e.type == EntityType::kPerson) {
            const int c = CountryOfPerson(m->entity);
            return c != kNone ? c : DictionaryCountry(m->entity);
          }
        }
        return kNone;
      }
      // Modifiers ("top", "debt"), not words that end a phrase: in "explained to the
      // U.S. when Finance Minister Kiichi Miyazawa visits" the country is another
      // clause's (english.json phrase_breaks).
      const Token& t = s.tokens[j - 1];
      if (!t.Is(kWord) || t.Is(kCapitalized) || lex_.phrase_breaks.Contains(t)) return kNone;
    }
    return kNone;
  }

  // Whether tokens [from, to) are all function words or capitalised words.
  bool OnlyModifiers(const AnalyzedSentence& s, std::size_t from, std::size_t to) const {
    for (std::size_t i = from; i < to; ++i)
      if (!s.tokens[i].Is(kWord) ||
          !(s.tokens[i].Is(kCapitalized) || lex_.function_words.Contains(s.tokens[i])))
        return false;
    return true;
  }

  // The owner named after the "of" at token k: a country (its entity), kAllianceOffice
  // for an alliance ("Secretary General of NATO"), else kNone. After a title
  // (`after_title`) the country must end the phrase: "chairman of Austria's
  // Creditanstalt", "editor of UK magazine Mac Format" name an organisation's office;
  // after a name a verb may follow ("Emperor Haile Sellassie of Ethiopia annexed").
  int CountryOf(const AnalyzedSentence& s, std::size_t k, bool after_title) const {
    const std::size_t at = k + 2 < s.tokens.size() && s.tokens[k + 1].text == "the" ? k + 2 : k + 1;
    const SentenceMention* m = MentionStartingAt(s, at);
    if (!m) return kNone;
    if (out_.entities[m->entity].type == EntityType::kAlliance) return kAllianceOffice;
    if (out_.entities[m->entity].type != EntityType::kCountry) return kNone;
    if (after_title && m->last < s.tokens.size()) {
      // Punctuation ends the phrase, and so does a small word or a verb of saying
      // ("of Iraq, stated", "of Slovakia said"); a possessive ("Peru 's" in
      // pre-tokenised copy too), a hyphen ("Amsterdam-Rotterdam Bank"), a name or a
      // noun go on with it, unless the noun is the state's and ends the phrase ("of the
      // Lebanese Parliament," but not "of China State Shipbuilding Corp").
      const Token& next = s.tokens[m->last];
      if (lex_.state_words.Contains(next) &&
          (m->last + 1 == s.tokens.size() || !s.tokens[m->last + 1].Is(kCapitalized)))
        return static_cast<int>(m->entity);
      if (next.Is(kPossessive) || next.text == "'s" || next.text == "'" || next.text == "-" ||
          next.text == "/")
        return kNone;
      if (next.Is(kWord) && (next.Is(kCapitalized) || !(lex_.function_words.Contains(next) ||
                                                        lex_.speech_verbs.Contains(next))))
        return kNone;
    }
    return static_cast<int>(m->entity);
  }

  // The country a title names after it, by an "of" among its next few words: "the
  // President of Guatemala", "the foreign minister of Italy" (CountryOf).
  int CountryAfterTitle(const AnalyzedSentence& s, std::size_t title_first) const {
    const std::size_t end = std::min(s.tokens.size(), title_first + 5);
    for (std::size_t k = title_first; k + 1 < end && s.tokens[k].Is(kWord); ++k)
      if (s.tokens[k].text == "of") return CountryOf(s, k, /*after_title=*/true);
    return kNone;
  }

  // Whether an acronym that names nothing we know (a party, a company, a body: "NDA
  // leader", "ICRC spokeswoman") stands right before the title at `title_first`.
  // Capitalised words do not count: "Appeals Court Judges", "Missouri Republican
  // Senators" are the list's country's.
  bool UnknownOwnerBefore(const AnalyzedSentence& s, std::size_t title_first) const {
    if (title_first == 0) return false;
    const Token& t = s.tokens[title_first - 1];
    return t.Is(kWord) && t.Is(kAllCaps) && MentionEndingAt(s, title_first) == nullptr;
  }

  // Whether a country other than `country` is mentioned in tokens [from, to).
  bool OtherCountryBetween(const AnalyzedSentence& s, std::size_t from, std::size_t to,
                           int country) const {
    for (const auto& m : s.mentions)
      if (m.first >= from && m.last <= to && static_cast<int>(m.entity) != country &&
          out_.entities[m.entity].type == EntityType::kCountry)
        return true;
    return false;
  }

  // What "his counterpart" (candidate k) means when no title before it in the sentence
  // says: the office the article gave the first person named before it ("Russia's
  // Foreign Minister Sergei Lavrov ... Lavrov made the remarks after talks with his
  // Turkish counterpart Hakan Fidan"), "" when it gave none.
  std::string EarlierRole(const SentenceWork& work, const std::vector<int>& person_of,
                          std::size_t k) const {
    for (std::size_t j = 0; j < k; ++j) {
      const Candidate::Kind kind = work.candidates[j].kind;
      if ((kind != Candidate::kPersonName && kind != Candidate::kKnownPerson) ||
          person_of[j] == kNone)
        continue;
      const auto person = static_cast<std::size_t>(person_of[j]);
      for (auto it = holders_.rbegin(); it != holders_.rend(); ++it)
        if (it->person == person) return it->role;
      return "";
    }
    return "";
  }

  // Step 4: official_of from titles around person mentions.
  void ReadRoles(SentenceWork& work, const std::vector<int>& person_of) {
    AnalyzedSentence& s = work.sentence;
    int list_country = kNone;  // "..., foreign minister Sergei Lavrov, ..." continues a list
    std::size_t list_end = 0;  // the token after the name that set it
    std::string first_role;    // what "his counterpart" means in this sentence
    for (std::size_t k = 0; k < work.candidates.size(); ++k) {
      const Candidate& c = work.candidates[k];
      if ((c.kind != Candidate::kPersonName && c.kind != Candidate::kKnownPerson) || c.title < 0 ||
          person_of[k] == kNone)
        continue;
      const auto person = static_cast<std::size_t>(person_of[k]);
      const TitleInfo& title = lex_.titles[static_cast<std::size_t>(c.title)];
      std::string role = title.role;
      // "his Chinese counterpart Xi Jinping" holds the office of the person before it;
      // "his brother Jeb Bush" holds none of his.
      if (title.kind == TitleInfo::kPeer)
        role = first_role.empty() ? EarlierRole(work, person_of, k) : first_role;
      if (title.kind == TitleInfo::kHonorific || title.kind == TitleInfo::kProfession ||
          title.kind == TitleInfo::kRelational || role.empty())
        continue;
      if (first_role.empty()) first_role = role;
      int country = kNone;
      if (c.appositive) {
        country = CountryBeforeTitle(s, c.title_first);
        // "Alvaro Colom, the President of Guatemala"; not "Lula, defended the President
        // of Venezuela": only small words ("the", "its former") or names ("Britain's")
        // between the comma and the title.
        if ((country == kNone || country == kAllianceOffice) &&
            OnlyModifiers(s, c.last + 1, c.title_first)) {
          const int after = CountryAfterTitle(s, c.title_first);
          if (after != kNone) country = after;
        }
      } else {
        country = CountryBeforeTitle(s, c.title_first);
        // "the President of Russia, Vladimir Putin"
        if (country == kNone && c.title_first < c.first && c.first > 0 &&
            s.tokens[c.first - 1].text == ",")
          country = CountryAfterTitle(s, c.title_first);
        // "Presidents Xi Jinping of China and Vladimir Putin of Russia", "U.N.
        // Ambassador Nouhad Mahmoud of Lebanon"
        if ((country == kNone || country == kAllianceOffice) && c.last + 1 < s.tokens.size() &&
            s.tokens[c.last].text == "of") {
          const int of = CountryOf(s, c.last, /*after_title=*/false);
          if (of >= 0) country = of;
        }
      }
      // An alliance's office is not the person's country's, unless the role stands for
      // a country there ("U.N. Ambassador John Bolton"): then whose, as without owner.
      const auto& blocs = lex_.alliance_roles;
      if (std::find(blocs.begin(), blocs.end(), role) != blocs.end()) continue;
      if (country == kAllianceOffice) {
        const auto& own = lex_.representative_roles;
        if (std::find(own.begin(), own.end(), role) == own.end()) continue;
        country = kNone;
      }
      // Whose office a bare title is: the dictionary's country of a known person first,
      // then the list the title continues ("..., foreign minister Sergei Lavrov, ...").
      // Not the other way round: in "Canadian Prime Minister Stephen Harper met with
      // President George W. Bush" the list's country is not Bush's.
      // Nor when another country is named in between: "Biden announced sanctions against
      // Russia over the death of opposition leader Alexei Navalny" is no list.
      // Nor when an acronym we do not know owns the title ("NDA leader Mohammed Osman
      // al-Mirghani", "IADB President Antonio Ortiz Mena").
      if (country == kNone) country = DictionaryCountry(person);
      const auto& international = lex_.international_roles;
      if (country == kNone && !OtherCountryBetween(s, list_end, c.title_first, list_country) &&
          !UnknownOwnerBefore(s, c.title_first) &&
          std::find(international.begin(), international.end(), role) == international.end())
        country = list_country;
      if (country == kNone) continue;
      list_country = country;
      list_end = c.last;
      country_of_person_[person] = static_cast<std::size_t>(country);
      holders_.push_back({person, static_cast<std::size_t>(country), role});
      Relation r;
      r.source = out_.entities[person].id;
      r.type = RelationType::kOfficialOf;
      r.target = out_.entities[static_cast<std::size_t>(country)].id;
      r.role = role;
      r.evidence = {article_id_, s.span, std::string(text_.substr(s.span.begin, s.span.size())), ""};
      out_.official_of.push_back(std::move(r));
    }
  }

  const Lexicon& lex_;
  std::string_view text_;
  const std::string& article_id_;
  std::string_view date_;  // the article's, ISO 8601, or ""
  ResolvedEntities out_;
  std::unordered_map<std::string, std::size_t> by_id_;
  std::vector<std::vector<int>> person_of_;  // [sentence][candidate] -> entity or kNone
  std::vector<ArticlePerson> people_;
  std::unordered_set<std::string> countries_named_;  // ISO codes named anywhere in the window
  std::span<const SentenceWork> window_;              // the window's sentences (Run)
  std::vector<std::pair<std::uint64_t, bool>> institution_answers_;  // see InstitutionName
  std::unordered_map<std::size_t, int> known_of_entity_;  // entity -> Lexicon::people index
  std::unordered_map<std::size_t, std::size_t> country_of_person_;
  struct Holder {
    std::size_t person, country;
    std::string role;
  };
  std::vector<Holder> holders_;  // official_of read so far, in reading order
  std::vector<std::size_t> recent_;  // entities, most recently mentioned first
  int first_person_ = kNone;         // the first person the current sentence names
  int subject_ = kNone;              // ... and of the last sentence that named one
  std::size_t subject_sentence_ = 0;  // (its AnalyzedSentence::index)
  // Entity -> the sentence it was last named in (people only; kNever for the others).
  static constexpr std::size_t kNever = static_cast<std::size_t>(-1);
  std::vector<std::size_t> person_sentence_;
};

}  // namespace

ResolvedEntities ResolveEntities(std::span<SentenceWork> sentences, const Lexicon& lex,
                                 std::string_view text, const std::string& article_id,
                                 std::string_view date) {
  return Resolver(lex, text, article_id, date).Run(sentences);
}

}  // namespace kg
