// The extraction stage: one article in, its entities, mentions and relations out.
//
//   const kg::Resources res = kg::Resources::Load(kg::ResourceOptions{.data_dir = "data"});
//   kg::ArticleExtraction x = kg::Extract(article, res, kg::ExtractOptions{});
//   kg::ExtractInParts(huge, res, {}, [&](kg::ArticleExtraction&& part) { graph.Add(part); });
//
// Both are pure functions of their arguments: thread-safe, deterministic.
#pragma once

#include <cstddef>
#include <functional>

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

// Extract for an article of any size. Entities are resolved window by window (about
// 512 KB of sentences; Extract does the same), and each window's extraction goes to
// `on_part` as soon as it is done, so memory is that of one window, not of the whole
// article. A part is self-contained: its mentions and co-mentions index its own entities
// and sentences, its stats count its own sentences (boilerplate counts come with the
// first part). Added to a KnowledgeGraph part by part, the parts give the graph that
// Extract's result gives; Extract is these parts joined.
void ExtractInParts(const Article& article, const Resources& resources,
                    const ExtractOptions& options,
                    const std::function<void(ArticleExtraction&&)>& on_part);

// Whether `article` may take more than one window (and ExtractInParts more than one part).
bool SpansWindows(const Article& article);

}  // namespace kg
