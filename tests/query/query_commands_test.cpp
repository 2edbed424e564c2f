#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/error.h"
#include "csv_reader.h"
#include "graph/graphml_reader.h"
#include "query/commands.h"
#include "query/format.h"

namespace kg {
namespace {

class CommandsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    graph_ = new QueryGraph(ReadGraphMLFile("tests/data/query/fixture.graphml").graph);
  }
  static void TearDownTestSuite() { delete graph_; }

  // One column of the answer table, as text.
  static std::vector<std::string> Column(const Result& r, const std::string& column) {
    const Table& t = r.tables.front();
    const auto at = std::find(t.columns.begin(), t.columns.end(), column) - t.columns.begin();
    std::vector<std::string> out;
    for (const auto& row : t.rows) {
      const Cell& c = row.at(static_cast<std::size_t>(at));
      if (const auto* s = std::get_if<std::string>(&c)) out.push_back(*s);
      if (const auto* i = std::get_if<std::int64_t>(&c)) out.push_back(std::to_string(*i));
      if (const auto* d = std::get_if<double>(&c)) out.push_back(std::to_string(*d));
      if (const auto* l = std::get_if<std::vector<std::string>>(&c)) {
        std::string joined;
        for (const auto& x : *l) joined += (joined.empty() ? "" : "|") + x;
        out.push_back(joined);
      }
      if (std::holds_alternative<std::monostate>(c)) out.push_back("null");
    }
    return out;
  }

  static QueryGraph* graph_;
};
QueryGraph* CommandsTest::graph_ = nullptr;

using Strings = std::vector<std::string>;

TEST_F(CommandsTest, Entities) {
  EXPECT_EQ(Column(Entities(*graph_, {{}, EntitySort::kMentions, 3}), "id"),
            (Strings{"country:RU", "country:US", "person:vladimir-putin"}));
  EXPECT_EQ(Column(Entities(*graph_, {{EntityType::kAlliance}, EntitySort::kName, 0}), "label"),
            (Strings{"AUKUS", "NATO"}));
  EXPECT_EQ(Column(Entities(*graph_, {{EntityType::kPerson}, EntitySort::kDegree, 2}), "id"),
            (Strings{"person:vladimir-putin", "person:joe-biden"}));  // 4, then 3 before Xi's 3
  const Result all = Entities(*graph_, {});
  EXPECT_EQ(all.tables[0].rows.size(), 18u);
}

TEST_F(CommandsTest, ShowGivesTheEntityItsRolesAndStrongestRelations) {
  const Result r = Show(*graph_, {"xi", 5});
  ASSERT_EQ(r.tables.size(), 3u);
  EXPECT_EQ(Column(r, "id"), Strings{"person:xi-jinping"});
  EXPECT_EQ(Column(r, "roles"), Strings{"general secretary of China|president of China"});
  EXPECT_EQ(Column(r, "aliases"), Strings{"Xi|Xi Jinping|习近平"});
  EXPECT_EQ(Column(r, "articles"), Strings{"3"});
  Result outgoing;
  outgoing.tables = {r.tables[1]};
  EXPECT_EQ(Column(outgoing, "target"), (Strings{"China", "Joe Biden", "Vladimir Putin"}));
  Result incoming;
  incoming.tables = {r.tables[2]};
  EXPECT_EQ(Column(incoming, "source"),
            (Strings{"Joe Biden", "Vladimir Putin"}));  // meets, both ways
}

TEST_F(CommandsTest, NeighborsByDepthRelationAndDirection) {
  EXPECT_EQ(Column(Neighbors(*graph_, {"Lavrov", {}, 1, Direction::kBoth}), "id"),
            (Strings{"country:RU", "person:wang-yi"}));
  const Result two = Neighbors(*graph_, {"Lavrov", {RelationType::kMeets}, 2, Direction::kBoth});
  EXPECT_EQ(Column(two, "id"), Strings{"person:wang-yi"});
  const Result in = Neighbors(*graph_, {"Russia", {}, 1, Direction::kIn});
  EXPECT_EQ(Column(in, "id"), (Strings{"country:CN", "country:KP", "country:UA", "country:US",
                                       "person:sergey-lavrov", "person:vladimir-putin"}));
  EXPECT_EQ(Column(in, "relations")[3], "co_mention");  // the US: only the symmetric edge
  EXPECT_TRUE(Neighbors(*graph_, {"AUKUS", {}, 1, Direction::kOut}).empty());
}

