// Loading data/relations.json: the shipped file loads and means what it says;
// malformed files fail with the file name and the byte offset of the problem.
#include "extract/relation_lexicon.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "common/error.h"

namespace kg {
namespace {

const RelationLexicon& Shipped() {
  static const RelationLexicon lex = LoadRelationLexicon("data/relations.json");
  return lex;
}

// The cues of `form` whose relation is `type` (and kind `kind`).
int CountCues(const RelationLexicon& lex, const std::string& form, RelationType type,
              CueKind kind) {
  const RelationWord* w = lex.Find(form);
  if (!w) return 0;
  int n = 0;
  for (auto c : w->cues)
    n += lex.cues[c].type == type && lex.cues[c].kind == kind && lex.cues[c].words.size() == 1;
  return n;
}

TEST(RelationLexicon, ShippedFileHasEveryTypedRelation) {
  const RelationLexicon& lex = Shipped();
  struct Case {
    const char* form;
    RelationType type;
    CueKind kind;
  };
  const Case cases[] = {
      {"met", RelationType::kMeets, CueKind::kVerb},
      {"talks", RelationType::kMeets, CueKind::kNoun},
      {"visited", RelationType::kVisits, CueKind::kVerb},
      {"trip", RelationType::kVisits, CueKind::kNoun},
      {"joined", RelationType::kMemberOf, CueKind::kVerb},
      {"members", RelationType::kMemberOf, CueKind::kNoun},
      {"backs", RelationType::kSupports, CueKind::kVerb},
      {"backing", RelationType::kSupports, CueKind::kNoun},
      {"opposes", RelationType::kOpposes, CueKind::kVerb},
      {"opposition", RelationType::kOpposes, CueKind::kNoun},
      {"criticised", RelationType::kCriticizes, CueKind::kVerb},
      {"condemnation", RelationType::kCriticizes, CueKind::kNoun},
      {"sanctioned", RelationType::kSanctions, CueKind::kVerb},
      {"sanctions", RelationType::kSanctions, CueKind::kNoun},
      {"cooperate", RelationType::kCooperatesWith, CueKind::kVerb},
      {"ties", RelationType::kCooperatesWith, CueKind::kNoun},
      {"invaded", RelationType::kConflictWith, CueKind::kVerb},
      {"invasion", RelationType::kConflictWith, CueKind::kNoun},
  };
  for (const Case& c : cases)
    EXPECT_GE(CountCues(lex, c.form, c.type, c.kind), 1) << c.form << " " << ToString(c.type);
}

TEST(RelationLexicon, CueFieldsAreRead) {
  const RelationLexicon& lex = Shipped();
  const RelationWord* met = lex.Find("met");
  ASSERT_NE(met, nullptr);
  const RelationCue& cue = lex.cues[met->cues.at(0)];
  EXPECT_TRUE(cue.participle);
  EXPECT_TRUE(cue.passive_ok);
  const RelationWord* with = lex.Find("with");
  ASSERT_NE(with, nullptr);
  ASSERT_GE(with->preposition, 0);
  EXPECT_TRUE((cue.preps >> with->preposition) & 1);

  const RelationWord* concerned = lex.Find("concerned");  // an adjective: never passive
  ASSERT_NE(concerned, nullptr);
  EXPECT_FALSE(lex.cues[concerned->cues.at(0)].passive_ok);

  const RelationWord* hit = lex.Find("hit");  // multi-word cue "hit out at"
  ASSERT_NE(hit, nullptr);
  const RelationCue& hit_out_at = lex.cues[hit->cues.at(0)];
  EXPECT_EQ(hit_out_at.words, (std::vector<std::string>{"hit", "out", "at"}));
  EXPECT_EQ(hit_out_at.type, RelationType::kCriticizes);

  const RelationWord* co = lex.Find("co");  // "co-operation" is tokenised like article text
  ASSERT_NE(co, nullptr);
  bool found = false;
  for (auto c : co->cues)
    found |= lex.cues[c].words == std::vector<std::string>{"co", "-", "operation"};
  EXPECT_TRUE(found);
}

TEST(RelationLexicon, GrammarAndPhraseListsAreRead) {
  const RelationLexicon& lex = Shipped();
  struct Case {
    const char* word;
    std::uint32_t classes;
  };
  const Case cases[] = {{"the", kRwDeterminer},      {"which", kRwRelative},
                        {"they", kRwSubjectPronoun}, {"its", kRwPossessivePronoun},
                        {"was", kRwBeAuxiliary},     {"but", kRwClauseBreak},
                        {"counterpart", kRwTitle},   {"souring", kRwNegativeModifier},
                        {"pact", kRwAllianceWord},   {"after", kRwSubordinator}};
  for (const Case& c : cases) {
    const RelationWord* w = lex.Find(c.word);
    ASSERT_NE(w, nullptr) << c.word;
    EXPECT_EQ(w->classes & c.classes, c.classes) << c.word;
  }
  const RelationWord* as = lex.Find("as");  // "as well as"
  ASSERT_NE(as, nullptr);
  bool well_as = false;
  for (const auto& p : as->phrases)
    well_as |= p.set == RelationPhraseSet::kConjunction &&
               p.rest == std::vector<std::string>{"well", "as"};
  EXPECT_TRUE(well_as);
  for (const char* w : {"denied", "would", "said", "according"})
    EXPECT_NE(lex.Find(w), nullptr) << w;
}

class RelationLexiconFile : public ::testing::Test {
 protected:
  std::string Write(const std::string& body) {
    path_ = (std::filesystem::temp_directory_path() /
             ("kg_relations_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
              "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".json"))
                .string();
    std::ofstream(path_, std::ios::binary) << body;
    return path_;
  }
  void TearDown() override { std::remove(path_.c_str()); }
  std::string path_;
};

// The message of the kg::Error LoadRelationLexicon throws, or "" when it loads.
std::string LoadError(const std::string& path) {
  try {
    LoadRelationLexicon(path);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

constexpr const char* kGrammar = R"("grammar": {"prepositions": ["with", "of"]})";

TEST_F(RelationLexiconFile, ErrorsNameTheFileAndOffset) {
  struct Case {
    std::string body;
    std::string at;       // the error's offset is where this first occurs in `body`
    std::string message;  // and the message says this
  };
  const std::string head = R"({"version": 1, )" + std::string(kGrammar);
  const std::string ok = R"({"verb": "meet", "participle": "met", "preps": ["with"]})";
  const Case cases[] = {
      {R"({"version": 1, )", "", "Missing a name"},  // truncated: the offset is the end
      {R"({"version": 2, )" + std::string(kGrammar) + "}", "2", "version"},
      {head + R"(, "relations": {"meets": [{"verb": "meet", "preps": ["wiht"]}]}})", "\"wiht\"",
       "'wiht' is not in grammar.prepositions"},
      {head + R"(, "relations": {"befriends": [)" + ok + "]}}", "[{",
       "unknown or non-lexical relation type 'befriends'"},
      {head + R"(, "relations": {"official_of": [)" + ok + "]}}", "[{", "non-lexical"},
      {head + R"(, "relations": {"meets": [{"verb": "meet", "tense": "past"}]}})", "\"past\"",
       "unknown cue field 'tense'"},
      {head + R"(, "relations": {"meets": [{"verb": 7}]}})", "7", "must be a string"},
      {head + R"(, "relations": {"meets": [{"verb": "meet", "noun": "talks"}]}})", "\"talks\"",
       "exactly one of"},
      {head + R"(, "relations": {"meets": [{"noun": "talks"}]}})", "{\"noun", "without 'preps'"},
      {head + R"(, "negation": ["not"], "colours": []})", "[]", "unknown section 'colours'"},
      {head + R"(, "negation": [true]})", "true", "must be a string"},
      {head + R"(, "relations": {}})", "{\"version", "no relation cues"},
  };
  for (const Case& c : cases) {
    const std::size_t at = c.at.empty() ? c.body.size() : c.body.find(c.at);
    const std::string message = LoadError(Write(c.body));
    const std::string where = path_ + ": offset " + std::to_string(at) + ": ";
    EXPECT_NE(message.find(where), std::string::npos) << c.body << "\n" << message;
    EXPECT_NE(message.find(c.message), std::string::npos) << c.body << "\n" << message;
  }
}

TEST_F(RelationLexiconFile, MissingFileIsAnError) {
  EXPECT_NE(LoadError("tests/data/no-such-relations.json").find("cannot open"), std::string::npos);
}

TEST_F(RelationLexiconFile, MinimalFileLoads) {
  const std::string body =
      R"({"version": 1, "about": "x", )" + std::string(kGrammar) +
      R"(, "relations": {"meets": [{"verb": "meet", "participle": "met", "preps": ["with"]}]}})";
  const RelationLexicon lex = LoadRelationLexicon(Write(body));
  ASSERT_EQ(lex.cues.size(), 2u);  // "meet" and the participle "met"
  EXPECT_FALSE(lex.cues[0].participle);
  EXPECT_TRUE(lex.cues[1].participle);
  EXPECT_EQ(lex.prepositions, (std::vector<std::string>{"with", "of"}));
}

}  // namespace
}  // namespace kg
