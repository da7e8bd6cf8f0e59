#include "cli/progress.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <thread>

using newskg::cli::Progress;

TEST_CASE("Progress estimates the time left by bytes within one big file", "[cli][unit]")
{
  std::ostringstream err;
  {
    Progress progress(err, Progress::Show::yes);
    progress.set_total_files(1);
    progress.set_total_bytes(1000);
    std::this_thread::sleep_for(std::chrono::milliseconds(600)); // past the first rate
    progress.document_done(250);
  }
  const auto shown = err.str();
  CHECK(shown.find("1 documents") != std::string::npos);
  CHECK(shown.find("25%") != std::string::npos);
  CHECK(shown.find(" left") != std::string::npos);
  CHECK(shown.find("file 0/1") == std::string::npos); // bytes, not files, when known
}

TEST_CASE("Progress falls back to files when the bytes are unknown, and is silent when not shown",
          "[cli][unit]")
{
  std::ostringstream err;
  {
    Progress progress(err, Progress::Show::yes);
    progress.set_total_files(2);
    progress.file_done();
  }
  CHECK(err.str().find("file 1/2") != std::string::npos);

  std::ostringstream quiet;
  {
    Progress progress(quiet, Progress::Show::no);
    progress.set_total_bytes(10);
    progress.document_done(5);
  }
  CHECK(quiet.str().empty());
}