TEST_F(CommandsTest, RelationsOfOneEntityOrAPair) {
  const Result pair = Relations(*graph_, {"Russia", "the U.S.", {}});
  EXPECT_EQ(Column(pair, "relation"), Strings{"criticizes"});  // typed relations only
  EXPECT_EQ(Column(pair, "direction"), Strings{"out"});
  EXPECT_EQ(Column(pair, "articles")[0], "a1|a3");
  EXPECT_EQ(Column(pair, "evidence")[0],
            "Moscow accused Washington of escalating the war.|Russia condemned U.S. sanctions.");
  const Result from_us = Relations(
      *graph_, {"United States", "Russia", {RelationType::kCriticizes, RelationType::kCoMention}});
  EXPECT_EQ(Column(from_us, "relation"), (Strings{"criticizes", "co_mention"}));
  EXPECT_EQ(Column(from_us, "direction"), (Strings{"in", "both"}));
  const Result members = Relations(*graph_, {"NATO", "", {RelationType::kMemberOf}});
  EXPECT_EQ(Column(members, "other"), (Strings{"United States", "United Kingdom"}));  // by weight
  EXPECT_TRUE(Relations(*graph_, {"Mexico", "Russia", {}}).empty());
}

TEST_F(CommandsTest, WhyQuotesEverySentenceWithArticleAndOffsets) {
  const Result r = Why(*graph_, {"Joe Biden", "Putin"});
  EXPECT_EQ(Column(r, "article"), (Strings{"a1", "a3"}));
  EXPECT_EQ(Column(r, "begin"), (Strings{"120", "0"}));
  EXPECT_EQ(Column(r, "end"), (Strings{"190", "64"}));
  EXPECT_EQ(Column(r, "speaker"), (Strings{"Joe Biden", "null"}));
  EXPECT_EQ(Column(r, "text")[0],
            "Biden said \"Putin is a war criminal\" & must be held to account.");
  const Result none = Why(*graph_, {"Biden", "Mexico"});
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.nothing, "no relation between Joe Biden and Mexico");
}

TEST_F(CommandsTest, ParseTripleFindsTheRelationOrTheWildcard) {
  struct Case {
    std::string pattern, subject;
    std::optional<RelationType> relation;
    std::string object;
  };
  const std::vector<Case> cases = {
      {"? criticizes United States", "", RelationType::kCriticizes, "United States"},
      {"Russia ? NATO", "Russia", std::nullopt, "NATO"},
      {"Vladimir Putin meets ?", "Vladimir Putin", RelationType::kMeets, ""},
      {"? member of AUKUS", "", RelationType::kMemberOf, "AUKUS"},
      {"? Member_Of AUKUS", "", RelationType::kMemberOf, "AUKUS"},
      {"China criticises ?", "China", RelationType::kCriticizes, ""},
      {"Biden meet Xi", "Biden", RelationType::kMeets, "Xi"},
      {"? ? ?", "", std::nullopt, ""},
  };
  for (const Case& c : cases) {
    const TriplePattern p = ParseTriple(c.pattern);
    EXPECT_EQ(p.subject, c.subject) << c.pattern;
    EXPECT_EQ(p.relation, c.relation) << c.pattern;
    EXPECT_EQ(p.object, c.object) << c.pattern;
  }
  for (const char* bad : {"", "Russia", "Russia NATO", "criticizes ?", "Russia loves NATO"})
    EXPECT_THROW(ParseTriple(bad), Error) << bad;
}

