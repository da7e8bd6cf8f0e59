#include "core/fd_output_buffer.hpp"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <ostream>
#include <string>
#include <unistd.h>

using newskg::FdOutputBuffer;

TEST_CASE("FdOutputBuffer writes everything, small and big pieces", "[core][unit]")
{
  int pipe_fds[2] = {-1, -1};
  REQUIRE(::pipe(pipe_fds) == 0);
  const std::string big(100 * 1024, 'b'); // more than the buffer holds
  std::string got;

  {
    FdOutputBuffer buffer(pipe_fds[1]);
    std::ostream out(&buffer);
    out << "a" << '\n';
    // The pipe holds 64 KiB: read while writing, on this thread, in two steps.
    out.write(big.data(), 60 * 1024);
    out.flush();
    std::string chunk(70 * 1024, '\0');
    const auto first = ::read(pipe_fds[0], chunk.data(), chunk.size());
    REQUIRE(first > 0);
    got.append(chunk.data(), static_cast<std::size_t>(first));
    out.write(big.data(), 40 * 1024);
    CHECK(out.flush());
    CHECK_FALSE(buffer.error());
  }
  ::close(pipe_fds[1]);
  std::string chunk(70 * 1024, '\0');
  for (ssize_t size = 0; (size = ::read(pipe_fds[0], chunk.data(), chunk.size())) > 0;) {
    got.append(chunk.data(), static_cast<std::size_t>(size));
  }
  ::close(pipe_fds[0]);

  CHECK(got == "a\n" + big);
}

TEST_CASE("FdOutputBuffer tells why a write failed", "[core][unit][error]")
{
  // Writing to /dev/full fails with ENOSPC and changes nothing.
  const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
  if (fd < 0) {
    WARN("no /dev/full here: skipped");
    return;
  }
  FdOutputBuffer buffer(fd);
  std::ostream out(&buffer);

  out << "text" << std::flush;

  CHECK(out.bad());
  CHECK(newskg::write_error(out) == "No space left on device");
  ::close(fd);
}
