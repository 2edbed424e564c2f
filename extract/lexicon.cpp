#include "extract/lexicon.h"

#include <algorithm>
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
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    AppendKey(key, tokens[k].text, lowercase_);
    hash = ChainHash(hash, lowercase_ ? tokens[k].lower_hash : tokens[k].hash);
    if (k + 1 < tokens.size()) phrases_.Insert(hash) |= kPrefixBit;
  }
  std::uint32_t& value = phrases_.Insert(hash);
  const std::uint32_t head = value & ~kPrefixBit;  // bucket index + 1; 0 when none
  std::uint32_t found = kNoBucket, last = kNoBucket;
  for (std::uint32_t b = head ? head - 1 : kNoBucket; b != kNoBucket; b = buckets_[b].next) {
    if (buckets_[b].key == key) {
      found = b;
      break;
    }
    last = b;
  }
  if (tokens.size() == 1) plural_filter_.Insert(HashText(key + "s", lowercase_));
  if (found == kNoBucket) {
    found = static_cast<std::uint32_t>(buckets_.size());
    buckets_.push_back({std::move(key), {}, kNoBucket});
    if (last == kNoBucket) value = (value & kPrefixBit) | (found + 1);
    else buckets_[last].next = found;
    ++size_;
  }
  auto& list = buckets_[found].entries;
  const bool dup = std::any_of(list.begin(), list.end(), [&](const LexEntry& e) {
    return e.kind == entry.kind && e.index == entry.index && e.form == entry.form;
  });
  if (!dup) list.push_back(entry);
  const std::uint64_t first = lowercase_ ? tokens.front().lower_hash : tokens.front().hash;
  if (InSmallFilter(tokens.front().text)) small_filter_.Insert(first);
  else big_filter_.Insert(first);
}

namespace {

// Whether `key` continues at `at` with `text` (ASCII-lowercased first when `lowercase`).
bool KeyHas(const std::string& key, std::size_t at, std::string_view text, bool lowercase) {
  if (key.size() - at < text.size()) return false;
  if (!lowercase) return key.compare(at, text.size(), text) == 0;
  for (std::size_t c = 0; c < text.size(); ++c) {
    char ch = text[c];
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (key[at + c] != ch) return false;
  }
  return true;
}

}  // namespace

// Whether tokens [first, first + n) spell `key` (texts joined by one space), without
// building the joined string.
bool PhraseTable::KeyEquals(const std::string& key, const std::vector<Token>& tokens,
                            std::size_t first, std::size_t n) const {
  std::size_t at = 0;
  for (std::size_t k = first; k < first + n; ++k) {
    if (k > first) {
      if (at >= key.size() || key[at] != ' ') return false;
      ++at;
    }
    if (!KeyHas(key, at, tokens[k].text, lowercase_)) return false;
    at += tokens[k].text.size();
  }
  return at == key.size();
}

const std::vector<LexEntry>* PhraseTable::FindIn(std::uint32_t head, const std::vector<Token>& tokens,
                                                 std::size_t first, std::size_t n) const {
  for (std::uint32_t b = head - 1; head != 0 && b != kNoBucket; b = buckets_[b].next)
    if (KeyEquals(buckets_[b].key, tokens, first, n)) return &buckets_[b].entries;
  return nullptr;
}

std::size_t PhraseTable::MatchFrom(const std::vector<Token>& tokens, std::size_t i,
                                   const std::vector<LexEntry>** entries) const {
  std::size_t best = 0;
  std::uint64_t hash = 0;
  for (std::size_t n = 1; i + n <= tokens.size(); ++n) {
    hash = ChainHash(hash, lowercase_ ? tokens[i + n - 1].lower_hash : tokens[i + n - 1].hash);
    const std::uint32_t* value = phrases_.Find(hash);
    if (!value) break;  // no phrase is or goes on from these n tokens
    if (const auto* found = FindIn(*value & ~kPrefixBit, tokens, i, n)) {
      best = n;
      *entries = found;
    }
    if (!(*value & kPrefixBit)) break;
  }
  return best;
}

void Lexicon::IndexLowercaseStarts() {
  lowercase_starts = HashFilter();
  for (const PhraseTable* table : {&names, &title_cues, &descriptors, &groups})
    table->AddLowercaseStartsTo(lowercase_starts);
  pronouns.AddTo(lowercase_starts);
}

bool PhraseTable::MatchWord(std::string_view word, const std::vector<LexEntry>** entries) const {
  const std::uint64_t word_hash = HashText(word, lowercase_);
  if (!MayStart(word, word_hash)) return false;
  const std::uint32_t* value = phrases_.Find(ChainHash(0, word_hash));
  const std::uint32_t head = value ? *value & ~kPrefixBit : 0;
  for (std::uint32_t b = head - 1; head != 0 && b != kNoBucket; b = buckets_[b].next)
    if (buckets_[b].key.size() == word.size() && KeyHas(buckets_[b].key, 0, word, lowercase_)) {
      *entries = &buckets_[b].entries;
      return true;
    }
  return false;
}

}  // namespace kg
