#include "cli/progress.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <unistd.h>

namespace newskg::cli {

namespace {

// "1:05": minutes and seconds, rounded to the nearest second.
std::string format_seconds(double seconds)
{
  const long total = std::lround(seconds);
  const long rest = total % 60;
  return std::to_string(total / 60) + (rest < 10 ? ":0" : ":") + std::to_string(rest);
}

// `value` with `decimals` decimals, in every locale "2.5" ("%.*f" of the C locale).
std::string fixed(double value, int decimals)
{
  std::array<char, 64> buffer{};
  const auto [end, error] = std::to_chars(
    buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed, decimals);
  return error == std::errc() ? std::string(buffer.data(), end) : std::string("?");
}

} // namespace

Progress::Progress(std::ostream& err, Show show)
  : m_err(err),
    m_show(show == Show::yes)
{}

Progress::~Progress()
{
  try {
    finish();
  } catch (...) { // NOLINT(bugprone-empty-catch): a destructor must not throw
  }
}

void Progress::file_done(std::uintmax_t bytes)
{
  ++m_files;
  m_bytes_of_files += bytes;
  m_bytes = m_bytes_of_files;
  draw(false);
}

void Progress::document_done(std::uintmax_t bytes)
{
  ++m_documents;
  m_bytes += bytes;
  draw(false);
}

void Progress::finish()
{
  if (m_drawn) {
    m_err << "\r\033[K" << std::flush;
    m_drawn = false;
  }
}

bool Progress::stderr_is_terminal()
{
  return ::isatty(STDERR_FILENO) == 1;
}

void Progress::draw(bool force)
{
  if (!m_show) {
    return;
  }
  const auto now = Clock::now();
  if (!force && m_drawn && now - m_last_draw < std::chrono::milliseconds(250)) {
    return;
  }
  m_last_draw = now;
  m_drawn = true;
  const double elapsed = std::chrono::duration<double>(now - m_start).count();
  const double rate = elapsed > 0 ? static_cast<double>(m_documents) / elapsed : 0.0;
  m_err << "\r\033[K" << m_documents << " documents";
  if (elapsed > 0.5) {
    m_err << ", " << fixed(rate, 1) << "/s";
  }
  if (m_total_bytes > 0 && m_bytes > 0 && m_bytes < m_total_bytes) {
    const double done = static_cast<double>(m_bytes) / static_cast<double>(m_total_bytes);
    m_err << ", " << fixed(100 * done, 0) << "%, " << format_seconds(elapsed * (1 - done) / done)
          << " left";
  } else if (m_total_files > 0) {
    m_err << ", file " << m_files << '/' << m_total_files;
    if (m_files > 0 && m_files < m_total_files) {
      const double left =
        elapsed / static_cast<double>(m_files) * static_cast<double>(m_total_files - m_files);
      m_err << ", " << format_seconds(left) << " left";
    }
  }
  m_err << std::flush;
}

Progress::Show progress_for(bool quiet)
{
  return !quiet && Progress::stderr_is_terminal() ? Progress::Show::yes : Progress::Show::no;
}

} // namespace newskg::cli
