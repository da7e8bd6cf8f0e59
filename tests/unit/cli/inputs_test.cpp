#include "cli/inputs.hpp"

#include "core/error.hpp"
#include "core/utf8.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

using newskg::Document;
using newskg::cli::Problem;

namespace fs = std::filesystem;

namespace {

// A fresh directory under the system's temporary directory, removed at the end of the test.
class TempDir
{
public:
  TempDir()
    : m_path(
      fs::temp_directory_path()
      / ("newskg-inputs-test-" + std::to_string(::getpid()) + "-" + std::to_string(++s_count)))
  {
    fs::remove_all(m_path);
    fs::create_directories(m_path);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  TempDir(TempDir&&) = delete;
  TempDir& operator=(TempDir&&) = delete;
  ~TempDir() { fs::remove_all(m_path); }

  [[nodiscard]] const fs::path& path() const { return m_path; }
  fs::path write(const fs::path& relative, std::string_view content) const
  {
    auto file = m_path / relative;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file;
  }

private:
  static inline int s_count = 0;
  fs::path m_path;
};

struct Collected
{
  std::vector<Document> documents;
  std::vector<Problem> problems;
};

Collected read_all(const std::vector<std::string>& operands, std::istream& in)
{
  Collected got;
  const auto on_problem = [&](const Problem& p) {
    got.problems.push_back(p);
  };
  for (const auto& file : newskg::cli::expand_inputs(operands, on_problem)) {
    newskg::cli::read_input(
      file, in, [&](Document&& d) { got.documents.push_back(std::move(d)); }, on_problem);
  }
  return got;
}

Collected read_all(const std::vector<std::string>& operands)
{
  std::istringstream none;
  return read_all(operands, none);
}

} // namespace

TEST_CASE("a .txt file's id is its name without the last extension", "[cli][inputs]")
{
  CHECK(newskg::cli::document_id_from_path("samples/karabakh-ceasefire-2020-10.ar.txt")
        == "karabakh-ceasefire-2020-10.ar");
  CHECK(newskg::cli::document_id_from_path("a/b/note.txt") == "note");

  const TempDir dir;
  // "وقف إطلاق النار" ("ceasefire")
  const auto file = dir.write("ceasefire.ar.txt", "وقف إطلاق النار");
  const auto got = read_all({file.string()});

  REQUIRE(got.documents.size() == 1);
  CHECK(got.problems.empty());
  CHECK(got.documents[0].id == "ceasefire.ar");
  CHECK(got.documents[0].text == "وقف إطلاق النار");
  CHECK(got.documents[0].source == file.string());
}

TEST_CASE("a JSON line gives every field of the document", "[cli][inputs]")
{
  const auto document = newskg::cli::parse_json_line(
    R"({"id": "a1", "text": "قال بوتين", "title": "T", "date": "2020-10-10T09:30:00Z",)"
    R"( "url": "https://example.org/a1", "lang": "ar", "extra": 1})");

  CHECK(document.id == "a1");
  CHECK(document.text == "قال بوتين");
  CHECK(document.title == "T");
  CHECK(document.date == "2020-10-10T09:30:00Z");
  CHECK(document.url == "https://example.org/a1");
  CHECK(document.lang == "ar");
}

TEST_CASE("bad JSON lines are reported with file:line and skipped", "[cli][inputs][error]")
{
  const TempDir dir;
  const auto file = dir.write("feed.jsonl",
                              "{\"id\": \"ok1\", \"text\": \"one\"}\n"
                              "{\"id\": \"x\", \"text\": \n"        // 2: broken JSON
                              "{\"text\": \"no id\"}\n"             // 3: missing id
                              "\n"                                  // 4: blank, ignored
                              "{\"id\": \"e\", \"text\": \"  \"}\n" // 5: empty text
                              "{\"id\": \"d\", \"text\": \"t\", \"date\": \"10/10/2020\"}\n"
                              "[1, 2]\n" // 7: not an object
                              "{\"id\": \"ok2\", \"text\": \"two\"}\n");
  const auto got = read_all({file.string()});

  REQUIRE(got.documents.size() == 2);
  CHECK(got.documents[0].id == "ok1");
  CHECK(got.documents[0].source == file.string() + ":1");
  CHECK(got.documents[1].id == "ok2");
  REQUIRE(got.problems.size() == 5);
  CHECK(got.problems[0].where == file.string() + ":2");
  CHECK_THAT(got.problems[0].reason, Catch::StartsWith("broken JSON"));
  CHECK(got.problems[1].where == file.string() + ":3");
  CHECK_THAT(got.problems[1].reason, Catch::Contains("missing field \"id\""));
  CHECK(got.problems[2].where == file.string() + ":5");
  CHECK_THAT(got.problems[2].reason, Catch::Contains("empty"));
  CHECK(got.problems[3].where == file.string() + ":6");
  CHECK_THAT(got.problems[3].reason, Catch::Contains("ISO 8601"));
  CHECK(got.problems[4].where == file.string() + ":7");
}

TEST_CASE("a JSON line nested too deep is a problem and the next line is read",
          "[cli][inputs][error]")
{
  // Issue 12: 150,000 levels crashed the parser. The object is level 1, so
  // level 1001 is the 1000th '[', at byte 7 + 999 after '{"id": '.
  const TempDir dir;
  const auto file = dir.write("feed.jsonl",
                              "{\"id\": " + std::string(150'000, '[') + std::string(150'000, ']')
                                + "}\n{\"id\": \"ok\", \"text\": \"one\"}\n");
  const auto got = read_all({file.string()});

  REQUIRE(got.documents.size() == 1);
  CHECK(got.documents[0].source == file.string() + ":2");
  REQUIRE(got.problems.size() == 1);
  CHECK(got.problems[0].where == file.string() + ":1");
  CHECK(got.problems[0].reason
        == "broken JSON at byte 1006: nested deeper than 1000 arrays and objects");
}

TEST_CASE("invalid UTF-8 is reported and the document skipped", "[cli][inputs][error]")
{
  CHECK_FALSE(newskg::invalid_utf8_at("plain ascii, عربي, 🙂"));
  CHECK(newskg::invalid_utf8_at("ab\xff") == 2);
  CHECK(newskg::invalid_utf8_at("\xc0\xaf") == 0);         // overlong '/'
  CHECK(newskg::invalid_utf8_at("x\xed\xa0\x80") == 1);    // a UTF-16 surrogate
  CHECK(newskg::invalid_utf8_at("\xf4\x90\x80\x80") == 0); // above U+10FFFF
  CHECK(newskg::invalid_utf8_at("\xd8") == 0);             // truncated

  const TempDir dir;
  const auto bad = dir.write("bad.txt", "abc\xff");
  const auto good = dir.write("good.txt", "abc");
  const auto lines = dir.write("feed.jsonl", "{\"id\": \"u\", \"text\": \"a\xc3\"}\n");
  const auto got = read_all({bad.string(), good.string(), lines.string()});

  REQUIRE(got.documents.size() == 1);
  CHECK(got.documents[0].id == "good");
  REQUIRE(got.problems.size() == 2);
  CHECK(got.problems[0].where == bad.string());
  CHECK_THAT(got.problems[0].reason, Catch::StartsWith("invalid UTF-8 at byte 3"));
  CHECK(got.problems[1].where == lines.string() + ":1");
  CHECK_THAT(got.problems[1].reason, Catch::StartsWith("invalid UTF-8"));
}

TEST_CASE("a JSON line whose \\u escape is a lone surrogate is skipped", "[cli][inputs][error]")
{
  // Issue 12 (fuzz_json_lines): "\udc00" gave a text that is no UTF-8.
  const TempDir dir;
  const auto lines = dir.write("feed.jsonl",
                               "{\"id\": \"s\", \"text\": \"lone \\udc00\"}\n"
                               "{\"id\": \"p\", \"text\": \"pair \\ud83d\\ude00\"}\n");
  const auto got = read_all({lines.string()});

  REQUIRE(got.documents.size() == 1);
  CHECK(got.documents[0].text == "pair \xF0\x9F\x98\x80");
  REQUIRE(got.problems.size() == 1);
  CHECK(got.problems[0].where == lines.string() + ":1");
  CHECK(got.problems[0].reason
        == "broken JSON at byte 20: a \\u escape in this string is a lone surrogate");
}

TEST_CASE("an empty .txt file and a missing path are problems", "[cli][inputs][error]")
{
  const TempDir dir;
  const auto empty = dir.write("empty.txt", " \n");
  const auto missing = (dir.path() / "missing.txt").string();
  const auto got = read_all({empty.string(), missing});

  CHECK(got.documents.empty());
  REQUIRE(got.problems.size() == 2);
  CHECK(got.problems[0].where == missing); // found while expanding, before reading
  CHECK(got.problems[1].where == empty.string());
  CHECK(got.problems[1].reason == "empty text");
}

TEST_CASE("directories are walked recursively in sorted order, .txt and .jsonl only",
          "[cli][inputs]")
{
  const TempDir dir;
  dir.write("b.txt", "b");
  dir.write("a/z.txt", "z");
  dir.write("a/m.jsonl", "{\"id\": \"m1\", \"text\": \"m\"}\n{\"id\": \"m2\", \"text\": \"n\"}\n");
  dir.write("c.md", "not an input");
  dir.write("a/readme", "not an input");

  const auto got = read_all({dir.path().string()});

  CHECK(got.problems.empty());
  std::vector<std::string> ids;
  for (const auto& d : got.documents) {
    ids.push_back(d.id);
  }
  CHECK(ids == std::vector<std::string>{"m1", "m2", "z", "b"});
}

TEST_CASE("an operand of - reads JSON Lines from standard input", "[cli][inputs]")
{
  std::istringstream in("{\"id\": \"s1\", \"text\": \"one\"}\nnot json\n");
  const auto got = read_all({"-"}, in);

  REQUIRE(got.documents.size() == 1);
  CHECK(got.documents[0].id == "s1");
  CHECK(got.documents[0].source == "<stdin>:1");
  REQUIRE(got.problems.size() == 1);
  CHECK(got.problems[0].where == "<stdin>:2");
}

TEST_CASE("a JSON line's date is a real day, a time may follow", "[cli][inputs]")
{
  const auto dated = [](const std::string& date) {
    return newskg::cli::parse_json_line(R"({"id": "a", "text": "t", "date": ")" + date + "\"}")
      .date;
  };

  CHECK(dated("2020-10-10") == "2020-10-10");
  CHECK(dated("2020-02-29T09:30") == "2020-02-29T09:30");
  CHECK(dated("2020-10-10T09:30:00.5+03:00") == "2020-10-10T09:30:00.5+03:00");
  // Issue 12: 2020-02-30 and 2020-99-99 passed; 100,000 digits crashed std::regex.
  for (const auto* bad :
       {"10/10/2020", "2020-10-10 junk", "2020-02-30", "2020-99-99", "2020-10", "2020"}) {
    INFO(bad);
    CHECK_THROWS_WITH(dated(bad), Catch::StartsWith("\"date\" is not an ISO 8601 date"));
  }
  CHECK_THROWS_AS(dated("2020-10-10T09:30:00." + std::string(100'000, '1')), newskg::InputError);
}

TEST_CASE("a directory with no .txt or .jsonl file below it is a problem", "[cli][inputs][error]")
{
  // Issue 10 item 9: a folder of PDFs gave "0 documents read" and exit 0.
  const TempDir pdfs;
  pdfs.write("a.pdf", "%PDF-1.4");
  pdfs.write("sub/b.pdf", "%PDF-1.4");
  const TempDir one;
  one.write("notes.md", "not an input");
  const TempDir empty;
  const TempDir good; // the negative row: an article deep below is enough
  good.write("x/y/a.txt", "a");
  good.write("c.pdf", "%PDF-1.4");

  const auto got = read_all(
    {pdfs.path().string(), one.path().string(), empty.path().string(), good.path().string()});

  REQUIRE(got.problems.size() == 3);
  CHECK(got.problems[0].where == pdfs.path().string());
  CHECK(got.problems[0].reason
        == "no .txt or .jsonl file in this directory (2 files of other types)");
  CHECK(got.problems[1].where == one.path().string());
  CHECK(got.problems[1].reason
        == "no .txt or .jsonl file in this directory (1 file of another type)");
  CHECK(got.problems[2].where == empty.path().string());
  CHECK(got.problems[2].reason
        == "no .txt or .jsonl file in this directory (0 files of other types)");
  REQUIRE(got.documents.size() == 1);
  CHECK(got.documents[0].id == "a");
}

TEST_CASE("a line is read with bounded memory: past the limit only a flag", "[cli][inputs][error]")
{
  std::istringstream in("short\n0123456789abcdef\nnext\nlast without newline");
  std::string line;
  bool too_long = false;
  REQUIRE(newskg::cli::read_line_bounded(in, line, 8, too_long));
  CHECK(line == "short");
  CHECK_FALSE(too_long);
  REQUIRE(newskg::cli::read_line_bounded(in, line, 8, too_long));
  CHECK(line == "01234567"); // the first 8 bytes only
  CHECK(too_long);
  REQUIRE(newskg::cli::read_line_bounded(in, line, 8, too_long));
  CHECK(line == "next"); // the line after a long one is whole
  CHECK_FALSE(too_long);
  REQUIRE(newskg::cli::read_line_bounded(in, line, 64, too_long));
  CHECK(line == "last without newline");
  CHECK_FALSE(newskg::cli::read_line_bounded(in, line, 64, too_long));
  CHECK(line.empty());
}

TEST_CASE("a bounded line is std::getline's line cut to the limit, at any length", "[cli][inputs]")
{
  // Lines of every length around the 64 KiB chunks the reader takes at
  // once, empty lines, a last line with and without its newline, limits
  // below, at and above the chunk.
  std::vector<std::size_t> lengths{
    0, 1, 2, 0, 65534, 65535, 65536, 65537, 131071, 131072, 200000, 7};
  for (const bool final_newline : {true, false}) {
    std::string text;
    for (std::size_t k = 0; k < lengths.size(); ++k) {
      text.append(lengths[k], static_cast<char>('a' + k));
      if (k + 1 < lengths.size() || final_newline) {
        text += '\n';
      }
    }
    for (const std::size_t limit : {std::size_t{3},
                                    std::size_t{65535},
                                    std::size_t{65536},
                                    std::size_t{131072},
                                    std::size_t{1} << 20U}) {
      INFO("limit " << limit << (final_newline ? ", newline at the end" : ""));
      std::istringstream bounded(text);
      std::istringstream plain(text);
      std::string line;
      std::string whole;
      bool too_long = false;
      std::size_t lines = 0;
      while (newskg::cli::read_line_bounded(bounded, line, limit, too_long)) {
        REQUIRE(std::getline(plain, whole));
        CHECK(line == whole.substr(0, limit));
        CHECK(too_long == (whole.size() > limit));
        ++lines;
      }
      CHECK_FALSE(std::getline(plain, whole));
      CHECK(lines == lengths.size());
      CHECK(bounded.eof());
      CHECK(bounded.fail());
      CHECK_FALSE(bounded.bad());
    }
  }
}

TEST_CASE("a FIFO or pipe is read as a stream: JSON Lines, or one article when named .txt",
          "[cli][inputs]")
{
  // Issue 12: `newskg extract <(zcat feed.jsonl.gz)` and named pipes were
  // refused ("cannot read: Operation not supported").
  const TempDir dir;
  const auto lines =
    std::string("{\"id\": \"p1\", \"text\": \"one\"}\n{\"id\": \"p2\", \"text\": \"two\"}\n");

  SECTION("a pipe, as <(...) gives it: /dev/fd/N")
  {
    std::array<int, 2> ends{};
    REQUIRE(::pipe(ends.data()) == 0);
    REQUIRE(::write(ends[1], lines.data(), lines.size()) == static_cast<ssize_t>(lines.size()));
    ::close(ends[1]);
    const auto operand = "/dev/fd/" + std::to_string(ends[0]);

    const auto got = read_all({operand});
    ::close(ends[0]);

    CHECK(got.problems.empty());
    REQUIRE(got.documents.size() == 2);
    CHECK(got.documents[1].id == "p2");
    CHECK(got.documents[1].source == operand + ":2");
  }
  SECTION("named FIFOs")
  {
    const auto feed = dir.path() / "feed";
    const auto article = dir.path() / "article.en.txt";
    REQUIRE(::mkfifo(feed.c_str(), 0600) == 0);
    REQUIRE(::mkfifo(article.c_str(), 0600) == 0);
    // Opening a FIFO blocks until the other end opens: write from a thread.
    std::thread writer([&] {
      std::ofstream(feed, std::ios::binary) << lines;
      std::ofstream(article, std::ios::binary) << "Putin met Macron.";
    });

    const auto got = read_all({feed.string(), article.string()});
    // A reader that refused a FIFO never opened it: open both here, so that the
    // writer is not left waiting and the test fails instead of hanging.
    const int feed_end = ::open(feed.c_str(), O_RDONLY | O_NONBLOCK);
    const int article_end = ::open(article.c_str(), O_RDONLY | O_NONBLOCK);
    writer.join();
    ::close(feed_end);
    ::close(article_end);

    CHECK(got.problems.empty());
    REQUIRE(got.documents.size() == 3);
    CHECK(got.documents[0].id == "p1");
    CHECK(got.documents[2].id == "article.en");
    CHECK(got.documents[2].text == "Putin met Macron.");
  }
}
