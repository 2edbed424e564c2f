#include "extract/relation_json.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "common/error.h"

namespace kg {
namespace {

// Builds the tree from RapidJSON's SAX events. Depending on how RapidJSON copies
// the stream, an event sees the position either at the start of its value or just
// past it; each Start* helper accepts both (valid JSON never has a quote right
// after a string, a digit right after a number, or a bracket right after "true").
class TreeBuilder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, TreeBuilder> {
 public:
  TreeBuilder(std::string_view text, const rapidjson::StringStream& stream)
      : text_(text), stream_(stream) {}

  bool Null() { return Scalar(JsonNode{}, "null"); }
  bool Bool(bool b) {
    JsonNode n;
    n.kind = JsonNode::kBool;
    n.boolean = b;
    return Scalar(std::move(n), b ? "true" : "false");
  }
  bool Int(int i) { return Number(i); }
  bool Uint(unsigned u) { return Number(u); }
  bool Int64(std::int64_t i) { return Number(static_cast<double>(i)); }
  bool Uint64(std::uint64_t u) { return Number(static_cast<double>(u)); }
  bool Double(double d) { return Number(d); }
  bool String(const char* s, rapidjson::SizeType length, bool) {
    JsonNode n;
    n.kind = JsonNode::kString;
    n.string.assign(s, length);
    n.offset = StringStart();
    return Add(std::move(n));
  }
  bool Key(const char* s, rapidjson::SizeType length, bool) {
    keys_.back().assign(s, length);
    return true;
  }
  bool StartObject() { return Open(JsonNode::kObject); }
  bool EndObject(rapidjson::SizeType) { return Close(); }
  bool StartArray() { return Open(JsonNode::kArray); }
  bool EndArray(rapidjson::SizeType) { return Close(); }

  JsonNode Take() { return std::move(root_); }

 private:
  std::size_t Here() const { return stream_.Tell(); }

  std::size_t StringStart() const {
    const std::size_t here = Here();
    if (here < text_.size() && text_[here] == '"') return here;
    std::size_t p = here >= 2 ? here - 2 : 0;
    for (; p > 0; --p) {
      if (text_[p] != '"') continue;
      std::size_t slashes = 0;
      while (p > slashes && text_[p - 1 - slashes] == '\\') ++slashes;
      if (slashes % 2 == 0) break;
    }
    return p;
  }

  bool Number(double d) {
    JsonNode n;
    n.kind = JsonNode::kNumber;
    n.number = d;
    constexpr std::string_view kNumberChars = "0123456789+-.eE";
    std::size_t p = Here();
    const bool at_start = p < text_.size() &&
                          kNumberChars.find(text_[p]) != std::string_view::npos &&
                          (p == 0 || kNumberChars.find(text_[p - 1]) == std::string_view::npos);
    if (!at_start)
      while (p > 0 && kNumberChars.find(text_[p - 1]) != std::string_view::npos) --p;
    n.offset = p;
    return Add(std::move(n));
  }

  bool Scalar(JsonNode n, std::string_view literal) {
    const std::size_t here = Here();
    const bool at_start = text_.substr(here, literal.size()) == literal;
    n.offset = at_start || here < literal.size() ? (at_start ? here : 0) : here - literal.size();
    return Add(std::move(n));
  }

  bool Open(JsonNode::Kind kind) {
    JsonNode n;
    n.kind = kind;
    const std::size_t here = Here();
    n.offset = here < text_.size() && (text_[here] == '{' || text_[here] == '[') ? here
               : here > 0                                                        ? here - 1
                                                                                 : 0;
    stack_.push_back(std::move(n));
    keys_.emplace_back();
    return true;
  }

  bool Close() {
    JsonNode n = std::move(stack_.back());
    stack_.pop_back();
    keys_.pop_back();
    return Add(std::move(n));
  }

  bool Add(JsonNode n) {
    if (stack_.empty()) {
      root_ = std::move(n);
    } else if (stack_.back().kind == JsonNode::kArray) {
      stack_.back().items.push_back(std::move(n));
    } else {
      stack_.back().members.emplace_back(std::move(keys_.back()), std::move(n));
    }
    return true;
  }

  std::string_view text_;
  const rapidjson::StringStream& stream_;
  std::vector<JsonNode> stack_;
  std::vector<std::string> keys_;  // pending member name per open object
  JsonNode root_;
};

}  // namespace

const JsonNode* JsonNode::Find(std::string_view key) const {
  for (const auto& [name, value] : members)
    if (name == key) return &value;
  return nullptr;
}

std::string_view KindName(JsonNode::Kind kind) {
  switch (kind) {
    case JsonNode::kNull:
      return "null";
    case JsonNode::kBool:
      return "boolean";
    case JsonNode::kNumber:
      return "number";
    case JsonNode::kString:
      return "string";
    case JsonNode::kArray:
      return "array";
    case JsonNode::kObject:
      return "object";
  }
  return "value";
}

JsonNode ParseJsonTree(std::string_view json, const std::string& where) {
  if (const auto nul = json.find('\0'); nul != std::string_view::npos)
    throw Error(where, "offset " + std::to_string(nul) + ": NUL byte in JSON text");
  const std::string text(json);  // RapidJSON's StringStream wants a terminating NUL
  rapidjson::StringStream stream(text.c_str());
  TreeBuilder builder(text, stream);
  rapidjson::Reader reader;
  const rapidjson::ParseResult ok = reader.Parse<rapidjson::kParseIterativeFlag>(stream, builder);
  if (!ok)
    throw Error(where, "offset " + std::to_string(ok.Offset()) + ": " +
                           rapidjson::GetParseError_En(ok.Code()));
  return builder.Take();
}

}  // namespace kg
