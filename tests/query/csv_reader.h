// A strict RFC 4180 reader for the tests: fields, quotes doubled inside quoted
// fields, CRLF record ends. Fails the test on anything else.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kg::testing {

inline std::vector<std::vector<std::string>> ReadCsv(const std::string& text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '"') {
      for (++i;; ++i) {
        if (i >= text.size()) {
          ADD_FAILURE() << "unterminated quoted field";
          return records;
        }
        if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else if (text[i] == '"') {
          ++i;
          break;
        } else {
          field += text[i];
        }
      }
    }
    while (i < text.size() && text[i] != ',' && text[i] != '\r') {
      EXPECT_NE(text[i], '"') << "quote inside an unquoted field at " << i;
      EXPECT_NE(text[i], '\n') << "bare LF at " << i;
      field += text[i++];
    }
    record.push_back(field);
    field.clear();
    if (i < text.size() && text[i] == ',') {
      ++i;
      continue;
    }
    EXPECT_EQ(text.substr(i, 2), "\r\n") << "record not ended by CRLF at " << i;
    i += 2;
    records.push_back(record);
    record.clear();
  }
  for (const auto& r : records) EXPECT_EQ(r.size(), records.front().size()) << "ragged record";
  return records;
}

}  // namespace kg::testing
