#include "graph/graphml_reader.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string_view>

#include "common/error.h"
#include "graph/detail/graphml_document.h"
#include "graph/detail/json_arrays.h"

namespace kg {
namespace {

using detail::GraphMLDocument;
using detail::GraphMLItem;
using detail::XmlSource;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// ---------------------------------------------------------------------------------------
// GraphML keys: which <data key="..."> means which field, matched by attr.name.

enum NodeField { kNodeLabel, kNodeType, kIso, kAliases, kMentions, kNodeArticles, kNodeFields };
enum EdgeField { kRelation, kEdgeLabel, kRole, kWeight, kEdgeArticles, kEvidence, kEdgeFields };
constexpr std::array<std::string_view, kNodeFields> kNodeFieldNames = {
    "label", "type", "iso", "aliases", "mentions", "articles"};
constexpr std::array<std::string_view, kEdgeFields> kEdgeFieldNames = {
    "relation", "label", "role", "weight", "articles", "evidence"};

// Field values view the document (or its outline's arena).
template <std::size_t N>
using Fields = std::array<std::optional<std::string_view>, N>;

// Key ids are few: a linear search beats hashing a fresh string per <data>.
using KeyMap = std::vector<std::pair<std::string_view, int>>;  // key id -> field (-1: ignored)

struct KeyTable {
  KeyMap node, edge;
  Fields<kNodeFields> node_defaults;
  Fields<kEdgeFields> edge_defaults;
  std::set<std::string> ignored;  // attr.names we do not use, for the notes
};

template <std::size_t N>
int FieldIndex(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == name) return static_cast<int>(i);
  return -1;
}

void AddKey(const detail::GraphMLKey& key, KeyTable& keys) {
  const std::string_view id = key.id.value_or("");
  const std::string name = Lower(key.name.value_or(id));
  const std::string_view domain = key.domain.value_or("all");
  if (domain == "node" || domain == "all") {
    const int field = FieldIndex(kNodeFieldNames, name);
    keys.node.emplace_back(id, field);
    if (field < 0) keys.ignored.insert(name);
    if (field >= 0 && key.default_value) keys.node_defaults[field] = key.default_value;
  }
  if (domain == "edge" || domain == "all") {
    const int field = FieldIndex(kEdgeFieldNames, name);
    keys.edge.emplace_back(id, field);
    if (field < 0) keys.ignored.insert(name);
    if (field >= 0 && key.default_value) keys.edge_defaults[field] = key.default_value;
  }
}

template <std::size_t N>
Fields<N> ReadFields(const GraphMLDocument& doc, const GraphMLItem& item, const KeyMap& keys,
                     const Fields<N>& defaults) {
  Fields<N> fields = defaults;
  for (std::size_t d = item.first_data; d < item.end_data; ++d) {
    const std::string_view key = doc.data[d].key;
    auto it = std::find_if(keys.begin(), keys.end(), [&](const auto& k) { return k.first == key; });
    if (it != keys.end() && it->second >= 0) fields[it->second] = doc.data[d].value;
  }
  return fields;
}

// ---------------------------------------------------------------------------------------
// Values: numbers and the JSON inside attributes.

std::optional<double> ParseNumber(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n'))
    s.remove_suffix(1);
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value) ||
      value < 0)
    return std::nullopt;
  return value;
}

// A value quoted in a message: at most 40 bytes of it, cut at a character boundary.
std::string Quote(std::string_view value) {
  if (value.size() <= 40) return "\"" + std::string(value) + "\"";
  std::size_t cut = 40;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  return "\"" + std::string(value.substr(0, cut)) + "…\"";
}

// What decoding one document shares: where it is, the JSON parser.
struct Context {
  explicit Context(const XmlSource& s) : src(s) {}
  const XmlSource& src;
  detail::JsonArrays json;
};

// Decodes fields of one element; failures name the element and its position.
class ElementReader {
 public:
  ElementReader(Context& ctx, const GraphMLItem& item, bool edge)
      : ctx_(ctx), item_(item), edge_(edge) {}

