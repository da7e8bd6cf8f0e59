#pragma once

#include <filesystem>
#include <string>

namespace newskg::cache {

// One writing newskg process per cache: build, remove and merge hold an
// exclusive flock(2) on "<db>.lock" (created beside the database, left in
// place; <db> with symbolic links resolved, so every name of one cache takes
// one lock) for their whole run. SQLite alone would let two builds interleave
// their documents; this makes the second one stop at once with a clear
// message instead. The kernel drops the lock when the process dies, even by
// SIGKILL, so a killed build never blocks the next one. Readers (query,
// export) take no lock. Not for two holders in one process.
class WriterLock
{
public:
  // Throws InputError "DB: another newskg process (build, remove or merge) is
  // writing this cache; run again when it has finished" when the lock is held,
  // or naming the lock file when it cannot be created.
  explicit WriterLock(const std::filesystem::path& db);
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;
  WriterLock(WriterLock&&) = delete;
  WriterLock& operator=(WriterLock&&) = delete;
  ~WriterLock();

private:
  int m_fd = -1;
};

} // namespace newskg::cache
