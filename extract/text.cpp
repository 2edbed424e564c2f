#include "extract/text.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <string>
#include <unordered_set>

#include "common/error.h"
#include "extract/hash_index.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace kg {
namespace {

// ASCII fast paths: most news text is ASCII, and ICU's property lookups cost a
// function call per character.
bool AsciiAlnum(UChar32 c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return c == 0xFEFF || u_isUWhiteSpace(c) || c == 0x200B;
}
bool IsWordChar(UChar32 c) {
  if (c < 0x80) return AsciiAlnum(c);
  return u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_DIACRITIC) ||
         (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}
bool IsAlpha(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(c);
}
bool IsUpper(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c) || u_istitle(c);
}
bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC; }

// Whether a single quotation mark opened a few tokens back and is still open: the
// apostrophe after "'special" closes it, where "the countries' leaders" is a possessive.
// An opening mark has a space (or nothing) before it; a closing one has none.
bool SingleQuoteOpen(const std::vector<Token>& tokens) {
  for (std::size_t k = tokens.size(), seen = 0; k-- > 0 && seen < 8; ++seen) {
    const Token& t = tokens[k];
    if (!(t.flags & kPunct) || (t.flags & kPossessive) || (t.text != "'" && t.text != "\u2018"))
      continue;
    return k == 0 || (t.flags & kSpaceBefore);
  }
  return false;
}

// FNV-1a, as HashText computes it, one byte a step (Tokenize fuses the steps with its
// scan; SimpleBreak hashes the endings of a text backwards).
constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;
constexpr std::uint64_t FnvStep(std::uint64_t hash, unsigned char c) { return (hash ^ c) * kFnvPrime; }

// Classes of bytes for Tokenize's fast paths: one table load per byte instead of a
// chain of range tests. Bytes from 0x80 on have no class (the general path takes them).
enum ByteClass : std::uint8_t {
  kClassAlnum = 1, kClassLower = 2, kClassUpper = 4, kClassDigit = 8,
  kClassSpace = 16,  // ' ' and \t..\r
  kClassPunct = 32,  // any other ASCII byte but the apostrophe (possessives need a look around)
};
constexpr std::array<std::uint8_t, 256> kByteClasses = [] {
  std::array<std::uint8_t, 256> classes{};
  for (int c = 0; c < 128; ++c) {
    std::uint8_t k = 0;
    if (c >= 'a' && c <= 'z') k = kClassAlnum | kClassLower;
    else if (c >= 'A' && c <= 'Z') k = kClassAlnum | kClassUpper;
    else if (c >= '0' && c <= '9') k = kClassAlnum | kClassDigit;
    else if (c == ' ' || (c >= '\t' && c <= '\r')) k = kClassSpace;
    else if (c != '\'') k = kClassPunct;
    classes[static_cast<std::size_t>(c)] = k;
  }
  return classes;
}();

// Folds one code point of a token's normalised form; returns 0 to keep it as is.
char FoldPunct(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC: case 0x2032:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    default:
      return 0;
  }
}

inline UChar32 Decode(std::string_view s, std::size_t i, std::size_t& next) {
  const auto byte = static_cast<unsigned char>(s[i]);
  if (byte < 0x80) {
    next = i + 1;
    return byte;
  }
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, static_cast<int32_t>(s.size()), c);
  next = static_cast<std::size_t>(pos);
  return c < 0 ? 0xFFFD : c;
}

// The normalised text of [b, e): the original bytes when nothing changes, else a
// folded, NFC copy appended to `arena`.
std::string_view Normalised(std::string_view text, std::size_t b, std::size_t e,
                            std::string& arena, std::size_t arena_budget) {
  const std::string_view raw = text.substr(b, e - b);
  bool ascii = true;
  for (unsigned char ch : raw) ascii &= ch < 0x80;
  if (ascii) return raw;
  std::string folded;
  folded.reserve(raw.size());
  for (std::size_t i = 0, next; i < raw.size(); i = next) {
    const UChar32 c = Decode(raw, i, next);
    if (char f = FoldPunct(c)) folded.push_back(f);
    else folded.append(raw.substr(i, next - i));
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(folded);
    if (nfc->quickCheck(u, status) != UNORM_YES && U_SUCCESS(status)) {
      folded.clear();
      nfc->normalize(u, status).toUTF8String(folded);
    }
  }
  if (folded == raw) return raw;
  // The arena is reserved once for the whole sentence; never reallocate under views.
  if (arena.capacity() < arena_budget && arena.empty()) arena.reserve(arena_budget);
  if (arena.size() + folded.size() > arena.capacity()) return raw;
  const std::size_t at = arena.size();
  arena += folded;
  return std::string_view(arena).substr(at, folded.size());
}

