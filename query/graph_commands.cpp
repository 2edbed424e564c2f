// path, central, subgraph, stats: questions about the shape of the graph.
#include <algorithm>
#include <map>
#include <ostream>
#include <set>
#include <tuple>

#include "common/atomic_file.h"
#include "common/error.h"
#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "query/cells.h"
#include "query/commands.h"

namespace kg {
namespace {

using cells::Count;
using cells::Text;
using NodeId = KnowledgeGraph::NodeId;
using EdgeId = KnowledgeGraph::EdgeId;

bool TypeWanted(const std::vector<EntityType>& types, EntityType t) {
  return types.empty() || std::find(types.begin(), types.end(), t) != types.end();
}

// "->" when the edge reads from `a` to `b`, "<-" when backwards, "<->" when symmetric.
std::string_view Arrow(const KnowledgeGraph& g, EdgeId e, NodeId a) {
  const std::string_view way = cells::Direction(g, e, a);
  return way == "both" ? "<->" : way == "out" ? "->" : "<-";
}

using GraphWriter = void (*)(const KnowledgeGraph&, std::ostream&);

// The exporter for a file name's extension, and the format's name.
std::pair<GraphWriter, std::string_view> WriterFor(const std::string& path) {
  auto ends = [&](std::string_view ext) { return path.ends_with(ext); };
  if (path == "-" || ends(".graphml")) return {&WriteGraphML, "graphml"};
  if (ends(".gexf")) return {&WriteGexf, "gexf"};
  if (ends(".dot") || ends(".gv")) return {&WriteDot, "dot"};
  throw Error(path, "unknown graph format: name the file .graphml, .gexf or .dot");
}

std::vector<double> Scores(const QueryGraph& g, Measure measure) {
  if (measure == Measure::kPageRank) return PageRank(g.graph());
  if (measure == Measure::kBetweenness) return Betweenness(g.graph());
  std::vector<double> out(g.graph().node_count());
  for (NodeId n = 0; n < out.size(); ++n) out[n] = static_cast<double>(g.degree(n));
  return out;
}

}  // namespace

Result FindPath(const QueryGraph& g, const PathQuery& q) {
  const KnowledgeGraph& kg = g.graph();
  const NodeId from = g.Resolve(q.from), to = g.Resolve(q.to);
  PathOptions options;
  options.filter.relations = q.relations;
  options.max_hops = q.max_hops;
  options.weighted = q.weighted;
  options.max_paths = q.max_paths;
  Table t{"path", {"path", "hop", "from", "relation", "direction", "to", "weight"}};
  const std::vector<Path> paths = ShortestPaths(kg, from, to, options);
  for (std::size_t p = 0; p < paths.size(); ++p) {
    for (std::size_t hop = 1; hop < paths[p].size(); ++hop) {
      const NodeId a = paths[p][hop - 1], b = paths[p][hop];
      for (EdgeId e : EdgesBetween(kg, a, b, options.filter))
        t.rows.push_back({Count(p + 1), Count(hop), Text(kg.node(a).label),
                          Text(ToString(kg.edge(e).relation)), Text(Arrow(kg, e, a)),
                          Text(kg.node(b).label), kg.edge(e).weight});
    }
  }
  Result r;
  r.tables.push_back(std::move(t));
  r.nothing = from == to ? "both names are " + kg.node(from).label
                         : "no path between " + kg.node(from).label + " and " + kg.node(to).label +
                               " within " + std::to_string(q.max_hops) + " hops" +
                               (q.relations.empty() ? "" : " along these relations");
  return r;
}

Result Central(const QueryGraph& g, const CentralQuery& q) {
  const KnowledgeGraph& kg = g.graph();
  const std::vector<double> score = Scores(g, q.measure);
  std::vector<NodeId> nodes;
  for (NodeId n : kg.Nodes())
    if (TypeWanted(q.types, kg.node(n).type)) nodes.push_back(n);
  std::stable_sort(nodes.begin(), nodes.end(), [&](NodeId a, NodeId b) {
    return std::make_tuple(-score[a], kg.node(a).label) <
           std::make_tuple(-score[b], kg.node(b).label);
  });
  if (q.limit > 0 && nodes.size() > q.limit) nodes.resize(q.limit);
  Table t{"central", {"rank", "id", "label", "type", "score"}};
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const EntityNode& node = kg.node(nodes[i]);
    const Cell value =
        q.measure == Measure::kDegree ? Count(g.degree(nodes[i])) : Cell{score[nodes[i]]};
    t.rows.push_back(
        {Count(i + 1), Text(node.id), Text(node.label), Text(ToString(node.type)), value});
  }
  Result r;
  r.tables.push_back(std::move(t));
  r.nothing = "no entities of that type";
  return r;
}

