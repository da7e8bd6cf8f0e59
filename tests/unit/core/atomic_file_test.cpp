#include "core/atomic_file.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace fs = std::filesystem;
using newskg::AtomicFile;

namespace {

fs::path fresh_dir(const std::string& name)
{
  const auto dir = fs::temp_directory_path() / ("newskg-atomic-file-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string read(const fs::path& path)
{
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t entries(const fs::path& dir)
{
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
}

} // namespace

TEST_CASE("AtomicFile shows the file only after commit", "[core][unit]")
{
  const auto dir = fresh_dir("commit");

  AtomicFile file(dir / "out.ttl");
  file.stream() << "text\n";
  CHECK_FALSE(fs::exists(dir / "out.ttl"));
  file.commit();

  CHECK(read(dir / "out.ttl") == "text\n");
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("AtomicFile keeps the permission bits of the file it replaces", "[core][unit]")
{
  const auto dir = fresh_dir("mode");
  std::ofstream(dir / "out.ttl") << "old\n";
  fs::permissions(dir / "out.ttl", fs::perms::owner_read | fs::perms::owner_write);

  AtomicFile file(dir / "out.ttl");
  file.stream() << "new\n";
  file.commit();

  CHECK(read(dir / "out.ttl") == "new\n");
  CHECK(fs::status(dir / "out.ttl").permissions()
        == (fs::perms::owner_read | fs::perms::owner_write));
  fs::remove_all(dir);
}

TEST_CASE("AtomicFile writes through a symbolic link and keeps the link", "[core][unit]")
{
  const auto dir = fresh_dir("symlink");
  fs::create_directories(dir / "v2");
  std::ofstream(dir / "v2" / "graph.ttl") << "old\n";
  fs::create_symlink("v2/graph.ttl", dir / "graph.ttl");

  AtomicFile file(dir / "graph.ttl");
  file.stream() << "new\n";
  file.commit();

  CHECK(fs::is_symlink(dir / "graph.ttl"));
  CHECK(read(dir / "v2" / "graph.ttl") == "new\n");
  CHECK(entries(dir / "v2") == 1);
  fs::remove_all(dir);
}

TEST_CASE("AtomicFile refuses a symbolic link to nothing and a directory", "[core][unit][error]")
{
  const auto dir = fresh_dir("refused");
  fs::create_symlink(dir / "missing", dir / "dangling");

  CHECK_THROWS_AS(AtomicFile(dir / "dangling"), newskg::InputError);
  CHECK_THROWS_AS(AtomicFile(dir), newskg::InputError);

  CHECK_FALSE(fs::exists(dir / "missing"));
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("AtomicFile without commit leaves the file and no temporary", "[core][unit][error]")
{
  const auto dir = fresh_dir("abandon");
  std::ofstream(dir / "out.ttl") << "old\n";

  {
    AtomicFile file(dir / "out.ttl");
    file.stream() << "half";
  }

  CHECK(read(dir / "out.ttl") == "old\n");
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("AtomicFile writes a FIFO in place and leaves it a FIFO", "[core][unit]")
{
  const auto dir = fresh_dir("fifo");
  const auto fifo = dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // A reader first, so that opening the FIFO for writing does not block.
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(reader >= 0);

  AtomicFile file(fifo);
  file.stream() << "line\n";
  file.commit();

  std::string got(16, '\0');
  const auto size = ::read(reader, got.data(), got.size());
  ::close(reader);
  REQUIRE(size == 5);
  CHECK(got.substr(0, 5) == "line\n");
  CHECK(fs::is_fifo(fifo));
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("AtomicFile leaves a device a device and reports its write errors", "[core][unit][error]")
{
  const auto dir = fresh_dir("device");
  // Our own null (1, 3) and full (1, 7) devices: never the real /dev files.
  if (::mknod((dir / "null").c_str(), S_IFCHR | 0600, makedev(1, 3)) != 0
      || ::mknod((dir / "full").c_str(), S_IFCHR | 0600, makedev(1, 7)) != 0) {
    WARN("mknod is not permitted here: skipped");
    fs::remove_all(dir);
    return;
  }

  {
    AtomicFile null(dir / "null");
    null.stream() << "gone\n";
    null.commit();
  }
  AtomicFile full(dir / "full");
  full.stream() << "more than nothing\n";

  CHECK_THROWS_WITH(full.commit(), Catch::Contains("full: write failed: No space left on device"));
  CHECK(fs::is_character_file(dir / "null"));
  CHECK(fs::is_character_file(dir / "full"));
  CHECK(entries(dir) == 2);
  fs::remove_all(dir);
}

TEST_CASE("same_file compares device and inode through links", "[core][unit]")
{
  const auto dir = fresh_dir("same");
  std::ofstream(dir / "kg.db") << "x";
  std::ofstream(dir / "other.db") << "x";
  fs::create_symlink("kg.db", dir / "link.db");
  fs::create_hard_link(dir / "kg.db", dir / "hard.db");

  CHECK(newskg::same_file(dir / "kg.db", dir / "link.db"));
  CHECK(newskg::same_file(dir / "hard.db", dir / "./kg.db"));
  CHECK_FALSE(newskg::same_file(dir / "kg.db", dir / "other.db"));
  CHECK_FALSE(newskg::same_file(dir / "kg.db", dir / "missing.db"));
  fs::remove_all(dir);
}
