#include <gtest/gtest.h>

#include "common/error.h"
#include "graph/graphml_reader.h"
#include "query/names.h"

namespace kg {
namespace {

TEST(NameKey, FoldsCaseAccentsAndPunctuation) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Vladimir PUTIN", "vladimirputin"},
      {"U.S.", "us"},
      {"u.s.", "us"},
      {"López Obrador", "lopezobrador"},
      {"Kim Jong-un", "kimjongun"},
      {"Сергей Лавров", "сергеилавров"},  // й loses its breve like any accent
      {"ＵＳＡ", "usa"},                  // full-width forms decompose
      {"习近平", "习近平"},
      {"  ?! ", ""},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(NameKey(in), want) << in;
  EXPECT_EQ(NameWords("Mr. Vladimir  Putin"),
            (std::vector<std::string>{"mr", "vladimir", "putin"}));
}

TEST(NameDistance, CountsCodePoints) {
  EXPECT_EQ(NameDistance("putn", "putin"), 1u);
  EXPECT_EQ(NameDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(NameDistance("путин", "путн"), 1u);  // two bytes per letter, one edit
  EXPECT_EQ(NameDistance("", "abc"), 3u);
}

class NameIndexTest : public ::testing::Test {
 protected:
  NameIndexTest()
      : graph_(ReadGraphMLFile("tests/data/query/fixture.graphml").graph), names_(graph_) {}

  std::string Found(const std::string& name) const {
    const auto m = names_.Lookup(name);
    if (m.kind != NameIndex::Match::Kind::kFound) return "(not found)";
    return graph_.node(m.nodes.front()).id;
  }
  std::vector<std::string> Ids(const NameIndex::Match& m) const {
    std::vector<std::string> out;
    for (auto n : m.nodes) out.push_back(graph_.node(n).id);
    return out;
  }

  KnowledgeGraph graph_;
  NameIndex names_;
};

TEST_F(NameIndexTest, FindsByIdLabelAliasIsoTitleAndSurname) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"person:vladimir-putin", "person:vladimir-putin"},  // id
      {"putin", "person:vladimir-putin"},                  // alias, folded
      {"Mr Putin", "person:vladimir-putin"},               // title dropped
      {"President Biden", "person:joe-biden"},             // an alias as it stands
      {"the us", "country:US"},
      {"u.s.", "country:US"},
      {"THE UNITED STATES", "country:US"},
      {"ru", "country:RU"},  // ISO code
      {"Россия", "country:RU"},
      {"lopez obrador", "person:andres-manuel-lopez-obrador"},
      {"Andres Manuel Lopez Obrador", "person:andres-manuel-lopez-obrador"},
      {"сергей лавров", "person:sergey-lavrov"},
      {"Lavrov", "person:sergey-lavrov"},
      {"Foreign Minister Lavrov", "person:sergey-lavrov"},
      {"wang yi", "person:wang-yi"},
      {"王毅", "person:wang-yi"},
      {"习近平", "person:xi-jinping"},
      {"jong un", "(not found)"},                         // two words of a name are not a name
      {"Obrador", "person:andres-manuel-lopez-obrador"},  // one word of a person's name
      {"kim-jong-un", "person:kim-jong-un"},              // the id's suffix
      {"nato", "alliance:nato"},
  };
  for (const auto& [name, want] : cases) EXPECT_EQ(Found(name), want) << name;
}

TEST_F(NameIndexTest, ListsCandidatesOfAnAmbiguousName) {
  const auto m = names_.Lookup("Kim");
  EXPECT_EQ(m.kind, NameIndex::Match::Kind::kAmbiguous);
  EXPECT_EQ(Ids(m), (std::vector<std::string>{"person:kim-jong-un", "person:kim-yo-jong"}));
  try {
    names_.Resolve("kim");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(),
                 "\"kim\" is ambiguous: Kim Jong Un (person, person:kim-jong-un), Kim Yo Jong "
                 "(person, person:kim-yo-jong); give the full name or the id");
  }
}

TEST_F(NameIndexTest, SuggestsTheNearestNamesForAnUnknownOne) {
  struct Case {
    std::string name;
    std::vector<std::string> suggestions;
  };
  const std::vector<Case> cases = {
      {"Putn", {"person:vladimir-putin"}},
      {"Vladmir Putin", {"person:vladimir-putin"}},
      {"Chian", {"country:CN"}},
      {"Austria", {"country:AU"}},
      {"Obama", {}},
      {"?!", {}},
  };
  for (const Case& c : cases) {
    const auto m = names_.Lookup(c.name);
    EXPECT_EQ(m.kind, NameIndex::Match::Kind::kUnknown) << c.name;
    EXPECT_EQ(Ids(m), c.suggestions) << c.name;
  }
  try {
    names_.Resolve("Putn");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "unknown entity \"Putn\"; did you mean: Vladimir Putin (person)?");
  }
  try {
    names_.Resolve("Obama");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "unknown entity \"Obama\" (`entities` lists them)");
  }
}

}  // namespace
}  // namespace kg
