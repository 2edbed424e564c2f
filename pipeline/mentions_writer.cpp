#include "pipeline/mentions_writer.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <ostream>

namespace kg {

void WriteMentionsLine(const Article& article, const ArticleExtraction& x, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
  auto string = [&](std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
  w.StartObject();
  w.Key("id");
  string(article.id);
  w.Key("mentions");
  w.StartArray();
  for (const Mention& m : x.mentions) {
    if (m.form == MentionForm::kPronoun || m.form == MentionForm::kGroup) continue;
    const Entity& e = x.entities[m.entity];
    w.StartObject();
    w.Key("begin");
    w.Uint64(m.span.begin);
    w.Key("end");
    w.Uint64(m.span.end);
    w.Key("text");
    string(std::string_view(article.text).substr(m.span.begin, m.span.size()));
    w.Key("type");
    string(ToString(e.type));
    w.Key("entity");
    string(e.id);
    w.Key("form");
    string(ToString(m.form));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  stream.Flush();
  out << '\n';
}

}  // namespace kg
