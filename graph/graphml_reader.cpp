#include "graph/graphml_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <array>
#include <boost/property_tree/detail/rapidxml.hpp>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <list>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>
#include <unordered_map>

#include "common/error.h"

namespace kg {
namespace {

namespace rx = boost::property_tree::detail::rapidxml;
using XmlNode = rx::xml_node<char>;

// ---------------------------------------------------------------------------------------
// Where things are: every message names file:line:column (1-based, column in bytes).

// The parse is in place and overwrites bytes, so line starts are noted before it.
struct Source {
  Source(std::string_view t, const std::string& n) : text(t), name(n) {
    for (std::size_t i = t.find('\n'); i != std::string_view::npos; i = t.find('\n', i + 1))
      newlines.push_back(i);
  }
  std::string_view text;
  const std::string& name;
  std::vector<std::size_t> newlines;
};

std::string Where(const Source& src, std::size_t offset) {
  const auto before = std::lower_bound(src.newlines.begin(), src.newlines.end(), offset);
  const std::size_t line = 1 + (before - src.newlines.begin());
  const std::size_t column = before == src.newlines.begin() ? offset + 1 : offset - *(before - 1);
  return src.name + ":" + std::to_string(line) + ":" + std::to_string(column);
}

[[noreturn]] void Fail(const Source& src, std::size_t offset, const std::string& what) {
  throw Error(Where(src, offset), what);
}

// ---------------------------------------------------------------------------------------
// The safety check, before any parsing: encoding, characters, declarations, entity
// references, depth and size. rapidxml skips a DOCTYPE silently and leaves unknown
// entities as text, so refusing them is our job, and it recurses per nesting level.

bool IsXmlChar(std::uint32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Offset of the first byte that is not valid UTF-8 or not an XML 1.0 character.
// Whether the 8 bytes at `p` are all ASCII at or above 0x20: most of a GraphML file.
bool PrintableAscii8(const unsigned char* p) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL, kSpaces = 0x2020202020202020ULL;
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return ((w & kHigh) | ((w - kSpaces) & ~w & kHigh)) == 0;
}

std::optional<std::size_t> FindBadChar(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0, n = s.size(); i < n;) {
    if (n - i >= 8 && PrintableAscii8(p + i)) {
      i += 8;
      continue;
    }
    const unsigned c = p[i];
    if (c < 0x80) {
      if (!IsXmlChar(c)) return i;
      ++i;
      continue;
    }
    std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (c < 0xC2 || c > 0xF4 || n - i < len) return i;
    std::uint32_t cp = c & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || !IsXmlChar(cp)) return i;
    i += len;
  }
  return std::nullopt;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

void CheckEncoding(const Source& src) {
  const std::string_view t = src.text;
  if (t.starts_with("\xFE\xFF") || t.starts_with("\xFF\xFE"))
    Fail(src, 0, "UTF-16 GraphML is not supported: convert the file to UTF-8");
  const std::size_t start = t.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  if (t.substr(start, 5) == "<?xml") {
    const std::size_t end = t.find("?>", start);
    const std::string decl(t.substr(start, end == std::string_view::npos ? 0 : end - start));
    const std::size_t at = decl.find("encoding");
    if (at != std::string::npos) {
      const std::size_t q = decl.find_first_of("\"'", at);
      const std::size_t q2 = q == std::string::npos ? q : decl.find(decl[q], q + 1);
      const std::string enc = q2 == std::string::npos ? "" : Lower(decl.substr(q + 1, q2 - q - 1));
      if (enc != "utf-8" && enc != "utf8" && enc != "us-ascii" && enc != "ascii")
        Fail(src, start + at,
             "encoding \"" + enc + "\" is not supported: convert the file to UTF-8");
    }
  }
  if (auto bad = FindBadChar(t))
    Fail(src, *bad, "invalid UTF-8 or a character not allowed in XML 1.0");
}

class MarkupCheck {
 public:
  MarkupCheck(const Source& src, const GraphMLReadOptions& options)
      : src_(src), options_(options) {}