  [[noreturn]] void Fail(const std::string& message) const {
    const std::string what = edge_ ? "edge " + Quote(item_.source) + " -> " + Quote(item_.target)
                                   : "node " + Quote(item_.id);
    ctx_.src.Fail(item_.offset, what + ": " + message);
  }

  std::size_t Count(std::string_view field, std::string_view value) const {
    const auto v = ParseNumber(value);
    if (!v || *v > 9.0e15 || std::floor(*v) != *v)
      Fail(std::string(field) + " " + Quote(value) + " is not a whole number");
    return static_cast<std::size_t>(*v);
  }

  double Weight(std::string_view value) const {
    const auto v = ParseNumber(value);
    if (!v) Fail("weight " + Quote(value) + " is not a non-negative number");
    return *v;
  }

  std::set<std::string> Strings(std::string_view field, std::string_view value) const {
    std::set<std::string> out;
    if (std::string problem = ctx_.json.Strings(value, out); !problem.empty())
      Fail(std::string(field) + " " + problem);
    return out;
  }

  std::vector<Evidence> EvidenceList(std::string_view value) const {
    std::vector<Evidence> out;
    if (std::string problem = ctx_.json.EvidenceList(value, out); !problem.empty())
      Fail("evidence " + problem);
    return out;
  }

 private:
  Context& ctx_;
  const GraphMLItem& item_;
  bool edge_;
};

// ---------------------------------------------------------------------------------------
// Nodes and edges.

struct Guesses {
  std::size_t no_label = 0, no_type = 0, no_relation = 0, no_weight = 0;
  std::map<std::string, std::size_t> unknown_relations;
  std::size_t hyperedges = 0, nested_graphs = 0, extra_graphs = 0;
};

EntityType GuessType(const EntityNode& node) {
  const std::size_t colon = node.id.find(':');
  if (colon != std::string::npos)
    if (auto t = ParseEntityType(Lower(node.id.substr(0, colon)))) return *t;
  return node.iso.empty() ? EntityType::kPerson : EntityType::kCountry;
}

// Interns each article id of a JSON array attribute in `graph`.
ArticleRefs ReadArticles(const ElementReader& in, std::string_view value, KnowledgeGraph& graph) {
  ArticleRefs refs;
  for (const auto& id : in.Strings("articles", value)) AddArticle(refs, graph.InternArticle(id));
  return refs;
}

EntityNode DecodeNode(const ElementReader& in, std::string id, const Fields<kNodeFields>& f,
                      Guesses& guesses, KnowledgeGraph& graph) {
  EntityNode node;
  node.id = std::move(id);
  node.label = f[kNodeLabel].value_or("");
  if (node.label.empty()) {
    node.label = node.id;
    ++guesses.no_label;
  }
  node.iso = f[kIso].value_or("");
  if (f[kAliases] && !f[kAliases]->empty()) node.aliases = in.Strings("aliases", *f[kAliases]);
  if (f[kMentions]) node.mentions = in.Count("mentions", *f[kMentions]);
  if (const auto& a = f[kNodeArticles]) {
    if (a->find('[') != std::string_view::npos)
      node.articles = ReadArticles(in, *a, graph);
    else
      node.article_count = in.Count("articles", *a);
  }
  const auto type = f[kNodeType] ? ParseEntityType(Lower(*f[kNodeType])) : std::nullopt;
  node.type = type ? *type : GuessType(node);
  if (!type) ++guesses.no_type;
  return node;
}

// "member_of", "member of", "Member Of", "member of (founder)" all name kMemberOf.
std::optional<RelationType> ParseRelationName(std::string_view s) {
  s = s.substr(0, s.find(" ("));
  std::string name = Lower(s);
  std::replace(name.begin(), name.end(), ' ', '_');
  return ParseRelationType(name);
}

