#include "extract/boilerplate.h"

#include <algorithm>
#include <cctype>

#include "extract/text.h"

namespace kg {
namespace {

// Lowercased line with trailing punctuation and spaces trimmed, for whole-line tests.
std::string Key(std::string_view line) {
  std::string key = AsciiLower(line);
  while (!key.empty() && (key.back() == ' ' || key.back() == ':' || key.back() == '.' ||
                          key.back() == '\t'))
    key.pop_back();
  return key;
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

}  // namespace

std::vector<Span> ContentLines(std::string_view text, const BoilerplateRules& rules,
                               ExtractStats& stats) {
  std::vector<Span> out;
  const std::vector<Span> lines = SplitLines(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Span line = lines[i];
    const std::string_view raw = text.substr(line.begin, line.size());
    // Long lines are prose; only short lines can be widgets or headers (cheap, too).
    if (raw.size() > 200) {
      out.push_back(line);
      continue;
    }
    const std::string key = Key(raw);
    const bool header = rules.block_headers.count(key) > 0;
    if (header && i > 0) {  // a teaser block: the rest of the article is not the article
      for (std::size_t j = i; j < lines.size(); ++j) {
        ++stats.boilerplate_lines;
        stats.boilerplate_bytes += lines[j].size();
      }
      break;
    }
    const bool widget =
        rules.whole_lines.count(key) > 0 ||
        std::any_of(rules.line_prefixes.begin(), rules.line_prefixes.end(),
                    [&](const std::string& p) { return StartsWithWord(key, p); }) ||
        std::any_of(rules.line_contains.begin(), rules.line_contains.end(),
                    [&](const std::string& p) { return key.find(p) != std::string::npos; }) ||
        (key.size() > 1 && key[0] == '#' && key.find(' ') == std::string::npos);  // "#PhotoOfTheDay"
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
