// Private to extract/: reading the JSON lexicon files with RapidJSON, with errors
// that name the file, the byte offset and the field.
#pragma once

#include <rapidjson/document.h>

#include <string>
#include <vector>

namespace kg {

// Parses `path`; throws kg::Error(path, "offset N: ...") when it cannot be read or
// parsed, or when it is not an object with "version": 1.
rapidjson::Document ReadJsonFile(const std::string& path);

// Field accessors that throw kg::Error(path, "field 'x': ...") on a wrong type.
// A missing optional field yields the empty value.
std::string GetString(const rapidjson::Value& obj, const char* key, const std::string& path,
                      bool required = false);
std::vector<std::string> GetStrings(const rapidjson::Value& obj, const char* key,
                                    const std::string& path);
const rapidjson::Value* GetArray(const rapidjson::Value& obj, const char* key,
                                 const std::string& path);

}  // namespace kg
