#include "input/jsonl.h"

#include <fmt/core.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <bit>
#include <cstring>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "input/decode.h"

namespace kg::jsonl_detail {

// The line parsed in place, with its end known. RapidJSON reads the parts of a string
// that need no unescaping one byte at a time unless built with RAPIDJSON_SSE2, whose
// 16-byte scans let the control bytes 0x1A-0x1F through (see CMakeLists.txt). For this
// stream type alone the scan below does it 16 bytes at a time, stopping at every byte
// RapidJSON must look at (`"`, `\`, 0x00-0x1F), and never reads past the line's
// terminating NUL: article text is most of a JSONL corpus, and the byte loop was half
// of reading it.
struct LineStream : rapidjson::InsituStringStream {
  LineStream(char* begin, char* end) : rapidjson::InsituStringStream(begin), end_(end) {}
  char* end_;  // the NUL after the line
};

}  // namespace kg::jsonl_detail

namespace rapidjson {

template <>
struct StreamTraits<kg::jsonl_detail::LineStream> {
  enum { copyOptimization = 1 };  // as for InsituStringStream: kept in registers
};

// Called by ParseStringToStream inside a string, reading at src_ and writing at dst_
// (dst_ < src_ once an escape has shortened the string). Moves src_ and dst_ past the
// bytes that are copied unchanged; the byte at src_ is then one RapidJSON handles.
template <>
template <>
inline void GenericReader<UTF8<>, UTF8<>, CrtAllocator>::ScanCopyUnescapedString(
    kg::jsonl_detail::LineStream& is, kg::jsonl_detail::LineStream& /*os: the same*/) {
#ifdef __SSE2__
  char* p = is.src_;
  char* q = is.dst_;
  // 16 bytes at a time while they lie within the line and its NUL.
  while (p + 16 <= is.end_ + 1) {
    const __m128i s = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i stop = _mm_or_si128(_mm_cmpeq_epi8(s, _mm_set1_epi8('"')),
                                _mm_cmpeq_epi8(s, _mm_set1_epi8('\\')));
    // 0x00-0x1F: below 0x20 as signed bytes, and not negative (0x80-0xFF).
    stop = _mm_or_si128(stop, _mm_and_si128(_mm_cmplt_epi8(s, _mm_set1_epi8(0x20)),
                                            _mm_cmpgt_epi8(s, _mm_set1_epi8(-1))));
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(stop));
    if (mask != 0) {
      const auto n = static_cast<std::size_t>(std::countr_zero(mask));
      if (p != q) std::memmove(q, p, n);
      p += n;
      q += n;
      break;
    }
    // The 16 bytes are in `s`: storing them over earlier bytes of the line is safe.
    if (p != q) _mm_storeu_si128(reinterpret_cast<__m128i*>(q), s);
    p += 16;
    q += 16;
  }
  is.src_ = p;
  is.dst_ = q;
#else
  (void)is;
#endif
}

}  // namespace rapidjson

namespace kg {
namespace {

constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseInsituFlag;

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
  jsonl_detail::LineStream stream(line.data(), line.data() + line.size());
  doc.ParseStream<kParseFlags>(stream);
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