// The shape flags (kWord, kCapitalized, kAllCaps, kHasDigit) of a plain ASCII word
// from `seen`, the union of its bytes' classes: what ShapeFlags gives, without decoding.
inline std::uint16_t AsciiWordFlags(std::string_view raw, std::uint8_t seen) {
  // Arithmetic on the class bits: a chain of ifs compiled to a dozen conditional moves
  // per word.
  static_assert(unsigned{kClassUpper} == unsigned{kCapitalized} &&
                unsigned{kClassDigit} << 1 == unsigned{kHasDigit});
  auto flags = static_cast<std::uint16_t>(kWord | (kByteClasses[static_cast<unsigned char>(raw[0])] & kClassUpper) |
                                          ((seen & kClassDigit) << 1));
  // "d'Estaing", "d'Alema", "l'Aquila": an elided particle glued to a name.
  if (raw.size() > 2 && raw[1] == '\'' && (raw[0] == 'd' || raw[0] == 'l') && raw[2] >= 'A' &&
      raw[2] <= 'Z')
    flags |= kCapitalized;
  if ((seen & (kClassUpper | kClassLower)) == kClassUpper &&
      std::count_if(raw.begin(), raw.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }) >= 2)
    flags |= kAllCaps;  // every letter uppercase, two letters at least
  return flags;
}

std::uint16_t ShapeFlags(std::string_view raw) {
  std::uint16_t flags = kWord;
  int letters = 0, upper = 0;
  bool first = true;
  for (std::size_t i = 0, next; i < raw.size(); i = next) {
    const UChar32 c = Decode(raw, i, next);
    if (c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(c)) flags |= kHasDigit;
    if (IsAlpha(c)) {
      ++letters;
      const bool up = IsUpper(c);
      upper += up;
      if (first && up) flags |= kCapitalized;
    }
    if (first && IsWordChar(c)) first = false;
  }
  if (letters >= 2 && upper == letters) flags |= kAllCaps;
  // "d’Estaing", "d'Érasme": an elided particle glued to a name (see AsciiWordFlags).
  if (!(flags & kCapitalized) && raw.size() > 2 && (raw[0] == 'd' || raw[0] == 'l')) {
    std::size_t at = 1;
    if (raw[1] == '\'')
      at = 2;
    else if (raw.substr(1, 3) == "\u2019")
      at = 4;
    if (at > 1 && at < raw.size()) {
      std::size_t next;
      const UChar32 c = Decode(raw, at, next);
      if (IsAlpha(c) && IsUpper(c)) flags |= kCapitalized;
    }
  }
  return flags;
}

// Does the segment end with an abbreviation that rarely ends a sentence: an
// initialism with inner dots ("U.S.", "U.K.") or one of `titles` ("Mr.", "Gen.")?
bool EndsWithAbbreviation(std::string_view segment, std::span<const std::string> titles) {
  while (!segment.empty() && (segment.back() == ' ' || segment.back() == '\t')) segment.remove_suffix(1);
  const auto space = segment.find_last_of(" \t(\"");
  const std::string_view word = space == std::string_view::npos ? segment : segment.substr(space + 1);
  if (word.size() < 2 || word.back() != '.') return false;
  for (std::string_view t : titles)
    if (word == t) return true;
  // Initialisms ("U.S.") and initials ("J. Adams"): letter-dot pairs only.
  if (word.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < word.size(); i += 2)
    if (!(word[i] >= 'A' && word[i] <= 'Z') || word[i + 1] != '.') return false;
  return true;
}

}  // namespace

std::vector<Span> SplitLines(std::string_view text) {
  std::vector<Span> lines;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t i = text.find('\n', start);  // memchr: lines are long, breaks are few
    if (i == std::string_view::npos) i = text.size();
    std::size_t end = i;
    if (end > start && text[end - 1] == '\r') --end;
    std::size_t b = start;
    for (;;) {  // leading spaces, tabs and no-break spaces
      if (b < end && (text[b] == ' ' || text[b] == '\t')) ++b;
      else if (b + 1 < end && text.compare(b, 2, "\xC2\xA0") == 0) b += 2;
      else break;
    }
    if (b < end) lines.push_back({b, end});
    start = i + 1;
  }
  return lines;
}

