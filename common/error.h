// kg::Error: the one exception type for environment and configuration problems
// (a missing data file, a malformed dictionary, an unwritable output directory).
//
// Programmer mistakes are asserts; bad input inside one article is a returned
// Diagnostic (see diagnostic.h), never an exception. kg::Error is caught only in
// main(), which maps it to exit code 2.
#pragma once

#include <stdexcept>
#include <string>

namespace kg {

class Error : public std::runtime_error {
 public:
  // `where` names the file (and line or offset) the problem came from; `what` says
  // what is wrong. The message reads "where: what".
  Error(std::string where, const std::string& what)
      : std::runtime_error(where.empty() ? what : where + ": " + what), where_(std::move(where)) {}
  const std::string& where() const { return where_; }

 private:
  std::string where_;
};

}  // namespace kg
