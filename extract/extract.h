// The extraction stage: one article in, its entities, mentions and relations out.
//
//   const kg::Resources res = kg::Resources::Load(kg::ResourceOptions{.data_dir = "data"});
//   kg::ArticleExtraction x = kg::Extract(article, res, kg::ExtractOptions{});
//
// Extract is a pure function of its arguments: thread-safe, deterministic.
#pragma once

#include <cstddef>

#include "extract/extraction.h"
#include "extract/resources.h"
#include "input/article.h"

namespace kg {

struct ExtractOptions {
  // Sentences longer than this many bytes are cut into pieces of at most this size,
  // so one 200 MB line with no full stop costs bounded memory and time.
  std::size_t max_sentence_bytes = 4000;
  // Emit co_mention relations (one per sentence and pair of entities).
  bool co_mentions = true;
};

ArticleExtraction Extract(const Article& article, const Resources& resources,
                          const ExtractOptions& options);

}  // namespace kg