namespace {

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

// Whether `part` is 1 to `max_words` words between single spaces, each opening with a
// capital (or, with `numbers`, a digit: "Oct 19"); with `caps`, also no lowercase
// letter. A place has three letters at least: "U.S. - Japan talks" is no dateline.
bool DatelineWords(std::string_view part, std::size_t max_words, bool numbers, bool caps) {
  std::size_t words = 0, letters = 0;
  bool word_start = true;
  for (const char c : part) {
    if (c == ' ') {
      if (word_start) return false;
      word_start = true;
      continue;
    }
    if (word_start) {
      if (++words > max_words || !(IsAsciiUpper(c) || (numbers && c >= '0' && c <= '9')))
        return false;
      word_start = false;
    }
    if (c == ',' || c == '(' || c == ')' || c == '"' || (caps && IsAsciiLower(c))) return false;
    letters += IsAsciiUpper(c) || IsAsciiLower(c);
  }
  return words > 0 && !word_start && (numbers || letters >= 3);
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

std::size_t DatelineLength(std::string_view line) {
  // Datelines are short: the dash comes within the first ~80 bytes.
  constexpr std::size_t kMaxHead = 80;
  // The first dash ("-", "--", en or em dash) followed by a space; one byte test for
  // most positions, as this runs on every article.
  std::size_t dash = 0, after = 0;
  for (std::size_t i = 1; i < line.size() && i <= kMaxHead; ++i) {
    std::size_t length = 0;
    if (line[i] == '-')
      length = i + 1 < line.size() && line[i + 1] == '-' ? 2 : 1;
    else if (line[i] == '\xE2' &&
             (line.compare(i, 3, "\xE2\x80\x93") == 0 || line.compare(i, 3, "\xE2\x80\x94") == 0))
      length = 3;
    if (length > 0 && i + length < line.size() && line[i + length] == ' ') {
      dash = i;
      after = i + length;
      break;
    }
    if (length > 1) i += length - 1;
  }
  if (after == 0) return 0;
  while (after < line.size() && line[after] == ' ') ++after;
  if (after == line.size()) return 0;

  std::string_view head = TrimSpaces(line.substr(0, dash));
  if (!head.empty() && head.back() == ')') {  // the source: "(Reuters)", "(AP)"
    const std::size_t open = head.rfind('(');
    if (open == std::string_view::npos) return 0;
    const std::string_view source = head.substr(open + 1, head.size() - open - 2);
    if (source.empty() || source.size() > 30 || !IsAsciiUpper(source.front())) return 0;
    head = TrimSpaces(head.substr(0, open));
  }
  std::size_t parts = 0;
  std::string_view place;
  for (std::size_t start = 0; start <= head.size();) {
    std::size_t comma = head.find(',', start);
    if (comma == std::string_view::npos) comma = head.size();
    const std::string_view part = TrimSpaces(head.substr(start, comma - start));
    if (parts == 0)
      place = part;
    else if (parts > 3 || !DatelineWords(part, 4, /*numbers=*/true, /*caps=*/false))
      return 0;
    ++parts;
    start = comma + 1;
  }
  // A place in capitals is a dateline's own shape; a capitalised one ("Madrid - Spain
  // today") only before a capitalised word, where an aside ("Poland - a large EU
  // member -") goes on in lower case.
  if (DatelineWords(place, 4, /*numbers=*/false, /*caps=*/true)) return after;
  if (DatelineWords(place, 3, /*numbers=*/false, /*caps=*/false) && IsAsciiUpper(line[after]))
    return after;
  return 0;
}

// Appends [b, e) trimmed of spaces and tabs, cut into pieces of at most `max_bytes`
// (at a space when one is near) so that one huge "sentence" has a bounded cost.
// Returns the number of cuts.
std::size_t SentenceSplitter::EmitSentence(std::string_view text, std::size_t b, std::size_t e,
                                           std::size_t max_bytes, std::vector<Span>& out) {
  std::size_t cut = 0;
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  while (e - b > max_bytes) {
    std::size_t at = b + max_bytes;
    while (at > b && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    std::size_t space = text.rfind(' ', at);
    if (space != std::string_view::npos && space > b + max_bytes / 2) at = space;
    out.push_back({b, at});
    ++cut;
    b = at;
    while (b < e && text[b] == ' ') ++b;
  }
  if (b < e) out.push_back({b, e});
  return cut;
}

namespace {

// The strings after which en@ss=standard takes a sentence break back, as ICU's filtered
// break iterator uses them (filteredbrk.cpp). An exception with a dot inside ("U.S.",
// "Ph.D.") is found backwards by its part up to the first dot ("U.", "Ph."), and from
// there forwards in full; so are the exceptions that share such a part ("U." itself).
// Only the others ("Mr.") are found backwards in full: `full`. A forward match would
// have to go on through the text after the ending, which for SimpleBreak is a space.
struct BreakExceptions {
  std::unordered_set<std::string> full;
  bool spaces = false;  // an exception holds a space: a forward match could cross one
};

}  // namespace

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> breaker;
  std::vector<UChar> units;             // the text given to ICU, in UTF-16
  std::vector<std::uint32_t> offsets;   // byte offset of each unit, then the text's size
  std::vector<Span> windows;            // of the line being split
  std::vector<std::size_t> breaks;      // in the line being split, ascending
  // Re-opened over `units` for every window: a UText of our own is set up in place,
  // where opening a new one allocates and frees one per window.
  UText text = UTEXT_INITIALIZER;
  // For SimpleBreak: the Sentence_Break class of each ASCII character and the break
  // exceptions of en@ss=standard, both read from ICU's data (empty when they cannot be
  // read: every window then goes to ICU).
  std::array<std::uint8_t, 128> sb_class{};
  BreakExceptions exceptions;
  HashFilter exception_filter;  // ReversedHash of every string of `exceptions`
  std::size_t longest_exception = 0;
  Impl() = default;
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  ~Impl() { utext_close(&text); }
};

namespace {

// The FNV-1a hash of `s` read from its last byte back, as SimpleBreak hashes the
// endings of a text.
std::uint64_t ReversedHash(std::string_view s) {
  std::uint64_t h = kFnvOffset;
  for (auto it = s.rbegin(); it != s.rend(); ++it) h = FnvStep(h, static_cast<unsigned char>(*it));
  return h;
}

// en@ss=standard's break exceptions, from the ICU data its break iterator reads them
// from. Empty when the data cannot be read.
BreakExceptions ReadBreakExceptions() {
  std::vector<std::string> list;
  UErrorCode status = U_ZERO_ERROR;
  // The package and keys ICU's filtered break iterator opens for "en".
  UResourceBundle* bundle =
      ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "en", &status);
  UResourceBundle* table = ures_getByKey(bundle, "exceptions", nullptr, &status);
  UResourceBundle* strings = ures_getByKey(table, "SentenceBreak", nullptr, &status);
  while (U_SUCCESS(status) && ures_hasNext(strings)) {
    int32_t length = 0;
    const UChar* units = ures_getNextString(strings, &length, nullptr, &status);
    if (U_FAILURE(status)) break;
    icu::UnicodeString(false, units, length).toUTF8String(list.emplace_back());
  }
  ures_close(strings);
  ures_close(table);
  ures_close(bundle);
  BreakExceptions out;
  if (U_FAILURE(status)) return out;
  std::vector<bool> partial(list.size(), false);
  for (std::size_t i = 0; i < list.size(); ++i) {
    out.spaces |= list[i].find(' ') != std::string::npos;
    const std::size_t dot = list[i].find('.');
    if (dot == std::string::npos || dot + 1 == list[i].size()) continue;
    for (std::size_t j = 0; j < list.size(); ++j)
      if (list[j].compare(0, dot + 1, list[i], 0, dot + 1) == 0) partial[j] = true;
  }
  for (std::size_t i = 0; i < list.size(); ++i)
    if (!partial[i] && !list[i].empty()) out.full.insert(list[i]);
  return out;
}

}  // namespace

SentenceSplitter::SentenceSplitter(SplitMode mode) : mode_(mode), impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->breaker.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status) || !impl_->breaker)
    throw Error("ICU", std::string("cannot create sentence break iterator: ") + u_errorName(status));
  for (UChar32 c = 0; c < 0x80; ++c)
    impl_->sb_class[static_cast<std::size_t>(c)] =
        static_cast<std::uint8_t>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
  impl_->exceptions = ReadBreakExceptions();
  for (const std::string& e : impl_->exceptions.full) {
    impl_->exception_filter.Insert(ReversedHash(e));
    impl_->longest_exception = std::max(impl_->longest_exception, e.size());
  }
}

