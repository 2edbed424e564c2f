#include "extract/names.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>

#include "common/levenshtein.h"

namespace kg {
namespace {

// One transliterator per thread: creating one (~13 ms) costs far more than using it
// (~5 us a name).
icu::Transliterator* Folder() {
  thread_local std::unique_ptr<icu::Transliterator> folder = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  return folder.get();
}

// How Latin-ASCII writes the Latin letters that have no canonical decomposition.
std::string_view UndecomposedLatin(UChar32 c) {
  switch (c) {
    case 0xDF: return "ss";    // ß
    case 0x1E9E: return "SS";  // ẞ
    case 0xE6: return "ae";    // æ
    case 0xC6: return "AE";
    case 0xF8: return "o";     // ø
    case 0xD8: return "O";
    case 0x111: return "d";    // đ
    case 0x110: return "D";
    case 0xF0: return "d";     // ð
    case 0xD0: return "D";
    case 0x142: return "l";    // ł
    case 0x141: return "L";
    case 0x153: return "oe";   // œ
    case 0x152: return "OE";
    case 0xFE: return "th";    // þ
    case 0xDE: return "TH";
    case 0x131: return "i";    // ı
    case 0x127: return "h";    // ħ
    case 0x126: return "H";
    case 0x14B: return "n";    // ŋ
    case 0x14A: return "N";
    case 0x167: return "t";    // ŧ
    case 0x166: return "T";
    default: return {};
  }
}

// `name` folded to ASCII letters without ICU's transliterator, whose creation costs
// more than folding every name of a corpus (a fixed cost of every build and thread):
// a letter whose canonical decomposition is an ASCII letter and combining marks (é,
// ğ, ő, ș) folds to that letter, and the few Latin letters without one as above. False
// for anything else (another script, a mark or symbol of its own): the transliterator
// takes those. Equal to it on every letter of U+00C0-U+024F and U+1E00-U+1EFF
// (tests/extract/names_test.cpp).
bool FoldLatin(std::string_view name, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return false;
  out.clear();
  const auto* p = reinterpret_cast<const uint8_t*>(name.data());
  const auto n = static_cast<int32_t>(name.size());
  icu::UnicodeString decomposition;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && c < 0x80) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    if (c < 0 || !u_isalpha(c)) return false;
    if (const std::string_view ascii = UndecomposedLatin(c); !ascii.empty()) {
      out.append(ascii);
      continue;
    }
    if (!nfd->getDecomposition(c, decomposition) || decomposition.length() < 2) return false;
    const char16_t base = decomposition.charAt(0);
    if (!((base >= 'a' && base <= 'z') || (base >= 'A' && base <= 'Z'))) return false;
    for (int32_t k = 1; k < decomposition.length(); ++k)
      if (u_charType(decomposition.charAt(k)) != U_NON_SPACING_MARK) return false;
    out.push_back(static_cast<char>(base));
  }
  return true;
}

}  // namespace

std::string CanonicalSpelling(std::string s) {
  // Applied one after the other, each over the whole word, as a cascade: "yo" -> "e"
  // must happen before "y" -> "i" sees the "y".
  static constexpr std::pair<std::string_view, std::string_view> kRules[] = {
      {"yo", "e"}, {"ye", "e"}, {"iy", "i"}, {"yi", "i"}, {"ij", "i"}, {"y", "i"},
      {"ou", "u"}, {"kh", "h"}, {"ck", "k"}, {"ph", "f"}, {"w", "v"},  {"dzh", "j"},
      {"zh", "j"}, {"ts", "c"}, {"tz", "c"}, {"ss", "s"}, {"ll", "l"}, {"ee", "i"}};
  // This runs for every name compared, so: a rule whose first or last letter the word
  // lacks is skipped, and no replacement is longer than its pattern, so each rule is
  // one in-place pass (matches are found in the text as it was before the pass, left
  // to right, as repeated find-and-replace would find them).
  auto bit = [](char c) { return std::uint32_t{1} << (static_cast<unsigned char>(c) & 31); };
  std::uint32_t letters = 0;
  for (char c : s) letters |= bit(c);
  for (const auto& [from, to] : kRules) {
    if (!(letters & bit(from[0])) || !(letters & bit(from.back()))) continue;
    std::size_t r = s.find(from);
    if (r == std::string::npos) continue;
    std::size_t w = r;
    while (r < s.size()) {
      if (s[r] == from[0] && s.size() - r >= from.size() &&
          std::equal(from.begin() + 1, from.end(), s.begin() + static_cast<std::ptrdiff_t>(r) + 1)) {
        for (char c : to) s[w++] = c;
        r += from.size();
      } else {
        s[w++] = s[r++];
      }
    }
    if (w != s.size()) {
      s.resize(w);
      for (char c : to) letters |= bit(c);
    } else if (from.size() == 1) {
      letters |= bit(to[0]);  // a one-letter rule may have replaced without shrinking
    }
  }
  return s;
}

