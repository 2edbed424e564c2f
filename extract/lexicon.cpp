#include "extract/lexicon.h"

#include <algorithm>
#include <bit>
#include <array>

namespace kg {

std::string_view ToString(MentionForm f) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "name", "demonym", "metonym", "descriptor", "partial", "pronoun", "group"};
  return kNames[static_cast<int>(f)];
}

namespace {

void AppendKey(std::string& key, std::string_view token, bool lowercase) {
  if (!key.empty()) key.push_back(' ');
  if (!lowercase) {
    key.append(token);
    return;
  }
  for (char c : token) key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
}

}  // namespace

void PhraseTable::Add(std::string_view phrase, const LexEntry& entry) {
  std::string arena;
  const std::vector<Token> tokens = Tokenize(phrase, {0, phrase.size()}, arena);
  if (tokens.empty() || tokens.size() > 32) return;
  std::string key;
  std::uint64_t hash = 0;
  for (const Token& t : tokens) {
    AppendKey(key, t.text, lowercase_);
    hash = ChainHash(hash, lowercase_ ? t.lower_hash : t.hash);
  }
  auto& buckets = buckets_[hash];
  auto bucket = std::find_if(buckets.begin(), buckets.end(), [&](const Bucket& b) { return b.key == key; });
  if (bucket == buckets.end()) {
    buckets.push_back({key, {}});
    bucket = buckets.end() - 1;
    ++size_;
  }
  auto& list = bucket->entries;
  const bool dup = std::any_of(list.begin(), list.end(), [&](const LexEntry& e) {
    return e.kind == entry.kind && e.index == entry.index && e.form == entry.form;
  });
  if (!dup) list.push_back(entry);
  const std::uint64_t first = lowercase_ ? tokens.front().lower_hash : tokens.front().hash;
  const std::uint64_t slot = first >> (64 - kFilterBits);
  filter_[slot >> 6] |= std::uint64_t{1} << (slot & 63);
  lengths_[first] |= std::uint32_t{1} << (tokens.size() - 1);
}

const std::vector<LexEntry>* PhraseTable::Find(std::uint64_t hash, const std::vector<Token>& tokens,
                                               std::size_t first, std::size_t n) const {
  auto it = buckets_.find(hash);
  if (it == buckets_.end()) return nullptr;
  thread_local std::string key;  // built only on a hash hit, to confirm it
  key.clear();
  for (std::size_t k = first; k < first + n; ++k) AppendKey(key, tokens[k].text, lowercase_);
  for (const Bucket& b : it->second)
    if (b.key == key) return &b.entries;
  return nullptr;
}

std::size_t PhraseTable::Match(const std::vector<Token>& tokens, std::size_t i,
                               const std::vector<LexEntry>** entries) const {
  const auto token_hash = [&](std::size_t k) { return lowercase_ ? tokens[k].lower_hash : tokens[k].hash; };
  if (!MayStart(token_hash(i))) return 0;
  auto first = lengths_.find(token_hash(i));
  if (first == lengths_.end()) return 0;
  const std::uint32_t lengths = first->second;
  const std::size_t limit = std::min<std::size_t>(32 - std::countl_zero(lengths), tokens.size() - i);
  std::size_t best = 0;
  std::uint64_t hash = 0;
  for (std::size_t n = 1; n <= limit; ++n) {
    hash = ChainHash(hash, token_hash(i + n - 1));
    if (!(lengths >> (n - 1) & 1)) continue;
    if (const auto* found = Find(hash, tokens, i, n)) {
      best = n;
      *entries = found;
    }
  }
  return best;
}

bool PhraseTable::MatchWord(std::string_view word, const std::vector<LexEntry>** entries) const {
  const std::uint64_t word_hash = HashText(word, lowercase_);
  if (!MayStart(word_hash)) return false;
  auto first = lengths_.find(word_hash);
  if (first == lengths_.end() || !(first->second & 1)) return false;
  auto it = buckets_.find(ChainHash(0, word_hash));
  if (it == buckets_.end()) return false;
  thread_local std::string key;
  key.clear();
  AppendKey(key, word, lowercase_);
  for (const Bucket& b : it->second)
    if (b.key == key) {
      *entries = &b.entries;
      return true;
    }
  return false;
}

}  // namespace kg
