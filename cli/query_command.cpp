#include "cli/query_command.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <map>

#include "common/error.h"
#include "graph/graphml_reader.h"
#include "query/format.h"

namespace kg {
namespace {

template <typename Enum>
using Names = std::map<std::string, Enum>;

Names<RelationType> RelationNames() {
  Names<RelationType> out;
  for (int i = 0; i < kRelationTypeCount; ++i) {
    const auto r = static_cast<RelationType>(i);
    out.emplace(std::string(ToString(r)), r);
  }
  return out;
}

Names<EntityType> TypeNames() {
  return {{"person", EntityType::kPerson},
          {"country", EntityType::kCountry},
          {"alliance", EntityType::kAlliance}};
}

void AddRelationFilter(CLI::App* cmd, std::vector<RelationType>& into) {
  cmd->add_option("-r,--relation", into, "Only these relations (repeatable)")
      ->transform(CLI::CheckedTransformer(RelationNames(), CLI::ignore_case));
}

void AddTypeFilter(CLI::App* cmd, std::vector<EntityType>& into) {
  cmd->add_option("-t,--type", into, "Only these entity types (repeatable)")
      ->transform(CLI::CheckedTransformer(TypeNames(), CLI::ignore_case));
}

// A subcommand that records its name when given; options of `query` (--format, ...)
// may follow it.
CLI::App* Command(CLI::App* query, QueryOptions& o, const std::string& name,
                  const std::string& help) {
  CLI::App* cmd = query->add_subcommand(name, help);
  cmd->fallthrough();
  cmd->parse_complete_callback([&o, name] { o.command = name; });
  return cmd;
}

void SetupEntityCommands(CLI::App* q, QueryOptions& o) {
  CLI::App* entities = Command(q, o, "entities", "List entities");
  AddTypeFilter(entities, o.entities.types);
  entities->add_option("-s,--sort", o.entities.sort, "mentions, degree or name")
      ->transform(CLI::CheckedTransformer(Names<EntitySort>{{"mentions", EntitySort::kMentions},
                                                            {"degree", EntitySort::kDegree},
                                                            {"name", EntitySort::kName}},
                                          CLI::ignore_case));
  entities->add_option("-n,--limit", o.entities.limit, "At most N (0: all)");

  CLI::App* show = Command(q, o, "show", "One entity: type, aliases, roles, strongest relations");
  show->add_option("name", o.show.name, "Entity name, alias or id")->required();
  show->add_option("-n,--limit", o.show.limit, "Relations listed each way")->capture_default_str();

  CLI::App* neighbors = Command(q, o, "neighbors", "Entities within D hops");
  neighbors->alias("neighbours");
  neighbors->add_option("name", o.neighbors.name, "Entity name, alias or id")->required();
  AddRelationFilter(neighbors, o.neighbors.relations);
  neighbors->add_option("-d,--depth", o.neighbors.depth, "Hops")->capture_default_str();
  neighbors->add_option("--direction", o.neighbors.direction, "in, out or both")
      ->transform(CLI::CheckedTransformer(
          Names<Direction>{
              {"in", Direction::kIn}, {"out", Direction::kOut}, {"both", Direction::kBoth}},
          CLI::ignore_case));
}

void SetupRelationCommands(CLI::App* q, QueryOptions& o) {
  CLI::App* relations = Command(q, o, "relations", "Typed relations of A, or between A and B");
  relations->add_option("a", o.relations.a, "Entity")->required();
  relations->add_option("b", o.relations.b, "Other entity (optional)");
  AddRelationFilter(relations, o.relations.relations);

  CLI::App* why = Command(q, o, "why", "Evidence sentences behind every edge between A and B");
  why->add_option("a", o.why.a, "Entity")->required();
  why->add_option("b", o.why.b, "Other entity")->required();

  CLI::App* ask = Command(q, o, "ask", "Triple pattern: \"? criticizes United States\"");
  ask->add_option("pattern", o.ask_words, "SUBJECT RELATION OBJECT, ? for any")->required();
}

void SetupGraphCommands(CLI::App* q, QueryOptions& o) {
  CLI::App* path = Command(q, o, "path", "Shortest paths from A to B");
  path->add_option("from", o.path.from, "Entity")->required();
  path->add_option("to", o.path.to, "Entity")->required();
  AddRelationFilter(path, o.path.relations);
  path->add_option("--max-hops", o.path.max_hops, "Longest path reported")->capture_default_str();
  path->add_flag("--weighted", o.path.weighted, "Dijkstra with cost 1/weight");

  CLI::App* central = Command(q, o, "central", "Most central entities");
  central->add_option("-m,--measure", o.central.measure, "degree, pagerank or betweenness")
      ->transform(CLI::CheckedTransformer(Names<Measure>{{"degree", Measure::kDegree},
                                                         {"pagerank", Measure::kPageRank},
                                                         {"betweenness", Measure::kBetweenness}},
                                          CLI::ignore_case));
  AddTypeFilter(central, o.central.types);
  central->add_option("-n,--limit", o.central.limit, "At most N (0: all)")->capture_default_str();

  CLI::App* subgraph = Command(q, o, "subgraph", "Write the ego network of an entity");
  subgraph->add_option("name", o.subgraph.name, "Entity")->required();
  subgraph->add_option("-d,--depth", o.subgraph.depth, "Hops")->capture_default_str();
  subgraph->add_option("-o,--out", o.subgraph.out, "FILE.graphml, .gexf or .dot; - for stdout")
      ->required();

  CLI::App* stats = Command(q, o, "stats", "Counts, components, density, top entities");
  stats->add_option("-n,--top", o.stats.top, "Top entities listed")->capture_default_str();
}

Result Answer(const QueryGraph& g, const QueryOptions& o) {
  const std::string& c = o.command;
  if (c == "entities") return Entities(g, o.entities);
  if (c == "show") return Show(g, o.show);
  if (c == "neighbors") return Neighbors(g, o.neighbors);
  if (c == "relations") return Relations(g, o.relations);
  if (c == "why") return Why(g, o.why);
  if (c == "ask") return Ask(g, {fmt::format("{}", fmt::join(o.ask_words, " "))});
  if (c == "path") return FindPath(g, o.path);
  if (c == "central") return Central(g, o.central);
  if (c == "subgraph") return Subgraph(g, o.subgraph, std::cout);
  if (c == "stats") return Stats(g, o.stats);
  throw Error("query", "no command given");
}

}  // namespace

CLI::App* SetupQuery(CLI::App& app, QueryOptions& o) {
  CLI::App* q = app.add_subcommand("query", "Answer questions over a built graph (GraphML)");
  q->add_option("graph", o.graph, "GraphML written by `kgraph build` (or Gephi); - for stdin")
      ->required();
  q->add_option("-f,--format", o.format, "table, json or csv")
      ->check(CLI::IsMember({"table", "json", "csv"}))
      ->capture_default_str();
  q->add_flag("-v,--verbose", o.verbose, "Report what the reader had to guess");
  q->require_subcommand(1);
  SetupEntityCommands(q, o);
  SetupRelationCommands(q, o);
  SetupGraphCommands(q, o);
  return q;
}

int RunQuery(const QueryOptions& o) {
  const OutputFormat format = ParseOutputFormat(o.format).value_or(OutputFormat::kTable);
  std::error_code ec;
  if (o.command == "subgraph" && std::filesystem::equivalent(o.graph, o.subgraph.out, ec))
    throw Error(o.subgraph.out, "refusing to overwrite the graph being queried");
  GraphMLReadResult read = ReadGraphMLFile(o.graph);
  if (o.verbose)
    for (const auto& note : read.notes) fmt::print(stderr, "kgraph: {}\n", note.ToString());
  const QueryGraph graph(std::move(read.graph));
  const Result result = Answer(graph, o);
  if (o.command == "subgraph" && o.subgraph.out == "-") return 0;  // stdout holds the graph
  if (result.empty() && format == OutputFormat::kTable) {
    fmt::print(stderr, "kgraph: nothing matched: {}\n", result.nothing);
    return 1;
  }
  WriteResult(result, format, std::cout);
  std::cout.flush();
  if (result.empty()) fmt::print(stderr, "kgraph: nothing matched: {}\n", result.nothing);
  return result.empty() ? 1 : 0;
}

}  // namespace kg
