// What every query returns: named tables of typed cells. One value for all commands,
// so each output format is written once (query/format.h) and documented once
// (docs/query.md).
//
//   kg::Table t("entities", {"id", "label", "mentions"});
//   t.rows.push_back({std::string("country:RU"), std::string("Russia"), std::int64_t{20}});
//   kg::Result r;
//   r.tables.push_back(std::move(t));
//
// A record table holds one row that describes one thing (`show`'s entity, `stats`'s
// summary): a JSON object rather than an array, "name: value" lines in a table.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace kg {

// null, text, whole number, real number, list of texts.
using Cell =
    std::variant<std::monostate, std::string, std::int64_t, double, std::vector<std::string>>;

struct Table {
  Table() = default;
  Table(std::string n, std::vector<std::string> c, bool is_record = false)
      : name(std::move(n)), columns(std::move(c)), record(is_record) {}

  std::string name;                  // JSON member and CSV section name
  std::vector<std::string> columns;  // JSON member names
  std::vector<std::vector<Cell>> rows;
  bool record = false;  // exactly one row, describing one thing
};

struct Result {
  std::vector<Table> tables;  // the first is the answer; the rest give context
  std::string nothing;        // why the answer is empty, e.g. "no path within 6 hops"

  // Nothing matched: the first table has no rows (exit code 1).
  bool empty() const { return tables.empty() || tables.front().rows.empty(); }
};

}  // namespace kg
