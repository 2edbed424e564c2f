#include "extract/boilerplate.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include "extract/text.h"

namespace kg {
namespace {

constexpr std::size_t kMaxShortLine = 200;  // longer lines are prose

// Lowercased line with trailing punctuation and spaces trimmed, for whole-line tests,
// written into `buffer` (no allocation per line).
std::string_view Key(std::string_view line, std::array<char, kMaxShortLine>& buffer) {
  std::size_t n = std::min(line.size(), buffer.size());
  for (std::size_t i = 0; i < n; ++i) {
    const char c = line[i];
    buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  while (n > 0 && (buffer[n - 1] == ' ' || buffer[n - 1] == ':' || buffer[n - 1] == '.' ||
                   buffer[n - 1] == '\t'))
    --n;
  return {buffer.data(), n};
}

// A prefix that ends where a word ends: "share on" matches "share on facebook" but
// not "share one ...".
bool StartsWithWord(std::string_view s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  if (s.size() == prefix.size() || prefix.empty()) return true;
  const char next = s[prefix.size()];
  const bool letter = (next >= 'a' && next <= 'z') || (next >= '0' && next <= '9');
  return !letter || !std::isalnum(static_cast<unsigned char>(prefix.back()));
}

// The first four bytes of `s` at `at`, as one integer, and its hash for the filter of
// them: patterns are looked for at each position of a line by one bit test, where a
// two-byte key ("co", "th") hit at every other word.
std::uint32_t QuadAt(std::string_view s, std::size_t at) {
  std::uint32_t quad;
  std::memcpy(&quad, s.data() + at, sizeof quad);
  return quad;
}
std::uint64_t QuadHash(std::uint32_t quad) { return quad * 0x9E3779B97F4A7C15ULL; }

bool StartsWithAnyPrefix(std::string_view key, const BoilerplateRules& rules) {
  if (key.empty()) return false;
  for (std::uint32_t p : rules.prefixes_by_first_byte[static_cast<unsigned char>(key[0])])
    if (StartsWithWord(key, rules.line_prefixes[p])) return true;
  return false;
}

bool ContainsAny(std::string_view key, const BoilerplateRules& rules) {
  for (std::uint32_t p : rules.short_contains)
    if (key.find(rules.line_contains[p]) != std::string_view::npos) return true;
  if (rules.contains_by_quad.empty()) return false;
  for (std::size_t i = 0; i + 4 <= key.size(); ++i) {
    const std::uint32_t quad = QuadAt(key, i);
    if (!rules.contains_first_quads.MayContain(QuadHash(quad))) continue;
    auto it = std::lower_bound(rules.contains_by_quad.begin(), rules.contains_by_quad.end(),
                               std::pair<std::uint32_t, std::uint32_t>(quad, 0));
    for (; it != rules.contains_by_quad.end() && it->first == quad; ++it) {
      const std::string& pattern = rules.line_contains[it->second];
      if (key.compare(i, pattern.size(), pattern) == 0) return true;
    }
  }
  return false;
}

}  // namespace

void BoilerplateRules::BuildIndex() {
  for (auto& list : prefixes_by_first_byte) list.clear();
  for (std::uint32_t p = 0; p < line_prefixes.size(); ++p) {
    if (line_prefixes[p].empty()) continue;
    prefixes_by_first_byte[static_cast<unsigned char>(line_prefixes[p][0])].push_back(p);
  }
  contains_first_quads = HashFilter();
  contains_by_quad.clear();
  short_contains.clear();
  for (std::uint32_t p = 0; p < line_contains.size(); ++p) {
    const std::string& pattern = line_contains[p];
    if (pattern.size() < 4) {
      short_contains.push_back(p);
      continue;
    }
    const std::uint32_t quad = QuadAt(pattern, 0);
    contains_first_quads.Insert(QuadHash(quad));
    contains_by_quad.emplace_back(quad, p);
  }
  std::sort(contains_by_quad.begin(), contains_by_quad.end());
}

std::vector<Span> ContentLines(std::string_view text, const BoilerplateRules& rules,
                               ExtractStats& stats) {
  std::vector<Span> out;
  const std::vector<Span> lines = SplitLines(text);
  std::array<char, kMaxShortLine> buffer;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Span line = lines[i];
    const std::string_view raw = text.substr(line.begin, line.size());
    // Long lines are prose; only short lines can be widgets or headers (cheap, too).
    if (raw.size() > kMaxShortLine) {
      out.push_back(line);
      continue;
    }
    const std::string_view key = Key(raw, buffer);
    const bool header = rules.block_headers.Contains(key);
    if (header && i > 0) {  // a teaser block: the rest of the article is not the article
      for (std::size_t j = i; j < lines.size(); ++j) {
        ++stats.boilerplate_lines;
        stats.boilerplate_bytes += lines[j].size();
      }
      break;
    }
    const bool widget =
        rules.whole_lines.Contains(key) ||
        StartsWithAnyPrefix(key, rules) || ContainsAny(key, rules) ||
        (key.size() > 1 && key[0] == '#' && key.find(' ') == std::string_view::npos);  // "#PhotoOfTheDay"
    if (widget) {
      ++stats.boilerplate_lines;
      stats.boilerplate_bytes += line.size();
      continue;
    }
    out.push_back(line);
  }
  return out;
}

}  // namespace kg
