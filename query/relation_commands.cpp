// relations, why, ask: questions about the typed relations and their evidence.
#include <algorithm>
#include <cstring>
#include <optional>
#include <sstream>
#include <tuple>

#include "common/error.h"
#include "query/cells.h"
#include "query/commands.h"

namespace kg {
namespace {

using cells::Count;
using cells::List;
using cells::Text;
using NodeId = KnowledgeGraph::NodeId;
using EdgeId = KnowledgeGraph::EdgeId;

// A name, or kAny for a wildcard (a sentinel rather than std::optional, which g++ 12
// wrongly reports as maybe-uninitialized here).
constexpr NodeId kAny = static_cast<NodeId>(-1);
NodeId ResolveOrAny(const QueryGraph& g, const std::string& name) {
  return name.empty() ? kAny : g.Resolve(name);
}

bool RelationWanted(const std::vector<RelationType>& wanted, RelationType r) {
  return wanted.empty() || std::find(wanted.begin(), wanted.end(), r) != wanted.end();
}

// "Member-Of", "criticises", "criticize" -> the relation, if the words name one.
std::optional<RelationType> RelationWord(std::string word) {
  for (char& c : word) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '-' || c == ' ') c = '_';
  }
  if (auto r = ParseRelationType(word)) return r;
  for (auto [from, to] : {std::pair{"ises", "izes"}, {"ise", "izes"}, {"ize", "izes"}})
    if (word.ends_with(from))
      if (auto r = ParseRelationType(word.substr(0, word.size() - std::strlen(from)) + to))
        return r;
  if (auto r = ParseRelationType(word + "s")) return r;  // "meet", "support", "visit"
  return std::nullopt;
}

std::string JoinWords(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + words[i];
  return out == "?" ? "" : out;
}

}  // namespace

TriplePattern ParseTriple(std::string_view pattern) {
  std::istringstream in{std::string(pattern)};
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  // The relation word (one or two words) with a name or ? on each side...
  for (std::size_t i = 1; i + 1 < words.size(); ++i) {
    for (std::size_t len : {2, 1}) {
      if (i + len >= words.size()) continue;
      const std::string word = len == 2 ? words[i] + "_" + words[i + 1] : words[i];
      if (auto r = RelationWord(word))
        return {JoinWords(words, 0, i), r, JoinWords(words, i + len, words.size())};
    }
  }
  // ...else a lone ? between two names.
  for (std::size_t i = 1; i + 1 < words.size(); ++i)
    if (words[i] == "?")
      return {JoinWords(words, 0, i), std::nullopt, JoinWords(words, i + 1, words.size())};
  throw Error("ask", "cannot read \"" + std::string(pattern) +
                         "\" as \"SUBJECT RELATION OBJECT\": put a relation (official_of, meets, "
                         "member_of, ...) or ? between two names or ?s");
}

Result Relations(const QueryGraph& g, const RelationsQuery& q) {
  const KnowledgeGraph& kg = g.graph();
  const NodeId a = g.Resolve(q.a);
  const NodeId b = ResolveOrAny(g, q.b);
  std::vector<EdgeId> edges;
  for (EdgeId e : cells::Incident(kg, a)) {
    const RelationType r = kg.edge(e).relation;
    const bool wanted =
        q.relations.empty() ? r != RelationType::kCoMention : RelationWanted(q.relations, r);
    if (wanted && (b == kAny || cells::Other(kg, e, a) == b)) edges.push_back(e);
  }
  auto key = [&](EdgeId e) {
    return std::make_tuple(kg.edge(e).relation, -kg.edge(e).weight,
                           kg.node(cells::Other(kg, e, a)).label, e);
  };
  std::sort(edges.begin(), edges.end(), [&](EdgeId x, EdgeId y) { return key(x) < key(y); });
  Table t{
      "relations",
      {"direction", "relation", "other", "other_id", "roles", "weight", "articles", "evidence"}};
  for (EdgeId e : edges) {
    const RelationEdge& edge = kg.edge(e);
    const EntityNode& other = kg.node(cells::Other(kg, e, a));
    t.rows.push_back({Text(cells::Direction(kg, e, a)), Text(ToString(edge.relation)),
                      Text(other.label), Text(other.id), List(edge.roles), edge.weight,
                      List(kg.ArticleIds(edge.articles)), cells::EvidenceTexts(edge)});
  }
  Result r;
  r.tables.push_back(std::move(t));
  r.nothing = "no relations of " + kg.node(a).label +
              (b == kAny ? std::string() : " with " + kg.node(b).label) +
              (q.relations.empty() ? "" : " of these types");
  return r;
}

