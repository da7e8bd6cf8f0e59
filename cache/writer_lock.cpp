#include "cache/writer_lock.hpp"

#include "core/error.hpp"

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <system_error>
#include <unistd.h>

namespace newskg::cache {

// A separate file, not the database itself: closing any descriptor of the
// database would drop SQLite's own POSIX locks on it (fcntl semantics).
WriterLock::WriterLock(const std::filesystem::path& db)
{
  // The lock of the file itself, whichever name reaches it: a symbolic link
  // to the cache (or a path through one) takes the same lock.
  std::error_code error_code;
  auto real = std::filesystem::weakly_canonical(db, error_code);
  if (error_code) {
    real = db;
  }
  const auto path = real.string() + ".lock";
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-vararg): open(2) is variadic
  m_fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (m_fd < 0) {
    throw InputError(path + ": " + std::generic_category().message(errno));
  }
  if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    ::close(m_fd);
    m_fd = -1;
    if (error == EWOULDBLOCK) {
      throw InputError(db.string()
                       + ": another newskg process (build, remove or merge) is writing this"
                         " cache; run again when it has finished");
    }
    throw InputError(path + ": " + std::generic_category().message(error));
  }
}

WriterLock::~WriterLock()
{
  if (m_fd >= 0) {
    ::close(m_fd); // releases the flock
  }
}

} // namespace newskg::cache
