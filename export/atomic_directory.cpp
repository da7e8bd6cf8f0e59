#include "export/atomic_directory.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <cassert>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <optional>
#include <set>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace newskg::exports {

namespace fs = std::filesystem;

namespace {

// What the destination holds when we look.
struct Existing
{
  enum class Kind {
    missing,
    empty,
    own,     // a marker and only the files it lists
    shared,  // a marker, its files and others
    foreign, // no marker, not empty
  };
  Kind kind = Kind::missing;
  std::set<std::string> listed; // the files the marker lists
  std::string other;            // one file newskg did not write, for messages
  std::optional<unsigned> mode; // the directory's permission bits
};

std::string message_of(int error)
{
  return std::generic_category().message(error);
}

// A marker line is trusted only as a plain name inside the directory, so a
// crafted marker ("../../etc/passwd") can never make newskg delete elsewhere.
bool plain_name(const std::string& name)
{
  return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos
         && name != AtomicDirectory::marker_name;
}

std::optional<std::set<std::string>> read_marker(const fs::path& dir)
{
  const auto marker = dir / AtomicDirectory::marker_name;
  std::error_code error;
  if (!fs::is_regular_file(fs::symlink_status(marker, error))) {
    return std::nullopt;
  }
  std::ifstream in(marker);
  std::set<std::string> listed;
  for (std::string line; std::getline(in, line);) {
    if (!line.starts_with('#') && plain_name(line)) {
      listed.insert(line);
    }
  }
  return listed;
}

Existing inspect(const fs::path& dir)
{
  Existing existing;
  struct stat status
  {};
  if (::stat(dir.c_str(), &status) != 0) {
    if (errno == ENOENT) {
      return existing;
    }
    throw OutputError(dir.string() + ": " + message_of(errno));
  }
  if (!S_ISDIR(status.st_mode)) {
    throw OutputError(dir.string() + ": exists and is not a directory");
  }
  existing.mode = status.st_mode & 07777U;
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    names.push_back(entry.path().filename().string());
  }
  std::ranges::sort(names);
  const auto marker = read_marker(dir);
  if (marker) {
    existing.listed = *marker;
  }
  for (const auto& name : names) {
    if (name != AtomicDirectory::marker_name && !existing.listed.contains(name)) {
      existing.other = name;
      break;
    }
  }
  using Kind = Existing::Kind;
  if (names.empty()) {
    existing.kind = Kind::empty;
  } else if (!marker) {
    existing.kind = Kind::foreign;
  } else {
    existing.kind = existing.other.empty() ? Kind::own : Kind::shared;
  }
  return existing;
}

void refuse_foreign(const fs::path& dir, const Existing& existing, ForeignFiles foreign)
{
  if (existing.kind == Existing::Kind::foreign && foreign == ForeignFiles::refuse) {
    throw OutputError(dir.string() + ": is not empty and newskg did not write it (it holds '"
                      + existing.other
                      + "'); give an empty or new directory, or --force to write newskg's "
                        "files into it and keep the others");
  }
}

fs::path make_directory_beside(const fs::path& target)
{
  constexpr int attempts = 100;
  for (int attempt = 0; attempt < attempts; ++attempt) {
    auto candidate = temporary_beside(target);
    // mkdir never follows a link at the last component: it fails with EEXIST.
    if (::mkdir(candidate.c_str(), 0777) == 0) {
      return candidate;
    }
    if (errno != EEXIST) {
      throw OutputError(target.string()
                        + ": cannot create a directory beside it: " + message_of(errno));
    }
  }
  throw OutputError(target.string() + ": cannot create a directory beside it");
}

void sync_directory(const fs::path& directory)
{
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

void rename_or_throw(const fs::path& from, const fs::path& to, const fs::path& shown)
{
  if (::rename(from.c_str(), to.c_str()) != 0) {
    throw OutputError(shown.string() + ": cannot put " + to.filename().string()
                      + " in place: " + message_of(errno));
  }
}

// Swaps the two directories at once; false where the file system cannot.
bool exchange(const fs::path& a, const fs::path& b)
{
  return ::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0;
}

// Deletes what the old export wrote from `dir`, its marker last, then `dir`
// itself when nothing else is left in it; every other file stays.
void remove_listed(const fs::path& dir, const std::set<std::string>& listed)
{
  for (const auto& name : listed) {
    ::unlink((dir / name).c_str());
  }
  ::unlink((dir / AtomicDirectory::marker_name).c_str());
  ::rmdir(dir.c_str());
}

} // namespace

AtomicDirectory::AtomicDirectory(fs::path path, ForeignFiles foreign)
  : m_path(std::move(path)),
    m_foreign(foreign)
{
  if (!m_path.has_filename()) {
    m_path = m_path.parent_path(); // "out/" => "out"
  }
  std::error_code error;
  if (fs::is_symlink(m_path, error) && fs::is_directory(m_path, error)) {
    m_path = fs::canonical(m_path);
  }
  const auto existing = inspect(m_path);
  refuse_foreign(m_path, existing, m_foreign);
  m_temporary = make_directory_beside(m_path);
  if (existing.mode) {
    ::chmod(m_temporary.c_str(), *existing.mode);
  }
}

AtomicDirectory::~AtomicDirectory()
{
  if (!m_committed) {
    m_files.clear();
    // The directory was created by us, exclusively: everything in it is ours.
    std::error_code ignored;
    fs::remove_all(m_temporary, ignored);
  }
}

std::ostream& AtomicDirectory::stream(std::string_view name)
{
  assert(name.find('/') == std::string_view::npos && name != marker_name);
  auto found = m_files.find(name);
  if (found == m_files.end()) {
    found =
      m_files.emplace(std::string(name), std::make_unique<AtomicFile>(m_temporary / name)).first;
  }
  return found->second->stream();
}

void AtomicDirectory::commit()
{
  std::set<std::string> written;
  for (auto& [name, file] : m_files) {
    file->commit();
    written.insert(name);
  }
  m_files.clear();
  {
    AtomicFile marker(m_temporary / marker_name);
    marker.stream() << "# written by newskg export, which replaces these files and no others\n";
    for (const auto& name : written) {
      marker.stream() << name << '\n';
    }
    marker.commit();
  }
  sync_directory(m_temporary);

  const auto existing = inspect(m_path);
  refuse_foreign(m_path, existing, m_foreign);
  using Kind = Existing::Kind;
  if (existing.kind == Kind::missing || existing.kind == Kind::empty) {
    // rename(2) replaces an empty directory, and fails on a non-empty one.
    rename_or_throw(m_temporary, m_path, m_path);
    m_committed = true;
  } else if (existing.kind == Kind::own && exchange(m_temporary, m_path)) {
    m_committed = true;
    remove_listed(m_temporary, existing.listed); // the old export, now at the temporary name
  } else {
    // Shared with other files, --force, or a file system without
    // RENAME_EXCHANGE: file by file, the marker last.
    for (const auto& name : written) {
      rename_or_throw(m_temporary / name, m_path / name, m_path);
    }
    for (const auto& name : existing.listed) {
      if (!written.contains(name)) {
        ::unlink((m_path / name).c_str());
      }
    }
    rename_or_throw(m_temporary / marker_name, m_path / marker_name, m_path);
    m_committed = true;
    ::rmdir(m_temporary.c_str());
  }
  sync_directory(m_path.parent_path().empty() ? fs::path(".") : m_path.parent_path());
}

} // namespace newskg::exports
