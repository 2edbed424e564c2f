// Private to extract/: the loaded lexicon tables behind Resources, and the phrase
// table that matches them against token sequences in one pass.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/extraction.h"
#include "extract/hash_index.h"
#include "extract/names.h"
#include "extract/text.h"
#include "extract/word_map.h"

namespace kg {

struct RelationLexicon;  // extract/relation_lexicon.h


enum class EntryKind : std::uint8_t {
  kCountry,       // index into Lexicon::countries
  kAlliance,      // index into Lexicon::alliances
  kPerson,        // index into Lexicon::people
  kOrganization,  // a name that is none of ours; consumes the tokens
  kNotPerson,     // capitalised words that look like a name but are not a person
  kNotCountry,    // a region/place containing a country's name (Inner Mongolia)
};

struct LexEntry {
  EntryKind kind;
  MentionForm form;
  std::uint32_t index;
};

// A dictionary of token sequences. Keys are the normalised texts of the tokens
// joined by one space, as Tokenize produces them for the phrase. Lookups chain the
// hashes each Token already carries, so a token that starts no entry costs one
// integer probe; a hash hit is confirmed against the stored key.
class PhraseTable {
 public:
  // A `lowercase` table matches ASCII-case-insensitively (title cues).
  explicit PhraseTable(bool lowercase = false) : lowercase_(lowercase) {}
  // Adds `phrase` (tokenised here) with `entry`.
  void Add(std::string_view phrase, const LexEntry& entry);
  // Longest entry starting at tokens[i]: returns its length in tokens (0 if none)
  // and points `entries` at its entries.
  std::size_t Match(const std::vector<Token>& tokens, std::size_t i,
                    const std::vector<LexEntry>** entries) const {
    // Inline: most tokens start no entry, and the filter says so in a few instructions.
    const Token& t = tokens[i];
    if (!MayStart(t.text, lowercase_ ? t.lower_hash : t.hash)) return 0;
    return MatchFrom(tokens, i, entries);
  }
  // Whether the single word `word` is an entry (no token vector needed).
  bool MatchWord(std::string_view word, const std::vector<LexEntry>** entries) const;
  // Whether `token` is a one-token entry plus "s" ("Presidents", "ministers"); one bit
  // test for most tokens.
  bool MatchPlural(const Token& token, const std::vector<LexEntry>** entries) const {
    const std::string_view w = token.text;
    if (w.empty() || (w.back() != 's' && w.back() != 'S') ||
        !plural_filter_.MayContain(lowercase_ ? token.lower_hash : token.hash))
      return false;
    return MatchWord(w.substr(0, w.size() - 1), entries);
  }
  // False when neither Match nor MatchPlural can find anything at `token`: two bit
  // tests, for callers that try both at every token.
  bool MayMatch(const Token& token) const {
    const std::uint64_t hash = lowercase_ ? token.lower_hash : token.hash;
    return MayStart(token.text, hash) || plural_filter_.MayContain(hash);
  }
  std::size_t size() const { return size_; }
  // Adds to `starts` what MayMatch may be true for among tokens that start with an
  // ASCII lower-case letter and hold no capital (so that hash == lower_hash): the
  // first words of entries that start that way, and the plurals.
  void AddLowercaseStartsTo(HashFilter& starts) const {
    starts |= small_filter_;
    starts |= plural_filter_;
  }

 private:
  static constexpr std::uint32_t kNoBucket = UINT32_MAX;
  struct Bucket {
    std::string key;  // token texts joined by one space (lowercased in a lowercase table)
    std::vector<LexEntry> entries;
    std::uint32_t next = kNoBucket;  // next bucket with the same phrase hash
  };
  // Match once the first token has passed the filter.
  std::size_t MatchFrom(const std::vector<Token>& tokens, std::size_t i,
                        const std::vector<LexEntry>** entries) const;
  // The entries of the bucket chain `head` (a phrases_ value without kPrefixBit) whose
  // key tokens [first, first + n) spell.
  const std::vector<LexEntry>* FindIn(std::uint32_t head, const std::vector<Token>& tokens,
                                      std::size_t first, std::size_t n) const;
  bool KeyEquals(const std::string& key, const std::vector<Token>& tokens, std::size_t first,
                 std::size_t n) const;

  // A bit per hash slot of every first token: most tokens start no entry, and one
  // bit test says so without touching the hash map. Two bitmaps, because that test is
  // a cache miss when the bitmap is big: words that start in lowercase (most of a
  // text) are tested against a small one (8 KiB, stays in L1) that holds the few
  // entries starting that way, and only the rest against the big one (256 KiB). A
  // lowercase table holds only lowercase keys, so it uses the small one alone.
  bool InSmallFilter(std::string_view first_token) const {
    return lowercase_ || (!first_token.empty() && first_token[0] >= 'a' && first_token[0] <= 'z');
  }
  bool MayStart(std::string_view first_token, std::uint64_t hash) const {
    return InSmallFilter(first_token) ? small_filter_.MayContain(hash) : big_filter_.MayContain(hash);
  }

