#include "query/names.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

#include "common/error.h"
#include "common/levenshtein.h"

namespace kg {
namespace {

// Leading words dropped in step 4: articles, honorifics and offices.
constexpr std::array<std::string_view, 26> kTitles = {
    "the",       "mr",      "mrs",        "ms",        "miss",    "dr",     "sir",
    "madam",     "lady",    "lord",       "president", "vice",    "prime",  "minister",
    "foreign",   "premier", "chancellor", "king",      "queen",   "prince", "general",
    "secretary", "pm",      "leader",     "senator",   "governor"};

std::vector<std::string> StripTitles(std::vector<std::string> words) {
  auto is_title = [](const std::string& w) {
    return std::find(kTitles.begin(), kTitles.end(), w) != kTitles.end();
  };
  std::size_t drop = 0;
  while (drop + 1 < words.size() && is_title(words[drop])) ++drop;
  words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(drop));
  return words;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += w;
  return out;
}

std::vector<UChar32> CodePoints(std::string_view s) {
  std::vector<UChar32> out;
  for (int32_t i = 0, n = static_cast<int32_t>(s.size()); i < n;) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    out.push_back(c);
  }
  return out;
}

std::string Describe(const KnowledgeGraph& graph, KnowledgeGraph::NodeId n, bool with_id) {
  const EntityNode& node = graph.node(n);
  return node.label + " (" + std::string(ToString(node.type)) + (with_id ? ", " + node.id : "") +
         ")";
}

// ASCII needs no ICU: decomposition changes nothing and folding is lower-casing.
std::vector<std::string> AsciiWords(std::string_view name) {
  std::vector<std::string> words(1);
  for (char c : name) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      words.back() += c;
    else if (c >= 'A' && c <= 'Z')
      words.back() += static_cast<char>(c - 'A' + 'a');
    else if (!words.back().empty())
      words.emplace_back();
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

}  // namespace

std::vector<std::string> NameWords(std::string_view name) {
  if (std::all_of(name.begin(), name.end(), [](char c) { return (c & 0x80) == 0; }))
    return AsciiWords(name);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  if (U_FAILURE(status)) throw Error("ICU", "no NFKD normalizer");
  icu::UnicodeString text = nfkd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                                name.data(), static_cast<int32_t>(name.size()))),
                                            status);
  if (U_FAILURE(status)) return {};
  text.foldCase();
  std::vector<std::string> words;
  icu::UnicodeString word;
  auto flush = [&] {
    if (word.isEmpty()) return;
    words.emplace_back();
    word.toUTF8String(words.back());
    word.remove();
  };
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    const UChar32 c = text.char32At(i);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;  // the accents NFKD split off
    if (u_isalnum(c)) {
      word.append(c);
    } else {
      flush();
    }
  }
  flush();
  return words;
}

std::string NameKey(std::string_view name) { return Join(NameWords(name)); }

std::size_t NameDistance(std::string_view a, std::string_view b) {
  return Levenshtein(CodePoints(a), CodePoints(b));
}

// Flat vectors sorted by hash, not hash multimaps: built once per load with a few
// allocations, and each name is folded once for its key and its words.
NameIndex::NameIndex(const KnowledgeGraph& graph) : graph_(&graph) {
  std::vector<std::string> words;
  auto add_words = [&](NodeId n) {
    for (const auto& w : words)
      if (w.size() > 4 || CodePoints(w).size() >= 2) Add(kWord, w, n);
  };
  for (NodeId n = 0; n < graph.node_count(); ++n) {
    const EntityNode& node = graph.node(n);
    const bool person = node.type == EntityType::kPerson;
    words = NameWords(node.label);
    Add(kLabel, Join(words), n);  // an empty label is a key too
    if (person) add_words(n);
    for (const auto& alias : node.aliases) {
      words = NameWords(alias);
      if (const std::string key = Join(words); !key.empty()) Add(kAlias, key, n);
      if (person) add_words(n);
    }
    if (const std::string key = NameKey(node.iso); !key.empty()) Add(kAlias, key, n);
    if (const std::string key = NameKey(node.id.substr(node.id.find(':') + 1)); !key.empty())
      Add(kAlias, key, n);
  }
  for (auto& tier : keys_) {
    auto order = [&](const Entry& a, const Entry& b) {
      return std::tie(a.hash, a.node) < std::tie(b.hash, b.node) ||
             (a.hash == b.hash && a.node == b.node && Key(a) < Key(b));
    };
    auto same = [&](const Entry& a, const Entry& b) {
      return a.hash == b.hash && a.node == b.node && Key(a) == Key(b);
    };
    std::sort(tier.begin(), tier.end(), order);
    tier.erase(std::unique(tier.begin(), tier.end(), same), tier.end());
  }
}