Result Subgraph(const QueryGraph& g, const SubgraphQuery& q, std::ostream& standard_output) {
  const NodeId start = g.Resolve(q.name);
  const auto [writer, format] = WriterFor(q.out);
  std::vector<NodeId> nodes;
  for (const Reached& r : Neighborhood(g.graph(), start, q.depth, {})) nodes.push_back(r.node);
  const KnowledgeGraph ego = InducedSubgraph(g.graph(), nodes);
  if (q.out == "-")
    writer(ego, standard_output);
  else
    WriteFileAtomically(q.out, [&](std::ostream& out) { writer(ego, out); });
  Table t{"subgraph", {"file", "format", "nodes", "edges"}};
  t.record = true;
  t.rows.push_back({Text(q.out), Text(format), Count(ego.node_count()), Count(ego.edge_count())});
  Result r;
  r.tables.push_back(std::move(t));
  return r;
}

Result Stats(const QueryGraph& g, const StatsQuery& q) {
  const KnowledgeGraph& kg = g.graph();
  const Components components = ConnectedComponents(kg);
  std::vector<std::size_t> sizes(components.count);
  for (std::size_t c : components.of) ++sizes[c];
  std::set<std::pair<NodeId, NodeId>> pairs;  // connected unordered pairs, for the density
  std::map<RelationType, std::pair<std::size_t, double>> by_relation;
  for (EdgeId e = 0; e < kg.edge_count(); ++e) {
    const NodeId s = kg.source(e), t = kg.target(e);
    if (s != t) pairs.emplace(std::min(s, t), std::max(s, t));
    auto& [count, weight] = by_relation[kg.edge(e).relation];
    ++count;
    weight += kg.edge(e).weight;
  }
  const double n = static_cast<double>(kg.node_count());
  Table summary{"summary", {"nodes", "edges", "components", "largest_component", "density"}};
  summary.record = true;
  summary.rows.push_back({Count(kg.node_count()), Count(kg.edge_count()), Count(components.count),
                          Count(sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end())),
                          n < 2 ? 0.0 : static_cast<double>(pairs.size()) / (n * (n - 1) / 2)});
  Table types{"types", {"type", "count"}};
  for (EntityType type : {EntityType::kPerson, EntityType::kCountry, EntityType::kAlliance}) {
    std::size_t count = 0;
    for (NodeId v = 0; v < kg.node_count(); ++v) count += kg.node(v).type == type;
    types.rows.push_back({Text(ToString(type)), Count(count)});
  }
  Table relations{"relations", {"relation", "count", "weight"}};
  for (const auto& [relation, totals] : by_relation)
    relations.rows.push_back({Text(ToString(relation)), Count(totals.first), totals.second});
  Table top{"top", {"rank", "id", "label", "type", "mentions", "degree"}};
  const Result ranked = Entities(g, {{}, EntitySort::kMentions, q.top});
  for (std::size_t i = 0; i < ranked.tables[0].rows.size(); ++i) {
    const auto& row = ranked.tables[0].rows[i];
    top.rows.push_back({Count(i + 1), row[0], row[1], row[2], row[3], row[5]});
  }
  Result r;
  r.tables = {std::move(summary), std::move(types), std::move(relations), std::move(top)};
  return r;
}

}  // namespace kg
