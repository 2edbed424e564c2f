#include "graph/detail/graphml_document.h"

#include <algorithm>
#include <cstring>

namespace kg::detail {

char* TextArena::Room(std::size_t size) {
  constexpr std::size_t kBlock = std::size_t{1} << 20;
  if (size > left_) {
    left_ = std::max(kBlock, size);
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(left_));
    next_ = blocks_.back().get();
  }
  return next_;
}

std::string_view TextArena::Keep(std::string_view text) {
  if (text.empty()) return {};
  char* at = Room(text.size());
  std::memcpy(at, text.data(), text.size());
  next_ += text.size();
  left_ -= text.size();
  return {at, text.size()};
}

std::string_view TextArena::Decode(XmlText text) {
  if (text.raw.empty()) return {};
  char* at = Room(text.raw.size());
  const std::size_t size = DecodeInto(text, at);
  next_ += size;
  left_ -= size;
  return {at, size};
}

namespace {

std::string_view LocalName(std::string_view name) {
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Pulls the outline out of the scanner, one element at a time. Each method starts
// just after the kStart of its element and returns after the matching kEnd.
class OutlineReader {
 public:
  OutlineReader(XmlScanner& xml, GraphMLDocument& doc) : xml_(xml), doc_(doc) {}

  // Whether the root is <graphml> with a <graph>; the document is read to its end
  // either way, so malformed XML is reported before a wrong root.
  void Document(const XmlSource& src) {
    if (xml_.Next() == XmlScanner::kEof)
      src.Fail(0, "not a GraphML document: the root element is not <graphml>");
    doc_.root_offset = xml_.name_offset();
    const bool graphml = LocalName(xml_.name()) == "graphml";
    bool graph = false;
    if (graphml)
      Root(graph);
    else
      Skip();
    while (xml_.Next() != XmlScanner::kEof) {
    }
    if (!graphml)
      src.Fail(doc_.root_offset, "not a GraphML document: the root element is not <graphml>");
    if (!graph) src.Fail(doc_.root_offset, "no <graph> element");
  }

 private:
  // Children of <graphml>: keys, and the first graph.
  void Root(bool& graph) {
    for (auto t = xml_.Next(); t != XmlScanner::kEnd; t = xml_.Next()) {
      if (t != XmlScanner::kStart) continue;
      const std::string_view name = LocalName(xml_.name());
      if (name == "key") {
        Key();
      } else if (name == "graph" && !graph) {
        graph = true;
        Graph();
      } else {
        doc_.extra_graphs += name == "graph";
        Skip();
      }
    }
  }

  void Key() {
    GraphMLKey key{Attribute("id"), Attribute("attr.name"), Attribute("for"), std::nullopt};
    for (auto t = xml_.Next(); t != XmlScanner::kEnd; t = xml_.Next()) {
      if (t != XmlScanner::kStart) continue;
      if (xml_.name() == "default" && !key.default_value)
        key.default_value = Text();
      else
        Skip();
    }
    doc_.keys.push_back(key);
  }

  void Graph() {
    for (auto t = xml_.Next(); t != XmlScanner::kEnd; t = xml_.Next()) {
      if (t != XmlScanner::kStart) continue;
      const std::string_view name = LocalName(xml_.name());
      if (name == "node" || name == "edge") {
        Item(name == "edge");
      } else {
        doc_.hyperedges += name == "hyperedge";
        Skip();
      }
    }
  }

  void Item(bool edge) {
    GraphMLItem item;
    item.offset = xml_.name_offset();
    item.id = Attribute("id").value_or("");
    if (edge) {
      item.source = Attribute("source").value_or("");
      item.target = Attribute("target").value_or("");
    }
    item.first_data = doc_.data.size();
    for (auto t = xml_.Next(); t != XmlScanner::kEnd; t = xml_.Next()) {
      if (t != XmlScanner::kStart) continue;
      const std::string_view name = LocalName(xml_.name());
      if (name == "data") {
        const std::string_view key = Attribute("key").value_or("");
        doc_.data.push_back({key, Text()});
        continue;
      }
      if (!edge && name == "graph") ++doc_.nested_graphs;
      Skip();
    }
    item.end_data = doc_.data.size();
    (edge ? doc_.edges : doc_.nodes).push_back(item);
  }

  // The element's character data, CDATA sections included, in one piece; the text of
  // child elements is not part of it.
  std::string_view Text() {
    std::optional<XmlText> first;
    bool joined = false;
    for (auto t = xml_.Next(); t != XmlScanner::kEnd; t = xml_.Next()) {
      if (t == XmlScanner::kStart) {
        Skip();
        continue;
      }
      if (!first) {
        first = xml_.text();
        continue;
      }
      if (!joined) {
        scratch_.clear();
        AppendDecoded(*first, scratch_);
        joined = true;
      }
      AppendDecoded(xml_.text(), scratch_);
    }
    if (joined) return doc_.arena.Keep(scratch_);
    return first ? Value(*first) : std::string_view();
  }

  std::optional<std::string_view> Attribute(std::string_view name) {
    const auto value = xml_.Attribute(name);
    if (!value) return std::nullopt;
    return Value(*value);
  }

  std::string_view Value(XmlText text) { return text.decode ? doc_.arena.Decode(text) : text.raw; }

  // To the end of the element just started.
  void Skip() {
    for (std::size_t open = 1; open > 0;) {
      const auto t = xml_.Next();
      open += t == XmlScanner::kStart;
      open -= t == XmlScanner::kEnd;
    }
  }

  XmlScanner& xml_;
  GraphMLDocument& doc_;
  std::string scratch_;  // text being decoded or joined
};

}  // namespace

GraphMLDocument ReadGraphMLDocument(const XmlSource& src, XmlLimits limits) {
  XmlScanner xml(src, limits);
  GraphMLDocument doc;
  // A guess that spares the copies of growing: kgraph writes a <data> per 60-120
  // bytes. Untouched capacity costs address space, not memory.
  doc.data.reserve(src.text.size() / 64);
  OutlineReader(xml, doc).Document(src);
  return doc;
}

}  // namespace kg::detail
