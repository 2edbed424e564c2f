// The questions `kgraph query` answers, one function each: a query struct in, a Result
// (query/result.h) out. Names are resolved with QueryGraph::Resolve, so an unknown or
// ambiguous name throws kg::Error; finding nothing is an empty Result (Result::nothing
// says why). docs/query.md lists every table and column.
//
//   kg::QueryGraph g(kg::ReadGraphMLFile("graph.graphml").graph);
//   kg::Result r = kg::Ask(g, {"? member_of AUKUS"});
//   kg::WriteResult(r, kg::OutputFormat::kTable, std::cout);
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/schema.h"
#include "graph/algorithms.h"
#include "query/query_graph.h"
#include "query/result.h"

namespace kg {

enum class EntitySort { kMentions, kDegree, kName };
struct EntitiesQuery {
  std::vector<EntityType> types;  // empty: every type
  EntitySort sort = EntitySort::kMentions;
  std::size_t limit = 0;  // 0: all
};
Result Entities(const QueryGraph& g, const EntitiesQuery& q);

// Type, id, aliases, roles held, counts, and the strongest relations each way
// (typed relations before co-mentions, then by weight).
struct ShowQuery {
  std::string name;
  std::size_t limit = 5;  // relations listed each way
};
Result Show(const QueryGraph& g, const ShowQuery& q);

struct NeighborsQuery {
  std::string name;
  std::vector<RelationType> relations;  // empty: every relation
  std::size_t depth = 1;
  Direction direction = Direction::kBoth;
};
Result Neighbors(const QueryGraph& g, const NeighborsQuery& q);

// Every typed relation of `a`, or with `b` only those between a and b (both
// directions). Co-mentions only when asked for in `relations`.
struct RelationsQuery {
  std::string a;
  std::string b;                        // "" : any
  std::vector<RelationType> relations;  // empty: every relation but co_mention
};
Result Relations(const QueryGraph& g, const RelationsQuery& q);

// The evidence sentences behind every edge between a and b.
struct WhyQuery {
  std::string a, b;
};
Result Why(const QueryGraph& g, const WhyQuery& q);

// "S REL O" with ? for any part: "? criticizes United States", "Russia ? NATO".
struct TriplePattern {
  std::string subject;                   // "": any
  std::optional<RelationType> relation;  // nullopt: any
  std::string object;                    // "": any
};
// Splits at the relation word ("member_of", "member of", "criticises") or at a lone
// "?" between two names. Throws kg::Error when the pattern has no such place.
TriplePattern ParseTriple(std::string_view pattern);
struct AskQuery {
  std::string pattern;
};
Result Ask(const QueryGraph& g, const AskQuery& q);

struct PathQuery {
  std::string from, to;
  std::vector<RelationType> relations;  // empty: every relation
  std::size_t max_hops = 6;
  bool weighted = false;  // Dijkstra, cost 1/weight
  std::size_t max_paths = 10;
};
Result FindPath(const QueryGraph& g, const PathQuery& q);

enum class Measure { kDegree, kPageRank, kBetweenness };
struct CentralQuery {
  Measure measure = Measure::kDegree;
  std::vector<EntityType> types;  // empty: every type
  std::size_t limit = 10;         // 0: all
};
Result Central(const QueryGraph& g, const CentralQuery& q);

// The ego network of `name` within `depth` hops, written by the exporters: the format
// follows the extension of `out` (.graphml, .gexf, .dot or .gv); "-" writes GraphML to
// `standard_output`. Files are written atomically.
struct SubgraphQuery {
  std::string name;
  std::size_t depth = 1;
  std::string out;
};
Result Subgraph(const QueryGraph& g, const SubgraphQuery& q, std::ostream& standard_output);

// Counts by entity type and relation, components, density and the top entities.
struct StatsQuery {
  std::size_t top = 10;
};
Result Stats(const QueryGraph& g, const StatsQuery& q);

}  // namespace kg
