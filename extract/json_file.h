// Private to extract/: reading the JSON lexicon files with RapidJSON, with errors
// that name the file, the byte offset and the field.
#pragma once

#include <rapidjson/document.h>

#include <string>
#include <vector>

namespace kg {

// A parsed file. Parsed in place: the document's strings point into `text`, so the
// two are kept (and moved) together; `text` is a vector, whose buffer a move keeps
// where it is. The people dictionary is megabytes of short strings, and copying each
// into the document was an eighth of loading the dictionaries.
struct JsonFile {
  std::vector<char> text;
  rapidjson::Document doc;
};

// Parses `path`; throws kg::Error(path, "offset N: ...") when it cannot be read or
// parsed, or when it is not an object with "version": 1.
JsonFile ReadJsonFile(const std::string& path);

// Field accessors that throw kg::Error(path, "field 'x': ...") on a wrong type.
// A missing optional field yields the empty value.
std::string GetString(const rapidjson::Value& obj, const char* key, const std::string& path,
                      bool required = false);
std::vector<std::string> GetStrings(const rapidjson::Value& obj, const char* key,
                                    const std::string& path);
const rapidjson::Value* GetArray(const rapidjson::Value& obj, const char* key,
                                 const std::string& path);

}  // namespace kg
