#include "export/formats.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <ostream>
#include <string>
#include <vector>

#include "common/threads.h"
#include "export/detail/element_writer.h"

namespace kg {
namespace {

using Writers = std::vector<std::unique_ptr<detail::ElementWriter>>;

// Threads format the document in pieces of this many nodes or edges (a hundred KB or
// two per format), at most kPiecesPerThread pieces per thread ahead of the writing.
constexpr std::size_t kPieceElements = 256;
constexpr std::size_t kPiecesPerThread = 4;

void Put(std::ostream& out, const std::string& bytes) {
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The document's elements in order, nodes then edges: position k < node count is
// Nodes()[k], else Edges()[k - node count].
struct Document {
  const KnowledgeGraph& graph;
  std::vector<KnowledgeGraph::NodeId> nodes;
  std::vector<KnowledgeGraph::EdgeId> edges;
  std::size_t size() const { return nodes.size() + edges.size(); }
  // Asks the memory for the parts of element k + kNear that lie scattered over the
  // heap (labels, ids, evidence sentences) before it is formatted, and for the record
  // of element k + kFar, which the first request reads when it gets there. The sorted
  // order visits records and strings made at random times: without this, the first
  // format to reach an element waited for each of them in turn (a sixth of writing).
  static constexpr std::size_t kNear = 4, kFar = 12;
  void Prefetch(std::size_t k) const {
    if (k + kFar < nodes.size())
      __builtin_prefetch(&graph.node(nodes[k + kFar]));
    else if (k + kFar < size())
      __builtin_prefetch(&graph.edge(edges[k + kFar - nodes.size()]));
    const std::size_t near = k + kNear;
    if (near < nodes.size()) {
      const EntityNode& node = graph.node(nodes[near]);
      __builtin_prefetch(node.id.data());
      __builtin_prefetch(node.label.data());
    } else if (near < size()) {
      const KnowledgeGraph::EdgeId e = edges[near - nodes.size()];
      __builtin_prefetch(graph.node(graph.source(e)).id.data());
      __builtin_prefetch(graph.node(graph.target(e)).id.data());
      for (const Evidence& x : graph.edge(e).evidence) {
        for (std::size_t at = 0; at < x.text.size(); at += 64)
          __builtin_prefetch(x.text.data() + at);
        __builtin_prefetch(x.article_id.data());
      }
    }
  }
  void Format(const detail::ElementWriter& w, std::size_t k, std::string& out) const {
    if (k < nodes.size()) w.Node(nodes[k], out);
    else w.Edge(edges[k - nodes.size()], k - nodes.size(), out);
  }
};

// Pieces of the document are formatted by every thread, each piece for every format,
// and written in order by whichever thread finds the next one ready while no other
// thread writes: the writing (the kernel copying a hundred MB into the page cache) is
// shared too. One thread alternates: it formats a piece, then writes it.
// A piece never spans the nodes' end, where BeginEdges goes.
class PieceWriter {
 public:
  PieceWriter(const Document& doc, const Writers& writers, std::span<const FormatStream> outputs,
              unsigned threads)
      : doc_(doc), writers_(writers), outputs_(outputs),
        // One thread writes each piece as soon as it is formatted, while it is in the cache.
        window_(threads > 1 ? kPiecesPerThread * threads : 1) {
    for (std::size_t k = 0; k < doc.nodes.size(); k += kPieceElements) starts_.push_back(k);
    for (std::size_t k = doc.nodes.size(); k < doc.size(); k += kPieceElements) starts_.push_back(k);
    starts_.push_back(doc.size());
    pieces_ = starts_.size() - 1;
    slots_.resize(window_);
    for (auto& slot : slots_) slot.bytes.resize(writers.size());
  }

  void Run(unsigned threads) {
    for (std::size_t w = 0; w < writers_.size(); ++w) {
      std::string head;
      writers_[w]->Begin(head);
      if (doc_.nodes.empty()) writers_[w]->BeginEdges(head);
      Put(*outputs_[w].out, head);
    }
    OnThreads(threads, [this] { Work(); });  // Work keeps its errors in error_
    if (error_) std::rethrow_exception(error_);
    for (std::size_t w = 0; w < writers_.size(); ++w) {
      std::string tail;
      if (!doc_.nodes.empty() && doc_.edges.empty()) writers_[w]->BeginEdges(tail);
      writers_[w]->End(tail);
      Put(*outputs_[w].out, tail);
    }
  }

 private:
  struct Slot {
    std::vector<std::string> bytes;  // one per format
    bool done = false;
  };

  // Every thread: write what is ready, else format the next piece, else wait.
  void Work() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!error_ && written_ < pieces_) {
      if (!writing_ && slots_[written_ % window_].done) {
        writing_ = true;
        WriteReady(lock);
        writing_ = false;
        changed_.notify_all();
      } else if (!FormatNext(lock)) {
        changed_.wait(lock);
      }
    }
  }

