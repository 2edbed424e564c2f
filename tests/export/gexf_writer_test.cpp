#include "export/gexf_writer.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "tests/export/golden.h"
#include "tests/export/small_graph.h"

namespace kg {
namespace {

std::string Gexf(const KnowledgeGraph& graph) {
  std::ostringstream out;
  WriteGexf(graph, out);
  return out.str();
}

// The line of the document that contains `needle`, or "" when none does.
std::string LineWith(const std::string& text, const std::string& needle) {
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (line.find(needle) != std::string::npos) return line;
  return "";
}

TEST(GexfWriter, MatchesTheGoldenFile) {
  testing::ExpectGolden(Gexf(testing::SmallGraph()), "tests/data/golden/small.gexf");
}

TEST(GexfWriter, SameBytesWhateverTheOrderTheGraphWasBuiltIn) {
  EXPECT_EQ(Gexf(testing::SmallGraph()), Gexf(testing::SmallGraphReversed()));
}

TEST(GexfWriter, EdgesCarryKindLabelWeightAndDirection) {
  const std::string text = Gexf(testing::SmallGraph());
  struct Case {
    std::string id;
    std::string expected;  // the start tag after the id
  };
  const std::vector<Case> cases = {
      {"e0",
       R"(source="alliance:nato" target="country:RU" type="undirected" kind="co_mention" label="co mention" weight="2">)"},
      {"e1",
       R"(source="country:RU" target="alliance:nato" kind="criticizes" label="criticizes" weight="3">)"},
      {"e2",
       R"(source="country:RU" target="alliance:nato" kind="sanctions" label="sanctions" weight="1">)"},
      {"e4",
       R"(source="graph" target="person:sergey-lavrov" type="undirected" kind="meets" label="meets" weight="1">)"},
      {"e5",
       R"x(source="person:sergey-lavrov" target="country:RU" kind="official_of" label="official of (foreign minister)" weight="2">)x"},
      {"e6", R"(source="strict" target="graph" kind="supports" label="supports" weight="1.5">)"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(LineWith(text, "<edge id=\"" + c.id + "\""),
              "      <edge id=\"" + c.id + "\" " + c.expected)
        << c.id;
  }
}

TEST(GexfWriter, NodesAreColouredByTypeAndEscaped) {
  const std::string text = Gexf(testing::SmallGraph());
  EXPECT_EQ(LineWith(text, "id=\"strict\""),
            "      <node id=\"strict\" label=\"AT&amp;T &lt;&quot;Alliance&quot;&gt; &apos;x&apos;"
            "\xEF\xBF\xBD\">");
  const std::vector<std::string> colours = {
      R"(<viz:color r="230" g="159" b="0" a="1.0"/>)",   // person
      R"(<viz:color r="86" g="180" b="233" a="1.0"/>)",  // country
      R"(<viz:color r="0" g="158" b="115" a="1.0"/>)",   // alliance
  };
  for (const auto& colour : colours) EXPECT_NE(text.find(colour), std::string::npos) << colour;
  EXPECT_EQ(text.find("lastmodifieddate"), std::string::npos);  // would break determinism
}

TEST(GexfWriter, EmptyGraphHasEmptyNodesAndEdges) {
  const std::string text = Gexf(KnowledgeGraph());
  EXPECT_NE(text.find("<nodes>\n    </nodes>"), std::string::npos);
  EXPECT_NE(text.find("<edges>\n    </edges>"), std::string::npos);
}

}  // namespace
}  // namespace kg
