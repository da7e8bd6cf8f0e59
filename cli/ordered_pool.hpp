#pragma once

// Parallel work with ordered results, for `extract -j N` and `build -j N`:
// jobs run on N worker threads, and what each job returns (a Commit: write a
// line, store a document) runs one at a time, in the order the jobs were
// submitted. Output is therefore the same for every N. At most `window` jobs
// are queued, running or waiting for their turn to commit, so memory stays
// bounded however long the input is.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace newskg::cli {

class OrderedPool
{
public:
  using Commit = std::function<void()>;
  using Job = std::function<Commit()>;

  // workers <= 1: no threads; submit() runs the job and its commit at once.
  // Requires window >= 1. Throws std::runtime_error ("cannot start worker
  // thread 9 of 200: Resource temporarily unavailable") when the system
  // refuses a thread, after joining those it started.
  OrderedPool(std::size_t workers, std::size_t window);
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;
  OrderedPool(OrderedPool&&) = delete;
  OrderedPool& operator=(OrderedPool&&) = delete;
  // Joins the workers; pending commits are dropped unless finish() ran.
  ~OrderedPool();

  // Queues `job`; blocks while `window` jobs are in flight. Commits run on a
  // worker thread (or this one when workers <= 1), never two at once.
  // Rethrows the first exception of an earlier job or commit; after one,
  // later commits are skipped.
  void submit(Job job);
  // Waits until every job has run and every commit has been made, then
  // rethrows the first exception, if any.
  void finish();

private:
  // Tells the workers to stop and joins them.
  void stop();
  void work();
  void commit_ready(std::unique_lock<std::mutex>& lock);
  void fail(std::exception_ptr error);

  std::size_t m_window;
  std::mutex m_mutex;
  std::condition_variable m_has_work;
  std::condition_variable m_has_room;
  std::deque<std::pair<std::size_t, Job>> m_queue;
  std::map<std::size_t, Commit> m_done; // by sequence number, waiting for their turn
  std::size_t m_next_sequence = 0;
  std::size_t m_next_commit = 0;
  std::size_t m_in_flight = 0;
  bool m_committing = false;
  bool m_stopping = false;
  std::exception_ptr m_failure;
  std::vector<std::thread> m_workers;
};

} // namespace newskg::cli
