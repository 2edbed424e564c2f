// Turning the raw bytes of a file (or of one JSONL line) into valid UTF-8.
//
//   kg::Decoded d = kg::Decode(std::move(bytes), {.strict = false});
//   if (d.skipped) ...;            // strict mode and damaged bytes
//   Use(d.text);                   // always valid UTF-8
//   for (auto& diag : d.diagnostics) ...  // file and line left empty: the caller knows them
//
// What Decode does, in order (docs/robustness.md has the user-facing table):
//   1. A UTF-8 byte-order mark is stripped ("utf8-bom", note).
//   2. A UTF-16 LE/BE byte-order mark selects UTF-16, converted to UTF-8 ("utf16", note);
//      unpaired surrogates become U+FFFD ("invalid-utf16", repaired).
//   3. Valid UTF-8 is returned as is, without a copy.
//   4. Bytes that are not UTF-8 and look like a legacy 8-bit text (more invalid sequences than
//      valid multi-byte ones) go to ICU's charset detector; a confident answer is converted
//      with ucnv ("legacy-encoding", note; e.g. windows-1252, ISO-8859-1).
//   5. Anything else is UTF-8 with damage: each maximal invalid subsequence becomes U+FFFD
//      ("invalid-utf8", repaired), or, when strict, the input is skipped.
// Diagnostic offsets are byte offsets into the bytes given to Decode (BOM included).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.h"

namespace kg {

// What the caller already knows about the bytes (a JSONL stream whose BOM was consumed).
enum class Encoding { kAuto, kUtf8, kUtf16Le, kUtf16Be };

struct DecodeOptions {
  bool strict = false;                  // skip instead of repairing damaged bytes
  Encoding encoding = Encoding::kAuto;  // kAuto: sniff a BOM, then detect
};

struct Decoded {
  std::string text;                     // valid UTF-8; empty when skipped
  bool skipped = false;                 // strict mode refused the bytes
  std::vector<Diagnostic> diagnostics;  // offset, reason, message, severity set
};

Decoded Decode(std::string bytes, const DecodeOptions& options);

// The encoding announced by a byte-order mark at the start of `head`, and the mark's size
// (0 and kAuto when there is none).
struct Bom {
  Encoding encoding = Encoding::kAuto;
  std::size_t size = 0;
};
Bom SniffBom(std::string_view head);

// True for bytes that are not text: a NUL byte anywhere, or MostlyControl. Call it on
// bytes without a UTF-16 BOM (UTF-16 is full of NULs).
bool LooksBinary(std::string_view bytes);

// True when more than 10% of the first 64 KiB are control characters (NUL included; tab,
// newline, carriage return and form feed excluded). For a JSONL head, where one stray NUL
// spoils one line (reported as "bad-json"), not the file.
bool MostlyControl(std::string_view bytes);

// Offset of the first byte that is not part of a well-formed UTF-8 sequence, or npos.
std::size_t FindInvalidUtf8(std::string_view bytes);

// `bytes` with every maximal invalid subsequence replaced by U+FFFD (Unicode's "best
// practice", the same as ICU's and WHATWG's decoders). `replaced` counts them.
std::string RepairUtf8(std::string_view bytes, std::size_t* replaced = nullptr);

// True when `text` (valid UTF-8) holds nothing but Unicode white space.
bool IsBlank(std::string_view text);

}  // namespace kg
