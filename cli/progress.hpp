#pragma once

// Progress of a long run on stderr: documents done, rate, and time left when
// the total is known. Shown only when enabled (stderr is a terminal and not
// --quiet); redraws one line at most a few times a second.

#include <chrono>
#include <cstddef>
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

  // Files to read in total (JSON Lines files count their lines as they stream,
  // so the estimate is by files).
  void set_total_files(std::size_t files) { m_total_files = files; }
  void file_done();
  void document_done();
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
  std::size_t m_documents = 0;
  Clock::time_point m_start = Clock::now();
  Clock::time_point m_last_draw;
};

// Whether to show progress: stderr is a terminal and --quiet is not given.
[[nodiscard]] Progress::Show progress_for(bool quiet);

} // namespace newskg::cli
