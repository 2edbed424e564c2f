#include "extract/text.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <cassert>

#include "common/error.h"

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

UChar32 Decode(std::string_view s, std::size_t i, std::size_t& next) {
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
                            std::string& arena) {
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
  // The arena was reserved for the whole sentence; never reallocate under views.
  if (arena.size() + folded.size() > arena.capacity()) return raw;
  const std::size_t at = arena.size();
  arena += folded;
  return std::string_view(arena).substr(at, folded.size());
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
  return flags;
}

// Does the segment end with an abbreviation that rarely ends a sentence: an
// initialism with inner dots ("U.S.", "U.K.") or a title ("Mr.", "Gen.")?
bool EndsWithAbbreviation(std::string_view segment) {
  while (!segment.empty() && (segment.back() == ' ' || segment.back() == '\t')) segment.remove_suffix(1);
  const auto space = segment.find_last_of(" \t(\"");
  const std::string_view word = space == std::string_view::npos ? segment : segment.substr(space + 1);
  if (word.size() < 2 || word.back() != '.') return false;
  static constexpr std::string_view kTitles[] = {"Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.",
                                                 "Gov.", "Lt.", "Col.", "Maj.", "Capt.", "Prof.",
                                                 "St.", "Adm.", "Sgt.", "Pres.", "Amb.", "Rev."};
  for (std::string_view t : kTitles)
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
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n') continue;
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

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> breaker;
};

SentenceSplitter::SentenceSplitter() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->breaker.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status) || !impl_->breaker)
    throw Error("ICU", std::string("cannot create sentence break iterator: ") + u_errorName(status));
}

SentenceSplitter::~SentenceSplitter() = default;

std::size_t SentenceSplitter::Split(std::string_view text, Span line, std::size_t max_bytes,
                                    std::vector<Span>& out) {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data() + line.begin,
                             static_cast<int64_t>(line.size()), &status);
  if (U_FAILURE(status)) return 0;
  impl_->breaker->setText(ut, status);
  std::size_t cut = 0;
  auto emit = [&](std::size_t b, std::size_t e) {
    while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
    while (e - b > max_bytes) {  // bounded cost for one huge "sentence"
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
  };
  int32_t prev = impl_->breaker->first();
  for (int32_t next = impl_->breaker->next(); next != icu::BreakIterator::DONE;
       next = impl_->breaker->next()) {
    if (EndsWithAbbreviation(text.substr(line.begin + prev, next - prev)) &&
        static_cast<std::size_t>(next) < line.size())
      continue;  // "U.S. Secretary of State": ICU breaks there, a reader does not
    emit(line.begin + prev, line.begin + next);
    prev = next;
  }
  if (static_cast<std::size_t>(prev) < line.size()) emit(line.begin + prev, line.end);
  utext_close(ut);
  return cut;
}

std::vector<Token> Tokenize(std::string_view text, Span sentence, std::string& arena) {
  std::vector<Token> tokens;
  tokens.reserve(sentence.size() / 5 + 4);
  if (arena.capacity() < arena.size() + sentence.size() * 2 + 16)
    arena.reserve(arena.size() + sentence.size() * 2 + 16);
  bool space_before = true, seen_word = false;
  std::size_t i = sentence.begin;
  const std::size_t end = sentence.end;
  auto push = [&](std::size_t b, std::size_t e, std::uint16_t flags) {
    if (space_before) flags |= kSpaceBefore;
    if ((flags & kWord) && !seen_word) {
      flags |= kSentenceStart;
      seen_word = true;
    }
    const std::string_view norm = Normalised(text, b, e, arena);
    tokens.push_back({{b, e}, norm, HashText(norm, false), HashText(norm, true), flags});
    space_before = false;
  };
  const std::string_view s = text.substr(0, end);
  while (i < end) {
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
      } else if (!IsWordChar(n)) {
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
    push(b, e, ShapeFlags(text.substr(b, e - b)));
    i = e;
  }
  return tokens;
}

std::uint64_t HashText(std::string_view text, bool lower) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char ch : text) {
    if (lower && ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    h = (h ^ static_cast<unsigned char>(ch)) * 0x100000001b3ULL;
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
