#include "extract/resources.h"

#include <cstdlib>
#include <filesystem>

#include "extract/lexicon.h"

#ifndef KG_DATA_DIR
#define KG_DATA_DIR "data"
#endif

namespace kg {

Resources Resources::Load(const ResourceOptions&) {
  return Resources(std::make_shared<const Lexicon>());
}

std::string DefaultDataDir() {
  if (const char* env = std::getenv("KGRAPH_DATA_DIR"); env && *env) return env;
  if (std::filesystem::is_directory(KG_DATA_DIR)) return KG_DATA_DIR;
  return "data";
}

}  // namespace kg
