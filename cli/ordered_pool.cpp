#include "cli/ordered_pool.hpp"

#include <cassert>
#include <stdexcept>
#include <string>
#include <system_error>
#include <utility>

namespace newskg::cli {

OrderedPool::OrderedPool(std::size_t workers, std::size_t window)
  : m_window(window)
{
  assert(window >= 1);
  if (workers <= 1) {
    return;
  }
  m_workers.reserve(workers);
  try {
    for (std::size_t i = 0; i < workers; ++i) {
      m_workers.emplace_back([this] { work(); });
    }
  } catch (const std::system_error& e) {
    // The system refused a thread (-j 1000000): the destructor will not run,
    // so the threads already started are joined here, or their std::thread
    // objects would end the program with std::terminate.
    stop();
    std::string message = "cannot start worker thread ";
    message.append(std::to_string(m_workers.size() + 1))
      .append(" of ")
      .append(std::to_string(workers))
      .append(": ")
      .append(e.what());
    throw std::runtime_error(message);
  }
}

OrderedPool::~OrderedPool()
{
  stop();
}

void OrderedPool::stop()
{
  {
    const std::lock_guard lock(m_mutex);
    m_stopping = true;
  }
  m_has_work.notify_all();
  for (auto& worker : m_workers) {
    worker.join();
  }
  m_workers.clear();
}

void OrderedPool::submit(Job job)
{
  if (m_workers.empty()) {
    if (m_failure) {
      std::rethrow_exception(m_failure);
    }
    job()();
    return;
  }
  std::unique_lock lock(m_mutex);
  m_has_room.wait(lock, [&] { return m_in_flight < m_window || m_failure; });
  if (m_failure) {
    std::rethrow_exception(m_failure);
  }
  m_queue.emplace_back(m_next_sequence++, std::move(job));
  ++m_in_flight;
  lock.unlock();
  m_has_work.notify_one();
}

void OrderedPool::finish()
{
  std::unique_lock lock(m_mutex);
  m_has_room.wait(lock, [&] { return m_in_flight == 0; });
  if (m_failure) {
    std::rethrow_exception(m_failure);
  }
}

// The first failure wins; it is rethrown on the submitting thread. Catching
// everything here is the only way to carry an exception across threads.
void OrderedPool::fail(std::exception_ptr error)
{
  if (!m_failure) {
    m_failure = std::move(error);
  }
}

void OrderedPool::work()
{
  std::unique_lock lock(m_mutex);
  while (true) {
    m_has_work.wait(lock, [&] { return !m_queue.empty() || m_stopping; });
    if (m_queue.empty()) {
      return; // stopping
    }
    auto [sequence, job] = std::move(m_queue.front());
    m_queue.pop_front();
    const bool skip = static_cast<bool>(m_failure);
    lock.unlock();
    Commit commit;
    std::exception_ptr error;
    if (!skip) {
      try {
        commit = job();
      } catch (...) {
        error = std::current_exception();
      }
    }
    lock.lock();
    if (error) {
      fail(error);
    }
    m_done.emplace(sequence, std::move(commit));
    commit_ready(lock);
  }
}

// Runs the commits that are next in order, one thread at a time. Called with
// the lock held; releases it while a commit runs.
void OrderedPool::commit_ready(std::unique_lock<std::mutex>& lock)
{
  if (m_committing) {
    return; // the thread that is committing will find ours
  }
  m_committing = true;
  for (auto next = m_done.find(m_next_commit); next != m_done.end();
       next = m_done.find(m_next_commit)) {
    auto commit = std::move(next->second);
    m_done.erase(next);
    if (commit && !m_failure) {
      lock.unlock();
      std::exception_ptr error;
      try {
        commit();
      } catch (...) {
        error = std::current_exception();
      }
      lock.lock();
      if (error) {
        fail(error);
      }
    }
    ++m_next_commit;
    --m_in_flight;
    m_has_room.notify_all();
  }
  m_committing = false;
}

} // namespace newskg::cli
