#include "graph/detail/json_arrays.h"

#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <array>
#include <cstdint>

namespace kg::detail {
namespace {

using rapidjson::SizeType;

// The handlers never stop the parse (every method returns true): they note the first
// problem and let the reader check the syntax to the end.

struct StringsHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, StringsHandler> {
  explicit StringsHandler(std::set<std::string>& o) : out(o) {}

  // Any value but a string at the top or in the array.
  bool Default() {
    if (depth == 0) Note("is not a JSON array");
    if (depth == 1) Note("holds a value that is not a string");
    return true;
  }
  bool String(const char* s, SizeType n, bool) {
    if (depth == 1) return out.emplace(s, n), true;
    return Default();
  }
  bool Key(const char*, SizeType, bool) { return true; }
  bool StartArray() {
    if (depth > 0) Default();
    ++depth;
    return true;
  }
  bool StartObject() {
    Default();
    ++depth;
    return true;
  }
  bool EndArray(SizeType) { return --depth, true; }
  bool EndObject(SizeType) { return --depth, true; }

  void Note(const char* what) {
    if (problem.empty()) problem = what;
  }

  std::set<std::string>& out;
  std::size_t depth = 0;
  std::string problem;
};

struct EvidenceHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, EvidenceHandler> {
  // Checked in this order, as the members were looked up one by one before.
  enum Field { kArticle, kText, kSpeaker, kBegin, kEnd, kFields };
  static constexpr std::array<std::string_view, kFields> kNames = {"article", "text", "speaker",
                                                                   "begin", "end"};
  enum class Seen : std::uint8_t { kNo, kGood, kBad };
  enum class Kind { kNull, kString, kOffset, kOther, kArray, kObject };

  explicit EvidenceHandler(std::vector<Evidence>& o) : out(o) {}

  bool Null() { return Value(Kind::kNull); }
  bool Bool(bool) { return Value(Kind::kOther); }
  // A parsed tree counts a non-negative integer ("-0" included) as an offset: so do we.
  bool Int(int i) {
    return Value(i >= 0 ? Kind::kOffset : Kind::kOther, static_cast<std::uint64_t>(i));
  }
  bool Int64(std::int64_t i) {
    return Value(i >= 0 ? Kind::kOffset : Kind::kOther, static_cast<std::uint64_t>(i));
  }
  bool Uint(unsigned u) { return Value(Kind::kOffset, u); }
  bool Uint64(std::uint64_t u) { return Value(Kind::kOffset, u); }
  bool Double(double) { return Value(Kind::kOther); }
  bool String(const char* s, SizeType n, bool) { return Value(Kind::kString, 0, {s, n}); }
  bool Key(const char* s, SizeType n, bool) {
    if (depth == 2) {
      const auto it = std::find(kNames.begin(), kNames.end(), std::string_view(s, n));
      field = static_cast<int>(it - kNames.begin());
    }
    return true;
  }
  bool StartArray() {
    Value(Kind::kArray);
    return ++depth, true;
  }
  bool StartObject() {
    Value(Kind::kObject);
    if (depth == 1) {  // a new piece of evidence
      current = Evidence{};
      seen.fill(Seen::kNo);
    }
    return ++depth, true;
  }
  bool EndArray(SizeType) { return --depth, true; }
  bool EndObject(SizeType) {
    if (--depth == 1) Finish();
    return true;
  }

  bool Value(Kind kind, std::uint64_t offset = 0, std::string_view text = {}) {
    if (depth == 0 && kind != Kind::kArray) Note("is not a JSON array");
    if (depth == 1 && kind != Kind::kObject) Note("holds a value that is not an object");
    if (depth != 2 || field >= kFields || seen[field] != Seen::kNo) return true;
    if (field <= kSpeaker) {
      seen[field] = kind == Kind::kString || kind == Kind::kNull ? Seen::kGood : Seen::kBad;
      std::string* into[] = {&current.article_id, &current.text, &current.speaker};
      if (kind == Kind::kString) into[field]->assign(text);
    } else {
      seen[field] = kind == Kind::kOffset ? Seen::kGood : Seen::kBad;
      (field == kBegin ? current.span.begin : current.span.end) = offset;
    }
    return true;
  }

  void Finish() {
    for (int f = 0; f < kFields; ++f)
      if (seen[f] == Seen::kBad)
        return Note(std::string(kNames[f]) +
                    (f <= kSpeaker ? " is not a string" : " is not an offset"));
    if (current.span.end < current.span.begin) return Note("ends before it begins");
    if (problem.empty()) out.push_back(std::move(current));
  }

  void Note(std::string what) {
    if (problem.empty()) problem = std::move(what);
  }

  std::vector<Evidence>& out;
  std::size_t depth = 0;
  int field = kFields;  // the member whose value comes next
  Evidence current;
  std::array<Seen, kFields> seen{};
  std::string problem;
};

}  // namespace

struct JsonArrays::Parser {
  template <class Handler>
  std::string Parse(std::string_view value, Handler& handler) {
    rapidjson::MemoryStream bytes(value.data(), value.size());
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(bytes);
    const rapidjson::ParseResult r = reader.Parse<rapidjson::kParseIterativeFlag>(in, handler);
    if (r.IsError())
      return std::string("is not valid JSON: ") + rapidjson::GetParseError_En(r.Code()) +
             " (at character " + std::to_string(r.Offset()) + ")";
    return std::move(handler.problem);
  }

  rapidjson::Reader reader;  // its stack is kept from one value to the next
};

JsonArrays::JsonArrays() : parser_(std::make_unique<Parser>()) {}
JsonArrays::~JsonArrays() = default;

std::string JsonArrays::Strings(std::string_view value, std::set<std::string>& out) {
  StringsHandler handler(out);
  return parser_->Parse(value, handler);
}

std::string JsonArrays::EvidenceList(std::string_view value, std::vector<Evidence>& out) {
  EvidenceHandler handler(out);
  return parser_->Parse(value, handler);
}

}  // namespace kg::detail
