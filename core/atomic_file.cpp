#include "core/atomic_file.hpp"

#include "core/error.hpp"

#include <iostream>
#include <system_error>
#include <unistd.h>

namespace newskg {

AtomicFile::AtomicFile(std::filesystem::path path)
  : m_path(std::move(path))
  , m_stdout(m_path == "-")
{
  if (m_stdout) {
    return;
  }
  m_temporary = m_path;
  m_temporary += ".tmp." + std::to_string(::getpid());
  m_out.open(m_temporary, std::ios::binary | std::ios::trunc);
  if (!m_out) {
    throw InputError(m_path.string() + ": cannot write (" + m_temporary.string() + ")");
  }
}

AtomicFile::~AtomicFile()
{
  if (!m_stdout && !m_committed) {
    m_out.close();
    std::error_code ignored;
    std::filesystem::remove(m_temporary, ignored);
  }
}

std::ostream& AtomicFile::stream()
{
  return m_stdout ? std::cout : m_out;
}

void AtomicFile::commit()
{
  if (m_stdout) {
    std::cout.flush();
    return;
  }
  m_out.flush();
  if (!m_out) {
    throw InputError(m_path.string() + ": write failed");
  }
  m_out.close();
  std::error_code error;
  std::filesystem::rename(m_temporary, m_path, error);
  if (error) {
    throw InputError(m_path.string() + ": cannot rename temporary file: " + error.message());
  }
  m_committed = true;
}

} // namespace newskg
