#include "export/atomic_directory.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using newskg::exports::AtomicDirectory;
using newskg::exports::ForeignFiles;

namespace {

// A fresh parent directory; the export goes to parent/out.
fs::path fresh_dir(const std::string& name)
{
  const auto parent = fs::temp_directory_path() / ("newskg-atomic-directory-" + name);
  fs::remove_all(parent);
  fs::create_directories(parent);
  return parent / "out";
}

std::string read(const fs::path& path)
{
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::set<std::string> names_in(const fs::path& dir)
{
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    names.insert(entry.path().filename().string());
  }
  return names;
}

void export_files(const fs::path& dir, const std::string& text, ForeignFiles foreign)
{
  AtomicDirectory out(dir, foreign);
  out.stream("a.csv") << text;
  out.stream("b.csv") << text;
  out.commit();
}

} // namespace

TEST_CASE("AtomicDirectory shows the files only after commit", "[export][unit]")
{
  const auto dir = fresh_dir("commit");

  {
    AtomicDirectory out(dir, ForeignFiles::refuse);
    out.stream("a.csv") << "a\n";
    out.stream("b.csv") << "b\n";
    CHECK_FALSE(fs::exists(dir));
    out.commit();
  }

  CHECK(read(dir / "a.csv") == "a\n");
  CHECK(read(dir / "b.csv") == "b\n");
  CHECK(read(dir / ".newskg-export")
        == "# written by newskg export, which replaces these files "
           "and no others\na.csv\nb.csv\n");
  // Nothing left beside it: only "out" in the parent.
  CHECK(names_in(dir.parent_path()) == std::set<std::string>{"out"});
  fs::remove_all(dir.parent_path());
}

TEST_CASE("AtomicDirectory replaces its own earlier export whole", "[export][unit]")
{
  const auto dir = fresh_dir("own");
  {
    AtomicDirectory out(dir, ForeignFiles::refuse);
    out.stream("a.csv") << "old\n";
    out.stream("stale.csv") << "old\n";
    out.commit();
  }

  export_files(dir, "new\n", ForeignFiles::refuse);

  CHECK(read(dir / "a.csv") == "new\n");
  CHECK(names_in(dir) == std::set<std::string>{".newskg-export", "a.csv", "b.csv"});
  CHECK(names_in(dir.parent_path()) == std::set<std::string>{"out"});
  fs::remove_all(dir.parent_path());
}

TEST_CASE("AtomicDirectory writes into an empty directory", "[export][unit]")
{
  const auto dir = fresh_dir("empty");
  fs::create_directories(dir);

  export_files(dir, "new\n", ForeignFiles::refuse);

  CHECK(names_in(dir) == std::set<std::string>{".newskg-export", "a.csv", "b.csv"});
  fs::remove_all(dir.parent_path());
}

TEST_CASE("AtomicDirectory refuses a directory it did not write and touches nothing",
          "[export][unit][error]")
{
  const auto dir = fresh_dir("foreign");
  fs::create_directories(dir);
  std::ofstream(dir / "notes.txt") << "mine\n";
  std::ofstream(dir / "a.csv") << "mine too\n";

  REQUIRE_THROWS_WITH(AtomicDirectory(dir, ForeignFiles::refuse),
                      Catch::Contains("newskg did not write it") && Catch::Contains("--force"));

  CHECK(names_in(dir) == std::set<std::string>{"a.csv", "notes.txt"});
  CHECK(read(dir / "a.csv") == "mine too\n");
  CHECK(names_in(dir.parent_path()) == std::set<std::string>{"out"});
  fs::remove_all(dir.parent_path());
}

TEST_CASE("AtomicDirectory with --force replaces only its own files", "[export][unit]")
{
  const auto dir = fresh_dir("force");
  fs::create_directories(dir);
  std::ofstream(dir / "notes.txt") << "mine\n";
  std::ofstream(dir / "a.csv") << "old a\n";

  export_files(dir, "new\n", ForeignFiles::keep);

  CHECK(read(dir / "notes.txt") == "mine\n");
  CHECK(read(dir / "a.csv") == "new\n");
  CHECK(names_in(dir) == std::set<std::string>{".newskg-export", "a.csv", "b.csv", "notes.txt"});
  CHECK(names_in(dir.parent_path()) == std::set<std::string>{"out"});
  fs::remove_all(dir.parent_path());
}

TEST_CASE("AtomicDirectory keeps a file added to its own export", "[export][unit]")
{
  const auto dir = fresh_dir("shared");
  {
    AtomicDirectory out(dir, ForeignFiles::refuse);
    out.stream("a.csv") << "old\n";
    out.stream("stale.csv") << "old\n";
    out.commit();
  }
  std::ofstream(dir / "notes.txt") << "mine\n";

  export_files(dir, "new\n", ForeignFiles::refuse);

  CHECK(read(dir / "notes.txt") == "mine\n");
  CHECK(read(dir / "b.csv") == "new\n");
  CHECK(names_in(dir) == std::set<std::string>{".newskg-export", "a.csv", "b.csv", "notes.txt"});
  fs::remove_all(dir.parent_path());
}

TEST_CASE("AtomicDirectory trusts only plain names in a marker", "[export][unit][error]")
{
  const auto dir = fresh_dir("crafted");
  fs::create_directories(dir);
  std::ofstream(dir.parent_path() / "victim.txt") << "keep\n";
  std::ofstream(dir / ".newskg-export") << "# crafted\n../victim.txt\na.csv\n";
  std::ofstream(dir / "a.csv") << "old\n";

  export_files(dir, "new\n", ForeignFiles::refuse);

  CHECK(read(dir.parent_path() / "victim.txt") == "keep\n");
  CHECK(read(dir / "a.csv") == "new\n");
  fs::remove_all(dir.parent_path());
}

TEST_CASE("AtomicDirectory without commit leaves nothing behind", "[export][unit][error]")
{
  const auto dir = fresh_dir("abandon");

  {
    AtomicDirectory out(dir, ForeignFiles::refuse);
    out.stream("a.csv") << "a\n";
  }

  CHECK(fs::is_empty(dir.parent_path()));
  fs::remove_all(dir.parent_path());
}

TEST_CASE("AtomicDirectory refuses a path that is a file", "[export][unit][error]")
{
  const auto file = fresh_dir("file");
  std::ofstream(file) << "x";

  REQUIRE_THROWS_AS(AtomicDirectory(file, ForeignFiles::keep), newskg::InputError);
  CHECK(read(file) == "x");
  fs::remove_all(file.parent_path());
}
