#include "export/atomic_directory.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using newskg::exports::AtomicDirectory;

namespace {

fs::path fresh_dir(const std::string& name)
{
  const auto dir = fs::temp_directory_path() / ("newskg-atomic-directory-" + name);
  fs::remove_all(dir);
  return dir;
}

std::string read(const fs::path& path)
{
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace

TEST_CASE("AtomicDirectory shows the files only after commit", "[export][unit]")
{
  const auto dir = fresh_dir("commit");

  {
    AtomicDirectory out(dir);
    out.stream("a.csv") << "a\n";
    out.stream("b.csv") << "b\n";
    CHECK_FALSE(fs::exists(dir));
    out.commit();
  }

  CHECK(read(dir / "a.csv") == "a\n");
  CHECK(read(dir / "b.csv") == "b\n");
  fs::remove_all(dir);
}

TEST_CASE("AtomicDirectory replaces an existing directory whole", "[export][unit]")
{
  const auto dir = fresh_dir("replace");
  fs::create_directories(dir);
  std::ofstream(dir / "stale.csv") << "old\n";

  AtomicDirectory out(dir);
  out.stream("a.csv") << "new\n";
  out.commit();

  CHECK(read(dir / "a.csv") == "new\n");
  CHECK_FALSE(fs::exists(dir / "stale.csv"));
  fs::remove_all(dir);
}

TEST_CASE("AtomicDirectory without commit leaves nothing behind", "[export][unit][error]")
{
  const auto dir = fresh_dir("abandon");

  {
    AtomicDirectory out(dir);
    out.stream("a.csv") << "a\n";
  }

  CHECK_FALSE(fs::exists(dir));
}

TEST_CASE("AtomicDirectory refuses a path that is a file", "[export][unit][error]")
{
  const auto file = fresh_dir("file");
  std::ofstream(file) << "x";

  REQUIRE_THROWS_AS(AtomicDirectory(file), newskg::InputError);
  fs::remove(file);
}