SentenceSplitter::~SentenceSplitter() = default;

namespace {

// The first position from `pos` on of a byte that the line scans below must look at:
// a sentence terminator (. ! ?), a control character (tab included) or any byte of a
// non-ASCII character; line.size() when there is none. With SSE2 (part of x86-64) it
// tests 16 bytes at a time: news lines are long runs of plain ASCII between them.
std::size_t NextNotPlain(std::string_view line, std::size_t pos) {
#ifdef __SSE2__
  for (; pos + 16 <= line.size(); pos += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + pos));
    // Signed: controls and every byte >= 0x80 are below 0x20.
    __m128i stop = _mm_cmplt_epi8(bytes, _mm_set1_epi8(0x20));
    stop = _mm_or_si128(stop, _mm_cmpeq_epi8(bytes, _mm_set1_epi8('.')));
    stop = _mm_or_si128(stop, _mm_cmpeq_epi8(bytes, _mm_set1_epi8('!')));
    stop = _mm_or_si128(stop, _mm_cmpeq_epi8(bytes, _mm_set1_epi8('?')));
    if (const auto mask = static_cast<unsigned>(_mm_movemask_epi8(stop)))
      return pos + static_cast<std::size_t>(std::countr_zero(mask));
  }
#endif
  for (; pos < line.size(); ++pos) {
    const auto c = static_cast<unsigned char>(line[pos]);
    if (c < 0x20 || c >= 0x80 || c == '.' || c == '!' || c == '?') return pos;
  }
  return pos;
}

