// Extract: boilerplate-free lines -> sentences (ICU) -> tokens -> candidates (pass 1)
// -> entities and official_of (pass 2) -> typed relations and co-mentions per
// sentence. Long articles are processed in windows of sentences so that memory
// stays bounded whatever the input (a 200 MB line is many capped sentences).
#include "extract/extract.h"

#include <algorithm>
#include <span>
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

// The sentences of the window being extracted, reused from window to window and from
// article to article by each thread: a sentence's tokens, candidates, mentions and
// normalised texts go into vectors that already have room, so most sentences allocate
// nothing (extraction ~5 % faster). What a window of unusually many or long sentences
// leaves is given back, so a thread keeps at most ~4 MB (a few hundred KB for news).
// The window is released before its part is handed on, so that the caller may extract
// again on this thread.
class SentencePool {
 public:
  // A cleared sentence at the end of the window.
  SentenceWork& Next() {
    if (used_ == work_.size()) work_.emplace_back();
    SentenceWork& w = work_[used_++];
    w.sentence.mentions.clear();
    w.arena.clear();  // Tokenize reserves it for the sentence before any view is taken
    return w;
  }
  std::span<SentenceWork> Window() { return {work_.data(), used_}; }
  // The window is done with: its sentences are free for the next.
  void Release() {
    for (std::size_t i = 0; i < used_ && i < kKept; ++i)
      if (work_[i].sentence.tokens.capacity() > kLongSentenceTokens) work_[i] = SentenceWork();
    if (work_.size() > kKept) work_.resize(kKept);
    used_ = 0;
  }

 private:
  static constexpr std::size_t kKept = 128;  // sentences: most articles' whole window
  static constexpr std::size_t kLongSentenceTokens = 512;  // a sentence of ~2 KB
  std::vector<SentenceWork> work_;
  std::size_t used_ = 0;
};

SentencePool& ThreadSentencePool() {
  thread_local SentencePool pool;
  return pool;
}

Evidence SentenceEvidence(const Article& article, Span span) {
  return {article.id, span, article.text.substr(span.begin, span.size()), ""};
}

// A sentence naming more entities than this is a list (signatories, a team sheet, a
// results table): every pair of it says nothing of any two, and 50 names make 1,225
// edges, a hairball in Gephi. Its typed relations and mentions stay.
constexpr std::size_t kMaxCoMentioned = 12;

// co_mention: the entities named in sentence `s`, when there are two to kMaxCoMentioned.
void AddCoMentions(const AnalyzedSentence& s, const Article& article, std::vector<CoMentions>& out) {
  std::vector<std::size_t> ids;
  ids.reserve(s.mentions.size());
  for (const auto& m : s.mentions) ids.push_back(m.entity);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (ids.size() >= 2 && ids.size() <= kMaxCoMentioned)
    out.push_back({std::move(ids), SentenceEvidence(article, s.span)});
}

void SortAliases(std::vector<Entity>& entities) {
  for (auto& e : entities) {
    std::sort(e.aliases.begin(), e.aliases.end());
    e.aliases.erase(std::unique(e.aliases.begin(), e.aliases.end()), e.aliases.end());
  }
}

// The extraction of one window: entities resolved over its sentences, then their
// mentions, relations and co-mentions. `first_sentence` is the index of the window's
// first sentence in the article.
ArticleExtraction ProcessWindow(const Article& article, const Lexicon& lex,
                                const ExtractOptions& options, std::span<SentenceWork> work,
                                std::size_t first_sentence) {
  ArticleExtraction part;
  part.article_id = article.id;
  ResolvedEntities resolved = ResolveEntities(work, lex, article.text, article.id, article.date);
  part.entities = std::move(resolved.entities);
  part.relations = std::move(resolved.official_of);
  part.sentences.reserve(work.size());
  for (auto& w : work) {
    const AnalyzedSentence& s = w.sentence;
    part.sentences.push_back({s.span});
    for (const auto& m : s.mentions)
      part.mentions.push_back({{s.tokens[m.first].span.begin, s.tokens[m.last - 1].span.end},
                               m.form, m.entity, s.index - first_sentence});
    if (s.mentions.size() < 2) continue;
    if (lex.relations)
      for (auto& r : ExtractRelations(s, part.entities, *lex.relations, article.text, article.id))
        part.relations.push_back(std::move(r));
    if (options.co_mentions) AddCoMentions(s, article, part.co_mentions);
  }
  SortAliases(part.entities);
  part.stats.sentences = part.sentences.size();
  return part;
}

