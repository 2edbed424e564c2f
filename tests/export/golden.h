// Golden-file comparison for the exporter tests.
//
//   kg::testing::ExpectGolden(text, "tests/data/golden/small.graphml");
//
// To regenerate the goldens after an intended change of output, run the tests with
// KG_UPDATE_GOLDEN=1, e.g. from the build directory
//   KG_UPDATE_GOLDEN=1 ctest -R 'writer_test'
// then review the diff of tests/data/golden/ before committing it.
#pragma once

#include <string>

namespace kg::testing {

// Fails the current test unless `actual` equals the file at `path` (relative to the
// repository root, the tests' working directory) byte for byte; rewrites the file
// instead when KG_UPDATE_GOLDEN=1.
void ExpectGolden(const std::string& actual, const std::string& path);

// The whole file at `path`, or "" when it cannot be read.
std::string ReadFile(const std::string& path);

}  // namespace kg::testing
