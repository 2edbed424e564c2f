// Finding an entity by the name a person types: "putin", "Mr Putin", "the us", "u.s.",
// "Lopez Obrador", "Сергей Лавров", "person:xi-jinping".
//
//   kg::NameIndex names(graph);
//   kg::NodeId putin = names.Resolve("mr putin");   // or throws kg::Error:
//   //   unknown entity "Putn"; did you mean: Vladimir Putin (person)?
//   //   "Kim" is ambiguous: Kim Jong Un (person, person:kim-jong-un), ...
//
// Names are compared folded (ICU): compatibility-decomposed, accents dropped, case
// folded, and everything but letters and digits removed, so "U.S.", "u.s." and "US"
// are one key and "López" is "lopez". Scripts are not transliterated: "Путин" finds
// the Cyrillic alias, not "Putin".
//
// A lookup tries, in order, and stops at the first step that finds anything (one node:
// found; several: ambiguous):
//   1. the entity id, exactly;           2. labels;
//   3. aliases, ISO codes, id suffixes;  4. steps 2-3 again without leading titles and
//      articles ("the", "mr", "president", "foreign minister", ...);
//   5. one word of a person's name ("Lavrov", "Kim").
// Nothing found: the suggestions are the nearest labels and aliases by edit distance.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

// The folded words of `name`: {"vladimir", "putin"} for "Vladimir  PUTIN!".
std::vector<std::string> NameWords(std::string_view name);
// The folded words joined without spaces: "unitedstates". The key names are compared by.
std::string NameKey(std::string_view name);
// Levenshtein distance counted in code points.
std::size_t NameDistance(std::string_view a, std::string_view b);

class NameIndex {
 public:
  using NodeId = KnowledgeGraph::NodeId;

  struct Match {
    enum class Kind { kFound, kAmbiguous, kUnknown };
    Kind kind = Kind::kUnknown;
    // kFound: the node; kAmbiguous: every candidate; kUnknown: suggestions, nearest first.
    std::vector<NodeId> nodes;
  };

  // Indexes every node's id, label, aliases and ISO code. `graph` must outlive this.
  explicit NameIndex(const KnowledgeGraph& graph);

  Match Lookup(std::string_view name) const;
  // The node, or a kg::Error whose message lists the suggestions or the candidates.
  NodeId Resolve(std::string_view name) const;

 private:
  enum Tier { kLabel, kAlias, kWord, kTiers };
  // A key is a slice of text_: entries are small and cheap to sort. Sorted by hash
  // first: integers compare faster than strings, and a lookup only needs equality.
  struct Entry {
    std::size_t hash, begin, size;
    NodeId node;
  };
  void Add(Tier tier, std::string_view key, NodeId n);
  std::string_view Key(const Entry& e) const {
    return std::string_view(text_).substr(e.begin, e.size);
  }
  std::vector<NodeId> Find(Tier tier, const std::string& key) const;

  const KnowledgeGraph* graph_;
  std::string text_;                 // every key, back to back
  std::vector<Entry> keys_[kTiers];  // sorted by (hash, node, key), unique
};

}  // namespace kg