void NameIndex::Add(Tier tier, std::string_view key, NodeId n) {
  keys_[tier].push_back({std::hash<std::string_view>{}(key), text_.size(), key.size(), n});
  text_ += key;
}

std::vector<NameIndex::NodeId> NameIndex::Find(Tier tier, const std::string& key) const {
  std::vector<NodeId> out;
  const auto& keys = keys_[tier];
  const std::size_t hash = std::hash<std::string_view>{}(key);
  auto it = std::lower_bound(keys.begin(), keys.end(), hash,
                             [](const Entry& e, std::size_t h) { return e.hash < h; });
  for (; it != keys.end() && it->hash == hash; ++it)
    if (Key(*it) == key) out.push_back(it->node);
  std::sort(out.begin(), out.end(),
            [&](NodeId a, NodeId b) { return graph_->node(a).id < graph_->node(b).id; });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

NameIndex::Match NameIndex::Lookup(std::string_view name) const {
  using Kind = Match::Kind;
  auto match = [](std::vector<NodeId> nodes) {
    return Match{nodes.size() == 1 ? Kind::kFound : Kind::kAmbiguous, std::move(nodes)};
  };
  if (auto n = graph_->FindNode(name)) return {Kind::kFound, {*n}};
  const std::vector<std::string> words = NameWords(name);
  const std::vector<std::string> stripped = StripTitles(words);
  for (const auto* attempt : {&words, &stripped}) {
    for (Tier tier : {kLabel, kAlias})
      if (auto nodes = Find(tier, Join(*attempt)); !nodes.empty()) return match(std::move(nodes));
  }
  if (stripped.size() == 1)
    if (auto nodes = Find(kWord, stripped[0]); !nodes.empty()) return match(std::move(nodes));

  // Unknown: the nearest labels and aliases, at most a third of the name away.
  const std::string key = Join(words);
  if (key.empty()) return {};
  const std::size_t limit = std::max<std::size_t>(2, CodePoints(key).size() / 3);
  std::map<NodeId, std::size_t> best;
  for (Tier tier : {kLabel, kAlias})
    for (const Entry& e : keys_[tier]) {
      const std::size_t d = NameDistance(key, Key(e));
      if (d > limit) continue;
      auto [it, inserted] = best.try_emplace(e.node, d);
      if (!inserted) it->second = std::min(it->second, d);
    }
  std::vector<std::pair<std::size_t, NodeId>> ranked;
  for (const auto& [n, d] : best) ranked.emplace_back(d, n);
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return graph_->node(a.second).label < graph_->node(b.second).label;
  });
  Match out;
  for (std::size_t i = 0; i < ranked.size() && i < 5; ++i) out.nodes.push_back(ranked[i].second);
  return out;
}

NameIndex::NodeId NameIndex::Resolve(std::string_view name) const {
  const Match m = Lookup(name);
  if (m.kind == Match::Kind::kFound) return m.nodes.front();
  std::string list;
  for (NodeId n : m.nodes)
    list += (list.empty() ? "" : ", ") + Describe(*graph_, n, m.kind == Match::Kind::kAmbiguous);
  // Appended, not `"\"" + std::string(name)`: GCC 12 warns falsely (-Wrestrict) on that.
  std::string quoted = "\"";
  quoted.append(name) += '"';
  if (m.kind == Match::Kind::kAmbiguous)
    throw Error("", quoted + " is ambiguous: " + list + "; give the full name or the id");
  if (list.empty()) throw Error("", "unknown entity " + quoted + " (`entities` lists them)");
  throw Error("", "unknown entity " + quoted + "; did you mean: " + list + "?");
}

}  // namespace kg