  bool lowercase_;
  std::size_t size_ = 0;
  HashFilter small_filter_;
  using BigFilter = BitFilter<21>;
  BigFilter big_filter_ = lowercase_ ? BigFilter(BigFilter::Unused{}) : BigFilter();
  // Chained hash of a phrase or of the first tokens of one -> index into buckets_ + 1
  // (0 for a prefix that is no phrase itself), with kPrefixBit when a longer phrase
  // goes on from it: a match walks token by token and stops where no phrase continues
  // ("the" + "government" ends the walk for "the two countries" after one probe),
  // a trie over token hashes.
  static constexpr std::uint32_t kPrefixBit = std::uint32_t{1} << 31;
  HashIndex phrases_;
  // A bit per hash slot of each one-token key + "s"; MatchWord confirms a hit.
  HashFilter plural_filter_;
  std::vector<Bucket> buckets_;
};

struct CountryInfo {
  std::string iso;    // ISO 3166-1 alpha-2, or the ISO 3166-3 code for historical states
  std::string label;  // canonical English name
};

struct AllianceInfo {
  std::string id;     // "nato"
  std::string label;  // "NATO"
  std::vector<std::string> members;      // ISO codes
  std::vector<std::string> descriptors;  // lowercase, e.g. "defence alliance"
};

struct PersonRole {
  std::string role;     // normalised, e.g. "foreign minister"
  std::string country;  // ISO alpha-2 or ""
  std::string from, to; // ISO dates, "" when open
};

struct PersonInfo {
  std::string name;  // canonical display name
  // Computed at load for ASCII names (others need ICU's transliterator, whose creation
  // costs more than the whole dictionary; they are folded on use): the entity id
  // "person:" + Slug(name), and SplitName(name, eastern).
  std::string entity_id;
  NameParts parts;
  std::string country;
  std::vector<PersonRole> roles;
  bool eastern = false;  // surname first (Xi Jinping)
};

struct TitleInfo {
  // kRelational: someone's wife, rival, ally (no office); kPeer: someone's counterpart
  // or colleague, who holds that someone's office elsewhere.
  enum Kind : std::uint8_t { kOffice, kHonorific, kRelational, kPeer, kProfession };
  std::string role;  // normalised role, "" for honorifics
  Kind kind = kOffice;
};

struct BoilerplateRules {
  std::vector<std::string> line_prefixes;  // lowercase
  std::vector<std::string> line_contains;  // lowercase
  WordSet block_headers;  // lowercase, whole line
  WordSet whole_lines;    // lowercase, whole line

  // Filled by BuildIndex() once the lists are loaded, so that a line is compared with
  // the few patterns that could match it rather than with all of them (extract/boilerplate.cpp).
  std::array<std::vector<std::uint32_t>, 256> prefixes_by_first_byte;  // into line_prefixes
  HashFilter contains_first_quads;  // the hashed first four bytes of each line_contains
  std::vector<std::pair<std::uint32_t, std::uint32_t>> contains_by_quad;  // (first four bytes, index), sorted
  std::vector<std::uint32_t> short_contains;        // line_contains of one to three bytes
  void BuildIndex();
};

struct Lexicon {
  std::vector<CountryInfo> countries;
  std::vector<AllianceInfo> alliances;
  std::vector<PersonInfo> people;
  std::vector<TitleInfo> titles;
  PhraseTable names;        // countries, alliances, people, blockers (case-sensitive)
  PhraseTable title_cues{true};   // title phrases -> LexEntry{index into titles}
  PhraseTable descriptors{true};  // alliance descriptors -> alliance index
  PhraseTable groups{true};       // "the two countries": kind kCountry or kPerson, form kGroup
  // A one-word name several states share ("Congo"; countries.json shared_names) -> the
  // states other than the one `names` gives it, which the article may mean instead.
  WordMap<std::vector<std::uint32_t>> shared_country_names;
  // Each single name part of a known person ("Putin", "Xi", "Jinping") -> people.
  WordMap<std::vector<std::uint32_t>> people_by_part;
  WordSet given_names;
  WordSet ambiguous_given_names;
  WordSet female_names, male_names;  // given names of one sex only (given_names.json)
  WordSet word_surnames;             // known surnames that are also common words ("Power", "Banks")
  // Closed-class words and pronouns, without case: one integer probe per token on the
  // hot path, no lowercase copy.
  FoldedWordSet function_words;
  WordSet speech_verbs;    // said, told, added ... (lowercase)
  WordSet name_particles;  // bin, al, de, van, von ...
  WordSet not_name_words;  // capitalised non-names: months, days
  WordSet affiliation_words;  // "Liberal", "Republican": before a name, not part of it
  WordSet time_words;      // the months and days: "Obama Monday" names no institution
  WordSet name_suffixes;   // "Jr.", "II": after a surname, not one
  WordSet conjunctions;    // "and", "or": a new list item or clause starts
  WordSet phrase_breaks;   // "to", "when", "the": no title's modifier, its phrase ends
  std::vector<std::string> abbreviations;  // "Gen.", "Sen.": no sentence ends after one
  // Roles that stand for a country at an alliance ("U.N. Ambassador John Bolton").
  std::vector<std::string> representative_roles;
  // Roles of international organisations: a bare one is not a list's country's
  // ("Secretary-General Kofi Annan" after "Cameroon's President Paul Biya").
  std::vector<std::string> international_roles;
  // Roles that are always a bloc's own office, never a country's ("president of the
  // European Commission"), whoever holds them.
  std::vector<std::string> alliance_roles;
  FoldedWordSet pronouns;  // "he", "she": the last person named
  // Pronouns and titles of one sex ("she", "her", "Mrs", "Queen"; "he", "his", "Mr").
  FoldedWordSet female_words, male_words;
  WordSet state_words;     // "Ministry", "Army": still the state
  BoilerplateRules boilerplate;
  std::shared_ptr<const RelationLexicon> relations;
  // By Token::lower_hash, every word a token in lower case may start a candidate with:
  // the lower-case starts of names, titles (and plurals), descriptors, group phrases,
  // and pronouns. A lower-case word outside it (most of running text) is passed over
  // in one bit test. Filled by IndexLowercaseStarts() once the tables are loaded;
  // until then it passes every word.
  HashFilter lowercase_starts = HashFilter::All();
  void IndexLowercaseStarts();
};

}  // namespace kg
