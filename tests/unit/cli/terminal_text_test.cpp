#include "cli/terminal_text.hpp"

#include "cli/csv.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

using newskg::cli::terminal_text;

TEST_CASE("terminal_text shows control characters escaped", "[cli][unit][error]")
{
  // Issue 12: ESC sequences from article text reached the terminal through
  // query and explain.
  struct Row
  {
    std::string text;
    std::string shown;
  };
  const std::vector<Row> rows{
    {"a\x1b[2Jb", "a\\x1b[2Jb"},                // ESC: clear the screen
    {"\x1b]0;title\x07", "\\x1b]0;title\\x07"}, // OSC: retitle, ended by BEL
    {"x\ry", "x\\x0dy"},
    {"\x7f\x08", "\\x7f\\x08"}, // DEL, backspace
    {"a\xc2\x9b"
     "31mb",
     "a\\u009b31mb"}, // C1 CSI in UTF-8
    {"\xc2\x80\xc2\x9f", "\\u0080\\u009f"},
    // Kept: TAB, LF, text, and what only looks near a C1 control.
    {"a\tb\nc", "a\tb\nc"},
    {"بوتين «ماكرون»", "بوتين «ماكرون»"},
    {"\xc2\xa0\xc2", "\xc2\xa0\xc2"}, // NBSP, then a lone lead byte at the end
    {"", ""},
  };

  for (const auto& row : rows) {
    CHECK(terminal_text(row.text) == row.shown);
  }
}

TEST_CASE("The table format shows an ESC from article text escaped", "[cli][unit][error]")
{
  std::ostringstream out;

  newskg::cli::write_table_record({"Putin", "said \x1b[31mred\r\nthen"}, out);

  CHECK(out.str() == "Putin\tsaid \\x1b[31mred  then\n");
}
