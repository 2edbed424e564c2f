// Text layer of the extractor: lines, sentences and tokens, all as half-open byte
// spans into the article's original text (offsets never move). Normalisation is
// done per token: a token's `text` is its NFC form with typographic quotes, dashes
// and no-break spaces folded to ASCII ("Putin’s" -> "Putin", "'s"), pointing either
// into the original text (most tokens) or into the sentence's arena.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/schema.h"

namespace kg {

enum TokenFlag : std::uint16_t {
  kWord = 1 << 0,          // letters/digits (may hold inner . ' - as in U.S., O'Neill)
  kPunct = 1 << 1,         // one punctuation character
  kCapitalized = 1 << 2,   // first character is an uppercase letter
  kAllCaps = 1 << 3,       // every letter uppercase and at least two letters
  kHasDigit = 1 << 4,
  kSentenceStart = 1 << 5, // first word token of its sentence
  kPossessive = 1 << 6,    // the "'s" / "'" token after a name
  kSpaceBefore = 1 << 7,   // whitespace precedes the token
};

struct Token {
  Span span;              // original bytes
  std::string_view text;  // normalised form
  std::uint64_t hash = 0;        // of `text`, for one-probe dictionary lookups
  std::uint64_t lower_hash = 0;  // of `text` ASCII-lowercased
  std::uint16_t flags = 0;
  bool Is(TokenFlag f) const { return (flags & f) != 0; }
};

// Lines of `text` (without the line break), empty lines omitted.
std::vector<Span> SplitLines(std::string_view text);

// The length of the dateline that opens an article's first line ("BAHRAIN, Oct 19 - ",
// "KABUL, Afghanistan (AP) — ", "Copenhagen, Denmark - The"), spaces after the dash
// included; 0 when the line opens otherwise. A dateline says where a story was filed,
// not who acted: read as text, "BAHRAIN, Oct 19 - Unidentified jets attacked Iraq"
// makes Bahrain the attacker, and "NORFOLK, Va." or "SALVADOR, Brazil" name countries
// that are not there. Its shape: a place (up to four words in capitals; or up to three
// capitalised words when a capitalised word follows the dash, as in Wikinews), up to
// three comma-separated parts of capitalised words or numbers (state, country, date),
// a source in parentheses, then a dash ("-", "--", en or em dash) and a space.
std::size_t DatelineLength(std::string_view line);

// Splits one line into sentences with ICU's break iterator (en@ss=standard, which
// keeps "Mr. Putin" and "U.S. officials" together). Sentences longer than
// `max_bytes` are cut at a space (or a character boundary) so that the cost of one
// sentence is bounded. Not copyable: holds an ICU break iterator; create one per
// thread.
//
// kWindows gives ICU only the text around each '.', '!' and '?' of a line made of
// ASCII, Latin letters and common punctuation (other lines go whole), and decides the
// commonest windows ("said. The") itself, by UAX #29 with ICU's property data and
// ICU's list of break exceptions ("Mr.") - with the same breaks as kWholeLines, which
// gives ICU every line whole and is the reference.
enum class SplitMode { kWindows, kWholeLines };

class SentenceSplitter {
 public:
  explicit SentenceSplitter(SplitMode mode = SplitMode::kWindows);
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // Appends the sentences of `line` (a span of `text`) to `out`; returns how many
  // were cut for length. `abbreviations`: titles that end in a full stop but rarely
  // end a sentence ("Gen.", "Sen."; Lexicon::abbreviations, from data/english.json),
  // besides ICU's own exceptions: no sentence ends after one.
  std::size_t Split(std::string_view text, Span line, std::size_t max_bytes,
                    std::span<const std::string> abbreviations, std::vector<Span>& out);

 private:
  static std::size_t EmitSentence(std::string_view text, std::size_t b, std::size_t e,
                                  std::size_t max_bytes, std::vector<Span>& out);
  // Appends ICU's breaks inside `window` of `raw` (its ends excluded), as offsets in `raw`.
  void IcuBreaks(std::string_view raw, Span window, std::vector<std::size_t>& breaks);
  // The same for the commonest windows, without ICU; false (nothing appended) for others.
  bool SimpleBreak(std::string_view raw, Span window, std::vector<std::size_t>& breaks) const;
  SplitMode mode_;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Tokenises one sentence. `arena` receives normalised token texts that differ from
// the original bytes; it is reserved up front so the views stay valid.
std::vector<Token> Tokenize(std::string_view text, Span sentence, std::string& arena);
// The same into `tokens` (cleared first), whose capacity a caller may reuse from
// sentence to sentence.
void Tokenize(std::string_view text, Span sentence, std::string& arena, std::vector<Token>& tokens);

// The hashes Token carries (FNV-1a over the bytes; `lower` folds ASCII case first),
// and how PhraseTable chains them over a phrase.
std::uint64_t HashText(std::string_view text, bool lower);
inline std::uint64_t ChainHash(std::uint64_t seed, std::uint64_t token) {
  return (seed ^ token) * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL;
}

// ASCII-lowercased copy (for matching lowercase cue words).
std::string AsciiLower(std::string_view s);

}  // namespace kg
