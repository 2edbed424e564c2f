#include "query/format.h"

#include <fmt/core.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <ostream>
#include <string>

namespace kg {
namespace {

constexpr std::size_t kMaxCellWidth = 48;

int CodePointWidth(UChar32 c) {
  if (c < 0) return 1;  // an invalid byte, shown as one replacement character
  const auto category = u_charType(c);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR ||
      category == U_CONTROL_CHAR)
    return 0;
  const auto width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return (width == U_EA_WIDE || width == U_EA_FULLWIDTH) ? 2 : 1;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

// A cell as text; `exact` keeps every digit of a real number (CSV) instead of four.
std::string Text(const Cell& cell, bool exact) {
  if (const auto* s = std::get_if<std::string>(&cell)) return *s;
  if (const auto* i = std::get_if<std::int64_t>(&cell)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&cell))
    return exact ? fmt::format("{}", *d) : fmt::format("{:.4g}", *d);
  if (const auto* list = std::get_if<std::vector<std::string>>(&cell)) return Join(*list);
  return "";
}

bool IsNumber(const Cell& cell) {
  return std::holds_alternative<std::int64_t>(cell) || std::holds_alternative<double>(cell);
}

// ---------------------------------------------------------------------------------------
// table

// Control characters (line breaks, tabs) would break the alignment: one space each.
std::string OneLine(std::string s) {
  for (char& c : s)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  return s;
}

std::string Truncate(const std::string& s, std::size_t max_width) {
  if (DisplayWidth(s) <= max_width) return s;
  std::size_t width = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    int32_t next = i;
    UChar32 c;
    U8_NEXT(s.data(), next, n, c);
    if (width + CodePointWidth(c) > max_width - 1) break;
    width += CodePointWidth(c);
    i = next;
  }
  return s.substr(0, static_cast<std::size_t>(i)) + "…";
}

std::string Pad(const std::string& s, std::size_t width, bool right) {
  const std::string fill(width - std::min(width, DisplayWidth(s)), ' ');
  return right ? fill + s : s + fill;
}

void WriteRecord(const Table& t, std::ostream& out) {
  std::size_t key_width = 0;
  for (const auto& c : t.columns) key_width = std::max(key_width, DisplayWidth(c));
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    std::string line = Pad(t.columns[i] + ":", key_width + 1, false) + " " +
                       OneLine(Text(t.rows.front()[i], false));
    line.erase(line.find_last_not_of(' ') + 1);
    out << line << "\n";
  }
}

void WriteGrid(const Table& t, std::ostream& out) {
  const std::size_t n = t.columns.size();
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> width(n);
  std::vector<bool> numeric(n, false);
  for (std::size_t i = 0; i < n; ++i) width[i] = DisplayWidth(t.columns[i]);
  for (const auto& row : t.rows) {
    cells.emplace_back();
    for (std::size_t i = 0; i < n; ++i) {
      std::string s = OneLine(Text(row[i], false));
      if (i + 1 < n) s = Truncate(s, kMaxCellWidth);
      width[i] = std::max(width[i], DisplayWidth(s));
      numeric[i] = numeric[i] || IsNumber(row[i]);
      cells.back().push_back(std::move(s));
    }
  }
  auto line = [&](const std::vector<std::string>& values) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i)
      s += (i ? "  " : "") +
           (i + 1 < n || numeric[i] ? Pad(values[i], width[i], numeric[i]) : values[i]);
    out << s << "\n";
  };
  line(t.columns);
  std::vector<std::string> rule;
  for (std::size_t w : width) rule.emplace_back(w, '-');
  line(rule);
  for (const auto& row : cells) line(row);
}