// Whether ICU could only return `line` whole: plain ASCII (no control characters but
// tab) whose only sentence terminators (. ! ?) are in its trailing run of terminators,
// closing quotes and brackets. A break needs a terminator (or a paragraph separator)
// before it, so such a line is one sentence; headlines, bylines and most one-sentence
// paragraphs of news are, and skip the break iterator.
bool OneSentenceLine(std::string_view line) {
  std::size_t end = line.size();
  while (end > 0) {
    const char c = line[end - 1];
    if (c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ']' ||
        c == ' ' || c == '\t')
      --end;
    else
      break;
  }
  for (std::size_t i = 0; (i = NextNotPlain(line, i)) < line.size(); ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    if (c >= 0x80 || (c < 0x20 && c != '\t')) return false;
    if (i < end && (c == '.' || c == '!' || c == '?')) return false;
  }
  return true;
}

}  // namespace

namespace {

// Non-ASCII characters of news copy that are neither sentence terminators nor
// separators nor marks (Extend, Format): Latin letters, no-break space, quotation
// marks, dashes, the ellipsis.
bool WindowSafe(UChar32 c) {
  return (c >= 0xA0 && c <= 0x24F && c != 0xAD) || (c >= 0x2010 && c <= 0x2022) || c == 0x2026;
}

bool IsLetterAt(std::string_view line, std::size_t i, std::size_t& next) {
  const auto byte = static_cast<unsigned char>(line[i]);
  if (byte < 0x80) {
    next = i + 1;
    return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z');
  }
  const UChar32 c = Decode(line, i, next);
  return c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7;
}

// If the run of terminators at `t` cannot break the line inside it, where the run ends;
// else 0. UAX #29 decides these without the text around them, and the ss=standard
// exceptions only ever remove breaks: a run followed by closing quotes or brackets and
// spaces up to the end of the line breaks only there, at the line's end; a run of
// dots followed by spaces and a lower-case letter does not break (rule SB8: "e.g. the",
// "U.S. officials"), nor one dot followed by a digit (SB6: "3.5"). Most terminators of
// news are one of these, or end sentences and go to ICU.
std::size_t RunWithoutBreak(std::string_view line, std::size_t t) {
  const std::size_t n = line.size();
  bool dots = true;
  std::size_t r = t;
  for (; r < n && (line[r] == '.' || line[r] == '!' || line[r] == '?'); ++r) dots &= line[r] == '.';
  if (dots && r == t + 1 && r < n && line[r] >= '0' && line[r] <= '9') return r;
  std::size_t after = r;
  while (after < n && (line[after] == '"' || line[after] == '\'' || line[after] == ')' || line[after] == ']'))
    ++after;
  while (after < n && (line[after] == ' ' || line[after] == '\t')) ++after;
  if (after == n) return r;
  if (dots && line[after] >= 'a' && line[after] <= 'z') return r;
  return 0;
}

// The windows of `line` that hold all of its sentence breaks, merged where they
// overlap: from the start of the second word before a terminator ('.', '!', '?') to
// the first letter after it, inclusive. The rules that decide a break look no
// further: the letter case around the terminator (UAX #29 rules SB7, SB8: "U.S. city",
// "e.g. the"), the closing punctuation and spaces after it, and, for the ss=standard
// exceptions, the abbreviation before it ("Mr."). That holds when every character is
// ASCII (no control character but tab) or WindowSafe, so that every break follows an
// ASCII terminator; false for any other line, which ICU must see whole.
//
// Linear in the line's length whatever it holds ("....." over a megabyte): the scans
// back stop at the previous window, and terminators before the letter that ends the
// previous window share that window's end.
bool BreakWindows(std::string_view line, std::vector<Span>& windows) {
  windows.clear();
  std::size_t letter = 0;  // where the letter that ends the last window starts
  for (std::size_t t = 0, next; (t = NextNotPlain(line, t)) < line.size(); t = next) {
    const auto byte = static_cast<unsigned char>(line[t]);
    next = t + 1;
    if (byte >= 0x80) {
      if (!WindowSafe(Decode(line, t, next))) return false;
      continue;
    }
    if (byte < 0x20 && byte != '\t') return false;
    if (byte != '.' && byte != '!' && byte != '?') continue;
    if (!windows.empty() && t < letter) continue;  // inside the last window, same end
    if (const std::size_t run_end = RunWithoutBreak(line, t)) {
      next = run_end;
      continue;
    }
    const std::size_t floor = windows.empty() ? 0 : windows.back().end;
    std::size_t b = t;
    for (int words = 0; words < 2; ++words) {
      while (b > floor && (line[b - 1] == ' ' || line[b - 1] == '\t')) --b;
      while (b > floor && line[b - 1] != ' ' && line[b - 1] != '\t') --b;
    }
    std::size_t e = t + 1, after = e;
    while (e < line.size() && !IsLetterAt(line, e, after)) e = after;
    letter = e;
    if (e < line.size()) e = after;  // the letter itself
    if (!windows.empty() && b <= windows.back().end) {
      windows.back().end = std::max(windows.back().end, e);
    } else {
      windows.push_back({b, e});
    }
  }
  return true;
}

}  // namespace

