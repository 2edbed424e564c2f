// The entity stage on real news sentences, one rule per case. Resources come from
// the repository's data/ (KGRAPH_DATA_DIR is set by ctest).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "common/error.h"
#include "extract/extract.h"

namespace kg {
namespace {

const Resources& Res() {
  static const Resources res = Resources::Load({DefaultDataDir(), {}});
  return res;
}

ArticleExtraction ExtractText(const std::string& text, const Resources& res = Res()) {
  Article a;
  a.id = "t";
  a.text = text;
  return Extract(a, res, {});
}

std::set<std::string> Ids(const ArticleExtraction& x) {
  std::set<std::string> ids;
  for (const auto& e : x.entities) ids.insert(e.id);
  return ids;
}

std::set<std::string> Roles(const ArticleExtraction& x) {
  std::set<std::string> out;
  for (const auto& r : x.relations)
    if (r.type == RelationType::kOfficialOf) out.insert(r.source + " " + r.target + " " + r.role);
  return out;
}

struct Case {
  const char* rule;
  const char* text;
  std::vector<std::string> present;
  std::vector<std::string> absent;
};

TEST(Entities, FindsWhatACarefulReaderWould) {
  const Case cases[] = {
      {"title cue", "Finnish Foreign Minister Elina Valtonen said on Tuesday that talks would go on.",
       {"person:elina-valtonen", "country:FI"}, {"person:foreign-minister-elina-valtonen"}},
      {"title is not part of the name", "President Vladimir Putin spoke first.",
       {"person:vladimir-putin"}, {"person:president-vladimir-putin"}},
      {"apposition", "Katrina Yu, a correspondent for Al Jazeera, reported from Beijing.",
       {"person:katrina-yu"}, {"person:al-jazeera"}},
      {"verb of saying", "The talks were useful, Ondrej Kolar said.", {"person:ondrej-kolar"}, {}},
      {"possessive", "It marked 75 years since Mao Zedong's 1949 declaration.", {"person:mao-zedong"}, {}},
      {"metonym", "Moscow rejected the proposal on Friday.", {"country:RU"}, {}},
      {"not a metonym: university", "She studied at Moscow State University for years.", {}, {"country:RU"}},
      {"not a metonym: newspaper", "The Washington Post reported the story first.", {}, {"country:US"}},
      {"not a metonym: event", "He opened the Beijing Winter Olympics on Friday.", {}, {"country:CN"}},
      {"outlet byline", "By Kenya Daily Nation Reporter\n\nThe vote was delayed.", {}, {"country:KE"}},
      {"region inside a name", "Protests spread in Inner Mongolia last week.", {}, {"country:MN"}},
      {"US state", "Voters in New Mexico went to the polls.", {}, {"country:MX"}},
      {"German name", "Russland und China unterzeichneten ein Abkommen.", {"country:RU", "country:CN"}, {}},
      {"Russian name", "Россия и Китай подписали соглашение.", {"country:RU", "country:CN"}, {}},
      {"demonym", "Chinese support for the plan grew.", {"country:CN"}, {}},
      {"alliance", "NATO and the African Union issued statements.", {"alliance:nato", "alliance:african_union"}, {}},
      {"national security council is not the UN's", "Russia's Security Council met on Monday.",
       {"country:RU"}, {"alliance:unsc"}},
      {"UN Security Council", "The UN Security Council met on Monday.", {"alliance:unsc"}, {}},
      {"not people", "Officials in Abu Dhabi told Xinhua and CCTV about it.", {},
       {"person:abu-dhabi", "person:xinhua", "person:cctv"}},
      {"sentence-initial word", "However, Estonia disagreed.", {"country:EE"}, {"person:however"}},
      {"bare title", "The President said nothing.", {}, {"person:president"}},
      {"coordination keeps the type", "The minister thanked Joe Biden, Oghenekaro Etebo and "
       "Kofi Annan for coming.", {"person:oghenekaro-etebo"}, {}},
      {"name with its country in parentheses", "5. Dionne Rose ( Jamaica ) 12.92",
       {"person:dionne-rose"}, {}},
      {"institution named after a person", "He spoke at the Kofi Annan International "
       "Peacekeeping Training Centre.", {}, {"person:kofi-annan"}},
  };
  for (const Case& c : cases) {
    const auto ids = Ids(ExtractText(c.text));
    for (const auto& id : c.present) EXPECT_TRUE(ids.count(id)) << c.rule << ": missing " << id;
    for (const auto& id : c.absent) EXPECT_FALSE(ids.count(id)) << c.rule << ": unexpected " << id;
  }
}

TEST(Entities, ResolvesLaterShortFormsToTheFullName) {
  const auto x = ExtractText(
      "Russian President Vladimir Putin met his Chinese counterpart Xi Jinping in Beijing.\n"
      "Mr Putin praised the talks. Putin said ties were strong.\n"
      "President Xi agreed, and Jinping thanked his guest.");
  const auto ids = Ids(x);
  EXPECT_TRUE(ids.count("person:vladimir-putin"));
  EXPECT_TRUE(ids.count("person:xi-jinping"));
  EXPECT_FALSE(ids.count("person:putin"));
  EXPECT_FALSE(ids.count("person:jinping"));
  for (const auto& e : x.entities) {
    if (e.id == "person:vladimir-putin") {
      EXPECT_EQ(e.mentions, 3u);
      EXPECT_TRUE(std::count(e.aliases.begin(), e.aliases.end(), "Putin"));
    } else if (e.id == "person:xi-jinping") {
      EXPECT_EQ(e.mentions, 3u);
    }
  }
}

TEST(Entities, KeepsTwoPeopleWithOneSurnameApart) {
  const auto ids = Ids(ExtractText("US President Joe Biden defended his son Hunter Biden on Sunday."));
  EXPECT_TRUE(ids.count("person:joe-biden"));
  EXPECT_TRUE(ids.count("person:hunter-biden"));
}

TEST(Entities, ResolvesDescriptorsAndGroups) {
  const auto x = ExtractText(
      "NATO leaders met in Vilnius. Sweden hopes to join the defence alliance soon.");
  std::size_t nato = 0;
  for (const auto& e : x.entities)
    if (e.id == "alliance:nato") nato = e.mentions;
  EXPECT_EQ(nato, 2u);
}

TEST(Entities, ReadsRolesFromTitles) {
  const auto roles = Roles(ExtractText(
      "Russian President Vladimir Putin met his Chinese counterpart Xi Jinping.\n"
      "Chinese foreign minister Wang Yi told US secretary of state Antony Blinken that talks must go on.\n"
      "Present were Putin's recently appointed defence minister Andrei Belousov and Kremlin foreign "
      "policy adviser Yuri Ushakov.\n"
      "Presidents Xi Jinping of China and Vladimir Putin of Russia signed it."));
  EXPECT_TRUE(roles.count("person:vladimir-putin country:RU president"));
  EXPECT_TRUE(roles.count("person:xi-jinping country:CN president"));
  EXPECT_TRUE(roles.count("person:wang-yi country:CN foreign minister"));
  EXPECT_TRUE(roles.count("person:antony-blinken country:US secretary of state"));
  EXPECT_TRUE(roles.count("person:andrei-belousov country:RU defense minister"));
  EXPECT_TRUE(roles.count("person:yuri-ushakov country:RU foreign policy adviser"));
  // Never the wrong country for a counterpart.
  EXPECT_FALSE(roles.count("person:xi-jinping country:RU president"));
}

TEST(Entities, SkipsBoilerplate) {
  const auto x = ExtractText(
      "Estonia and Latvia signed the deal.\n"
      "Leave a Reply\n"
      "Your email address will not be published. Required fields are marked *\n"
      "#PhotoOfTheDay\n"
      "Top stories\n"
      "Authorities in Azerbaijan said 192 troops were killed.\n");
  const auto ids = Ids(x);
  EXPECT_TRUE(ids.count("country:EE"));
  EXPECT_FALSE(ids.count("country:AZ"));
  EXPECT_GE(x.stats.boilerplate_lines, 4u);
}

TEST(Entities, UserDictionaryTeachesNewActors) {
  const auto dir = std::filesystem::temp_directory_path() / "kg_user_dict_test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "dict.json").string();
  std::ofstream(path) << R"({"version": 1,
    "people": [{"name": "Zorblat Quux", "aliases": ["Z. Quux"], "country": "EE"}],
    "alliances": [{"id": "baltic-pact", "label": "Baltic Pact", "aliases": [], "members": ["EE", "LV"]}],
    "not_people": ["Green Door"]})";
  const Resources res = Resources::Load({DefaultDataDir(), {path}});
  const auto ids = Ids(ExtractText("Zorblat Quux praised the Baltic Pact at the Green Door.", res));
  EXPECT_TRUE(ids.count("person:zorblat-quux"));
  EXPECT_TRUE(ids.count("alliance:baltic-pact"));
  EXPECT_FALSE(ids.count("person:green-door"));

  std::ofstream(path) << R"({"version": 1, "people": [ {"name": "X"} )";
  try {
    Resources::Load({DefaultDataDir(), {path}});
    FAIL() << "a malformed dictionary must not load";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("offset"), std::string::npos);
  }
  std::filesystem::remove_all(dir);
}

TEST(Entities, OffsetsPointIntoTheOriginalText) {
  const std::string text = "“Moscow’s position,” said Kaja Kallas, “is clear.”";
  const auto x = ExtractText(text);
  ASSERT_FALSE(x.mentions.empty());
  for (const auto& m : x.mentions) {
    const std::string surface = text.substr(m.span.begin, m.span.size());
    const auto& e = x.entities[m.entity];
    EXPECT_TRUE(std::count(e.aliases.begin(), e.aliases.end(), surface)) << surface;
  }
}

}  // namespace
}  // namespace kg
