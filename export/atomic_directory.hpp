#pragma once

// A directory of files written under a temporary name beside its destination
// and renamed over it on commit(), so that readers never see half an export
// (the directory counterpart of core/atomic_file.hpp, which writes each file).

#include "core/atomic_file.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace newskg::exports {

class AtomicDirectory
{
public:
  // Creates the temporary directory "<path>.tmp.<pid>". Throws InputError
  // when `path` is a file, or the temporary cannot be created.
  explicit AtomicDirectory(std::filesystem::path path);
  AtomicDirectory(const AtomicDirectory&) = delete;
  AtomicDirectory& operator=(const AtomicDirectory&) = delete;
  AtomicDirectory(AtomicDirectory&&) = delete;
  AtomicDirectory& operator=(AtomicDirectory&&) = delete;
  // Without commit() removes the temporary directory; `path` is untouched.
  ~AtomicDirectory();

  // The stream of file `name` (a plain file name) in the directory; valid
  // until commit().
  [[nodiscard]] std::ostream& stream(std::string_view name);
  // Commits every file, then puts the directory in place of `path`,
  // replacing an existing directory of that name. Throws InputError.
  void commit();

private:
  std::filesystem::path m_path;
  std::filesystem::path m_temporary;
  std::map<std::string, std::unique_ptr<AtomicFile>, std::less<>> m_files;
  bool m_committed = false;
};

} // namespace newskg::exports