// Appends `part` to `x`: entities by id (mentions add up, aliases join), every index
// moved to x's entities and sentences.
void Append(ArticleExtraction&& part, ArticleExtraction& x,
            std::unordered_map<std::string, std::size_t>& by_id) {
  std::vector<std::size_t> map(part.entities.size());
  for (std::size_t i = 0; i < part.entities.size(); ++i) {
    Entity& e = part.entities[i];
    auto [it, inserted] = by_id.try_emplace(e.id, x.entities.size());
    if (inserted) {
      x.entities.push_back(std::move(e));
    } else {
      Entity& into = x.entities[it->second];
      into.mentions += e.mentions;
      into.aliases.insert(into.aliases.end(), e.aliases.begin(), e.aliases.end());
    }
    map[i] = it->second;
  }
  const std::size_t first_sentence = x.sentences.size();
  x.sentences.insert(x.sentences.end(), part.sentences.begin(), part.sentences.end());
  for (Mention& m : part.mentions) {
    m.entity = map[m.entity];
    m.sentence += first_sentence;
    x.mentions.push_back(m);
  }
  for (Relation& r : part.relations) x.relations.push_back(std::move(r));
  for (CoMentions& c : part.co_mentions) {
    for (std::size_t& e : c.entities) e = map[e];  // distinct ids stay distinct
    std::sort(c.entities.begin(), c.entities.end());
    x.co_mentions.push_back(std::move(c));
  }
  x.stats.sentences += part.stats.sentences;
  x.stats.boilerplate_lines += part.stats.boilerplate_lines;
  x.stats.boilerplate_bytes += part.stats.boilerplate_bytes;
  x.stats.truncated_sentences += part.stats.truncated_sentences;
}

}  // namespace

bool SpansWindows(const Article& article) { return article.text.size() > kWindowBytes; }

void ExtractInParts(const Article& article, const Resources& resources,
                    const ExtractOptions& options,
                    const std::function<void(ArticleExtraction&&)>& on_part) {
  const Lexicon& lex = resources.lexicon();
  ExtractStats stats;  // the next part's: boilerplate counts go with the first
  SentencePool& pool = ThreadSentencePool();
  pool.Release();  // what an exception (out of memory, a callback's) left on this thread
  std::size_t window_bytes = 0, sentences = 0, first_sentence = 0;
  std::vector<Span> spans;
  auto hand_over = [&] {
    ArticleExtraction part =
        ProcessWindow(article, lex, options, pool.Window(), first_sentence);
    pool.Release();
    part.stats.boilerplate_lines = stats.boilerplate_lines;
    part.stats.boilerplate_bytes = stats.boilerplate_bytes;
    part.stats.truncated_sentences = stats.truncated_sentences;
    stats = {};
    first_sentence = sentences;
    window_bytes = 0;
    on_part(std::move(part));
  };
  bool first_line = true;
  for (Span line : ContentLines(article.text, lex.boilerplate, stats)) {
    if (first_line) {  // the dateline is where the story was filed, not part of it
      line.begin += DatelineLength(std::string_view(article.text).substr(line.begin, line.size()));
      first_line = false;
    }
    spans.clear();
    stats.truncated_sentences +=
        ThreadSplitter().Split(article.text, line, options.max_sentence_bytes, lex.abbreviations,
                               spans);
    for (const Span span : spans) {
      SentenceWork& w = pool.Next();
      w.sentence.index = sentences++;
      w.sentence.span = span;
      Tokenize(article.text, span, w.arena, w.sentence.tokens);
      FindCandidates(w.sentence.tokens, lex, w.candidates);
      window_bytes += span.size();
      if (window_bytes > kWindowBytes) hand_over();
    }
  }
  hand_over();
}

ArticleExtraction Extract(const Article& article, const Resources& resources,
                          const ExtractOptions& options) {
  ArticleExtraction x;
  x.article_id = article.id;
  bool first = true;
  std::unordered_map<std::string, std::size_t> by_id;
  ExtractInParts(article, resources, options, [&](ArticleExtraction&& part) {
    if (first) {  // the usual case, an article of one window: nothing to renumber
      x = std::move(part);
      first = false;
      return;
    }
    if (by_id.empty())
      for (std::size_t i = 0; i < x.entities.size(); ++i) by_id.emplace(x.entities[i].id, i);
    Append(std::move(part), x, by_id);
  });
  if (!by_id.empty()) SortAliases(x.entities);
  return x;
}

}  // namespace kg
