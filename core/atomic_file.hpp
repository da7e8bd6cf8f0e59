#pragma once

#include <filesystem>
#include <fstream>

namespace newskg {

// A file written to a temporary name beside its destination and renamed over
// it on commit(), so readers never see half a file. Without commit() (an
// exception, a crash) the destination is untouched and the destructor removes
// the temporary. "-" as path writes to standard output instead.
class AtomicFile
{
public:
  // Throws InputError when the temporary cannot be created.
  explicit AtomicFile(std::filesystem::path path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  AtomicFile(AtomicFile&&) = delete;
  AtomicFile& operator=(AtomicFile&&) = delete;
  ~AtomicFile();

  [[nodiscard]] std::ostream& stream();
  // Flushes, checks for write errors (InputError naming the file), renames.
  void commit();

private:
  std::filesystem::path m_path;
  std::filesystem::path m_temporary;
  std::ofstream m_out;
  bool m_stdout = false;
  bool m_committed = false;
};

} // namespace newskg
