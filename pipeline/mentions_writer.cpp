#include "pipeline/mentions_writer.h"

#include <rapidjson/writer.h>

#include <ostream>

#include "export/json_stream.h"

namespace kg {

struct MentionsLine::Writer {
  explicit Writer(std::ostream& out) : stream(out), json(stream) {}
  void String(std::string_view s) { json.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
  JsonOStream stream;
  rapidjson::Writer<JsonOStream> json;
};

MentionsLine::MentionsLine(const Article& article, std::ostream& out)
    : article_(article), writer_(std::make_unique<Writer>(out)) {
  writer_->json.StartObject();
  writer_->json.Key("id");
  writer_->String(article.id);
  writer_->json.Key("mentions");
  writer_->json.StartArray();
}

MentionsLine::~MentionsLine() = default;

void MentionsLine::Add(const ArticleExtraction& part) {
  Writer& w = *writer_;
  for (const Mention& m : part.mentions) {
    if (m.form == MentionForm::kPronoun || m.form == MentionForm::kGroup) continue;
    const Entity& e = part.entities[m.entity];
    w.json.StartObject();
    w.json.Key("begin");
    w.json.Uint64(m.span.begin);
    w.json.Key("end");
    w.json.Uint64(m.span.end);
    w.json.Key("text");
    w.String(std::string_view(article_.text).substr(m.span.begin, m.span.size()));
    w.json.Key("type");
    w.String(ToString(e.type));
    w.json.Key("entity");
    w.String(e.id);
    w.json.Key("form");
    w.String(ToString(m.form));
    w.json.EndObject();
  }
}

void MentionsLine::Finish() {
  writer_->json.EndArray();
  writer_->json.EndObject();
  writer_->stream.Put('\n');
  writer_->stream.Flush();
}

void WriteMentionsLine(const Article& article, const ArticleExtraction& x, std::ostream& out) {
  MentionsLine line(article, out);
  line.Add(x);
  line.Finish();
}

}  // namespace kg