// Decides the window the commonest way a news sentence ends, without ICU: one run of
// terminators, then closing quotes or brackets, at least one space, opening ones, and
// an ASCII capital: "said on Tuesday. The", "he said.\" The", "the U.S. The". By
// UAX #29 that is one break, after the spaces: SB7 needs the capital right after the
// '.', SB8 a lower-case letter, SB8a a comma-like character or terminator, and no
// other terminator in the window can break (only dots right before a letter or digit
// may be there). en@ss=standard then takes the break back when the text before it
// (less one space) ends with one of its `full` exceptions (after a tab the text ends
// with the tab, as no exception does); the others would have to go on forwards across
// the space. Any such ending, or any other shape of window, is left to ICU (false).
// The classes come from ICU's own property data; tests/extract/text_test.cpp compares
// the result with ICU over whole lines, so a later ICU that changes the rules fails
// there rather than in silence.
bool SentenceSplitter::SimpleBreak(std::string_view raw, Span window,
                                   std::vector<std::size_t>& breaks) const {
  const Impl& d = *impl_;
  if (d.exceptions.full.empty() || d.exceptions.spaces) return false;
  auto sb = [&](std::size_t i) -> int {
    const auto c = static_cast<unsigned char>(raw[i]);
    return c < 0x80 ? d.sb_class[c] : -1;  // -1: not ASCII, not decided here
  };
  auto terminator = [](char c) { return c == '.' || c == '!' || c == '?'; };
  // A '.' right before a digit (SB6: "3.5"), a lower-case letter (SB8: "e.g") or,
  // after a letter, a capital (SB7: "U.S") never breaks: the run that may is the first
  // other terminator. ("1.No" breaks: SB7 wants a letter before the dot.)
  auto letter = [&](std::size_t k) { return sb(k) == U_SB_UPPER || sb(k) == U_SB_LOWER; };
  auto inner_dot = [&](std::size_t k) {
    if (raw[k] != '.' || k + 1 >= window.end) return false;
    const int next = sb(k + 1);
    return next == U_SB_NUMERIC || next == U_SB_LOWER ||
           (next == U_SB_UPPER && k > window.begin && letter(k - 1));
  };
  std::size_t t = window.begin;
  while (t < window.end && (!terminator(raw[t]) || inner_dot(t))) ++t;
  if (t == window.end) return false;
  std::size_t i = t;
  while (i < window.end && terminator(raw[i])) ++i;
  for (std::size_t j = i; j < window.end; ++j)
    if (terminator(raw[j])) return false;  // a second run: ICU
  while (i < window.end && sb(i) == U_SB_CLOSE) ++i;
  const std::size_t spaces = i;
  while (i < window.end && sb(i) == U_SB_SP) ++i;
  if (i == spaces) return false;
  const std::size_t at = i;  // the break, if any
  while (i < window.end && sb(i) == U_SB_CLOSE) ++i;
  if (i >= window.end || sb(i) != U_SB_UPPER) return false;
  // ICU's exception check: back from the break, past one space. Every ending of the
  // text is hashed in one backward pass and tested against a filter; only a hit is
  // looked up.
  const std::size_t end = raw[at - 1] == ' ' ? at - 1 : at;
  std::uint64_t h = kFnvOffset;
  for (std::size_t length = 1; length <= d.longest_exception && length <= end; ++length) {
    h = FnvStep(h, static_cast<unsigned char>(raw[end - length]));
    if (d.exception_filter.MayContain(h) &&
        d.exceptions.full.contains(std::string(raw.substr(end - length, length))))
      return false;
  }
  breaks.push_back(at);
  return true;
}

void SentenceSplitter::IcuBreaks(std::string_view raw, Span window, std::vector<std::size_t>& breaks) {
  // ICU walks UTF-16 several times faster than UTF-8 text, so the text is converted
  // once, remembering the byte offset of every UTF-16 unit to map breaks back.
  const std::string_view part = raw.substr(window.begin, window.size());
  auto& units = impl_->units;
  auto& offsets = impl_->offsets;
  // At most as many UTF-16 units as bytes: size once, then write in place.
  units.resize(part.size());
  offsets.resize(part.size() + 1);
  std::size_t n = 0;
  for (std::size_t i = 0, next; i < part.size(); i = next) {
    if (const auto byte = static_cast<unsigned char>(part[i]); byte < 0x80) {
      units[n] = byte;
      offsets[n++] = static_cast<std::uint32_t>(i);
      next = i + 1;
      continue;
    }
    const UChar32 c = Decode(part, i, next);
    if (c <= 0xFFFF) {
      units[n] = static_cast<UChar>(c);
      offsets[n++] = static_cast<std::uint32_t>(i);
    } else {
      units[n] = U16_LEAD(c);
      offsets[n++] = static_cast<std::uint32_t>(i);
      units[n] = U16_TRAIL(c);
      offsets[n++] = static_cast<std::uint32_t>(i);
    }
  }
  units.resize(n);
  offsets[n] = static_cast<std::uint32_t>(part.size());
  offsets.resize(n + 1);
  UErrorCode status = U_ZERO_ERROR;
  UText* ut =
      utext_openUChars(&impl_->text, units.data(), static_cast<int64_t>(units.size()), &status);
  if (U_FAILURE(status)) return;  // no breaks: the text stays one sentence
  impl_->breaker->setText(ut, status);
  if (U_SUCCESS(status)) {
    impl_->breaker->first();
    for (int32_t unit = impl_->breaker->next(); unit != icu::BreakIterator::DONE;
         unit = impl_->breaker->next()) {
      const std::size_t at = offsets[static_cast<std::size_t>(unit)];
      if (at > 0 && at < part.size()) breaks.push_back(window.begin + at);  // not the ends
    }
  }
}