  // Writes the pieces that are ready, in order (the lock is released while writing).
  void WriteReady(std::unique_lock<std::mutex>& lock) {
    while (written_ < pieces_ && slots_[written_ % window_].done) {
      const std::size_t p = written_;
      Slot& slot = slots_[p % window_];
      lock.unlock();
      try {
        for (std::size_t w = 0; w < writers_.size(); ++w) {
          if (starts_[p] == doc_.nodes.size() && starts_[p] > 0) {
            std::string between;
            writers_[w]->BeginEdges(between);
            Put(*outputs_[w].out, between);
          }
          Put(*outputs_[w].out, slot.bytes[w]);
          slot.bytes[w].clear();
        }
      } catch (...) {
        lock.lock();
        if (!error_) error_ = std::current_exception();
        return;
      }
      lock.lock();
      slot.done = false;
      ++written_;
      changed_.notify_all();
    }
  }

  // Formats the next piece if the window has room (the lock is released meanwhile);
  // false when there is none to take now.
  bool FormatNext(std::unique_lock<std::mutex>& lock) {
    if (next_ >= pieces_ || next_ >= written_ + window_) return false;
    const std::size_t p = next_++;
    lock.unlock();
    Slot& slot = slots_[p % window_];
    try {
      for (std::size_t w = 0; w < writers_.size(); ++w)
        for (std::size_t k = starts_[p]; k < starts_[p + 1]; ++k) {
          if (w == 0) doc_.Prefetch(k);  // the later formats find it in the cache
          doc_.Format(*writers_[w], k, slot.bytes[w]);
        }
    } catch (...) {
      lock.lock();
      if (!error_) error_ = std::current_exception();
      changed_.notify_all();
      return true;
    }
    lock.lock();
    slot.done = true;
    changed_.notify_all();
    return true;
  }

  const Document& doc_;
  const Writers& writers_;
  std::span<const FormatStream> outputs_;
  const std::size_t window_;
  std::vector<std::size_t> starts_;  // piece p is [starts_[p], starts_[p + 1])
  std::size_t pieces_ = 0;
  std::vector<Slot> slots_;  // piece p in slot p % window_
  std::mutex mutex_;
  std::condition_variable changed_;
  std::size_t next_ = 0;     // the next piece to format
  std::size_t written_ = 0;  // pieces written
  bool writing_ = false;     // a thread is writing pieces
  std::exception_ptr error_;
};

}  // namespace

std::optional<GraphFormat> ParseGraphFormat(std::string_view name) {
  if (name == "graphml") return GraphFormat::kGraphML;
  if (name == "gexf") return GraphFormat::kGexf;
  if (name == "dot") return GraphFormat::kDot;
  return std::nullopt;
}

void WriteFormats(const KnowledgeGraph& graph, std::span<const FormatStream> outputs,
                  unsigned threads) {
  Writers writers;
  for (const FormatStream& o : outputs) {
    switch (o.format) {
      case GraphFormat::kGraphML:
        writers.push_back(detail::MakeGraphMLWriter(graph));
        break;
      case GraphFormat::kGexf:
        writers.push_back(detail::MakeGexfWriter(graph));
        break;
      case GraphFormat::kDot:
        writers.push_back(detail::MakeDotWriter(graph));
        break;
    }
  }
  const Document doc{graph, graph.Nodes(), graph.Edges()};
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(
                                                         doc.size() / kPieceElements + 1)));
  PieceWriter(doc, writers, outputs, threads).Run(threads);
}

}  // namespace kg
