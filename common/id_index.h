// A hash index from keys to the dense ids (0, 1, 2, ...) of elements the caller
// stores: the graph's nodes, edges and articles, cross-article resolution's blocks.
// It holds only (hash, id) pairs: the key itself is read from the caller's element
// when hashes match, so a node id string is stored once, found from a
// std::string_view without building a std::string, and nothing is allocated per
// element. Open addressing with linear probing over one flat array.
//
//   IdIndex index;
//   std::size_t id = index.Find(hash, [&](std::size_t i) { return nodes[i].id == key; });
//   if (id == IdIndex::kNone) index.Insert(hash, (nodes.push_back(...), nodes.size() - 1));
//
// Elements are never removed: KnowledgeGraph only grows (MergeNodes indexes again). A slot
// is 8 bytes, the upper 32 bits of the hash and a 32-bit id, so the table of a
// 100k-edge graph is half the size it would be with whole hashes and ids: fewer cache
// misses, which is what a lookup costs. So at most 2^32 - 1 ids. The slot is chosen by
// the same 32 bits, so growing needs no hash from the caller.
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace kg {

// Spreads every input bit over the result (splitmix64's finalizer): the index uses the
// upper half of a hash, and ids hashed by value are small integers.
inline std::uint64_t MixHash(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

class IdIndex {
 public:
  static constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

  // The id stored under `hash` for which `equal(id)` holds, or kNone.
  template <class Equal>
  std::size_t Find(std::size_t hash, Equal&& equal) const {
    if (slots_.empty()) return kNone;
    const std::uint32_t tag = Tag(hash);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.id == kEmpty) return kNone;
      if (slot.tag == tag && equal(std::size_t{slot.id})) return slot.id;
    }
  }

  // Stores `id` under `hash`. requires: no stored id has an equal key.
  void Insert(std::size_t hash, std::size_t id) {
    assert(id < kEmpty);
    if (2 * (size_ + 1) > slots_.size()) Grow(2 * (size_ + 1));
    Place({Tag(hash), static_cast<std::uint32_t>(id)});
    ++size_;
  }

  // Makes room for `n` ids in all: no rehash until then.
  void Reserve(std::size_t n) {
    if (2 * n > slots_.size()) Grow(2 * n);
  }

  std::size_t size() const { return size_; }

 private:
  static constexpr std::uint32_t kEmpty = std::numeric_limits<std::uint32_t>::max();
  struct Slot {
    std::uint32_t tag = 0;
    std::uint32_t id = kEmpty;
  };
  static std::uint32_t Tag(std::size_t hash) { return static_cast<std::uint32_t>(hash >> 32); }

  // Load stays at most 1/2: probes stay short even for clustered hashes.
  void Grow(std::size_t min_slots) {
    std::size_t n = 16;
    while (n < min_slots) n *= 2;
    assert(n <= (std::size_t{1} << 32));
    std::vector<Slot> old(n);
    old.swap(slots_);
    for (const Slot& slot : old)
      if (slot.id != kEmpty) Place(slot);
  }

  void Place(Slot slot) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = slot.tag & mask;
    while (slots_[i].id != kEmpty) i = (i + 1) & mask;
    slots_[i] = slot;
  }

  std::vector<Slot> slots_;  // size 0 or a power of two
  std::size_t size_ = 0;
};

}  // namespace kg
