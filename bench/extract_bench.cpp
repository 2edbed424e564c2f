// Micro-benchmarks of the extraction hot path on the five sample articles:
// sentence splitting, tokenising + candidate matching, typed relations, and the whole
// Extract.
//   cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_BENCH=ON
//   cmake --build build/bench --target extract_bench && build/bench/bench/extract_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/entities.h"
#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/mentions.h"
#include "extract/relations.h"
#include "extract/text.h"

namespace {

std::string SampleText() {
  std::string all;
  for (const auto& f : std::filesystem::directory_iterator(KG_SOURCE_DIR "/samples")) {
    if (f.path().extension() != ".txt") continue;
    std::ifstream in(f.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    all += s.str() + "\n";
  }
  return all;
}

const kg::Resources& Res() {
  static const kg::Resources res = kg::Resources::Load({KG_SOURCE_DIR "/data", {}});
  return res;
}

void BM_SentenceSplit(benchmark::State& state) {
  const std::string text = SampleText();
  kg::SentenceSplitter splitter;
  const auto& abbreviations = Res().lexicon().abbreviations;
  const auto lines = kg::SplitLines(text);
  std::vector<kg::Span> out;
  for (auto _ : state) {
    out.clear();
    for (const auto& line : lines) splitter.Split(text, line, 4000, abbreviations, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_SentenceSplit);

void BM_TokenizeAndMatch(benchmark::State& state) {
  const std::string text = SampleText();
  const kg::Lexicon& lex = Res().lexicon();
  kg::SentenceSplitter splitter;
  std::vector<kg::Span> sentences;
  for (const auto& line : kg::SplitLines(text))
    splitter.Split(text, line, 4000, lex.abbreviations, sentences);
  for (auto _ : state) {
    std::size_t candidates = 0;
    for (const auto& s : sentences) {
      std::string arena;
      const auto tokens = kg::Tokenize(text, s, arena);
      candidates += kg::FindCandidates(tokens, lex).size();
    }
    benchmark::DoNotOptimize(candidates);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_TokenizeAndMatch);

// Typed relations only: the sentences are analysed once (entities resolved), then
// ExtractRelations runs over every sentence with two or more mentions.
void BM_ExtractRelations(benchmark::State& state) {
  const std::string text = SampleText();
  const kg::Lexicon& lex = Res().lexicon();
  kg::SentenceSplitter splitter;
  std::vector<kg::Span> spans;
  for (const auto& line : kg::SplitLines(text))
    splitter.Split(text, line, 4000, lex.abbreviations, spans);
  std::vector<kg::SentenceWork> work(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i) {
    work[i].sentence.index = i;
    work[i].sentence.span = spans[i];
    work[i].sentence.tokens = kg::Tokenize(text, spans[i], work[i].arena);
    work[i].candidates = kg::FindCandidates(work[i].sentence.tokens, lex);
  }
  const kg::ResolvedEntities resolved = kg::ResolveEntities(work, lex, text, "samples");
  for (auto _ : state) {
    std::size_t relations = 0;
    for (const auto& w : work)
      if (w.sentence.mentions.size() >= 2)
        relations += kg::ExtractRelations(w.sentence, resolved.entities, *lex.relations, text, "samples").size();
    benchmark::DoNotOptimize(relations);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ExtractRelations);

void BM_Extract(benchmark::State& state) {
  kg::Article a;
  a.id = "samples";
  a.text = SampleText();
  for (auto _ : state) {
    auto x = kg::Extract(a, Res(), {});
    benchmark::DoNotOptimize(x.relations.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * a.text.size()));
}
BENCHMARK(BM_Extract);

}  // namespace

BENCHMARK_MAIN();
