#include "graph/graphml_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>

#include "common/error.h"
#include "export/graphml_writer.h"

namespace kg {
namespace {

const char* kData = "tests/data/query/";

std::string LargeGraphML(int nodes, int edges);  // below

const EntityNode& Node(const KnowledgeGraph& g, const std::string& id) {
  auto n = g.FindNode(id);
  EXPECT_TRUE(n.has_value()) << id;
  return g.node(n.value_or(0));
}

// The edge (source, relation, target), or nullptr.
const RelationEdge* Edge(const KnowledgeGraph& g, const std::string& s, RelationType r,
                         const std::string& t) {
  for (auto e : g.Edges())
    if (g.node(g.source(e)).id == s && g.edge(e).relation == r && g.node(g.target(e)).id == t)
      return &g.edge(e);
  return nullptr;
}

std::string ErrorOf(const std::string& path, const GraphMLReadOptions& options = {}) {
  try {
    ReadGraphMLFile(path, options);
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(GraphMLReader, ReadsEveryAttributeOfTheFixture) {
  const GraphMLReadResult r = ReadGraphMLFile(std::string(kData) + "fixture.graphml");
  EXPECT_TRUE(r.notes.empty());
  EXPECT_EQ(r.graph.node_count(), 18u);
  EXPECT_EQ(r.graph.edge_count(), 26u);
  const EntityNode& lavrov = Node(r.graph, "person:sergey-lavrov");
  EXPECT_EQ(lavrov.label, "Сергей Лавров");
  EXPECT_EQ(lavrov.type, EntityType::kPerson);
  EXPECT_EQ(lavrov.aliases, (std::set<std::string>{"Lavrov", "Sergei Lavrov", "Сергей Лавров"}));
  EXPECT_EQ(lavrov.mentions, 4u);
  EXPECT_EQ(ArticleCount(lavrov), 2u);
  const EntityNode& us = Node(r.graph, "country:US");
  EXPECT_EQ(us.type, EntityType::kCountry);
  EXPECT_EQ(us.iso, "US");

  const RelationEdge* xi =
      Edge(r.graph, "person:xi-jinping", RelationType::kOfficialOf, "country:CN");
  ASSERT_NE(xi, nullptr);
  EXPECT_EQ(xi->roles, (std::set<std::string>{"general secretary", "president"}));
  EXPECT_EQ(xi->weight, 3);
  const RelationEdge* said =
      Edge(r.graph, "person:joe-biden", RelationType::kCriticizes, "person:vladimir-putin");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(r.graph.ArticleIds(said->articles), (std::vector<std::string_view>{"a1", "a3"}));
  ASSERT_EQ(said->evidence.size(), 2u);
  EXPECT_EQ(said->evidence[0],
            (Evidence{"a1",
                      {120, 190},
                      "Biden said \"Putin is a war criminal\" & must be held to account.",
                      "person:joe-biden"}));
  // Parallel edges between one pair stay apart.
  EXPECT_NE(Edge(r.graph, "country:RU", RelationType::kCriticizes, "country:US"), nullptr);
  EXPECT_NE(Edge(r.graph, "country:RU", RelationType::kCoMention, "country:US"), nullptr);
}

TEST(GraphMLReader, FillsInWhatAGephiFileLacks) {
  const GraphMLReadResult r = ReadGraphMLFile(std::string(kData) + "gephi.graphml");
  ASSERT_EQ(r.graph.node_count(), 5u);
  struct Case {
    std::string id, label;
    EntityType type;
  };
  for (const Case& c : std::vector<Case>{{"0", "Vladimir Putin", EntityType::kPerson},
                                         {"country:RU", "Russia", EntityType::kCountry},
                                         {"2", "United States", EntityType::kCountry},
                                         {"alliance:nato", "NATO", EntityType::kAlliance},
                                         {"4", "4", EntityType::kPerson}}) {
    EXPECT_EQ(Node(r.graph, c.id).label, c.label) << c.id;
    EXPECT_EQ(Node(r.graph, c.id).type, c.type) << c.id;
  }
  const RelationEdge* official = Edge(r.graph, "0", RelationType::kOfficialOf, "country:RU");
  ASSERT_NE(official, nullptr);  // from the edge label "official of (president)"
  EXPECT_EQ(official->weight, 1);
  const RelationEdge* co = Edge(r.graph, "0", RelationType::kCoMention, "2");
  ASSERT_NE(co, nullptr);
  EXPECT_EQ(co->weight, 3);
  // co_mention is symmetric: stored from the smaller id.
  EXPECT_NE(Edge(r.graph, "alliance:nato", RelationType::kCoMention, "country:RU"), nullptr);
  EXPECT_NE(Edge(r.graph, "2", RelationType::kMemberOf, "alliance:nato"), nullptr);

  std::string notes;
  for (const auto& n : r.notes) notes += n.message + "\n";
  EXPECT_NE(notes.find("1 nodes without a label"), std::string::npos) << notes;
  EXPECT_NE(notes.find("5 nodes without a known type"), std::string::npos) << notes;
  EXPECT_NE(notes.find("1 edges without a relation"), std::string::npos) << notes;
  EXPECT_NE(notes.find("unknown relation \"hates\""), std::string::npos) << notes;
  EXPECT_NE(notes.find("attributes ignored: edge label, modularity class, x"), std::string::npos)
      << notes;
}

TEST(GraphMLReader, RefusesHostileAndMalformedFilesWithFileLineAndColumn) {
  struct Case {
    std::string file, message;
  };
  const std::vector<Case> cases = {
      {"doctype", "doctype.graphml:2:1: DOCTYPE refused"},
      {"external_entity", "external_entity.graphml:2:1: DOCTYPE refused"},
      {"billion_laughs", "billion_laughs.graphml:2:1: DOCTYPE refused"},
      {"undeclared_entity", ":4:60: entity reference &lol9; refused"},
      {"entity_declaration", ":2:1: entity declarations are refused"},
      {"bare_ampersand", ":4:62: '&' must start an entity reference"},
      {"bad_char_reference", ":3:44: invalid character reference"},
      {"unclosed", ":5:10: malformed XML: invalid closing tag name"},
      {"mismatched", ":3:52: malformed XML: invalid closing tag name"},
      {"truncated", ":3:1: unterminated start tag"},
      {"invalid_utf8", ":2:76: invalid UTF-8"},
      {"control_char", ":2:77: invalid UTF-8 or a character not allowed in XML 1.0"},
      {"utf16", ":1:1: UTF-16 GraphML is not supported"},
      {"latin1", ":1:21: encoding \"iso-8859-1\" is not supported"},
      {"deep_nesting", "elements nested deeper than 64"},
      {"not_graphml", ":2:2: not a GraphML document"},
      {"two_roots", ":3:2: malformed XML: more than one root element"},
      {"no_graph", ":2:2: no <graph> element"},
      {"empty", "empty.graphml:1:1: not a GraphML document"},
      {"bad_json", ":6:6: edge \"a\" -> \"b\": evidence is not valid JSON"},
      {"deep_json", "node \"a\": aliases holds a value that is not a string"},
      {"evidence_backwards", "evidence ends before it begins"},
      {"bad_number", ":5:6: node \"a\": mentions \"many\" is not a whole number"},
      {"bad_weight", "weight \"-inf\" is not a non-negative number"},
      {"unknown_endpoint",
       ":5:6: edge \"a\" -> \"ghost\": target \"ghost\" is not a declared node"},
      {"duplicate_node", ":5:6: node \"a\": duplicate node id"},
  };
  for (const Case& c : cases) {
    const std::string message = ErrorOf(std::string(kData) + "bad/" + c.file + ".graphml");
    EXPECT_NE(message.find(c.message), std::string::npos) << c.file << ": " << message;
  }
}

TEST(GraphMLReader, JoinsTextSplitByCommentsAndCdataAndAppliesKeyDefaults) {
  const std::string text =
      "<graphml><key id=\"l\" for=\"node\" attr.name=\"label\"/>"
      "<key id=\"t\" for=\"all\" attr.name=\"type\"><default>country</default></key>"
      "<graph><node id=\"a\"><data key=\"l\">Vladimir <!-- c --> Putin<![CDATA[ <&> ]]>"
      "&#x41;&amp;</data><data key=\"t\">person</data></node><node id=\"b\"/></graph></graphml>";
  const GraphMLReadResult r = ReadGraphML(text, "t");
  EXPECT_EQ(Node(r.graph, "a").label, "Vladimir  Putin <&> A&");
  EXPECT_EQ(Node(r.graph, "a").type, EntityType::kPerson);
  EXPECT_EQ(Node(r.graph, "b").type, EntityType::kCountry);  // the key's default
}

// What the file means does not depend on its order: a key after the graph, an edge
// before its nodes. Text is the element's own (not its children's), references decoded.
TEST(GraphMLReader, ReadsTheOutlineWhateverItsOrder) {
  const std::string text =
      "\xEF\xBB\xBF<?xml version='1.0' encoding='UTF-8'?>\n"
      "<g:graphml xmlns:g='http://graphml.graphdrawing.org/xmlns'><g:graph>"
      "<g:edge source='a&amp;b' target=\"c\"><g:data key='r'>meets</g:data>"
      "<g:data key='w'>2</g:data></g:edge>"
      "<g:node id='c'><g:data key='l'>See<y:x>not this</y:x> &#xe9;</g:data></g:node>"
      "<g:node id='a&amp;b'><g:data key='l'></g:data><g:data key='l'>AB</g:data></g:node>"
      "</g:graph><g:key id='l' for='node' attr.name='Label'/>"
      "<g:key id='r' for='edge' attr.name='relation'/><g:key id='w' for='edge' "
      "attr.name='weight'/></g:graphml>";
  const GraphMLReadResult r = ReadGraphML(text, "t");
  ASSERT_EQ(r.graph.node_count(), 2u);
  EXPECT_EQ(Node(r.graph, "c").label, "See \xC3\xA9");
  EXPECT_EQ(Node(r.graph, "a&b").label, "AB");  // the last <data> of a key counts
  const RelationEdge* e = Edge(r.graph, "a&b", RelationType::kMeets, "c");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->weight, 2);
}

TEST(GraphMLReader, AFileReadsAsItsText) {
  const std::string path = testing::TempDir() + "graphml_reader_test.graphml";
  const std::string text = LargeGraphML(50, 200);
  std::ofstream(path, std::ios::binary) << text;
  const GraphMLReadResult from_file = ReadGraphMLFile(path);
  const GraphMLReadResult from_text = ReadGraphML(text, path);
  EXPECT_EQ(from_file.graph.node_count(), 50u);
  ASSERT_EQ(from_file.graph.edge_count(), from_text.graph.edge_count());
  for (auto e : from_text.graph.Edges())
    EXPECT_EQ(from_file.graph.edge(e).evidence, from_text.graph.edge(e).evidence);
  GraphMLReadOptions small;
  small.max_bytes = text.size() - 1;
  EXPECT_NE(ErrorOf(path, small).find("larger than"), std::string::npos);
  small.max_bytes = text.size();
  EXPECT_EQ(ReadGraphMLFile(path, small).graph.node_count(), 50u);
  std::remove(path.c_str());
}

TEST(GraphMLReader, MissingFilesAndDirectoriesAreErrors) {
  EXPECT_NE(ErrorOf("tests/data/query/no-such.graphml").find("cannot open"), std::string::npos);
  EXPECT_NE(ErrorOf("tests/data/query").find("is a directory"), std::string::npos);
}

TEST(GraphMLReader, EnforcesTheSizeLimits) {
  const std::string text =
      "<graphml><graph><node id=\"a\"/><node id=\"b\"/><node id=\"c\"/></graph></graphml>";
  GraphMLReadOptions small;
  small.max_items = 7;  // 5 elements, 3 attributes
  EXPECT_THROW(ReadGraphML(text, "t", small), Error);
  small.max_items = 8;
  EXPECT_EQ(ReadGraphML(text, "t", small).graph.node_count(), 3u);
  small.max_bytes = 10;
  EXPECT_THROW(ReadGraphML(text, "t", small), Error);
}

// Whatever the damage, the reader returns or throws kg::Error: it never crashes.
TEST(GraphMLReader, SurvivesRandomDamage) {
  std::ifstream in(std::string(kData) + "fixture.graphml", std::ios::binary);
  const std::string original((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
  std::mt19937 rng(42);
  const std::string bytes = "<>&;\"'/![]?=-\x00\xff\xc3 ax#";
  int refused = 0;
  for (int round = 0; round < 300; ++round) {
    std::string text = original;
    for (int k = 0; k < 3; ++k) {
      const std::size_t at = rng() % text.size();
      switch (rng() % 3) {
        case 0:
          text[at] = bytes[rng() % bytes.size()];
          break;
        case 1:
          text.erase(at, rng() % 8);
          break;
        default:
          text.resize(at);
          break;
      }
    }
    try {
      ReadGraphML(text, "damaged");
    } catch (const Error&) {
      ++refused;
    }
  }
  EXPECT_GT(refused, 150);
}

// A graph with every field set, awkward characters included.
KnowledgeGraph RoundTripGraph() {
  KnowledgeGraph g;
  const ArticleRef x1 = g.InternArticle("x1"), x2 = g.InternArticle("x2");
  const auto a = g.AddNode({"person:a",
                            "Ａлексей <Navalny> & \"co\"",
                            EntityType::kPerson,
                            "",
                            {"Навальный", "a'b"},
                            {x1, x2},
                            7});
  const auto b =
      g.AddNode({"country:RU", "Russia", EntityType::kCountry, "RU", {"Russia"}, {x1}, 3});
  const auto c = g.AddNode({"alliance:csto", "CSTO", EntityType::kAlliance, "", {}, {}, 0});
  RelationEdge e;
  e.roles = {"opposition leader", "lawyer"};
  e.weight = 2.5;
  e.articles = {x1, x2};
  e.evidence = {{"x1", {0, 10}, "Tab\there, newline\nthere, <b>&amp;</b> 习近平", "person:a"},
                {"x2", {5, 6}, "", ""}};
  g.AddEdge(a, RelationType::kOfficialOf, b, e);
  RelationEdge m;
  m.weight = 1;
  m.articles = {x1};
  m.evidence = {{"x1", {3, 9}, "RU & CSTO", ""}};
  g.AddEdge(b, RelationType::kMemberOf, c, m);
  g.AddEdge(c, RelationType::kCoMention, b, m);
  return g;
}

TEST(GraphMLReader, RoundTripKeepsEveryAttribute) {
  const KnowledgeGraph g = RoundTripGraph();
  std::ostringstream out;
  WriteGraphML(g, out);
  if (out.str().empty()) GTEST_SKIP() << "WriteGraphML is still a placeholder";
  const GraphMLReadResult r = ReadGraphML(out.str(), "round-trip");
  EXPECT_TRUE(r.notes.empty());
  ASSERT_EQ(r.graph.node_count(), g.node_count());
  ASSERT_EQ(r.graph.edge_count(), g.edge_count());
  for (auto n : g.Nodes()) {
    const EntityNode& want = g.node(n);
    const EntityNode& got = Node(r.graph, want.id);
    EXPECT_EQ(got.label, want.label);
    EXPECT_EQ(got.type, want.type);
    EXPECT_EQ(got.iso, want.iso);
    EXPECT_EQ(got.aliases, want.aliases);
    EXPECT_EQ(got.mentions, want.mentions);
    EXPECT_EQ(ArticleCount(got), ArticleCount(want));
  }
  for (auto e : g.Edges()) {
    const RelationEdge& want = g.edge(e);
    const RelationEdge* got =
        Edge(r.graph, g.node(g.source(e)).id, want.relation, g.node(g.target(e)).id);
    ASSERT_NE(got, nullptr);
    EXPECT_EQ(got->roles, want.roles);
    EXPECT_EQ(got->weight, want.weight);
    EXPECT_EQ(r.graph.ArticleIds(got->articles), g.ArticleIds(want.articles));
    EXPECT_EQ(got->evidence, want.evidence);
  }
  // Written again, the graph read back gives the same bytes.
  std::ostringstream again;
  WriteGraphML(r.graph, again);
  EXPECT_EQ(again.str(), out.str());
}

// 100k edges in the build's format; the load must take well under a second.
std::string LargeGraphML(int nodes, int edges) {
  std::string s =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml>\n"
      "<key id=\"l\" for=\"node\" attr.name=\"label\"/><key id=\"t\" for=\"node\" "
      "attr.name=\"type\"/><key id=\"a\" for=\"node\" attr.name=\"aliases\"/>"
      "<key id=\"r\" for=\"edge\" attr.name=\"relation\"/><key id=\"w\" for=\"edge\" "
      "attr.name=\"weight\"/><key id=\"ar\" for=\"edge\" attr.name=\"articles\"/>"
      "<key id=\"ev\" for=\"edge\" attr.name=\"evidence\"/>\n<graph edgedefault=\"directed\">\n";
  for (int i = 0; i < nodes; ++i) {
    const std::string id = std::to_string(i);
    s += "<node id=\"person:p" + id + "\"><data key=\"l\">Person " + id +
         "</data><data key=\"t\">person</data><data key=\"a\">[&quot;P" + id +
         "&quot;]</data></node>\n";
  }
  // Sorted by source id, as WriteGraphML writes them.
  std::mt19937 rng(7);
  std::vector<std::pair<std::string, std::string>> pairs;
  for (int i = 0; i < edges; ++i)
    pairs.emplace_back(std::to_string(rng() % nodes), std::to_string(rng() % nodes));
  std::sort(pairs.begin(), pairs.end());
  for (const auto& [s_id, t_id] : pairs) {
    s += "<edge source=\"person:p" + s_id + "\" target=\"person:p" + t_id +
         "\"><data key=\"r\">supports</data><data key=\"w\">2</data><data key=\"ar\">"
         "[&quot;art" +
         s_id + "&quot;]</data><data key=\"ev\">[{&quot;article&quot;:&quot;art" + s_id +
         "&quot;,&quot;begin&quot;:10,&quot;end&quot;:90,&quot;text&quot;:&quot;Person " + s_id +
         " said they support Person " + t_id + " in every way.&quot;}]</data></edge>\n";
  }
  return s + "</graph>\n</graphml>\n";
}

TEST(GraphMLReader, LoadsAHundredThousandEdgesQuickly) {
  const std::string text = LargeGraphML(20000, 100000);
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  const GraphMLReadResult r = ReadGraphML(text, "large");
  const double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(r.graph.node_count(), 20000u);
  EXPECT_GT(r.graph.edge_count(), 90000u);  // random pairs repeat a little
  RecordProperty("seconds", std::to_string(seconds));
  std::printf("loaded %zu bytes, %zu edges in %.3f s (%.3f s CPU)\n", text.size(),
              r.graph.edge_count(), seconds, cpu_seconds);
  // 0.2-0.35 s of CPU on a busy 2-core machine; the bound leaves room for a slower runner
  // and still catches anything worse than linear. Sanitizers slow everything down.
#ifndef __SANITIZE_ADDRESS__
  EXPECT_LT(cpu_seconds, 2.0);
#endif
}

}  // namespace
}  // namespace kg
