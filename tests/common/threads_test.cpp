#include "common/threads.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace kg {
namespace {

TEST(Beside, RunsTheJobOnAnotherThreadWhileTheCallerGoesOn) {
  std::atomic<bool> caller_done{false};
  std::thread::id job_thread;
  bool saw_caller_done = false;
  Beside job([&] {
    job_thread = std::this_thread::get_id();
    while (!caller_done) std::this_thread::yield();  // only ends if the caller goes on
    saw_caller_done = true;
  });
  caller_done = true;
  job.Join();
  EXPECT_TRUE(saw_caller_done);
  EXPECT_NE(job_thread, std::this_thread::get_id());
}

TEST(Beside, JoinRethrowsWhatTheJobThrewOnce) {
  Beside job([] { throw std::runtime_error("graph.json: disk full"); });
  try {
    job.Join();
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), "graph.json: disk full");
  }
  EXPECT_NO_THROW(job.Join());
}

TEST(OnThreads, EveryThreadRunsTheWorkAndTheItemsAreSharedOnce) {
  for (unsigned threads : {0u, 1u, 2u, 4u}) {
    std::atomic<std::size_t> next{0}, calls{0};
    std::vector<int> done(1000, 0);
    std::mutex ids_mutex;
    std::set<std::thread::id> ids;
    OnThreads(threads, [&] {
      ++calls;
      {
        const std::lock_guard<std::mutex> lock(ids_mutex);
        ids.insert(std::this_thread::get_id());
      }
      for (std::size_t i; (i = next++) < done.size();) ++done[i];
    });
    EXPECT_EQ(calls, std::max(1u, threads)) << threads;
    EXPECT_EQ(ids.size(), std::max(1u, threads)) << threads;
    EXPECT_TRUE(ids.count(std::this_thread::get_id())) << "the caller is one of them";
    EXPECT_EQ(std::count(done.begin(), done.end(), 1), 1000) << threads;
  }
}

TEST(OnThreads, RethrowsAfterEveryThreadHasReturned) {
  std::atomic<int> finished{0};
  std::atomic<int> started{0};
  EXPECT_THROW(OnThreads(3,
                         [&] {
                           if (started++ == 0) throw std::runtime_error("graph.gexf: fsync failed");
                           ++finished;
                         }),
               std::runtime_error);
  EXPECT_EQ(started, 3);
  EXPECT_EQ(finished, 2);  // the others ran to the end before the error came back
}

}  // namespace
}  // namespace kg