RelationType DecodeRelation(const Fields<kEdgeFields>& f, Guesses& guesses) {
  if (f[kRelation] && !f[kRelation]->empty()) {
    if (auto r = ParseRelationName(*f[kRelation])) return *r;
    ++guesses.unknown_relations[std::string(*f[kRelation])];
    return RelationType::kCoMention;
  }
  if (f[kEdgeLabel])
    if (auto r = ParseRelationName(*f[kEdgeLabel])) return *r;
  ++guesses.no_relation;
  return RelationType::kCoMention;
}

RelationEdge DecodeEdge(const ElementReader& in, const Fields<kEdgeFields>& f, Guesses& guesses,
                        KnowledgeGraph& graph) {
  RelationEdge edge;
  edge.relation = DecodeRelation(f, guesses);
  if (f[kRole]) {
    std::string_view roles = *f[kRole];
    while (!roles.empty()) {
      const std::size_t semi = std::min(roles.find(';'), roles.size());
      std::string_view role = roles.substr(0, semi);
      while (role.starts_with(' ')) role.remove_prefix(1);
      while (role.ends_with(' ')) role.remove_suffix(1);
      if (!role.empty()) edge.roles.emplace(role);
      roles.remove_prefix(std::min(semi + 1, roles.size()));
    }
  }
  edge.weight = f[kWeight] ? in.Weight(*f[kWeight]) : 1.0;
  if (!f[kWeight]) ++guesses.no_weight;
  if (f[kEdgeArticles] && !f[kEdgeArticles]->empty())
    edge.articles = ReadArticles(in, *f[kEdgeArticles], graph);
  if (f[kEvidence] && !f[kEvidence]->empty()) edge.evidence = in.EvidenceList(*f[kEvidence]);
  std::sort(edge.evidence.begin(), edge.evidence.end(), [](const Evidence& a, const Evidence& b) {
    return std::tie(a.article_id, a.span) < std::tie(b.article_id, b.span);
  });
  return edge;
}

void ReadNodes(Context& ctx, const GraphMLDocument& doc, const KeyTable& keys, KnowledgeGraph& out,
               Guesses& guesses) {
  for (const GraphMLItem& n : doc.nodes) {
    ElementReader in(ctx, n, false);
    if (n.id.empty()) in.Fail("no id");
    if (out.FindNode(n.id)) in.Fail("duplicate node id");
    const auto fields = ReadFields(doc, n, keys.node, keys.node_defaults);
    out.AddNode(DecodeNode(in, std::string(n.id), fields, guesses, out));
  }
}

void ReadEdges(Context& ctx, const GraphMLDocument& doc, const KeyTable& keys, KnowledgeGraph& out,
               Guesses& guesses) {
  // Edges come sorted by source (as kgraph writes them): remember the last one.
  std::optional<KnowledgeGraph::NodeId> s;
  std::string_view last_source;
  for (const GraphMLItem& e : doc.edges) {
    ElementReader in(ctx, e, true);
    if (!s || e.source != last_source) s = out.FindNode(e.source);
    last_source = e.source;
    const auto t = out.FindNode(e.target);
    if (!s) in.Fail("source " + Quote(e.source) + " is not a declared node");
    if (!t) in.Fail("target " + Quote(e.target) + " is not a declared node");
    const auto fields = ReadFields(doc, e, keys.edge, keys.edge_defaults);
    RelationEdge edge = DecodeEdge(in, fields, guesses, out);
    const RelationType relation = edge.relation;
    out.AddEdge(*s, relation, *t, std::move(edge));
  }
}

