#include "tests/export/golden.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string_view>

namespace kg::testing {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void ExpectGolden(const std::string& actual, const std::string& path) {
  const char* update = std::getenv("KG_UPDATE_GOLDEN");
  if (update != nullptr && std::string_view(update) == "1") {
    std::ofstream out(path, std::ios::binary);
    out << actual;
    ASSERT_TRUE(out.good()) << "cannot write " << path;
    return;
  }
  std::ifstream probe(path, std::ios::binary);
  ASSERT_TRUE(probe.good()) << path << " is missing; run with KG_UPDATE_GOLDEN=1 to create it";
  const std::string expected = ReadFile(path);
  if (actual == expected) return;
  // Point at the first differing line rather than dumping both files.
  std::istringstream a(actual), e(expected);
  std::string line_a, line_e;
  int line = 0;
  while (true) {
    ++line;
    const bool more_a = static_cast<bool>(std::getline(a, line_a));
    const bool more_e = static_cast<bool>(std::getline(e, line_e));
    if (!more_a && !more_e) break;
    if (more_a != more_e || line_a != line_e) break;
  }
  ADD_FAILURE() << "output differs from " << path << " at line " << line << "\n  golden: " << line_e
                << "\n  actual: " << line_a
                << "\nif the change is intended, rerun with KG_UPDATE_GOLDEN=1";
}

}  // namespace kg::testing
