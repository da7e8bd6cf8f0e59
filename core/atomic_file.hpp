#pragma once

#include "core/fd_output_buffer.hpp"

#include <filesystem>
#include <optional>
#include <ostream>

namespace newskg {

// An output file that readers never see half written and that never turns
// into something else (issue 12). What happens depends on what `path` is:
//
// - nothing, or a regular file: the text goes to a temporary created
//   exclusively (O_CREAT|O_EXCL|O_NOFOLLOW, a random name) in the same
//   directory, which commit() fsyncs and renames over `path`. A planted
//   symbolic link at any name is never followed. A file that exists keeps its
//   permission bits ("chmod 600 out.ttl" stays 600).
// - a symbolic link to a regular file: as above for the file it points to, in
//   that file's directory; the link stays a link ("graph.ttl -> v2/graph.ttl"
//   writes v2/graph.ttl, as the shell's '>' would). A link to nothing is refused.
// - a device, FIFO or socket ("/dev/null", "/dev/stdout", a named pipe): written
//   in place, never renamed over, so /dev/null stays a device.
// - a directory: refused.
//
// Without commit() (an exception, a crash) a regular destination is untouched
// and the destructor removes the temporary. "-" is not special here: callers
// write standard output themselves. Throws InputError naming `path`.
class AtomicFile
{
public:
  // Decides how to write `path` (above) and opens the temporary or the device.
  explicit AtomicFile(std::filesystem::path path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  AtomicFile(AtomicFile&&) = delete;
  AtomicFile& operator=(AtomicFile&&) = delete;
  ~AtomicFile();

  // Valid until commit() or destruction.
  [[nodiscard]] std::ostream& stream() { return m_stream; }
  // Flushes and checks every write (InputError "PATH: write failed: REASON"),
  // fsyncs, closes and renames the temporary over the destination.
  void commit();

private:
  void open_temporary(std::optional<unsigned> keep_mode);
  void open_in_place();
  [[noreturn]] void fail(const std::string& what, int error) const;

  std::filesystem::path m_path;      // as given, for messages
  std::filesystem::path m_target;    // what the temporary replaces (a symlink's target)
  std::filesystem::path m_temporary; // empty when written in place
  int m_fd = -1;
  std::optional<FdOutputBuffer> m_buffer;
  std::ostream m_stream;
  bool m_committed = false;
};

// True when `a` and `b` name the same existing file (device and inode, through
// symbolic and hard links): same_file("kg.db", "./link-to-kg.db") => true.
// False when either does not exist.
[[nodiscard]] bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

// A name for a temporary beside `target`, not yet taken when made but not
// reserved either (create it with O_EXCL): "out/.graph.ttl.tmp-3f9c0a1b2e4d5f60".
[[nodiscard]] std::filesystem::path temporary_beside(const std::filesystem::path& target);

} // namespace newskg
