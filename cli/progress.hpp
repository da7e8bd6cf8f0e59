#pragma once

// Progress of a long run on stderr: documents done, rate, and time left when
// the total is known. Shown only when enabled (stderr is a terminal and not
// --quiet); redraws one line at most a few times a second.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <ostream>

namespace newskg::cli {

class Progress
{
public:
  enum class Show { yes, no };

  Progress(std::ostream& err, Show show);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  Progress(Progress&&) = delete;
  Progress& operator=(Progress&&) = delete;
  ~Progress();

  // Files to read in total, and their bytes when all are regular files (not
  // stdin): then the time left is estimated by bytes, so that one big JSON
  // Lines file shows it too; otherwise by files.
  void set_total_files(std::size_t files) { m_total_files = files; }
  void set_total_bytes(std::uintmax_t bytes) { m_total_bytes = bytes; }
  // A file read to its end: `bytes` is its size.
  void file_done(std::uintmax_t bytes = 0);
  // A document read: `bytes` of text (about its share of the file).
  void document_done(std::uintmax_t bytes = 0);
  // Clears the line, so the next message starts at column 0.
  void finish();

  // True when stderr (fd 2) is a terminal.
  [[nodiscard]] static bool stderr_is_terminal();

private:
  void draw(bool force);

  using Clock = std::chrono::steady_clock;
  std::ostream& m_err;
  bool m_show = false;
  bool m_drawn = false;
  std::size_t m_total_files = 0;
  std::size_t m_files = 0;
  std::uintmax_t m_total_bytes = 0;
  std::uintmax_t m_bytes_of_files = 0; // the files read to their end
  std::uintmax_t m_bytes = 0;          // and the current file's documents so far
  std::size_t m_documents = 0;
  Clock::time_point m_start = Clock::now();
  Clock::time_point m_last_draw;
};

// Whether to show progress: stderr is a terminal and --quiet is not given.
[[nodiscard]] Progress::Show progress_for(bool quiet);

} // namespace newskg::cli
