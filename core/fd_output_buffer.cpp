#include "core/fd_output_buffer.hpp"

#include <cerrno>
#include <unistd.h>

namespace newskg {

namespace {

constexpr std::size_t buffer_size = std::size_t{64} * 1024;

} // namespace

FdOutputBuffer::FdOutputBuffer(int fd)
  : m_fd(fd),
    m_buffer(buffer_size)
{
  setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
}

FdOutputBuffer::~FdOutputBuffer() = default;

bool FdOutputBuffer::write_out(const char* data, std::size_t size)
{
  const auto write_all = [this](const char* from, std::size_t count) {
    while (count > 0 && !m_error) {
      const auto written = ::write(m_fd, from, count);
      if (written < 0) {
        if (errno != EINTR) {
          m_error = std::error_code(errno, std::generic_category());
        }
        continue;
      }
      from += written;
      count -= static_cast<std::size_t>(written);
    }
  };
  write_all(pbase(), static_cast<std::size_t>(pptr() - pbase()));
  setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
  write_all(data, size);
  return !m_error;
}

FdOutputBuffer::int_type FdOutputBuffer::overflow(int_type ch)
{
  if (m_error || !write_out(nullptr, 0)) {
    return traits_type::eof();
  }
  if (traits_type::eq_int_type(ch, traits_type::eof())) {
    return traits_type::not_eof(ch);
  }
  *pptr() = traits_type::to_char_type(ch);
  pbump(1);
  return ch;
}

std::streamsize FdOutputBuffer::xsputn(const char_type* data, std::streamsize size)
{
  if (m_error) {
    return 0;
  }
  const auto count = static_cast<std::size_t>(size);
  if (count <= static_cast<std::size_t>(epptr() - pptr())) {
    traits_type::copy(pptr(), data, count);
    pbump(static_cast<int>(size));
    return size;
  }
  // Too big for what is left: write the buffer and this block in one go.
  return write_out(data, count) ? size : 0;
}

std::string write_error(const std::ostream& out)
{
  const auto* buffer = dynamic_cast<const FdOutputBuffer*>(out.rdbuf());
  if (buffer != nullptr && buffer->error()) {
    return buffer->error().message();
  }
  return "write failed";
}

int FdOutputBuffer::sync()
{
  return write_out(nullptr, 0) ? 0 : -1;
}

} // namespace newskg