TEST_F(CommandsTest, AskAnswersTriplePatterns) {
  struct Case {
    std::string pattern, column;
    Strings want;
  };
  const std::vector<Case> cases = {
      {"? member_of AUKUS", "subject", {"Australia", "United Kingdom", "United States"}},
      {"? criticizes United States", "subject", {"Russia", "China"}},
      {"Russia ? NATO", "relation", {"opposes"}},
      {"Russia ? the US", "relation", {"co_mention", "criticizes"}},
      {"Vladimir Putin meets ?", "object", {"Xi Jinping"}},
      {"? meets Vladimir Putin", "subject", {"Xi Jinping"}},  // symmetric: read backwards
      {"Xi meets ?", "object", {"Joe Biden", "Vladimir Putin"}},
      {"? meets ?", "subject", {"Joe Biden", "Vladimir Putin", "Сергей Лавров"}},
      {"? sanctions ?", "subject", {}},
  };
  for (const Case& c : cases)
    EXPECT_EQ(Column(Ask(*graph_, {c.pattern}), c.column), c.want) << c.pattern;
  EXPECT_THROW(Ask(*graph_, {"? member_of Atlantis"}), Error);
}

TEST_F(CommandsTest, PathListsEachHopWithItsRelations) {
  const Result r = FindPath(*graph_, {"Biden", "Lavrov", {}, 6, false, 10});
  EXPECT_EQ(Column(r, "path"), (Strings{"1", "1", "1", "1", "2", "2", "2"}));
  EXPECT_EQ(Column(r, "relation"),
            (Strings{"official_of", "co_mention", "criticizes", "official_of", "criticizes",
                     "official_of", "official_of"}));
  EXPECT_EQ(Column(r, "direction"), (Strings{"->", "<->", "<-", "<-", "->", "->", "<-"}));
  const Result weighted = FindPath(*graph_, {"Biden", "Lavrov", {}, 6, true, 10});
  EXPECT_EQ(Column(weighted, "to"), (Strings{"Vladimir Putin", "Russia", "Сергей Лавров"}));
  const Result meets = FindPath(*graph_, {"Biden", "Putin", {RelationType::kMeets}, 6, false, 10});
  EXPECT_EQ(Column(meets, "to"), (Strings{"Xi Jinping", "Vladimir Putin"}));
  const Result none = FindPath(*graph_, {"Biden", "Mexico", {}, 6, false, 10});
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.nothing, "no path between Joe Biden and Mexico within 6 hops");
}

TEST_F(CommandsTest, CentralRanksByEachMeasure) {
  EXPECT_EQ(Column(Central(*graph_, {Measure::kDegree, {}, 2}), "id"),
            (Strings{"country:RU", "country:US"}));
  EXPECT_EQ(Column(Central(*graph_, {Measure::kDegree, {}, 2}), "score"), (Strings{"8", "7"}));
  EXPECT_EQ(Column(Central(*graph_, {Measure::kPageRank, {}, 1}), "id"), Strings{"country:RU"});
  EXPECT_EQ(Column(Central(*graph_, {Measure::kBetweenness, {EntityType::kPerson}, 1}), "id"),
            Strings{"person:vladimir-putin"});
  EXPECT_EQ(Central(*graph_, {Measure::kDegree, {}, 0}).tables[0].rows.size(), 18u);
}

