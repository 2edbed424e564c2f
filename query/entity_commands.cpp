// entities, show, neighbors: questions about one entity or the list of them.
#include <algorithm>
#include <tuple>

#include "query/cells.h"
#include "query/commands.h"

namespace kg {
namespace {

using cells::Count;
using cells::List;
using cells::Text;
using NodeId = KnowledgeGraph::NodeId;
using EdgeId = KnowledgeGraph::EdgeId;

bool TypeWanted(const std::vector<EntityType>& types, EntityType t) {
  return types.empty() || std::find(types.begin(), types.end(), t) != types.end();
}

// "president of Russia" for each role of each official_of edge.
std::vector<std::string> RolesHeld(const KnowledgeGraph& g, NodeId n) {
  std::vector<std::string> out;
  for (EdgeId e : g.OutEdges(n)) {
    const RelationEdge& edge = g.edge(e);
    if (edge.relation != RelationType::kOfficialOf) continue;
    const std::string& office = g.node(g.target(e)).label;
    if (edge.roles.empty()) out.push_back("official of " + office);
    for (const auto& role : edge.roles) out.push_back(role + " of " + office);
  }
  return out;
}

// Typed relations before co-mentions, then the heaviest, then by the other's label.
Table Strongest(const QueryGraph& g, NodeId n, bool outgoing, std::size_t limit) {
  const KnowledgeGraph& kg = g.graph();
  std::vector<EdgeId> edges;
  for (EdgeId e : cells::Incident(kg, n)) {
    const std::string_view way = cells::Direction(kg, e, n);
    if (way == "both" || (way == "out") == outgoing) edges.push_back(e);
  }
  auto key = [&](EdgeId e) {
    return std::make_tuple(kg.edge(e).relation == RelationType::kCoMention, -kg.edge(e).weight,
                           kg.node(cells::Other(kg, e, n)).label, e);
  };
  std::sort(edges.begin(), edges.end(), [&](EdgeId a, EdgeId b) { return key(a) < key(b); });
  if (edges.size() > limit) edges.resize(limit);
  Table t{outgoing ? "outgoing" : "incoming",
          {"relation", outgoing ? "target" : "source", outgoing ? "target_id" : "source_id",
           "weight", "articles"}};
  for (EdgeId e : edges) {
    const EntityNode& other = kg.node(cells::Other(kg, e, n));
    t.rows.push_back({Text(ToString(kg.edge(e).relation)), Text(other.label), Text(other.id),
                      kg.edge(e).weight, Count(kg.edge(e).articles.size())});
  }
  return t;
}

}  // namespace

Result Entities(const QueryGraph& g, const EntitiesQuery& q) {
  const KnowledgeGraph& kg = g.graph();
  std::vector<NodeId> nodes;
  for (NodeId n : kg.Nodes())
    if (TypeWanted(q.types, kg.node(n).type)) nodes.push_back(n);
  auto key = [&](NodeId n) -> std::tuple<long long, const std::string&, const std::string&> {
    const EntityNode& node = kg.node(n);
    const long long rank = q.sort == EntitySort::kMentions ? -static_cast<long long>(node.mentions)
                           : q.sort == EntitySort::kDegree ? -static_cast<long long>(g.degree(n))
                                                           : 0;
    return {rank, node.label, node.id};
  };
  std::stable_sort(nodes.begin(), nodes.end(), [&](NodeId a, NodeId b) { return key(a) < key(b); });
  if (q.limit > 0 && nodes.size() > q.limit) nodes.resize(q.limit);
  Table t{"entities", {"id", "label", "type", "mentions", "articles", "degree"}};
  for (NodeId n : nodes) {
    const EntityNode& node = kg.node(n);
    t.rows.push_back({Text(node.id), Text(node.label), Text(ToString(node.type)),
                      Count(node.mentions), Count(ArticleCount(node)), Count(g.degree(n))});
  }
  Result r;
  r.tables.push_back(std::move(t));
  r.nothing = q.types.empty() ? "the graph has no entities" : "no entities of that type";
  return r;
}

Result Show(const QueryGraph& g, const ShowQuery& q) {
  const KnowledgeGraph& kg = g.graph();
  const NodeId n = g.Resolve(q.name);
  const EntityNode& node = kg.node(n);
  Table entity{
      "entity",
      {"id", "label", "type", "iso", "aliases", "roles", "mentions", "articles", "degree"}};
  entity.record = true;
  entity.rows.push_back({Text(node.id), Text(node.label), Text(ToString(node.type)),
                         node.iso.empty() ? Cell{} : Text(node.iso), List(node.aliases),
                         RolesHeld(kg, n), Count(node.mentions), Count(ArticleCount(node)),
                         Count(g.degree(n))});
  Result r;
  r.tables.push_back(std::move(entity));
  r.tables.push_back(Strongest(g, n, true, q.limit));
  r.tables.push_back(Strongest(g, n, false, q.limit));
  return r;
}

Result Neighbors(const QueryGraph& g, const NeighborsQuery& q) {
  const KnowledgeGraph& kg = g.graph();
  const NodeId start = g.Resolve(q.name);
  EdgeFilter filter{q.relations, q.direction};
  Table t{"neighbors", {"id", "label", "type", "depth", "via", "relations"}};
  for (const Reached& r : Neighborhood(kg, start, q.depth, filter)) {
    if (r.node == start) continue;
    std::vector<std::string> relations;
    for (EdgeId e : EdgesBetween(kg, r.parent, r.node, filter))
      relations.emplace_back(ToString(kg.edge(e).relation));
    const EntityNode& node = kg.node(r.node);
    t.rows.push_back({Text(node.id), Text(node.label), Text(ToString(node.type)), Count(r.depth),
                      Text(kg.node(r.parent).label), std::move(relations)});
  }
  Result result;
  result.tables.push_back(std::move(t));
  result.nothing = "no neighbours of " + kg.node(start).label + " with these filters";
  return result;
}

}  // namespace kg