std::vector<Diagnostic> Notes(const std::string& name, const Guesses& g, const KeyTable& keys) {
  std::vector<Diagnostic> notes;
  auto note = [&](std::size_t count, const std::string& message) {
    if (count > 0) notes.push_back({Severity::kNote, name, 0, 0, "graphml-guess", message});
  };
  note(g.no_label, std::to_string(g.no_label) + " nodes without a label: labelled by their id");
  note(g.no_type, std::to_string(g.no_type) +
                      " nodes without a known type: typed from the id prefix, else country "
                      "when an iso code is set, else person");
  note(g.no_relation,
       std::to_string(g.no_relation) + " edges without a relation: read as co_mention");
  for (const auto& [relation, count] : g.unknown_relations)
    note(count, std::to_string(count) + " edges with unknown relation \"" + relation +
                    "\": read as co_mention");
  note(g.no_weight, std::to_string(g.no_weight) + " edges without a weight: weight 1");
  note(g.hyperedges, std::to_string(g.hyperedges) + " hyperedges ignored");
  note(g.nested_graphs, std::to_string(g.nested_graphs) + " nested graphs ignored");
  note(g.extra_graphs, std::to_string(g.extra_graphs) + " graphs after the first ignored");
  std::string ignored;
  for (const auto& k : keys.ignored) ignored += (ignored.empty() ? "" : ", ") + k;
  note(keys.ignored.size(), "attributes ignored: " + ignored);
  return notes;
}

GraphMLReadResult Convert(const XmlSource& src, const GraphMLDocument& doc) {
  KeyTable keys;
  for (const auto& key : doc.keys) AddKey(key, keys);
  Guesses guesses;
  guesses.hyperedges = doc.hyperedges;
  guesses.nested_graphs = doc.nested_graphs;
  guesses.extra_graphs = doc.extra_graphs;
  Context ctx(src);
  GraphMLReadResult result;
  result.graph.Reserve(doc.nodes.size(), doc.edges.size());
  ReadNodes(ctx, doc, keys, result.graph, guesses);
  ReadEdges(ctx, doc, keys, result.graph, guesses);
  result.notes = Notes(src.name, guesses, keys);
  return result;
}

// Reads everything from `in` into one buffer, not initialised first: a file of
// `expected` bytes is read by one call, with no copy. Grows (copying) beyond that.
std::string_view ReadAll(std::istream& in, std::size_t expected, std::size_t max_bytes,
                         const std::string& path, std::unique_ptr<char[]>& buffer) {
  std::size_t capacity = expected + 1, size = 0;  // one more byte: the end is seen at once
  buffer = std::make_unique_for_overwrite<char[]>(capacity);
  for (;;) {
    in.read(buffer.get() + size, static_cast<std::streamsize>(capacity - size));
    size += static_cast<std::size_t>(in.gcount());
    if (size > max_bytes) throw Error(path, "larger than " + std::to_string(max_bytes) + " bytes");
    if (size < capacity) break;
    capacity = std::max<std::size_t>(2 * capacity, 1 << 16);
    auto bigger = std::make_unique_for_overwrite<char[]>(capacity);
    std::memcpy(bigger.get(), buffer.get(), size);
    buffer = std::move(bigger);
  }
  if (in.bad()) throw Error(path, "read error");
  return {buffer.get(), size};
}

GraphMLReadResult Read(std::string_view text, const std::string& name,
                       const GraphMLReadOptions& options) {
  const XmlSource src{text, name};
  if (text.size() > options.max_bytes)
    src.Fail(0, "larger than " + std::to_string(options.max_bytes) + " bytes");
  const GraphMLDocument doc =
      detail::ReadGraphMLDocument(src, {options.max_depth, options.max_items});
  return Convert(src, doc);
}

}  // namespace

GraphMLReadResult ReadGraphML(std::string text, const std::string& name,
                              const GraphMLReadOptions& options) {
  return Read(text, name, options);
}

GraphMLReadResult ReadGraphMLFile(const std::string& path, const GraphMLReadOptions& options) {
  std::ifstream file;
  std::istream* in = &std::cin;
  std::size_t expected = 0;
  if (path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw Error(path, "is a directory");
    file.open(path, std::ios::binary);
    if (!file) throw Error(path, std::string("cannot open: ") + std::strerror(errno));
    in = &file;
    if (const auto size = std::filesystem::file_size(path, ec); !ec)
      expected = std::min<std::uintmax_t>(size, options.max_bytes);
  }
  std::unique_ptr<char[]> buffer;
  return Read(ReadAll(*in, expected, options.max_bytes, path, buffer), path, options);
}

}  // namespace kg