TEST_F(CommandsTest, SubgraphWritesTheEgoNetworkWithTheExporters) {
  const auto dir = std::filesystem::temp_directory_path() / "kgraph_query_subgraph_test";
  std::filesystem::create_directories(dir);
  std::ostringstream unused;
  for (const std::string ext : {".graphml", ".gexf", ".dot"}) {
    const std::string path = (dir / ("lavrov" + ext)).string();
    const Result r = Subgraph(*graph_, {"Lavrov", 1, path}, unused);
    EXPECT_EQ(Column(r, "nodes"), Strings{"3"}) << ext;
    EXPECT_EQ(Column(r, "edges"), Strings{"2"}) << ext;
    EXPECT_GT(std::filesystem::file_size(path), 0u) << ext;
  }
  // The GraphML reads back as the same ego network.
  const auto back = ReadGraphMLFile((dir / "lavrov.graphml").string());
  EXPECT_EQ(back.graph.node_count(), 3u);
  const auto ru = back.graph.FindNode("country:RU");
  ASSERT_TRUE(ru.has_value());
  EXPECT_EQ(ArticleCount(back.graph.node(*ru)), 5u);  // the count survives a second trip
  EXPECT_TRUE(back.graph.FindNode("person:wang-yi").has_value());
  std::ostringstream out;
  Subgraph(*graph_, {"Lavrov", 1, "-"}, out);
  EXPECT_NE(out.str().find("<graphml"), std::string::npos);
  EXPECT_THROW(Subgraph(*graph_, {"Lavrov", 1, (dir / "x.txt").string()}, unused), Error);
  std::filesystem::remove_all(dir);
}

TEST_F(CommandsTest, StatsCountsTypesRelationsAndComponents) {
  const Result r = Stats(*graph_, {3});
  ASSERT_EQ(r.tables.size(), 4u);
  EXPECT_EQ(Column(r, "nodes"), Strings{"18"});
  EXPECT_EQ(Column(r, "components"), Strings{"2"});
  EXPECT_EQ(Column(r, "largest_component"), Strings{"16"});
  Result types, top;
  types.tables = {r.tables[1]};
  top.tables = {r.tables[3]};
  EXPECT_EQ(Column(types, "count"), (Strings{"8", "8", "2"}));
  EXPECT_EQ(Column(top, "label"), (Strings{"Russia", "United States", "Vladimir Putin"}));
}

TEST_F(CommandsTest, UnknownAndAmbiguousNamesAreErrors) {
  EXPECT_THROW(Show(*graph_, {"Putn", 5}), Error);
  EXPECT_THROW(Why(*graph_, {"Kim", "Russia"}), Error);
  EXPECT_THROW(FindPath(*graph_, {"Biden", "Nobody", {}, 6, false, 10}), Error);
}

// Every command's answer survives each format: JSON parses with RapidJSON and has one
// member per table with one element per row; CSV parses as RFC 4180 with every row.
TEST_F(CommandsTest, EveryAnswerParsesBackInEveryFormat) {
  std::ostringstream unused;
  const std::vector<std::pair<std::string, Result>> answers = {
      {"entities", Entities(*graph_, {})},
      {"show", Show(*graph_, {"Сергей Лавров", 5})},
      {"neighbors", Neighbors(*graph_, {"putin", {}, 2, Direction::kBoth})},
      {"relations", Relations(*graph_, {"Russia", "", {}})},
      {"why", Why(*graph_, {"Biden", "Putin"})},
      {"ask", Ask(*graph_, {"? ? ?"})},
      {"path", FindPath(*graph_, {"Biden", "Lavrov", {}, 6, false, 10})},
      {"central", Central(*graph_, {Measure::kPageRank, {}, 0})},
      {"stats", Stats(*graph_, {})},
  };
  for (const auto& [name, r] : answers) {
    std::size_t rows = 0;
    for (const Table& t : r.tables) rows += t.rows.size();
    std::ostringstream json, csv, table;
    WriteResult(r, OutputFormat::kJson, json);
    WriteResult(r, OutputFormat::kCsv, csv);
    WriteResult(r, OutputFormat::kTable, table);
    rapidjson::Document doc;
    ASSERT_FALSE(doc.Parse(json.str().c_str()).HasParseError()) << name;
    for (const Table& t : r.tables) {
      ASSERT_TRUE(doc.HasMember(t.name.c_str())) << name << " " << t.name;
      const auto& v = doc[t.name.c_str()];
      EXPECT_EQ(v.IsObject() ? 1u : v.Size(), t.rows.size()) << name << " " << t.name;
    }
    EXPECT_EQ(testing::ReadCsv(csv.str()).size(), rows + 1) << name;
    const std::string text = table.str();
    EXPECT_GE(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')), rows) << name;
  }
}

}  // namespace
}  // namespace kg
