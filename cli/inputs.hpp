#pragma once

// Reading articles from the command line's inputs, one Document at a time,
// so memory does not grow with the corpus:
//   - a .txt file (UTF-8) is one document; its id is the file name without its
//     last extension: "karabakh-ceasefire-2020-10.ar.txt" => "karabakh-ceasefire-2020-10.ar";
//   - a .jsonl file holds one article per line: "id" and "text" required,
//     "title", "date" (ISO 8601, a real day: "2020-10-10", "2020-10-10T09:30Z"),
//     "url" and "lang" optional;
//   - a directory is walked recursively, its .txt and .jsonl files in sorted path order;
//   - "-" is JSON Lines from standard input;
//   - a pipe or FIFO ("<(zcat feed.jsonl.gz)" is /dev/fd/63) is read as a
//     stream: JSON Lines, or one article when its name ends in .txt.
// A document that cannot be read (invalid UTF-8, broken JSON, a missing field,
// an empty text, over 256 MiB) is reported as a Problem naming "file[:line]"
// and skipped; reading goes on.

#include "core/document.hpp"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <istream>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::cli {

// A document or file that was skipped: "samples/a.txt: invalid UTF-8 at byte 12".
struct Problem
{
  std::string where; // "file" or "file:line"
  std::string reason;
};

enum class InputKind { text, json_lines, standard_input };

// One file to read, after expanding directories.
struct InputFile
{
  std::filesystem::path path; // "-" for standard input
  InputKind kind = InputKind::text;
};

using DocumentSink = std::function<void(Document&&)>;
using ProblemSink = std::function<void(const Problem&)>;

// The largest .txt file or JSON line accepted.
inline constexpr std::size_t max_document_bytes = std::size_t{256} << 20U;

// Expands operands into files: directories recursively (.txt and .jsonl only,
// sorted by path), "-" as standard input, files as given whatever their
// extension (.jsonl is JSON Lines, anything else plain text; a pipe or FIFO
// is JSON Lines unless named .txt). A missing path,
// and a directory with no .txt or .jsonl file below it ("no .txt or .jsonl
// file in this directory (2 files of other types)"), are reported to
// `problems` and left out.
[[nodiscard]] std::vector<InputFile> expand_inputs(std::span<const std::string> operands,
                                                   const ProblemSink& problems);

// Reads one file's documents into `documents`. `stdin_stream` serves "-".
// Documents have no language unless a JSON line gives one.
void read_input(const InputFile& file,
                std::istream& stdin_stream,
                const DocumentSink& documents,
                const ProblemSink& problems);

// Reads the next line of `in` into `line`, without its '\n'. A line longer
// than `limit` bytes is read to its end but keeps only its first `limit`
// bytes, and `too_long` says so: memory stays bounded whatever the input (an
// endless line on standard input). False at the end of input, nothing read.
bool read_line_bounded(std::istream& in, std::string& line, std::size_t limit, bool& too_long);

// Reads JSON Lines from `in`; `source` names it in problems ("feed.jsonl").
// A line over max_document_bytes is a problem; the lines after it are read.
void read_json_lines(std::istream& in,
                     std::string_view source,
                     const DocumentSink& documents,
                     const ProblemSink& problems);

// One JSON line as a Document; throws InputError with the reason (without the
// source) for broken JSON, a missing or mistyped field, invalid UTF-8, an empty
// text or a malformed date.
[[nodiscard]] Document parse_json_line(std::string_view line);

// A date for a message: "'2020-02-30'"; one longer than any valid date (35
// bytes) by its length alone, "100020 bytes", so a message stays one short line.
[[nodiscard]] std::string quoted_date(std::string_view date);

// "a/karabakh-ceasefire-2020-10.ar.txt" => "karabakh-ceasefire-2020-10.ar"
[[nodiscard]] std::string document_id_from_path(const std::filesystem::path& path);

} // namespace newskg::cli
