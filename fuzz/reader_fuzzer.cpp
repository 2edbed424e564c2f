// Fuzzes the article reader and the extractor behind it: the input bytes are written as
// a .txt, a .jsonl and an .html file, read back with ArticleReader (strict or not, by
// the first byte) and every article is extracted. Beyond "no crash, no sanitizer
// report", it checks the contracts later stages rely on: article text is valid UTF-8
// (checked with ICU, not with the reader's own validator), and every sentence and
// mention span lies inside the text.
#include <unicode/ustring.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "extract/extract.h"
#include "extract/resources.h"
#include "input/reader.h"

namespace {

namespace fs = std::filesystem;

struct Fixture {
  fs::path dir = fs::temp_directory_path() / ("kg_reader_fuzzer_" + std::to_string(::getpid()));
  kg::Resources resources = kg::Resources::Load({kg::DefaultDataDir(), {}});

  Fixture() { fs::create_directories(dir); }
  ~Fixture() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

void Check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "reader_fuzzer: contract broken: %s\n", what);
  std::abort();
}

bool ValidUtf8(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t len = 0;
  u_strFromUTF8(nullptr, 0, &len, s.data(), static_cast<int32_t>(s.size()), &status);
  return s.empty() || status == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(status);
}

void CheckExtraction(const kg::Article& a, const kg::ArticleExtraction& x) {
  const auto inside = [&](const kg::Span& s) { return s.begin <= s.end && s.end <= a.text.size(); };
  for (const auto& s : x.sentences) Check(inside(s.span), "sentence span outside the text");
  for (const auto& m : x.mentions) {
    Check(inside(m.span), "mention span outside the text");
    Check(m.entity < x.entities.size(), "mention of an unknown entity");
    Check(m.sentence < x.sentences.size(), "mention in an unknown sentence");
  }
  for (const auto& r : x.relations)
    Check(inside(r.evidence.span), "evidence span outside the text");
  for (const auto& c : x.co_mentions) {
    Check(inside(c.evidence.span), "co-mention evidence span outside the text");
    Check(c.entities.size() >= 2, "co-mention of fewer than two entities");
    for (const auto e : c.entities) Check(e < x.entities.size(), "co-mention of an unknown entity");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Fixture fixture;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"a.txt", "b.jsonl", "c.html"})
    std::ofstream(fixture.dir / name, std::ios::binary | std::ios::trunc) << bytes;

  kg::ReadOptions options;
  options.strict = size > 0 && (data[0] & 1);
  kg::ArticleReader reader({fixture.dir.string()}, options);
  while (auto article = reader.Next()) {
    Check(ValidUtf8(article->text), "article text is not valid UTF-8");
    Check(ValidUtf8(article->id), "article id is not valid UTF-8");
    Check(!article->id.empty(), "empty article id");
    CheckExtraction(*article, kg::Extract(*article, fixture.resources, {}));
  }
  for (const auto& d : reader.diagnostics()) Check(!d.reason.empty(), "diagnostic without reason");
  // libFuzzer may end the process without destructors: leave nothing behind but the folder.
  for (const char* name : {"a.txt", "b.jsonl", "c.html"}) ::unlink((fixture.dir / name).c_str());
  return 0;
}
