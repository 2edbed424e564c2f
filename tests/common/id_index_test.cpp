#include "common/id_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kg {
namespace {

// Keys stored by the caller, as KnowledgeGraph stores its nodes.
struct Keys {
  std::vector<std::string> keys;
  IdIndex index;
  std::size_t (*hash)(const std::string&);

  std::size_t Find(const std::string& key) const {
    return index.Find(hash(key), [&](std::size_t i) { return keys[i] == key; });
  }
  std::size_t Add(const std::string& key) {
    if (const std::size_t found = Find(key); found != IdIndex::kNone) return found;
    keys.push_back(key);
    index.Insert(hash(key), keys.size() - 1);
    return keys.size() - 1;
  }
};

std::size_t RealHash(const std::string& s) { return MixHash(std::hash<std::string>{}(s)); }
// Every key in one of four buckets, the same upper bits: long probe runs and tag
// matches that only the key comparison tells apart.
std::size_t BadHash(const std::string& s) { return (s.size() % 4) << 32; }

TEST(IdIndex, FindsEveryKeyThroughGrowthAndCollisions) {
  for (auto hash : {&RealHash, &BadHash}) {
    Keys k{{}, {}, hash};
    const std::size_t n = hash == &BadHash ? 500 : 50'000;
    for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(k.Add("key" + std::to_string(i)), i);
    for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(k.Add("key" + std::to_string(i)), i);  // found
    EXPECT_EQ(k.index.size(), n);
    for (std::size_t i = 0; i < n; i += 7) ASSERT_EQ(k.Find("key" + std::to_string(i)), i);
    EXPECT_EQ(k.Find("key"), IdIndex::kNone);
    EXPECT_EQ(k.Find("absent" + std::to_string(n)), IdIndex::kNone);
  }
}

TEST(IdIndex, EmptyAndReservedIndexesFindNothing) {
  IdIndex empty;
  EXPECT_EQ(empty.Find(42, [](std::size_t) { return true; }), IdIndex::kNone);
  IdIndex reserved;
  reserved.Reserve(1000);
  EXPECT_EQ(reserved.Find(42, [](std::size_t) { return true; }), IdIndex::kNone);
  reserved.Insert(42, 7);
  EXPECT_EQ(reserved.Find(42, [](std::size_t id) { return id == 7; }), 7u);
  EXPECT_EQ(reserved.Find(42, [](std::size_t) { return false; }), IdIndex::kNone);
}

}  // namespace
}  // namespace kg