  // Returns whether text inside an element may come in several pieces (a comment,
  // CDATA section or processing instruction inside the root).
  bool Run() {
    const std::string_view t = src_.text;
    bool pieces = false;
    for (std::size_t i = 0; i < t.size();) {
      if (t[i] == '&') {
        Reference(i);
        ++i;
      } else if (t[i] != '<') {
        ++i;
      } else if (t.substr(i, 4) == "<!--") {
        i = SkipPast(i, "-->", "comment");
        pieces = pieces || depth_ > 0;
      } else if (t.substr(i, 9) == "<![CDATA[") {
        i = SkipPast(i, "]]>", "CDATA section");
        pieces = pieces || depth_ > 0;
      } else if (t.substr(i, 2) == "<?") {
        i = SkipPast(i, "?>", "processing instruction");
        pieces = pieces || depth_ > 0;
      } else if (t.substr(i, 2) == "<!") {
        Declaration(i);
      } else if (t.substr(i, 2) == "</") {
        if (depth_ == 0) Fail(src_, i, "end tag without a start tag");
        --depth_;
        i = SkipPast(i, ">", "end tag");
      } else {
        i = StartTag(i);
      }
    }
    return pieces;
  }

 private:
  std::size_t SkipPast(std::size_t i, std::string_view end, const char* what) {
    const std::size_t at = src_.text.find(end, i + 2);
    if (at == std::string_view::npos) Fail(src_, i, std::string("unterminated ") + what);
    return at + end.size();
  }

  [[noreturn]] void Declaration(std::size_t i) {
    if (Lower(src_.text.substr(i, 9)) == "<!doctype")
      Fail(src_, i,
           "DOCTYPE refused: GraphML needs no DTD, and a DTD can declare entities "
           "(external files, \"billion laughs\")");
    if (src_.text.substr(i, 8) == "<!ENTITY") Fail(src_, i, "entity declarations are refused");
    Fail(src_, i, "markup declarations (<!...>) are refused");
  }

  // An element and its attributes count towards the size limit; the element towards
  // the depth limit unless it closes itself.
  std::size_t StartTag(std::size_t i) {
    const std::string_view t = src_.text;
    char quote = 0;
    std::size_t items = 1;
    std::size_t j = i + 1;
    for (; j < t.size(); ++j) {
      const char c = t[j];
      if (quote) {
        if (c == quote) quote = 0;
        if (c == '&') Reference(j);
        if (c == '<') Fail(src_, j, "'<' inside an attribute value");
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '=') {
        ++items;
      } else if (c == '>' || c == '<') {
        break;
      }
    }
    if (j >= t.size() || t[j] != '>') Fail(src_, i, "unterminated start tag");
    items_ += items;
    if (items_ > options_.max_items)
      Fail(src_, i, "more than " + std::to_string(options_.max_items) + " elements and attributes");
    if (t[j - 1] != '/' && ++depth_ > options_.max_depth)
      Fail(src_, i, "elements nested deeper than " + std::to_string(options_.max_depth));
    return j + 1;
  }

  // Only &amp; &lt; &gt; &quot; &apos; and character references: nothing to expand.
  void Reference(std::size_t i) {
    const std::string_view t = src_.text;
    const std::size_t semi = t.find(';', i);
    if (semi == std::string_view::npos || semi - i > 12)
      Fail(src_, i, "'&' must start an entity reference (write &amp;)");
    const std::string_view name = t.substr(i + 1, semi - i - 1);
    if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") return;
    if (name.starts_with('#')) return CharReference(i, name.substr(1));
    Fail(src_, i,
         "entity reference &" + std::string(name) +
             "; refused: only the predefined entities and character references "
             "are allowed");
  }

  void CharReference(std::size_t i, std::string_view digits) {
    const bool hex = digits.starts_with('x');
    if (hex) digits.remove_prefix(1);
    std::uint32_t value = 0;
    const auto [end, ec] =
        std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
    if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() ||
        !IsXmlChar(value))
      Fail(src_, i, "invalid character reference");
  }

  const Source& src_;
  const GraphMLReadOptions& options_;
  std::size_t depth_ = 0;
  std::size_t items_ = 0;
};

// ---------------------------------------------------------------------------------------
// GraphML keys: which <data key="..."> means which field, matched by attr.name.

enum NodeField { kNodeLabel, kNodeType, kIso, kAliases, kMentions, kNodeArticles, kNodeFields };
enum EdgeField { kRelation, kEdgeLabel, kRole, kWeight, kEdgeArticles, kEvidence, kEdgeFields };
constexpr std::array<std::string_view, kNodeFields> kNodeFieldNames = {
    "label", "type", "iso", "aliases", "mentions", "articles"};
constexpr std::array<std::string_view, kEdgeFields> kEdgeFieldNames = {
    "relation", "label", "role", "weight", "articles", "evidence"};

// Field values view the parsed buffer (or `Storage`, for text in several pieces).
template <std::size_t N>
using Fields = std::array<std::optional<std::string_view>, N>;
using Storage = std::list<std::string>;  // stable addresses