namespace {

// Whether the edit distance of `a` and `b` is at most `fraction` of the longer one.
// The distance is at least the difference in length, which settles most pairs of a
// resolution block without the quadratic distance.
bool WithinDistance(std::string_view a, std::string_view b, double fraction) {
  const std::size_t longest = std::max(a.size(), b.size());
  if (longest == 0) return true;
  const std::size_t gap = longest - std::min(a.size(), b.size());
  if (static_cast<double>(gap) / static_cast<double>(longest) > fraction) return false;
  return static_cast<double>(EditDistance(a, b)) / static_cast<double>(longest) <= fraction;
}

// The canonical spelling of `raw`: `cached` when AddCanonicalSpellings filled it
// (a non-empty name never has an empty canonical spelling), else spelled into `buffer`.
const std::string& CanonicalOf(const std::string& raw, const std::string& cached,
                               std::string& buffer) {
  if (!cached.empty()) return cached;
  buffer = CanonicalSpelling(raw);
  return buffer;
}

bool GivenCompatible(const NameParts& x, const NameParts& y) {
  const std::string &a = x.given, &b = y.given;
  if (a.empty() || b.empty()) return false;  // a lone surname is not enough
  if (a == b) return true;
  // One is the other's initial: "J. Biden" / "Joe Biden".
  if ((a.size() == 1 && b[0] == a[0]) || (b.size() == 1 && a[0] == b[0])) return true;
  std::string buffer_a, buffer_b;
  const std::string& ca = CanonicalOf(a, x.canonical_given, buffer_a);
  const std::string& cb = CanonicalOf(b, y.canonical_given, buffer_b);
  if (ca == cb) return true;
  return a[0] == b[0] && WithinDistance(ca, cb, 0.2);
}

bool SurnameCompatible(const NameParts& x, const NameParts& y) {
  const std::string &a = x.surname, &b = y.surname;
  if (a == b) return true;
  std::string buffer_a, buffer_b;
  const std::string& ca = CanonicalOf(a, x.canonical_surname, buffer_a);
  const std::string& cb = CanonicalOf(b, y.canonical_surname, buffer_b);
  if (ca == cb) return true;
  return std::min(a.size(), b.size()) >= 5 && a[0] == b[0] &&
         (ca.size() > cb.size() ? ca.size() - cb.size() : cb.size() - ca.size()) <= 1 &&
         EditDistance(ca, cb) <= 1;
}

}  // namespace

namespace {

// Lowercase ASCII letters of `text`, a space for each run of spaces, hyphens and dots.
std::string KeepLetters(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c >= 'a' && c <= 'z') out.push_back(c);
    else if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
    else if ((c == ' ' || c == '-' || c == '.') && !out.empty() && out.back() != ' ')
      out.push_back(' ');
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string FoldName(std::string_view name) {
  // ASCII names (most of them) need no transliteration: skip ICU, which costs
  // microseconds per call.
  if (std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return KeepLetters(name);
  // The same names recur in every article that mentions them ("António Guterres"), so
  // each thread remembers what it transliterated; a memo that grows past 65,536 names
  // (text that is mostly not Latin) starts again.
  thread_local std::unordered_map<std::string, std::string> memo;
  const std::string key(name);
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  std::string raw;
  if (!FoldLatin(name, raw)) {
    raw.clear();
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size()));
    if (icu::Transliterator* t = Folder()) t->transliterate(u);
    else u.toLower();
    u.toUTF8String(raw);
  }
  if (memo.size() >= 65536) memo.clear();
  return memo.emplace(key, KeepLetters(raw)).first->second;
}

std::string Slug(std::string_view name) {
  std::string s = FoldName(name);
  std::replace(s.begin(), s.end(), ' ', '-');
  return s;
}

namespace {

NameParts SplitFolded(const std::string& folded, bool eastern) {
  const auto space = eastern ? folded.find(' ') : folded.rfind(' ');
  NameParts parts;
  if (space == std::string::npos) {
    parts.surname = folded;
  } else if (eastern) {
    parts.given = folded.substr(space + 1);
    parts.surname = folded.substr(0, space);
  } else {
    parts.given = folded.substr(0, space);
    parts.surname = folded.substr(space + 1);
  }
  return parts;
}

}  // namespace

NameParts SplitName(std::string_view name, bool eastern) { return SplitFolded(FoldName(name), eastern); }

std::pair<NameParts, NameParts> SplitNameBothWays(std::string_view name) {
  const std::string folded = FoldName(name);
  return {SplitFolded(folded, false), SplitFolded(folded, true)};
}

void AddCanonicalSpellings(NameParts& parts) {
  parts.canonical_given = CanonicalSpelling(parts.given);
  parts.canonical_surname = CanonicalSpelling(parts.surname);
}

std::size_t EditDistance(std::string_view a, std::string_view b) { return Levenshtein(a, b); }

bool SameNameVariant(const NameParts& a, const NameParts& b) {
  return SurnameCompatible(a, b) && GivenCompatible(a, b);
}

}  // namespace kg
