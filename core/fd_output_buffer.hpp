#pragma once

#include <cstddef>
#include <ostream>
#include <streambuf>
#include <string>
#include <system_error>
#include <vector>

namespace newskg {

// A std::streambuf that writes to a file descriptor with write(2) and
// remembers why the first write failed, which an ofstream cannot tell:
//
//   FdOutputBuffer buffer(STDOUT_FILENO);  // with stdout on /dev/full
//   std::ostream out(&buffer);
//   out << "x" << std::flush;              // out.bad(), and
//   buffer.error().message()               // => "No space left on device"
//
// Every write is checked; a partial write is continued and EINTR retried.
// After the first failure every later write fails too, so a stream shows
// badbit and nothing after the gap reaches the file. Does not own `fd`.
// One thread at a time.
class FdOutputBuffer : public std::streambuf
{
public:
  explicit FdOutputBuffer(int fd);
  FdOutputBuffer(const FdOutputBuffer&) = delete;
  FdOutputBuffer& operator=(const FdOutputBuffer&) = delete;
  FdOutputBuffer(FdOutputBuffer&&) = delete;
  FdOutputBuffer& operator=(FdOutputBuffer&&) = delete;
  // Drops what is still buffered: flush, and check, before.
  ~FdOutputBuffer() override;

  // The error of the first failed write(2); empty while every write succeeded.
  [[nodiscard]] std::error_code error() const { return m_error; }
  [[nodiscard]] int fd() const { return m_fd; }

protected:
  int_type overflow(int_type ch) override;
  std::streamsize xsputn(const char_type* data, std::streamsize size) override;
  int sync() override;

private:
  // Writes the buffer, then `size` bytes at `data`; false after a failure.
  bool write_out(const char* data, std::size_t size);

  int m_fd;
  std::vector<char> m_buffer;
  std::error_code m_error;
};

// Why writing `out` failed: the system's reason when its buffer is an
// FdOutputBuffer ("No space left on device"), else "write failed".
[[nodiscard]] std::string write_error(const std::ostream& out);

} // namespace newskg
