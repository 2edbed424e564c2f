// Micro-benchmarks of the extraction hot path on the five sample articles:
// sentence splitting, tokenising + candidate matching, and the whole Extract.
//   cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_BENCH=ON
//   cmake --build build/bench --target extract_bench && build/bench/bench/extract_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/mentions.h"
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
  const auto lines = kg::SplitLines(text);
  std::vector<kg::Span> out;
  for (auto _ : state) {
    out.clear();
    for (const auto& line : lines) splitter.Split(text, line, 4000, out);
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
  for (const auto& line : kg::SplitLines(text)) splitter.Split(text, line, 4000, sentences);
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
