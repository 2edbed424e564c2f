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

#include "extract/extraction.h"
#include "input/article.h"

namespace kg {

void WriteMentionsLine(const Article& article, const ArticleExtraction& extraction,
                       std::ostream& out);

}  // namespace kg
