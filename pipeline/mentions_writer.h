// mentions.jsonl: every entity mention of every article, one JSON line per article,
// for evaluation against span-annotated corpora and for analysts who want the raw
// hits. `kgraph build -f mentions` writes it.
//
//   {"id":"000","mentions":[{"begin":8,"end":17,"text":"President","type":"person",
//    "entity":"person:vladimir-putin","form":"name"}, ...]}
//
// begin/end are byte offsets into the article text as read (UTF-8).
#pragma once

#include <iosfwd>
#include <memory>

#include "extract/extraction.h"
#include "input/article.h"

namespace kg {

void WriteMentionsLine(const Article& article, const ArticleExtraction& extraction,
                       std::ostream& out);

// The same line written part by part, for an article extracted with ExtractInParts:
//
//   kg::MentionsLine line(article, out);
//   ... line.Add(part); for each part, in order ...
//   line.Finish();
class MentionsLine {
 public:
  MentionsLine(const Article& article, std::ostream& out);
  ~MentionsLine();
  MentionsLine(const MentionsLine&) = delete;
  MentionsLine& operator=(const MentionsLine&) = delete;

  // The mentions of `part` (of this line's article).
  void Add(const ArticleExtraction& part);
  // Closes the line; call once, after the last part.
  void Finish();

 private:
  struct Writer;
  const Article& article_;
  std::unique_ptr<Writer> writer_;
};

}  // namespace kg
