#include "core/atomic_file.hpp"

#include "core/error.hpp"

#include <array>
#include <cerrno>
#include <cstdint>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace newskg {

namespace fs = std::filesystem;

namespace {

std::string message_of(int error)
{
  return std::generic_category().message(error);
}

// fsync of the directory makes the rename itself durable. Some file systems
// refuse fsync on a directory (EINVAL): the data is synced already, so that
// is not worth failing an export for.
void sync_directory(const fs::path& directory)
{
  const int fd =
    ::open(directory.empty() ? "." : directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

} // namespace

fs::path temporary_beside(const fs::path& target)
{
  // Unpredictable, so that nobody can plant a link at the name in advance
  // (O_EXCL would refuse it anyway, but then the export would fail).
  thread_local std::mt19937_64 random(std::random_device{}()
                                      ^ static_cast<std::uint64_t>(::getpid()));
  constexpr std::string_view digits = "0123456789abcdef";
  std::string suffix(16, '0');
  auto bits = random();
  for (auto& digit : suffix) {
    digit = digits[bits & 15U];
    bits >>= 4U;
  }
  // Appended piece by piece: g++ 12 warns (-Wrestrict) about "." + string.
  std::string name(".");
  name += target.filename().string();
  name += ".tmp-";
  name += suffix;
  return target.parent_path() / name;
}

bool same_file(const fs::path& a, const fs::path& b)
{
  struct stat first
  {};
  struct stat second
  {};
  return ::stat(a.c_str(), &first) == 0 && ::stat(b.c_str(), &second) == 0
         && first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

AtomicFile::AtomicFile(fs::path path)
  : m_path(std::move(path)),
    m_target(m_path),
    m_stream(nullptr)
{
  if (m_path.empty()) {
    throw OutputError("an output file needs a name");
  }
  struct stat target
  {};
  if (::stat(m_path.c_str(), &target) != 0) {
    const int error = errno;
    struct stat link
    {};
    if (error == ENOENT && ::lstat(m_path.c_str(), &link) == 0) {
      throw OutputError(m_path.string() + ": is a symbolic link to a missing file");
    }
    if (error != ENOENT) {
      fail("cannot write", error);
    }
    open_temporary(std::nullopt);
    return;
  }
  if (S_ISDIR(target.st_mode)) {
    throw OutputError(m_path.string() + ": is a directory");
  }
  if (!S_ISREG(target.st_mode)) {
    open_in_place();
    return;
  }
  std::error_code error;
  if (fs::is_symlink(m_path, error)) {
    m_target = fs::canonical(m_path, error);
    if (error) {
      fail("cannot resolve the symbolic link", error.value());
    }
  }
  open_temporary(target.st_mode & 07777U);
}

AtomicFile::~AtomicFile()
{
  m_stream.rdbuf(nullptr);
  m_buffer.reset();
  if (m_fd >= 0) {
    ::close(m_fd);
  }
  if (!m_committed && !m_temporary.empty()) {
    ::unlink(m_temporary.c_str());
  }
}

void AtomicFile::fail(const std::string& what, int error) const
{
  throw OutputError(m_path.string() + ": " + what + ": " + message_of(error));
}

void AtomicFile::open_temporary(std::optional<unsigned> keep_mode)
{
  // Mode 0666 as for any new file, so the umask applies; O_EXCL with
  // O_NOFOLLOW never opens what is already there, a symbolic link included.
  constexpr int attempts = 100;
  for (int attempt = 0; attempt < attempts && m_fd < 0; ++attempt) {
    m_temporary = temporary_beside(m_target);
    m_fd = ::open(m_temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (m_fd < 0 && errno != EEXIST) {
      const int error = errno;
      m_temporary.clear();
      fail("cannot create a temporary file beside it", error);
    }
  }
  if (m_fd < 0) {
    m_temporary.clear();
    fail("cannot create a temporary file beside it", EEXIST);
  }
  if (keep_mode && ::fchmod(m_fd, *keep_mode) != 0) {
    fail("cannot keep its permissions", errno);
  }
  m_buffer.emplace(m_fd);
  m_stream.rdbuf(&*m_buffer);
}

void AtomicFile::open_in_place()
{
  // No O_CREAT and no O_TRUNC: a device or FIFO is written as it is.
  m_fd = ::open(m_path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (m_fd < 0) {
    fail("cannot write", errno);
  }
  struct stat opened
  {};
  if (::fstat(m_fd, &opened) != 0 || S_ISREG(opened.st_mode) || S_ISDIR(opened.st_mode)) {
    // Replaced by a file between stat() and open(): write it the safe way.
    throw OutputError(m_path.string() + ": changed while it was being opened");
  }
  m_buffer.emplace(m_fd);
  m_stream.rdbuf(&*m_buffer);
}

void AtomicFile::commit()
{
  m_stream.flush();
  if (m_buffer->error()) {
    fail("write failed", m_buffer->error().value());
  }
  if (!m_stream) {
    throw OutputError(m_path.string() + ": write failed");
  }
  if (!m_temporary.empty() && ::fsync(m_fd) != 0) {
    fail("write failed", errno);
  }
  const int fd = m_fd;
  m_fd = -1;
  if (::close(fd) != 0) {
    fail("write failed", errno);
  }
  if (m_temporary.empty()) {
    m_committed = true;
    return;
  }
  // Renamed only over a regular file or nothing: check again, in case the
  // destination became a device or directory while we wrote.
  struct stat now
  {};
  if (::lstat(m_target.c_str(), &now) == 0 && !S_ISREG(now.st_mode)) {
    throw OutputError(m_path.string() + ": is no longer a regular file; left as it is");
  }
  if (::rename(m_temporary.c_str(), m_target.c_str()) != 0) {
    fail("cannot rename the temporary file over it", errno);
  }
  m_committed = true;
  sync_directory(m_target.parent_path());
}

} // namespace newskg