Result Why(const QueryGraph& g, const WhyQuery& q) {
  const KnowledgeGraph& kg = g.graph();
  const NodeId a = g.Resolve(q.a), b = g.Resolve(q.b);
  auto speaker = [&](const std::string& id) -> Cell {
    if (id.empty()) return {};
    const auto n = kg.FindNode(id);
    return Text(n ? kg.node(*n).label : id);
  };
  Table t{
      "evidence",
      {"relation", "direction", "source", "target", "article", "begin", "end", "speaker", "text"}};
  for (EdgeId e : EdgesBetween(kg, a, b, {})) {
    const RelationEdge& edge = kg.edge(e);
    std::vector<Cell> head{Text(ToString(edge.relation)), Text(cells::Direction(kg, e, a)),
                           Text(kg.node(kg.source(e)).label), Text(kg.node(kg.target(e)).label)};
    if (edge.evidence.empty()) {  // e.g. loaded from Gephi: the edge, without sentences
      head.resize(t.columns.size());
      t.rows.push_back(std::move(head));
    }
    for (const Evidence& ev : edge.evidence) {
      std::vector<Cell> row = head;
      row.insert(row.end(), {Text(ev.article_id), Count(ev.span.begin), Count(ev.span.end),
                             speaker(ev.speaker), Text(ev.text)});
      t.rows.push_back(std::move(row));
    }
  }
  Result r;
  r.tables.push_back(std::move(t));
  r.nothing = "no relation between " + kg.node(a).label + " and " + kg.node(b).label;
  return r;
}

Result Ask(const QueryGraph& g, const AskQuery& q) {
  const KnowledgeGraph& kg = g.graph();
  const TriplePattern p = ParseTriple(q.pattern);
  const NodeId s = ResolveOrAny(g, p.subject), o = ResolveOrAny(g, p.object);
  const std::vector<EdgeId> candidates = s != kAny   ? cells::Incident(kg, s)
                                         : o != kAny ? cells::Incident(kg, o)
                                                     : kg.Edges();
  std::vector<std::tuple<NodeId, EdgeId, NodeId>> answers;
  for (EdgeId e : candidates) {
    const RelationEdge& edge = kg.edge(e);
    if (p.relation && edge.relation != *p.relation) continue;
    // A symmetric relation reads both ways; with two wildcards, once.
    for (bool flip : {false, true}) {
      if (flip && (!IsSymmetric(edge.relation) || (s == kAny && o == kAny))) continue;
      const NodeId subject = flip ? kg.target(e) : kg.source(e);
      const NodeId object = flip ? kg.source(e) : kg.target(e);
      if ((s != kAny && subject != s) || (o != kAny && object != o)) continue;
      answers.emplace_back(subject, e, object);
    }
  }
  auto key = [&](const auto& a) {
    const auto& [subject, e, object] = a;
    return std::make_tuple(-kg.edge(e).weight, kg.node(subject).label, kg.edge(e).relation,
                           kg.node(object).label, e);
  };
  std::sort(answers.begin(), answers.end(),
            [&](const auto& x, const auto& y) { return key(x) < key(y); });
  Table t{"answers",
          {"subject", "subject_id", "relation", "object", "object_id", "weight", "articles",
           "evidence"}};
  for (const auto& [subject, e, object] : answers) {
    const RelationEdge& edge = kg.edge(e);
    t.rows.push_back({Text(kg.node(subject).label), Text(kg.node(subject).id),
                      Text(ToString(edge.relation)), Text(kg.node(object).label),
                      Text(kg.node(object).id), edge.weight, Count(edge.articles.size()),
                      edge.evidence.empty() ? Cell{} : Text(edge.evidence.front().text)});
  }
  Result r;
  r.tables.push_back(std::move(t));
  r.nothing = "nothing matches \"" + q.pattern + "\"";
  return r;
}

}  // namespace kg