// Key ids are few: a linear search beats hashing a fresh string per <data>.
using KeyMap = std::vector<std::pair<std::string, int>>;  // key id -> field (-1: ignored)

struct KeyTable {
  KeyMap node, edge;
  Fields<kNodeFields> node_defaults;
  Fields<kEdgeFields> edge_defaults;
  std::set<std::string> ignored;  // attr.names we do not use, for the notes
};

std::string_view Name(const rx::xml_base<char>* n) { return {n->name(), n->name_size()}; }
std::string_view LocalName(const XmlNode* n) {
  const std::string_view name = Name(n);
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}
std::optional<std::string_view> Attribute(const XmlNode* n, std::string_view name) {
  const auto* a = n->first_attribute(name.data(), name.size());
  if (!a) return std::nullopt;
  return std::string_view(a->value(), a->value_size());
}
// The element's character data, CDATA sections included. Parsed without data nodes,
// the text is the element's value.
std::string_view Text(const XmlNode* n, Storage& storage) {
  std::optional<std::string_view> single;
  std::string* joined = nullptr;
  for (const XmlNode* c = n->first_node(); c; c = c->next_sibling()) {
    if (c->type() != rx::node_data && c->type() != rx::node_cdata) continue;
    const std::string_view piece(c->value(), c->value_size());
    if (!single) {
      single = piece;
      continue;
    }
    if (!joined) joined = &storage.emplace_back(*single);
    joined->append(piece);
  }
  if (joined) return *joined;
  return single.value_or(std::string_view(n->value(), n->value_size()));
}
template <std::size_t N>
int FieldIndex(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == name) return static_cast<int>(i);
  return -1;
}

void AddKey(const XmlNode* key, KeyTable& keys, Storage& storage) {
  const std::string id(Attribute(key, "id").value_or(""));
  const std::string name = Lower(Attribute(key, "attr.name").value_or(id));
  const std::string domain(Attribute(key, "for").value_or("all"));
  const XmlNode* def = key->first_node("default", 7);
  if (domain == "node" || domain == "all") {
    const int field = FieldIndex(kNodeFieldNames, name);
    keys.node.emplace_back(id, field);
    if (field < 0) keys.ignored.insert(name);
    if (field >= 0 && def) keys.node_defaults[field] = Text(def, storage);
  }
  if (domain == "edge" || domain == "all") {
    const int field = FieldIndex(kEdgeFieldNames, name);
    keys.edge.emplace_back(id, field);
    if (field < 0) keys.ignored.insert(name);
    if (field >= 0 && def) keys.edge_defaults[field] = Text(def, storage);
  }
}

