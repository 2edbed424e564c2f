#include "extract/names.h"

#include <gtest/gtest.h>

namespace kg {
namespace {

TEST(FoldName, TransliteratesAndFolds) {
  EXPECT_EQ(FoldName("Sergey Lavrov"), "sergey lavrov");
  EXPECT_EQ(FoldName("Сергей Лавров"), "sergej lavrov");
  EXPECT_EQ(FoldName("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
  EXPECT_EQ(FoldName("Jean-Claude Juncker"), "jean claude juncker");
  EXPECT_EQ(Slug("Vladimir Putin"), "vladimir-putin");
}

struct VariantCase {
  const char* a;
  const char* b;
  bool eastern;
  bool same;
};

TEST(SameNameVariant, MergesSpellingsButNotDifferentPeople) {
  const VariantCase cases[] = {
      {"Sergey Lavrov", "Sergei Lavrov", false, true},
      {"Andrei Belousov", "Andrey Belousov", false, true},
      {"Yuri Ushakov", "Yury Ushakov", false, true},
      {"Xi Jingping", "Xi Jinping", true, true},
      {"Sergei Shoigu", "Sergey Shoigu", false, true},
      {"Сергей Лавров", "Sergey Lavrov", false, true},
      {"Joe Biden", "Hunter Biden", false, false},
      {"Sergei Lavrov", "Sergei Shoigu", false, false},
      {"Kim Jong Un", "Kim Yo Jong", true, false},
      {"George Bush", "Jeb Bush", false, false},
      {"Lavrov", "Sergei Lavrov", false, false},  // a lone surname is not enough
  };
  for (const auto& c : cases)
    EXPECT_EQ(SameNameVariant(SplitName(c.a, c.eastern), SplitName(c.b, c.eastern)), c.same)
        << c.a << " / " << c.b;
}

TEST(EditDistance, CountsEdits) {
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(EditDistance("", "abc"), 3u);
  EXPECT_EQ(EditDistance("same", "same"), 0u);
}

}  // namespace
}  // namespace kg
