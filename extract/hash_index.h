// Private to extract/: an open-addressing map from a 64-bit hash to a 32-bit value,
// for the dictionary lookups on the per-token hot path. Keys are hashes already
// (Token::hash, chained phrase hashes), so a probe is a multiply, a shift and one or
// two reads of contiguous memory, where std::unordered_map walks a node list.
//
//   kg::HashIndex index;
//   index.Insert(hash) |= 4;                 // value-initialised to 0 on first insert
//   if (const std::uint32_t* v = index.Find(hash)) ...
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kg {

class HashIndex {
 public:
  // The value stored for `key`, or nullptr.
  const std::uint32_t* Find(std::uint64_t key) const {
    if (size_ == 0) return nullptr;
    key = Stored(key);
    for (std::size_t slot = Slot(key);; slot = (slot + 1) & mask_) {
      if (slots_[slot].key == key) return &slots_[slot].value;
      if (slots_[slot].key == kEmpty) return nullptr;
    }
  }

  // The value for `key`, inserted as 0 when absent.
  std::uint32_t& Insert(std::uint64_t key) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    key = Stored(key);
    std::size_t slot = Slot(key);
    while (slots_[slot].key != key && slots_[slot].key != kEmpty) slot = (slot + 1) & mask_;
    if (slots_[slot].key == kEmpty) {
      slots_[slot] = {key, 0};
      ++size_;
    }
    return slots_[slot].value;
  }

  std::size_t size() const { return size_; }

 private:
  static constexpr std::uint64_t kEmpty = 0;
  // 0 marks an empty slot, so a key of 0 is stored as 1: two keys then share a value,
  // which costs callers nothing because each confirms its hits (PhraseTable compares
  // the phrase text; a length mask only ever gets an extra bit to probe).
  static std::uint64_t Stored(std::uint64_t key) { return key == kEmpty ? 1 : key; }
  std::size_t Slot(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_);
  }
  void Grow() {
    std::vector<Entry> old = std::move(slots_);
    const std::size_t capacity = old.empty() ? 64 : old.size() * 2;
    slots_.assign(capacity, Entry{kEmpty, 0});
    mask_ = capacity - 1;
    shift_ = 64;
    for (std::size_t c = capacity; c > 1; c >>= 1) --shift_;
    size_ = 0;
    for (const Entry& e : old)
      if (e.key != kEmpty) Insert(e.key) = e.value;
  }

  // Key and value side by side: a probe reads one cache line, where two arrays cost
  // two misses in the big tables (the names of every known person).
  struct Entry {
    std::uint64_t key;
    std::uint32_t value;
  };
  std::vector<Entry> slots_;
  std::size_t mask_ = 0;
  int shift_ = 64;
  std::size_t size_ = 0;
};

// A bit per slot of the top Bits bits of a 64-bit hash (a one-hash Bloom filter):
// "certainly absent" in one bit test, for the words most tokens are not. HashFilter's
// 8 KiB stay in L1 while a text is matched.
//
//   kg::HashFilter starts;
//   starts.Insert(token.hash);
//   if (!starts.MayContain(other.hash)) ...  // certainly not inserted
template <int Bits>
class BitFilter {
 public:
  static constexpr int kBits = Bits;
  BitFilter() = default;
  // A filter without room, for a table that never asks it (no memory taken).
  struct Unused {};
  explicit BitFilter(Unused) : bits_() {}
  // A filter that may contain every hash.
  static BitFilter All() {
    BitFilter f;
    f.bits_.assign(f.bits_.size(), ~std::uint64_t{0});
    return f;
  }
  void Insert(std::uint64_t hash) {
    const std::uint64_t slot = hash >> (64 - kBits);
    bits_[slot >> 6] |= std::uint64_t{1} << (slot & 63);
  }
  bool MayContain(std::uint64_t hash) const {
    const std::uint64_t slot = hash >> (64 - kBits);
    return (bits_[slot >> 6] >> (slot & 63)) & 1;
  }
  // Adds every hash `other` may contain.
  BitFilter& operator|=(const BitFilter& other) {
    for (std::size_t i = 0; i < bits_.size(); ++i) bits_[i] |= other.bits_[i];
    return *this;
  }

 private:
  std::vector<std::uint64_t> bits_ = std::vector<std::uint64_t>((std::size_t{1} << kBits) / 64);
};
using HashFilter = BitFilter<16>;

}  // namespace kg