template <std::size_t N>
Fields<N> ReadFields(const XmlNode* element, const KeyMap& keys, const Fields<N>& defaults,
                     Storage& storage) {
  Fields<N> fields = defaults;
  for (const XmlNode* d = element->first_node(); d; d = d->next_sibling()) {
    if (d->type() != rx::node_element || LocalName(d) != "data") continue;
    const std::string_view key = Attribute(d, "key").value_or("");
    auto it = std::find_if(keys.begin(), keys.end(), [&](const auto& k) { return k.first == key; });
    if (it != keys.end() && it->second >= 0) fields[it->second] = Text(d, storage);
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

// One reusable arena for the JSON inside attributes: a fresh Document per value
// would allocate (and the system return) a 64 KiB chunk for every edge.
class JsonArena {
 public:
  JsonArena() : buffer_(kSize), pool_(buffer_.data(), kSize) {}
  rapidjson::MemoryPoolAllocator<>& Fresh() {
    pool_.Clear();
    return pool_;
  }

 private:
  static constexpr std::size_t kSize = 1 << 16;
  std::vector<char> buffer_;
  rapidjson::MemoryPoolAllocator<> pool_;
};

// What decoding one document shares: where it is, the arena, scratch text.
struct Context {
  explicit Context(const Source& s) : src(s) {}
  const Source& src;
  JsonArena json;
  Storage storage;  // multi-piece text of the current element
  // Node ids as views into the parsed buffer: no string built per edge end.
  std::unordered_map<std::string_view, KnowledgeGraph::NodeId> nodes;
};

// Decodes fields of one element; failures name the element and its position.
class ElementReader {
 public:
  ElementReader(Context& ctx, const XmlNode* element) : ctx_(ctx), element_(element) {}

  [[noreturn]] void Fail(const std::string& message) const {
    const std::string_view kind = LocalName(element_);
    std::string what(kind);
    if (kind == "edge")
      what += " " + Quote(Attribute(element_, "source").value_or("")) + " -> " +
              Quote(Attribute(element_, "target").value_or(""));
    else
      what += " " + Quote(Attribute(element_, "id").value_or(""));
    kg::Fail(ctx_.src, element_->name() - ctx_.src.text.data(), what + ": " + message);
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

  // Iterative parsing: a deeply nested array cannot exhaust the stack. The result
  // lives in the arena: use it before the next call.
  rapidjson::Document Json(std::string_view field, std::string_view value) const {
    rapidjson::Document doc(&ctx_.json.Fresh());
    doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(value.data(),
                                                                                      value.size());
    if (doc.HasParseError())
      Fail(std::string(field) +
           " is not valid JSON: " + rapidjson::GetParseError_En(doc.GetParseError()) +
           " (at character " + std::to_string(doc.GetErrorOffset()) + ")");
    if (!doc.IsArray()) Fail(std::string(field) + " is not a JSON array");
    return doc;
  }

  std::set<std::string> Strings(std::string_view field, std::string_view value) const {
    std::set<std::string> out;
    const rapidjson::Document doc = Json(field, value);
    for (const auto& v : doc.GetArray()) {
      if (!v.IsString()) Fail(std::string(field) + " holds a value that is not a string");
      out.emplace(v.GetString(), v.GetStringLength());
    }
    return out;
  }

  std::vector<Evidence> EvidenceList(std::string_view value) const;

 private:
  Context& ctx_;
  const XmlNode* element_;
};

std::vector<Evidence> ElementReader::EvidenceList(std::string_view value) const {
  std::vector<Evidence> out;
  const rapidjson::Document doc = Json("evidence", value);
  for (const auto& v : doc.GetArray()) {
    if (!v.IsObject()) Fail("evidence holds a value that is not an object");
    Evidence e;
    auto text = [&](const char* key, std::string& into) {
      auto it = v.FindMember(key);
      if (it == v.MemberEnd() || it->value.IsNull()) return;
      if (!it->value.IsString()) Fail(std::string("evidence ") + key + " is not a string");
      into.assign(it->value.GetString(), it->value.GetStringLength());
    };
    auto offset = [&](const char* key, std::size_t& into) {
      auto it = v.FindMember(key);
      if (it == v.MemberEnd()) return;
      if (!it->value.IsUint64()) Fail(std::string("evidence ") + key + " is not an offset");
      into = it->value.GetUint64();
    };
    text("article", e.article_id);
    text("text", e.text);
    text("speaker", e.speaker);
    offset("begin", e.span.begin);
    offset("end", e.span.end);
    if (e.span.end < e.span.begin) Fail("evidence ends before it begins");
    out.push_back(std::move(e));
  }
  return out;
}

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

EntityNode DecodeNode(const ElementReader& in, std::string id, const Fields<kNodeFields>& f,
                      Guesses& guesses) {
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
      node.articles = in.Strings("articles", *a);
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

RelationEdge DecodeEdge(const ElementReader& in, const Fields<kEdgeFields>& f, Guesses& guesses) {
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
    edge.articles = in.Strings("articles", *f[kEdgeArticles]);
  if (f[kEvidence] && !f[kEvidence]->empty()) edge.evidence = in.EvidenceList(*f[kEvidence]);
  std::sort(edge.evidence.begin(), edge.evidence.end(), [](const Evidence& a, const Evidence& b) {
    return std::tie(a.article_id, a.span) < std::tie(b.article_id, b.span);
  });
  return edge;
}

void ReadNodes(Context& ctx, const XmlNode* graph, const KeyTable& keys, KnowledgeGraph& out,
               Guesses& guesses) {
  for (const XmlNode* n = graph->first_node(); n; n = n->next_sibling()) {
    if (n->type() != rx::node_element || LocalName(n) != "node") continue;
    const auto id = Attribute(n, "id");
    ElementReader in(ctx, n);
    if (!id || id->empty()) in.Fail("no id");
    if (ctx.nodes.contains(*id)) in.Fail("duplicate node id");
    for (const XmlNode* c = n->first_node(); c; c = c->next_sibling())
      if (c->type() == rx::node_element && LocalName(c) == "graph") ++guesses.nested_graphs;
    ctx.storage.clear();
    const auto fields = ReadFields(n, keys.node, keys.node_defaults, ctx.storage);
    ctx.nodes.emplace(*id, out.AddNode(DecodeNode(in, std::string(*id), fields, guesses)));
  }
}

void ReadEdges(Context& ctx, const XmlNode* graph, const KeyTable& keys, KnowledgeGraph& out,
               Guesses& guesses) {
  // Edges come sorted by source (as kgraph writes them): remember the last one.
  auto last_source = ctx.nodes.end();
  for (const XmlNode* e = graph->first_node(); e; e = e->next_sibling()) {
    if (e->type() != rx::node_element) continue;
    if (LocalName(e) == "hyperedge") ++guesses.hyperedges;
    if (LocalName(e) != "edge") continue;
    const std::string_view source = Attribute(e, "source").value_or("");
    const std::string_view target = Attribute(e, "target").value_or("");
    ElementReader in(ctx, e);
    const auto s = last_source != ctx.nodes.end() && last_source->first == source
                       ? last_source
                       : ctx.nodes.find(source);
    const auto t = ctx.nodes.find(target);
    last_source = s;
    if (s == ctx.nodes.end()) in.Fail("source " + Quote(source) + " is not a declared node");
    if (t == ctx.nodes.end()) in.Fail("target " + Quote(target) + " is not a declared node");
    ctx.storage.clear();
    const auto fields = ReadFields(e, keys.edge, keys.edge_defaults, ctx.storage);
    const RelationEdge edge = DecodeEdge(in, fields, guesses);
    out.AddEdge(s->second, edge.relation, t->second, edge);
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

GraphMLReadResult Convert(const Source& src, const XmlNode* root) {
  auto ctx = std::make_unique<Context>(src);
  if (!root || LocalName(root) != "graphml")
    Fail(src, root ? root->name() - src.text.data() : 0,
         "not a GraphML document: the root element is not <graphml>");
  KeyTable keys;
  Storage key_storage;  // defaults in several pieces
  const XmlNode* graph = nullptr;
  Guesses guesses;
  for (const XmlNode* n = root->first_node(); n; n = n->next_sibling()) {
    if (n->type() != rx::node_element) continue;
    if (LocalName(n) == "key") AddKey(n, keys, key_storage);
    if (LocalName(n) != "graph") continue;
    if (graph) ++guesses.extra_graphs;
    if (!graph) graph = n;
  }
  if (!graph) Fail(src, root->name() - src.text.data(), "no <graph> element");
  GraphMLReadResult result;
  ReadNodes(*ctx, graph, keys, result.graph, guesses);
  ReadEdges(*ctx, graph, keys, result.graph, guesses);
  result.notes = Notes(src.name, guesses, keys);
  return result;
}

}  // namespace

GraphMLReadResult ReadGraphML(std::string text, const std::string& name,
                              const GraphMLReadOptions& options) {
  const Source src{text, name};
  if (text.size() > options.max_bytes)
    Fail(src, 0, "larger than " + std::to_string(options.max_bytes) + " bytes");
  CheckEncoding(src);
  const bool pieces = MarkupCheck(src, options).Run();
  // The document holds a 64 KiB static pool: keep it off the stack.
  auto doc = std::make_unique<rx::xml_document<char>>();
  try {
    // Without data nodes an element keeps its (first) text as its value: a third of
    // the memory, and enough unless a comment or CDATA splits the text.
    constexpr int kFlags = rx::parse_validate_closing_tags;
    if (pieces)
      doc->parse<kFlags>(text.data());
    else
      doc->parse<kFlags | rx::parse_no_data_nodes>(text.data());
  } catch (const rx::parse_error& e) {
    Fail(src, static_cast<std::size_t>(e.where<char>() - text.data()),
         std::string("malformed XML: ") + e.what());
  }
  const XmlNode* root = nullptr;
  for (const XmlNode* n = doc->first_node(); n; n = n->next_sibling()) {
    if (n->type() != rx::node_element) continue;
    if (root) Fail(src, n->name() - text.data(), "malformed XML: more than one root element");
    root = n;
  }
  return Convert(src, root);
}

GraphMLReadResult ReadGraphMLFile(const std::string& path, const GraphMLReadOptions& options) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw Error(path, "is a directory");
    file.open(path, std::ios::binary);
    if (!file) throw Error(path, std::string("cannot open: ") + std::strerror(errno));
    in = &file;
  }
  std::string text;
  std::error_code ec;
  if (const auto size = std::filesystem::file_size(path, ec); !ec && size <= options.max_bytes)
    text.reserve(size);
  char buffer[1 << 16];
  while (in->read(buffer, sizeof buffer) || in->gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in->gcount()));
    if (text.size() > options.max_bytes)
      throw Error(path, "larger than " + std::to_string(options.max_bytes) + " bytes");
  }
  if (in->bad()) throw Error(path, "read error");
  return ReadGraphML(std::move(text), path, options);
}

}  // namespace kg
