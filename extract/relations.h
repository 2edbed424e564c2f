// Private to extract/: typed relations between the mentions of one sentence.
#pragma once

#include <string>
#include <vector>

#include "extract/analysis.h"
#include "extract/relation_lexicon.h"

namespace kg {

// Typed relations (all but official_of and co_mention, which the entity stage
// emits) stated by `sentence`. `entities` are the article's entities (ids, types);
// `text` is the article's original text; evidence gets `article_id` and the
// sentence span/text.
std::vector<Relation> ExtractRelations(const AnalyzedSentence& sentence,
                                       const std::vector<Entity>& entities,
                                       const RelationLexicon& lexicon, std::string_view text,
                                       const std::string& article_id);

}  // namespace kg
