// Extract: boilerplate-free lines -> sentences (ICU) -> tokens -> candidates (pass 1)
// -> entities and official_of (pass 2) -> typed relations and co-mentions per
// sentence. Long articles are processed in windows of sentences so that memory
// stays bounded whatever the input (a 200 MB line is many capped sentences).
#include "extract/extract.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "extract/boilerplate.h"
#include "extract/entities.h"
#include "extract/lexicon.h"
#include "extract/mentions.h"
#include "extract/relations.h"
#include "extract/text.h"

namespace kg {
namespace {

constexpr std::size_t kWindowBytes = 512 * 1024;  // resolution window for huge articles

SentenceSplitter& ThreadSplitter() {
  thread_local SentenceSplitter splitter;  // ICU objects: once per thread
  return splitter;
}

Evidence SentenceEvidence(const Article& article, Span span) {
  return {article.id, span, article.text.substr(span.begin, span.size()), ""};
}

// co_mention: the article's entities named in sentence `s` (`map`: window entity ->
// article entity), when there are two or more.
void AddCoMentions(const AnalyzedSentence& s, const std::vector<std::size_t>& map,
                   const Article& article, std::vector<CoMentions>& out) {
  std::vector<std::size_t> ids;
  ids.reserve(s.mentions.size());
  for (const auto& m : s.mentions) ids.push_back(map[m.entity]);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (ids.size() >= 2) out.push_back({std::move(ids), SentenceEvidence(article, s.span)});
}

// Merges one window's entities into the article's, remapping mention indices.
std::vector<std::size_t> MergeEntities(const std::vector<Entity>& window, ArticleExtraction& x,
                                       std::unordered_map<std::string, std::size_t>& by_id) {
  std::vector<std::size_t> map(window.size());
  for (std::size_t i = 0; i < window.size(); ++i) {
    auto [it, inserted] = by_id.try_emplace(window[i].id, x.entities.size());
    if (inserted) {
      x.entities.push_back(window[i]);
    } else {
      Entity& e = x.entities[it->second];
      e.mentions += window[i].mentions;
      e.aliases.insert(e.aliases.end(), window[i].aliases.begin(), window[i].aliases.end());
    }
    map[i] = it->second;
  }
  return map;
}

void ProcessWindow(const Article& article, const Lexicon& lex, const ExtractOptions& options,
                   std::vector<SentenceWork>& work, ArticleExtraction& x,
                   std::unordered_map<std::string, std::size_t>& by_id) {
  ResolvedEntities resolved = ResolveEntities(work, lex, article.text, article.id);
  const std::vector<std::size_t> map = MergeEntities(resolved.entities, x, by_id);
  for (auto& r : resolved.official_of) x.relations.push_back(std::move(r));
  std::size_t mentions = x.mentions.size();
  for (const auto& w : work) mentions += w.sentence.mentions.size();
  x.mentions.reserve(mentions);
  for (auto& w : work) {
    const AnalyzedSentence& s = w.sentence;
    for (const auto& m : s.mentions)
      x.mentions.push_back({{s.tokens[m.first].span.begin, s.tokens[m.last - 1].span.end},
                            m.form, map[m.entity], s.index});
    if (s.mentions.size() < 2) continue;
    if (lex.relations)
      for (auto& r : ExtractRelations(s, resolved.entities, *lex.relations, article.text, article.id))
        x.relations.push_back(std::move(r));
    if (options.co_mentions) AddCoMentions(s, map, article, x.co_mentions);
  }
  work.clear();
}

}  // namespace

ArticleExtraction Extract(const Article& article, const Resources& resources,
                          const ExtractOptions& options) {
  const Lexicon& lex = resources.lexicon();
  ArticleExtraction x;
  x.article_id = article.id;
  std::unordered_map<std::string, std::size_t> by_id;
  std::vector<SentenceWork> work;
  std::size_t window_bytes = 0;
  std::vector<Span> spans;
  // News runs about 130 bytes a sentence: room for most articles' sentences at once.
  const std::size_t expected = std::min(article.text.size(), kWindowBytes) / 100 + 4;
  work.reserve(expected);
  x.sentences.reserve(expected);
  for (const Span line : ContentLines(article.text, lex.boilerplate, x.stats)) {
    spans.clear();
    x.stats.truncated_sentences +=
        ThreadSplitter().Split(article.text, line, options.max_sentence_bytes, spans);
    for (const Span span : spans) {
      SentenceWork w;
      w.sentence.index = x.sentences.size();
      w.sentence.span = span;
      w.sentence.tokens = Tokenize(article.text, span, w.arena);
      w.candidates = FindCandidates(w.sentence.tokens, lex);
      x.sentences.push_back({span});
      window_bytes += span.size();
      work.push_back(std::move(w));
      if (window_bytes > kWindowBytes) {
        ProcessWindow(article, lex, options, work, x, by_id);
        window_bytes = 0;
      }
    }
  }
  ProcessWindow(article, lex, options, work, x, by_id);
  for (auto& e : x.entities) {
    std::sort(e.aliases.begin(), e.aliases.end());
    e.aliases.erase(std::unique(e.aliases.begin(), e.aliases.end()), e.aliases.end());
  }
  x.stats.sentences = x.sentences.size();
  return x;
}

}  // namespace kg
