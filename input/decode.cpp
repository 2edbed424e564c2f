#include "input/decode.h"

#include <fmt/core.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace kg {
namespace {

constexpr std::size_t kSniffBytes = 64 * 1024;   // what LooksBinary and the detector look at
constexpr int32_t kMinConfidence = 20;           // ICU detector answers below this are noise
constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

Diagnostic Note(Severity severity, std::size_t offset, std::string reason, std::string message) {
  Diagnostic d;
  d.severity = severity;
  d.offset = offset;
  d.reason = std::move(reason);
  d.message = std::move(message);
  return d;
}

// One pass over UTF-8 bytes: where the damage starts and how much there is of what.
struct Utf8Scan {
  std::size_t first_invalid = std::string_view::npos;
  std::size_t invalid = 0;    // maximal invalid subsequences
  std::size_t multibyte = 0;  // well-formed non-ASCII characters
};

Utf8Scan ScanUtf8(std::string_view s) {
  Utf8Scan scan;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int64_t n = static_cast<int64_t>(s.size());
  for (int64_t i = 0; i < n;) {
#ifdef __SSE2__
    // Sixteen ASCII bytes at a time (SSE2 is part of x86-64): most text is ASCII, and
    // every line of input is scanned.
    if (i + 16 <= n) {
      const auto high = static_cast<unsigned>(
          _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))));
      if (high == 0) {
        i += 16;
        continue;
      }
      i += std::countr_zero(high);  // the first non-ASCII byte
    }
#else
    if (i + 8 <= n) {  // eight ASCII bytes at a time: most text is ASCII
      std::uint64_t word;
      std::memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
#endif
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const int64_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0) {
      ++scan.multibyte;
    } else {
      if (scan.invalid++ == 0) scan.first_invalid = static_cast<std::size_t>(start);
    }
  }
  return scan;
}

void AppendUtf8(std::string& out, UChar32 c) {
  char buf[U8_MAX_LENGTH];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, c);
  out.append(buf, static_cast<std::size_t>(len));
}

// UTF-16 (after its BOM) to UTF-8; unpaired surrogates and an odd last byte become U+FFFD.
Decoded DecodeUtf16(std::string_view units, bool little_endian, std::size_t base,
                    const DecodeOptions& options) {
  Decoded out;
  out.text.reserve(units.size() + units.size() / 2);
  const auto* p = reinterpret_cast<const uint8_t*>(units.data());
  auto unit = [&](std::size_t i) -> char16_t {
    return little_endian ? char16_t(p[i] | p[i + 1] << 8) : char16_t(p[i] << 8 | p[i + 1]);
  };
  std::size_t invalid = 0, first_invalid = 0;
  for (std::size_t i = 0; i < units.size();) {
    UChar32 c = 0xFFFD;
    const std::size_t at = i;
    if (i + 1 >= units.size()) {
      i = units.size();  // odd trailing byte
    } else {
      const char16_t u = unit(i);
      i += 2;
      if (!U16_IS_SURROGATE(u)) {
        c = u;
      } else if (U16_IS_SURROGATE_LEAD(u) && i + 1 < units.size() && U16_IS_TRAIL(unit(i))) {
        c = U16_GET_SUPPLEMENTARY(u, unit(i));
        i += 2;
      }
    }
    if (c == 0xFFFD && (at + 1 >= units.size() || unit(at) != 0xFFFD)) {
      if (invalid++ == 0) first_invalid = base + at;
    }
    AppendUtf8(out.text, c);
  }
  if (invalid == 0) return out;
  const std::string what =
      fmt::format("{} invalid UTF-16 sequence(s), the first at byte {}", invalid, first_invalid);
  if (options.strict) {
    out.text.clear();
    out.skipped = true;
    out.diagnostics.push_back(
        Note(Severity::kSkipped, first_invalid, "invalid-utf16", what + "; skipped (--strict)"));
  } else {
    out.diagnostics.push_back(
        Note(Severity::kRepaired, first_invalid, "invalid-utf16", what + ", replaced with U+FFFD"));
  }
  return out;
}

// The legacy charset ICU's detector is confident about, ignoring Unicode answers (the
// caller already knows the bytes are not UTF-8, and UTF-16/32 guesses are noise here).
std::optional<std::string> DetectLegacyCharset(std::string_view bytes, int32_t* confidence) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status),
                                                                 &ucsdet_close);
  if (U_FAILURE(status)) return std::nullopt;
  const std::string_view sample = bytes.substr(0, kSniffBytes);
  ucsdet_setText(det.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &count, &status);
  if (U_FAILURE(status)) return std::nullopt;
  for (int32_t i = 0; i < count; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    const int32_t conf = ucsdet_getConfidence(matches[i], &status);
    if (U_FAILURE(status) || conf < kMinConfidence) return std::nullopt;
    if (std::strncmp(name, "UTF", 3) == 0) continue;
    *confidence = conf;
    return std::string(name);
  }
  return std::nullopt;
}

