#include "extract/json_file.h"

#include <rapidjson/error/en.h>

#include <cstring>
#include <fstream>
#include <iterator>

#include "common/error.h"

namespace kg {

JsonFile ReadJsonFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);  // not ios::ate: a pipe would not open
  if (!in) throw Error(path, "cannot open file");
  // Sized once from the file's length where it has one: a buffer grown while reading
  // is copied again and again, and the dictionaries are megabytes. A pipe (`--dict
  // <(...)`) has none and is read as it comes.
  JsonFile file;
  std::vector<char>& text = file.text;
  const std::streamoff size = in.seekg(0, std::ios::end) ? std::streamoff(in.tellg()) : -1;
  if (size >= 0 && in.seekg(0)) {
    text.reserve(static_cast<std::size_t>(size) + 1);  // and the NUL after it
    text.resize(static_cast<std::size_t>(size));
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
  } else {
    in.clear();
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (in.bad()) throw Error(path, "cannot read file");
  // Parsing in place reads up to a NUL: one inside the file would end it early.
  if (const void* nul = std::memchr(text.data(), '\0', text.size()))
    throw Error(path, "offset " + std::to_string(static_cast<const char*>(nul) - text.data()) +
                          ": NUL byte (not JSON text)");
  text.push_back('\0');
  rapidjson::Document& doc = file.doc;
  doc.ParseInsitu<rapidjson::kParseIterativeFlag>(text.data());
  if (doc.HasParseError())
    throw Error(path, "offset " + std::to_string(doc.GetErrorOffset()) + ": " +
                          rapidjson::GetParseError_En(doc.GetParseError()));
  if (!doc.IsObject()) throw Error(path, "expected a JSON object at the top level");
  if (doc.HasMember("version") && (!doc["version"].IsInt() || doc["version"].GetInt() != 1))
    throw Error(path, "unsupported \"version\" (this kgraph reads version 1)");
  return file;
}

std::string GetString(const rapidjson::Value& obj, const char* key, const std::string& path,
                      bool required) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || it->value.IsNull()) {
    if (required) throw Error(path, std::string("missing required field '") + key + "'");
    return {};
  }
  if (!it->value.IsString()) throw Error(path, std::string("field '") + key + "' must be a string");
  return {it->value.GetString(), it->value.GetStringLength()};
}

std::vector<std::string> GetStrings(const rapidjson::Value& obj, const char* key,
                                    const std::string& path) {
  std::vector<std::string> out;
  const rapidjson::Value* array = GetArray(obj, key, path);
  if (!array) return out;
  for (const auto& v : array->GetArray()) {
    if (!v.IsString())
      throw Error(path, std::string("field '") + key + "' must hold only strings");
    out.emplace_back(v.GetString(), v.GetStringLength());
  }
  return out;
}

const rapidjson::Value* GetArray(const rapidjson::Value& obj, const char* key,
                                 const std::string& path) {
  if (!obj.IsObject()) throw Error(path, "expected an object");
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd()) return nullptr;
  if (!it->value.IsArray()) throw Error(path, std::string("field '") + key + "' must be an array");
  return &it->value;
}

}  // namespace kg
