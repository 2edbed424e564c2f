// Private to extract/: word lists and word-keyed maps (given names, speech verbs, name
// parts of known people ...) looked up by the hash each Token already carries, so the
// per-token probes of the name rules cost one integer probe and, on a hit, one compare,
// where a std::unordered_set<std::string> copied the token, hashed it again and walked
// a node list.
//
//   kg::WordSet verbs;
//   verbs.Insert("said");
//   if (verbs.Contains(token)) ...        // token.text == "said", exact spelling
//   kg::WordMap<std::vector<std::uint32_t>> by_part;
//   by_part["Putin"].push_back(7);
//   if (const auto* people = by_part.Find("Putin")) ...
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "extract/hash_index.h"
#include "extract/text.h"

namespace kg {

// Exact-spelling keys (the case matters: "May" the month, "may" the verb), hashed with
// HashText(word, false), the same function as Token::hash.
template <typename Value>
class WordMap {
 public:
  // The value of `word`, value-initialised on first insert.
  Value& operator[](std::string_view word) {
    const std::uint64_t hash = HashText(word, false);
    if (const std::uint32_t e = EntryOf(word, hash)) return entries_[e - 1].value;
    longest_ = std::max(longest_, word.size());
    std::uint32_t& head = index_.Insert(hash);  // 1 + first entry with this hash, or 0
    entries_.push_back({std::string(word), Value{}, head});
    head = static_cast<std::uint32_t>(entries_.size());
    return entries_.back().value;
  }

  const Value* Find(std::string_view word, std::uint64_t hash) const {
    const std::uint32_t e = EntryOf(word, hash);
    return e ? &entries_[e - 1].value : nullptr;
  }
  const Value* Find(std::string_view word) const {
    // Hashing is the cost of a probe by text; a word longer than any key needs none.
    return word.size() > longest_ ? nullptr : Find(word, HashText(word, false));
  }
  const Value* Find(const Token& token) const { return Find(token.text, token.hash); }

  bool Contains(std::string_view word) const { return Find(word) != nullptr; }
  bool Contains(const Token& token) const { return Find(token) != nullptr; }
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::string word;
    Value value;
    std::uint32_t next;  // 1 + the next entry with the same hash, or 0
  };

  // 1 + the entry of `word`, or 0.
  std::uint32_t EntryOf(std::string_view word, std::uint64_t hash) const {
    const std::uint32_t* head = index_.Find(hash);
    for (std::uint32_t e = head ? *head : 0; e != 0; e = entries_[e - 1].next)
      if (entries_[e - 1].word == word) return e;
    return 0;
  }

  std::vector<Entry> entries_;
  HashIndex index_;  // HashText(word, false) -> 1 + the last entry inserted with it
  std::size_t longest_ = 0;
};

class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) Insert(w);
  }
  void Insert(std::string_view word) { words_[word]; }
  bool Contains(std::string_view word) const { return words_.Contains(word); }
  bool Contains(const Token& token) const { return words_.Contains(token); }
  std::size_t size() const { return words_.size(); }

 private:
  struct Present {};
  WordMap<Present> words_;
};

// Words compared without ASCII case by Token::lower_hash alone, with no string compare:
// for the closed-class lists (function words, pronouns) probed at every token. A word
// outside the list is taken for a member only on a 64-bit hash coincidence.
class FoldedWordSet {
 public:
  void Insert(std::string_view word) {
    const std::uint64_t hash = HashText(word, true);
    index_.Insert(hash);
    filter_.Insert(hash);
  }
  // Adds the words to `filter` (by Token::lower_hash).
  void AddTo(HashFilter& filter) const { filter |= filter_; }
  bool Contains(const Token& token) const { return index_.Find(token.lower_hash) != nullptr; }
  bool Contains(std::string_view word) const { return index_.Find(HashText(word, true)) != nullptr; }
  std::size_t size() const { return index_.size(); }

 private:
  HashIndex index_;
  HashFilter filter_;
};

}  // namespace kg