// `bytes` in `charset` converted to UTF-8 by ICU (unmappable bytes become substitutes).
// Two passes, the first only measuring, so the result is allocated once at its size.
std::optional<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset) {
  if (bytes.size() > INT32_MAX / 4) return std::nullopt;  // ICU's lengths are int32_t
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> cnv(ucnv_open(charset.c_str(), &status),
                                                         &ucnv_close);
  if (U_FAILURE(status)) return std::nullopt;
  const auto convert = [&](char* out, int32_t capacity) {
    status = U_ZERO_ERROR;
    ucnv_reset(cnv.get());
    return ucnv_toAlgorithmic(UCNV_UTF8, cnv.get(), out, capacity, bytes.data(),
                              static_cast<int32_t>(bytes.size()), &status);
  };
  const int32_t len = convert(nullptr, 0);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return std::nullopt;
  std::string out(static_cast<std::size_t>(len), '\0');
  convert(out.data(), len);
  if (U_FAILURE(status)) return std::nullopt;
  return out;
}

void RepairOrSkip(Decoded& out, const Utf8Scan& scan, std::size_t base,
                  const DecodeOptions& options) {
  const std::size_t at = base + scan.first_invalid;
  const std::string what =
      fmt::format("{} invalid UTF-8 sequence(s), the first at byte {}", scan.invalid, at);
  if (options.strict) {
    out.text.clear();
    out.skipped = true;
    out.diagnostics.push_back(
        Note(Severity::kSkipped, at, "invalid-utf8", what + "; skipped (--strict)"));
    return;
  }
  out.text = RepairUtf8(out.text);
  out.diagnostics.push_back(
      Note(Severity::kRepaired, at, "invalid-utf8", what + ", replaced with U+FFFD"));
}

}  // namespace

Bom SniffBom(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") return {Encoding::kUtf8, 3};
  if (head.substr(0, 2) == "\xFF\xFE") return {Encoding::kUtf16Le, 2};
  if (head.substr(0, 2) == "\xFE\xFF") return {Encoding::kUtf16Be, 2};
  return {};
}

bool LooksBinary(std::string_view bytes) {
  return bytes.find('\0') != std::string_view::npos || MostlyControl(bytes);
}

bool MostlyControl(std::string_view bytes) {
  const std::string_view sample = bytes.substr(0, kSniffBytes);
  const auto control = std::count_if(sample.begin(), sample.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
  });
  return static_cast<std::size_t>(control) * 10 > sample.size();
}

std::size_t FindInvalidUtf8(std::string_view bytes) { return ScanUtf8(bytes).first_invalid; }

std::string RepairUtf8(std::string_view bytes, std::size_t* replaced) {
  std::string out;
  out.reserve(bytes.size() + 16);
  std::size_t count = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const int64_t n = static_cast<int64_t>(bytes.size());
  int64_t run = 0;  // start of the current run of valid bytes
  for (int64_t i = 0; i < n;) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const int64_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0) continue;
    out.append(bytes.data() + run, static_cast<std::size_t>(start - run));
    out.append(kReplacement, 3);
    run = i;
    ++count;
  }
  out.append(bytes.data() + run, static_cast<std::size_t>(n - run));
  if (replaced) *replaced = count;
  return out;
}

bool IsBlank(std::string_view text) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const int64_t n = static_cast<int64_t>(text.size());
  for (int64_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !u_isUWhiteSpace(c)) return false;
  }
  return true;
}

Decoded Decode(std::string bytes, const DecodeOptions& options) {
  Decoded out;
  Encoding encoding = options.encoding;
  std::size_t base = 0;  // BOM bytes removed: diagnostics stay in input coordinates
  if (encoding == Encoding::kAuto) {
    const Bom bom = SniffBom(bytes);
    encoding = bom.encoding;
    base = bom.size;
    if (bom.encoding == Encoding::kUtf8) {
      bytes.erase(0, bom.size);
      out.diagnostics.push_back(
          Note(Severity::kNote, 0, "utf8-bom", "UTF-8 byte-order mark removed"));
    } else if (bom.encoding != Encoding::kAuto) {
      out.diagnostics.push_back(
          Note(Severity::kNote, 0, "utf16", "converted from UTF-16 (byte-order mark)"));
    }
  }
  if (encoding == Encoding::kUtf16Le || encoding == Encoding::kUtf16Be) {
    Decoded utf16 = DecodeUtf16(std::string_view(bytes).substr(base),
                                encoding == Encoding::kUtf16Le, base, options);
    out.text = std::move(utf16.text);
    out.skipped = utf16.skipped;
    for (auto& d : utf16.diagnostics) out.diagnostics.push_back(std::move(d));
    return out;
  }
  const Utf8Scan scan = ScanUtf8(bytes);
  out.text = std::move(bytes);
  if (scan.invalid == 0) return out;
  int32_t confidence = 0;
  if (scan.invalid > scan.multibyte) {
    if (auto charset = DetectLegacyCharset(out.text, &confidence)) {
      if (auto converted = ConvertToUtf8(out.text, *charset)) {
        out.text = FindInvalidUtf8(*converted) == std::string::npos ? std::move(*converted)
                                                                    : RepairUtf8(*converted);
        out.diagnostics.push_back(
            Note(Severity::kNote, base + scan.first_invalid, "legacy-encoding",
                 fmt::format("not UTF-8: converted from {} (detected, confidence {}%)", *charset,
                             confidence)));
        return out;
      }
    }
  }
  RepairOrSkip(out, scan, base, options);
  return out;
}

}  // namespace kg
