#include "export/atomic_directory.hpp"

#include "core/error.hpp"

#include <cassert>
#include <system_error>
#include <unistd.h>

namespace newskg::exports {

namespace fs = std::filesystem;

namespace {

fs::path beside(const fs::path& path, std::string_view suffix)
{
  auto result = path;
  result += std::string(suffix) + std::to_string(::getpid());
  return result;
}

} // namespace

AtomicDirectory::AtomicDirectory(fs::path path)
  : m_path(std::move(path))
  , m_temporary(beside(m_path, ".tmp."))
{
  std::error_code error;
  if (fs::exists(m_path, error) && !fs::is_directory(m_path, error)) {
    throw InputError(m_path.string() + ": exists and is not a directory");
  }
  fs::remove_all(m_temporary, error);
  if (!fs::create_directory(m_temporary, error) || error) {
    throw InputError(m_path.string() + ": cannot create " + m_temporary.string() + ": "
                     + error.message());
  }
}

AtomicDirectory::~AtomicDirectory()
{
  if (!m_committed) {
    m_files.clear();
    std::error_code ignored;
    fs::remove_all(m_temporary, ignored);
  }
}

std::ostream& AtomicDirectory::stream(std::string_view name)
{
  assert(name.find('/') == std::string_view::npos);
  auto found = m_files.find(name);
  if (found == m_files.end()) {
    found =
      m_files.emplace(std::string(name), std::make_unique<AtomicFile>(m_temporary / name)).first;
  }
  return found->second->stream();
}

void AtomicDirectory::commit()
{
  for (auto& [name, file] : m_files) {
    file->commit();
  }
  m_files.clear();
  std::error_code error;
  // rename(2) cannot replace a non-empty directory: move the old one aside,
  // put the new one in place, then delete the old one.
  const auto old = beside(m_path, ".old.");
  const bool had_old = fs::is_directory(m_path, error);
  if (had_old) {
    fs::remove_all(old, error);
    fs::rename(m_path, old, error);
    if (error) {
      throw InputError(m_path.string() + ": cannot replace: " + error.message());
    }
  }
  fs::rename(m_temporary, m_path, error);
  if (error) {
    if (had_old) {
      std::error_code ignored;
      fs::rename(old, m_path, ignored);
    }
    throw InputError(m_path.string() + ": cannot rename temporary directory: " + error.message());
  }
  m_committed = true;
  if (had_old) {
    fs::remove_all(old, error);
  }
}

} // namespace newskg::exports
