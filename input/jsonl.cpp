#include "input/jsonl.h"

#include <fmt/core.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cstring>
#include <string_view>

#include "input/decode.h"

namespace kg {
namespace {

constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag;

Diagnostic Skip(std::size_t offset, std::string reason, std::string message) {
  return {Severity::kSkipped, "", 0, offset, std::move(reason), std::move(message)};
}

// Reads one string member into `into`; false (with a diagnostic) when the line must go.
class Fields {
 public:
  Fields(const rapidjson::Document& doc, const std::string& line, bool strict, JsonlLine& out)
      : doc_(doc), line_(line), strict_(strict), out_(out) {}

  // Required: a string member. Returns its bytes (still inside the line buffer).
  std::optional<std::string_view> Required(const char* key) {
    const auto it = doc_.FindMember(key);
    if (it == doc_.MemberEnd()) {
      out_.diagnostics.push_back(Skip(0, "missing-field", fmt::format("no \"{}\" field", key)));
      return std::nullopt;
    }
    if (!it->value.IsString()) {
      out_.diagnostics.push_back(Skip(0, "bad-field", fmt::format("\"{}\" is not a string", key)));
      return std::nullopt;
    }
    return std::string_view(it->value.GetString(), it->value.GetStringLength());
  }

  void Optional(const char* key, std::string& into) {
    const auto it = doc_.FindMember(key);
    if (it == doc_.MemberEnd()) return;
    if (!it->value.IsString()) {
      out_.diagnostics.push_back({Severity::kNote, "", 0, 0, "bad-field",
                                  fmt::format("\"{}\" is not a string: ignored", key)});
      return;
    }
    Valid(std::string_view(it->value.GetString(), it->value.GetStringLength()), into);
  }

  // `s` as valid UTF-8 into `into`: escapes like "\udc00" decode to invalid bytes.
  bool Valid(std::string_view s, std::string& into) {
    if (FindInvalidUtf8(s) == std::string_view::npos) {
      into.assign(s);
      return true;
    }
    const std::size_t at = Offset(s);
    if (strict_) {
      out_.diagnostics.push_back(
          Skip(at, "invalid-utf8", "a string escape is not valid Unicode; skipped (--strict)"));
      return false;
    }
    into = RepairUtf8(s);
    out_.diagnostics.push_back({Severity::kRepaired, "", 0, at, "invalid-utf8",
                                "a string escape is not valid Unicode, replaced with U+FFFD"});
    return true;
  }

  // Where a parsed-in-place string starts in the line.
  std::size_t Offset(std::string_view s) const {
    return static_cast<std::size_t>(s.data() - line_.data());
  }

 private:
  const rapidjson::Document& doc_;
  const std::string& line_;
  bool strict_;
  JsonlLine& out_;
};

}  // namespace

JsonlLine ParseJsonlLine(std::string line, bool strict) {
  JsonlLine out;
  if (const void* nul = std::memchr(line.data(), '\0', line.size())) {
    const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - line.data());
    out.diagnostics.push_back(Skip(at, "bad-json", "malformed JSON: raw NUL byte"));
    return out;
  }
  rapidjson::Document doc;
  doc.ParseInsitu<kParseFlags>(line.data());
  if (doc.HasParseError()) {
    out.diagnostics.push_back(
        Skip(doc.GetErrorOffset(), "bad-json",
             fmt::format("malformed JSON: {}", rapidjson::GetParseError_En(doc.GetParseError()))));
    return out;
  }
  if (!doc.IsObject()) {
    out.diagnostics.push_back(Skip(0, "missing-field", "the line is not a JSON object"));
    return out;
  }
  Fields fields(doc, line, strict, out);
  const auto id = fields.Required("id");
  if (!id) return out;
  const auto text = fields.Required("text");
  if (!text) return out;
  Article a;
  if (id->empty()) {
    out.diagnostics.push_back(Skip(fields.Offset(*id), "bad-field", "\"id\" is empty"));
    return out;
  }
  if (!fields.Valid(*id, a.id)) return out;
  fields.Optional("title", a.title);
  fields.Optional("date", a.date);
  fields.Optional("source", a.source);
  fields.Optional("url", a.url);
  if (FindInvalidUtf8(*text) != std::string_view::npos) {
    if (!fields.Valid(*text, a.text)) return out;
  } else {
    // The common case: slide the text to the front of the line and keep the buffer.
    std::memmove(line.data(), text->data(), text->size());
    line.resize(text->size());
    a.text = std::move(line);
  }
  for (const auto& d : out.diagnostics)
    if (d.severity == Severity::kSkipped) return out;  // strict: a bad optional field
  out.article = std::move(a);
  return out;
}

}  // namespace kg
