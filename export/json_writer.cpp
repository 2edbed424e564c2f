#include "export/json_writer.h"

#include <fmt/format.h>

#include <rapidjson/prettywriter.h>

#include <cmath>
#include <ostream>
#include <string>

#include "export/attributes.h"
#include "export/json_stream.h"
#include "export/json_values.h"

namespace kg {
namespace {

using Writer = rapidjson::PrettyWriter<JsonOStream>;

void WriteMember(Writer& w, const char* key, std::string_view value) {
  w.Key(key);
  json::WriteString(w, value);
}

void WriteNode(Writer& w, const EntityNode& node) {
  w.StartObject();
  WriteMember(w, "id", node.id);
  WriteMember(w, "label", node.label);
  WriteMember(w, "type", ToString(node.type));
  WriteMember(w, "iso", node.iso);
  w.Key("aliases");
  json::WriteStrings(w, node.aliases);
  w.Key("mentions");
  w.Uint64(node.mentions);
  w.Key("articles");
  w.Uint64(ArticleCount(node));
  w.EndObject();
}

void WriteEdge(Writer& w, const KnowledgeGraph& graph, KnowledgeGraph::EdgeId e,
               std::size_t index) {
  const RelationEdge& edge = graph.edge(e);
  w.StartObject();
  WriteMember(w, "id", fmt::format("e{}", index));  // not "e" + to_string: GCC 12 -Wrestrict false positive
  WriteMember(w, "source", graph.node(graph.source(e)).id);
  WriteMember(w, "target", graph.node(graph.target(e)).id);
  WriteMember(w, "relation", ToString(edge.relation));
  WriteMember(w, "label", EdgeLabel(edge));
  WriteMember(w, "role", RoleText(edge));
  w.Key("weight");
  w.Double(std::isfinite(edge.weight) ? edge.weight : 0);  // JSON has no NaN or infinity
  w.Key("articles");
  json::WriteStrings(w, graph.ArticleIds(edge.articles));
  w.Key("evidence");
  json::WriteEvidence(w, edge.evidence);
  w.EndObject();
}

}  // namespace

void WriteJson(const KnowledgeGraph& graph, std::ostream& out) {
  JsonOStream stream(out);
  Writer w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("nodes");
  w.StartArray();
  for (KnowledgeGraph::NodeId n : graph.Nodes()) WriteNode(w, graph.node(n));
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  std::size_t index = 0;
  for (KnowledgeGraph::EdgeId e : graph.Edges()) WriteEdge(w, graph, e, index++);
  w.EndArray();
  w.EndObject();
  stream.Put('\n');
  stream.Flush();
}

}  // namespace kg