std::size_t SentenceSplitter::Split(std::string_view text, Span line, std::size_t max_bytes,
                                    std::span<const std::string> abbreviations,
                                    std::vector<Span>& out) {
  const std::string_view raw = text.substr(line.begin, line.size());
  if (OneSentenceLine(raw)) return EmitSentence(text, line.begin, line.end, max_bytes, out);
  // ICU costs ~50 instructions a character: a line it can only split after '.', '!'
  // or '?' is given to it in windows around those, which hold a fifth of the text
  // (the windowed and whole-line results are compared in tests/extract/text_test.cpp).
  auto& breaks = impl_->breaks;
  breaks.clear();
  if (mode_ == SplitMode::kWindows && BreakWindows(raw, impl_->windows)) {
    for (const Span& w : impl_->windows)
      if (!SimpleBreak(raw, w, breaks)) IcuBreaks(raw, w, breaks);
  } else {
    IcuBreaks(raw, {0, raw.size()}, breaks);
  }
  std::size_t cut = 0, prev = 0;
  for (const std::size_t next : breaks) {
    if (EndsWithAbbreviation(raw.substr(prev, next - prev), abbreviations))
      continue;  // "U.S. Secretary of State": ICU breaks there, a reader does not
    cut += EmitSentence(text, line.begin + prev, line.begin + next, max_bytes, out);
    prev = next;
  }
  cut += EmitSentence(text, line.begin + prev, line.end, max_bytes, out);
  return cut;
}

std::vector<Token> Tokenize(std::string_view text, Span sentence, std::string& arena) {
  std::vector<Token> tokens;
  Tokenize(text, sentence, arena, tokens);
  return tokens;
}

