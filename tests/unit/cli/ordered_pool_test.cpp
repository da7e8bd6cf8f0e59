#include "cli/ordered_pool.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <fstream>
#include <stdexcept>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using newskg::cli::OrderedPool;

namespace {

// Later jobs finish first (shorter sleeps), so only the pool keeps the order.
std::vector<int> run_jobs(std::size_t workers, std::size_t window, int count)
{
  std::vector<int> order;
  OrderedPool pool(workers, window);
  for (int i = 0; i < count; ++i) {
    pool.submit([i, count, &order]() -> OrderedPool::Commit {
      std::this_thread::sleep_for(std::chrono::microseconds(100 * (count - i)));
      return [i, &order] {
        order.push_back(i);
      };
    });
  }
  pool.finish();
  return order;
}

} // namespace

TEST_CASE("OrderedPool commits in submission order for any number of workers", "[cli][unit]")
{
  std::vector<int> expected(40);
  for (int i = 0; i < 40; ++i) {
    expected[static_cast<std::size_t>(i)] = i;
  }

  for (const std::size_t workers : {1U, 2U, 4U, 8U}) {
    CAPTURE(workers);
    CHECK(run_jobs(workers, 4 * workers, 40) == expected);
    CHECK(run_jobs(workers, 1, 40) == expected);
  }
}

TEST_CASE("OrderedPool keeps at most `window` jobs in flight", "[cli][unit]")
{
  std::atomic<int> in_flight{0};
  std::atomic<int> most{0};
  OrderedPool pool(4, 3);

  for (int i = 0; i < 30; ++i) {
    pool.submit([&]() -> OrderedPool::Commit {
      const int now = ++in_flight;
      int seen = most.load();
      while (now > seen && !most.compare_exchange_weak(seen, now)) {
      }
      std::this_thread::sleep_for(std::chrono::microseconds(200));
      return [&] {
        --in_flight;
      };
    });
  }
  pool.finish();

  CHECK(most.load() <= 3);
  CHECK(in_flight.load() == 0);
}

TEST_CASE("OrderedPool rethrows a job's exception and skips later commits", "[cli][unit][error]")
{
  for (const std::size_t workers : {1U, 3U}) {
    CAPTURE(workers);
    std::vector<int> committed;
    OrderedPool pool(workers, 2);
    const auto submit_all = [&] {
      for (int i = 0; i < 20; ++i) {
        pool.submit([i, &committed]() -> OrderedPool::Commit {
          if (i == 5) {
            throw std::runtime_error("job 5 failed");
          }
          return [i, &committed] {
            committed.push_back(i);
          };
        });
      }
      pool.finish();
    };

    CHECK_THROWS_WITH(submit_all(), "job 5 failed");
    REQUIRE(committed.size() <= 5);
    for (std::size_t i = 0; i < committed.size(); ++i) {
      CHECK(committed[i] == static_cast<int>(i));
    }
  }
}

#ifndef __SANITIZE_ADDRESS__
TEST_CASE("OrderedPool joins the threads it started when one cannot start", "[cli][unit][error]")
{
  // Issue 12: -j 1000000 aborted, because the std::thread objects already
  // started were destroyed unjoined. In a child process whose address space
  // leaves room for a few 8 MB thread stacks only, 200 workers cannot start:
  // the constructor must throw, not abort.
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    long pages = 0;
    std::ifstream("/proc/self/statm") >> pages;
    const auto room = static_cast<rlim_t>(pages * sysconf(_SC_PAGESIZE)) + (64U << 20U);
    const rlimit limit{.rlim_cur = room, .rlim_max = room};
    setrlimit(RLIMIT_AS, &limit);
    try {
      const OrderedPool pool(200, 1);
    } catch (const std::runtime_error& e) {
      const std::string message = e.what();
      _exit(message.starts_with("cannot start worker thread ") ? 0 : 2);
    }
    _exit(3); // every thread started: the limit did not bite
  }
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);

  REQUIRE(WIFEXITED(status)); // not killed by std::terminate's SIGABRT
  CHECK(WEXITSTATUS(status) == 0);
}
#endif
