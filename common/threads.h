// Running work beside the calling thread for a moment of a build: a job next to the
// caller's own, or one job on several threads. Exceptions thrown by the work come back
// to the caller (the first one, after every thread is joined), never std::terminate;
// a thread that cannot be started leaves the work to those that did.
//
//   kg::Beside json([&] { WriteJson(graph, out); });  // starts now
//   WriteFormats(graph, streams);                      // meanwhile, on this thread
//   json.Join();                                       // waits; rethrows what it threw
//
//   kg::OnThreads(n, [&] { for (i; (i = next++) < size;) Sync(files[i]); });
//
// The build's long-lived extraction helpers are in pipeline/build.cpp (Helpers).
#pragma once

#include <exception>
#include <functional>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace kg {

// A job on a thread of its own, joined by Join or, at the latest, the destructor
// (which drops what the job threw: call Join to hear of it). Neither copied nor moved:
// the thread refers to it.
class Beside {
 public:
  template <typename Job>
  explicit Beside(Job job)
      : thread_([this, job = std::move(job)]() mutable {
          try {
            job();
          } catch (...) {
            error_ = std::current_exception();
          }
        }) {}
  Beside(const Beside&) = delete;
  Beside& operator=(const Beside&) = delete;

  void Join() {
    if (thread_.joinable()) thread_.join();
    if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
  }

 private:
  std::exception_ptr error_;
  std::jthread thread_;  // last: started once error_ exists, joined before it goes
};

// Runs `work` on `threads` threads at once, the calling thread one of them, and
// returns when every one has returned. Each runs the same `work`: it shares its items
// out itself (a counter, a queue). If one throws, the first exception is rethrown.
// If a thread cannot be started, the others do all the work.
inline void OnThreads(unsigned threads, const std::function<void()>& work) {
  std::exception_ptr error;
  std::mutex error_mutex;
  auto guarded = [&] {
    try {
      work();
    } catch (...) {
      const std::lock_guard<std::mutex> lock(error_mutex);
      if (!error) error = std::current_exception();
    }
  };
  {
    std::vector<std::jthread> helpers;
    for (unsigned t = 1; t < threads; ++t) {
      try {
        helpers.emplace_back(guarded);
      } catch (const std::system_error&) {
        break;  // out of threads: fewer of them share the work
      }
    }
    guarded();
  }
  if (error) std::rethrow_exception(error);
}

}  // namespace kg