void Tokenize(std::string_view text, Span sentence, std::string& arena, std::vector<Token>& tokens) {
  tokens.clear();
  // News text averages a token per 5.2 bytes: a quarter of the bytes leaves room
  // for most sentences without a reallocation.
  tokens.reserve(sentence.size() / 4 + 8);
  // The arena is reserved on first use (most sentences never need it), once, so the
  // views into it stay valid.
  const std::size_t arena_budget = arena.size() + sentence.size() * 2 + 16;
  bool space_before = true, seen_word = false;
  std::size_t i = sentence.begin;
  const std::size_t end = sentence.end;
  auto push = [&](std::size_t b, std::size_t e, std::uint16_t flags) {
    if (space_before) flags |= kSpaceBefore;
    if ((flags & kWord) && !seen_word) {
      flags |= kSentenceStart;
      seen_word = true;
    }
    const std::string_view norm = Normalised(text, b, e, arena, arena_budget);
    tokens.push_back({{b, e}, norm, HashText(norm, false), HashText(norm, true), flags});
    space_before = false;
  };
  // A plain ASCII word [b, e) with the FNV hash of its bytes and the union of their
  // classes: no decoding, no second pass but for the lower-case hash of a word with a
  // capital.
  auto push_ascii_word = [&](std::size_t b, std::size_t e, std::uint64_t hash, std::uint8_t seen) {
    const std::string_view raw = text.substr(b, e - b);
    static_assert(unsigned{kSpaceBefore} == 1u << 7 && unsigned{kSentenceStart} == 1u << 5);
    const auto flags = static_cast<std::uint16_t>(AsciiWordFlags(raw, seen) |
                                                  (static_cast<unsigned>(space_before) << 7) |
                                                  (static_cast<unsigned>(!seen_word) << 5));
    seen_word = true;
    tokens.push_back({{b, e}, raw, hash, (seen & kClassUpper) ? HashText(raw, true) : hash, flags});
    space_before = false;
  };
  // Words the fast path below left (inner dots and apostrophes, non-ASCII letters):
  // ASCII in one pass, anything else through Normalised, ShapeFlags, HashText.
  auto push_word = [&](std::size_t b, std::size_t e) {
    const std::string_view raw = text.substr(b, e - b);
    std::uint64_t hash = kFnvOffset;
    std::uint8_t seen = 0;
    for (const char ch : raw) {
      const auto c = static_cast<unsigned char>(ch);
      if (c >= 0x80) {
        push(b, e, ShapeFlags(raw));
        return;
      }
      hash = FnvStep(hash, c);
      seen |= kByteClasses[c];
    }
    push_ascii_word(b, e, hash, seen);
  };
  const std::string_view s = text.substr(0, end);
  while (i < end) {
    // ASCII fast paths (most of news text): spaces, one-byte punctuation, and words
    // that end at a byte that cannot continue them, scanned and hashed in one pass.
    if (const auto byte = static_cast<unsigned char>(s[i]); byte < 0x80) {
      const std::uint8_t cls = kByteClasses[byte];
      if (cls & kClassSpace) {
        space_before = true;
        ++i;
        continue;
      }
      if (cls & kClassPunct) {
        const std::uint64_t hash = FnvStep(kFnvOffset, byte);
        const auto flags = static_cast<std::uint16_t>(kPunct | (space_before ? kSpaceBefore : 0));
        tokens.push_back({{i, i + 1}, s.substr(i, 1), hash, hash, flags});
        space_before = false;
        ++i;
        continue;
      }
      if (cls & kClassAlnum) {
        std::uint64_t hash = kFnvOffset;
        std::uint8_t seen = 0;  // union of the word's byte classes
        std::size_t e = i;
        for (; e < end; ++e) {
          const auto c = static_cast<unsigned char>(s[e]);
          const std::uint8_t k = kByteClasses[c];
          if (!(k & kClassAlnum)) break;
          hash = FnvStep(hash, c);
          seen |= k;
        }
        // The general path below goes on past a non-ASCII letter, an apostrophe
        // (O'Neill, Putin's) and the dots of U.S. and J. (short words only).
        const auto stop = e < end ? static_cast<unsigned char>(s[e]) : ' ';
        if (stop < 0x80 && stop != '\'' && !(stop == '.' && e - i <= 3)) {
          push_ascii_word(i, e, hash, seen);
          i = e;
          continue;
        }
      }
    }
    std::size_t next;
    const UChar32 c = Decode(s, i, next);
    if (IsSpace(c) || c == 0xFFFD) {
      space_before = true;
      i = next;
      continue;
    }
    if (IsApostrophe(c) && !tokens.empty() && !space_before && (tokens.back().flags & kWord)) {
      // Possessive: "Putin's", "Putin’s", "countries'".
      std::size_t after;
      const UChar32 n = next < end ? Decode(s, next, after) : 0;
      if (n == 's' || n == 'S') {
        std::size_t after2;
        const UChar32 n2 = after < end ? Decode(s, after, after2) : 0;
        if (!IsWordChar(n2)) {
          push(i, after, kPunct | kPossessive);
          i = after;
          continue;
        }
      } else if (!IsWordChar(n) && !SingleQuoteOpen(tokens)) {
        push(i, next, kPunct | kPossessive);
        i = next;
        continue;
      }
    }
    if (!IsWordChar(c)) {
      push(i, next, kPunct);
      i = next;
      continue;
    }
    // A word: letters, digits, marks; inner apostrophes (O'Neill) and inner dots of
    // abbreviations (U.S., U.K.) stay inside, with the final dot of such a word.
    std::size_t b = i, e = next;
    bool inner_dot = false;
    while (e < end) {
      if (const auto byte = static_cast<unsigned char>(s[e]); byte < 0x80 && AsciiAlnum(byte)) {
        ++e;  // ASCII letters and digits: most of a word, no decoding
        continue;
      }
      std::size_t n1;
      const UChar32 d = Decode(s, e, n1);
      if (IsWordChar(d)) {
        e = n1;
        continue;
      }
      std::size_t n2 = n1;
      const UChar32 d2 = n1 < end ? Decode(s, n1, n2) : 0;
      if (d == '.' && IsAlpha(d2) && (e - b) <= 3) {
        inner_dot = true;
        e = n1;
        continue;
      }
      if (IsApostrophe(d) && IsAlpha(d2)) {
        // "'s" before a non-word character is a possessive, not part of the word.
        bool possessive = false;
        if (d2 == 's' || d2 == 'S') {
          std::size_t n3;
          possessive = !IsWordChar(n2 < end ? Decode(s, n2, n3) : 0);
        }
        if (!possessive) {
          e = n1;
          continue;
        }
      }
      break;
    }
    // Keep the final dot of U.S. / U.K. and of a single-letter initial ("J.").
    if (e < end && text[e] == '.') {
      const bool initial = (e - b) == 1 && IsUpper(c);
      if (inner_dot || initial) ++e;
    }
    push_word(b, e);
    i = e;
  }
}

std::uint64_t HashText(std::string_view text, bool lower) {
  std::uint64_t h = kFnvOffset;
  for (char ch : text) {
    if (lower && ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    h = FnvStep(h, static_cast<unsigned char>(ch));
  }
  return h;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace kg