void WriteTables(const Result& result, std::ostream& out) {
  const bool headings = result.tables.size() > 1;
  for (std::size_t i = 0; i < result.tables.size(); ++i) {
    const Table& t = result.tables[i];
    if (i > 0) out << "\n";
    if (headings) out << t.name << ":\n";
    if (t.record && !t.rows.empty())
      WriteRecord(t, out);
    else if (!t.rows.empty())
      WriteGrid(t, out);
    else if (headings)
      out << "(none)\n";
  }
}

// ---------------------------------------------------------------------------------------
// json

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void WriteJsonCell(const Cell& cell, JsonWriter& w) {
  if (const auto* s = std::get_if<std::string>(&cell)) {
    w.String(s->data(), static_cast<rapidjson::SizeType>(s->size()));
  } else if (const auto* i = std::get_if<std::int64_t>(&cell)) {
    w.Int64(*i);
  } else if (const auto* d = std::get_if<double>(&cell)) {
    std::isfinite(*d) ? w.Double(*d) : w.Null();
  } else if (const auto* list = std::get_if<std::vector<std::string>>(&cell)) {
    w.StartArray();
    for (const auto& s : *list) w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    w.EndArray();
  } else {
    w.Null();
  }
}

void WriteJsonRow(const Table& t, const std::vector<Cell>& row, JsonWriter& w) {
  w.StartObject();
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    w.Key(t.columns[i].data(), static_cast<rapidjson::SizeType>(t.columns[i].size()));
    WriteJsonCell(row[i], w);
  }
  w.EndObject();
}

void WriteJson(const Result& result, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  for (const Table& t : result.tables) {
    w.Key(t.name.data(), static_cast<rapidjson::SizeType>(t.name.size()));
    if (t.record && !t.rows.empty()) {
      WriteJsonRow(t, t.rows.front(), w);
      continue;
    }
    w.StartArray();
    for (const auto& row : t.rows) WriteJsonRow(t, row, w);
    w.EndArray();
  }
  w.EndObject();
  out << buffer.GetString() << "\n";
}

// ---------------------------------------------------------------------------------------
// csv

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void WriteCsvRow(const std::vector<std::string>& fields, std::ostream& out) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << CsvField(fields[i]);
  out << "\r\n";
}

void WriteCsv(const Result& result, std::ostream& out) {
  if (result.tables.size() == 1) {
    const Table& t = result.tables.front();
    WriteCsvRow(t.columns, out);
    for (const auto& row : t.rows) {
      std::vector<std::string> fields;
      for (const auto& cell : row) fields.push_back(Text(cell, true));
      WriteCsvRow(fields, out);
    }
    return;
  }
  std::vector<std::string> header{"table"};
  for (const Table& t : result.tables)
    for (const auto& c : t.columns)
      if (std::find(header.begin(), header.end(), c) == header.end()) header.push_back(c);
  WriteCsvRow(header, out);
  for (const Table& t : result.tables)
    for (const auto& row : t.rows) {
      std::vector<std::string> fields(header.size());
      fields[0] = t.name;
      for (std::size_t i = 0; i < t.columns.size(); ++i) {
        const auto at = std::find(header.begin(), header.end(), t.columns[i]) - header.begin();
        fields[static_cast<std::size_t>(at)] = Text(row[i], true);
      }
      WriteCsvRow(fields, out);
    }
}

}  // namespace

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "table") return OutputFormat::kTable;
  if (name == "json") return OutputFormat::kJson;
  if (name == "csv") return OutputFormat::kCsv;
  return std::nullopt;
}

void WriteResult(const Result& result, OutputFormat format, std::ostream& out) {
  switch (format) {
    case OutputFormat::kTable:
      return WriteTables(result, out);
    case OutputFormat::kJson:
      return WriteJson(result, out);
    case OutputFormat::kCsv:
      return WriteCsv(result, out);
  }
}

std::size_t DisplayWidth(std::string_view utf8) {
  std::size_t width = 0;
  const int32_t n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, n, c);
    width += static_cast<std::size_t>(CodePointWidth(c));
  }
  return width;
}

}  // namespace kg
