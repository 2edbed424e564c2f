// Writing a query Result as an aligned table, JSON or CSV (docs/query.md shows each).
//
//   kg::WriteResult(result, kg::OutputFormat::kJson, std::cout);
//
// table: for people. Columns aligned by display width (ICU East Asian Width: CJK
//        counts two columns, combining marks none), numbers right-aligned, lists
//        joined by "; ", cells but the last cut at 48 columns with "…", line breaks
//        inside cells shown as spaces.
// json:  {"<table>": [{"<column>": value, ...}, ...], ...}: a record table is one
//        object; numbers are numbers, lists arrays, missing values null (RapidJSON).
// csv:   RFC 4180: a header row, CRLF line ends, fields with , " CR or LF quoted and
//        quotes doubled, lists joined by "; ". Several tables share one header (the
//        union of their columns) behind a first column "table" naming each row's table.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string_view>

#include "query/result.h"

namespace kg {

enum class OutputFormat { kTable, kJson, kCsv };

// "table", "json", "csv".
std::optional<OutputFormat> ParseOutputFormat(std::string_view name);

void WriteResult(const Result& result, OutputFormat format, std::ostream& out);

// Terminal columns `utf8` takes up (invalid bytes count one each).
std::size_t DisplayWidth(std::string_view utf8);

}  // namespace kg
