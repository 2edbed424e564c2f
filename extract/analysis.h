// Private to extract/: one sentence as the entity stage hands it to the relation
// stage — its tokens and the entity mentions in it, resolved to article entities.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extract/extraction.h"
#include "extract/lexicon.h"
#include "extract/text.h"

namespace kg {

struct SentenceMention {
  std::size_t first = 0;   // token range [first, last) in AnalyzedSentence::tokens
  std::size_t last = 0;
  std::size_t entity = 0;  // index into ArticleExtraction::entities
  MentionForm form = MentionForm::kName;
};

struct AnalyzedSentence {
  std::size_t index = 0;  // index into ArticleExtraction::sentences
  Span span;              // the sentence in the original text
  std::vector<Token> tokens;
  std::vector<SentenceMention> mentions;  // sorted by `first`; may share spans (kGroup)
};

}  // namespace kg
