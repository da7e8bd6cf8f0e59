#pragma once

// A directory of files that newskg writes without deleting anything it did
// not write (issue 12), and that readers never see half written when it is
// newskg's own (the directory counterpart of core/atomic_file.hpp).
//
// The files are written into a new directory beside the destination
// ("parent/.DIR.tmp-<random>"), each fsynced, with a marker file
// `.newskg-export` that lists them. commit() then puts them in place:
//
// - DIR missing or empty: the new directory is renamed to DIR, atomically.
// - DIR holds a marker and nothing but the files it lists (a previous export):
//   the two directories are swapped with renameat2(RENAME_EXCHANGE), so DIR
//   never goes missing, then the old files, those the old marker lists, are
//   deleted one by one.
// - DIR holds a marker and other files too (the user added notes.txt), or it
//   is a foreign directory and ForeignFiles::keep (--force) is given: each new
//   file is renamed into DIR (each file atomically, not the set), files the
//   old marker lists but this export did not write are deleted, the marker
//   comes last. Every other file stays as it is.
// - DIR non-empty without a marker and ForeignFiles::refuse: refused, both
//   when the AtomicDirectory is made and again at commit().

#include "core/atomic_file.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace newskg::exports {

// What to do with a non-empty directory that holds no `.newskg-export` marker.
enum class ForeignFiles {
  refuse, // InputError: newskg will not write into it (the default)
  keep,   // `--force`: newskg's files are written into it, the others stay
};

class AtomicDirectory
{
public:
  // The marker file, inside the directory: "# ..." then one file name a line.
  static constexpr std::string_view marker_name = ".newskg-export";

  // Checks the destination (see above) and creates the new directory beside
  // it. A symbolic link to a directory stands for the directory it points to.
  // Throws InputError when `path` is not a directory, is refused, or the new
  // directory cannot be created.
  AtomicDirectory(std::filesystem::path path, ForeignFiles foreign);
  AtomicDirectory(const AtomicDirectory&) = delete;
  AtomicDirectory& operator=(const AtomicDirectory&) = delete;
  AtomicDirectory(AtomicDirectory&&) = delete;
  AtomicDirectory& operator=(AtomicDirectory&&) = delete;
  // Without commit() removes the new directory; `path` is untouched.
  ~AtomicDirectory();

  // The stream of file `name` (a plain file name, not the marker's) in the
  // directory; valid until commit().
  [[nodiscard]] std::ostream& stream(std::string_view name);
  // Commits every file and the marker, then puts them in place as described
  // above. Throws InputError.
  void commit();

private:
  std::filesystem::path m_path;
  std::filesystem::path m_temporary;
  ForeignFiles m_foreign;
  std::map<std::string, std::unique_ptr<AtomicFile>, std::less<>> m_files;
  bool m_committed = false;
};

} // namespace newskg::exports
