#include "cli/inputs.hpp"

#include "core/error.hpp"
#include "core/iso_date.hpp"
#include "core/utf8.hpp"

#include "json/parse.hpp"

#include <rapidjson/document.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

namespace newskg::cli {

namespace {

namespace fs = std::filesystem;

bool is_listed_extension(const fs::path& path)
{
  const auto extension = path.extension();
  return extension == ".txt" || extension == ".jsonl";
}

InputKind kind_of(const fs::path& path)
{
  return path.extension() == ".jsonl" ? InputKind::json_lines : InputKind::text;
}

// A pipe or FIFO given by name (`<(zcat feed.jsonl.gz)` is /dev/fd/63) is a
// stream, like "-": JSON Lines, unless its name ends in .txt (one article).
InputKind kind_of(const fs::path& path, const fs::file_status& status)
{
  if (fs::is_regular_file(status) || path.extension() == ".txt") {
    return kind_of(path);
  }
  return InputKind::json_lines;
}

void walk_directory(const fs::path& dir, std::vector<InputFile>& files, const ProblemSink& problems)
{
  std::vector<fs::path> found;
  std::size_t others = 0; // regular files of other types, for the message below
  std::error_code error;
  fs::recursive_directory_iterator it(dir, fs::directory_options::follow_directory_symlink, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error)) {
      if (is_listed_extension(it->path())) {
        found.push_back(it->path());
      } else {
        ++others;
      }
    }
  }
  if (error) {
    problems(Problem{.where = dir.string(), .reason = "cannot list directory: " + error.message()});
  } else if (found.empty()) {
    // Issue 10 item 9: a folder of PDFs gave "0 documents read" and exit 0.
    std::string reason = "no .txt or .jsonl file in this directory (";
    reason.append(std::to_string(others))
      .append(others == 1 ? " file of another type)" : " files of other types)");
    problems(Problem{.where = dir.string(), .reason = std::move(reason)});
  }
  // Sorted, so runs over the same directory are deterministic.
  std::sort(found.begin(), found.end());
  for (auto& path : found) {
    files.push_back(InputFile{.path = path, .kind = kind_of(path)});
  }
}

std::string utf8_reason(std::size_t offset)
{
  return "invalid UTF-8 at byte " + std::to_string(offset);
}

// Reads `in` to its end into `text`; false, with the rest left unread, once
// it holds more than `limit` bytes.
bool read_bounded(std::istream& in, std::string& text, std::size_t limit)
{
  std::array<char, std::size_t{1} << 16U> chunk{};
  while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
    text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
    if (text.size() > limit) {
      return false;
    }
  }
  return true;
}

void read_text_file(const fs::path& path,
                    const DocumentSink& documents,
                    const ProblemSink& problems)
{
  const auto where = path.string();
  // A regular file too large is refused before reading; a pipe or FIFO has
  // no size (issue 12: it was refused) and is read up to the limit.
  std::error_code error;
  const auto size = fs::file_size(path, error);
  if (!error && size > max_document_bytes) {
    problems(Problem{.where = where, .reason = "larger than 256 MiB"});
    return;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems(Problem{.where = where, .reason = "cannot open"});
    return;
  }
  std::string text;
  if (!error) {
    text.reserve(size); // no doubling past the text's size: a 30 MB article takes 30 MB
  }
  if (!read_bounded(in, text, max_document_bytes)) {
    problems(Problem{.where = where, .reason = "larger than 256 MiB"});
    return;
  }
  if (in.bad()) {
    problems(Problem{.where = where, .reason = "cannot read"});
    return;
  }
  if (const auto bad = invalid_utf8_at(text)) {
    problems(Problem{.where = where, .reason = utf8_reason(*bad)});
    return;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    problems(Problem{.where = where, .reason = "empty text"});
    return;
  }
  documents(Document{.id = document_id_from_path(path), .text = std::move(text), .source = where});
}

std::string string_field(const rapidjson::Value& object, const char* name, bool required)
{
  const auto member = object.FindMember(name);
  if (member == object.MemberEnd() || member->value.IsNull()) {
    if (required) {
      throw InputError(std::string("missing field \"") + name + "\"");
    }
    return {};
  }
  if (!member->value.IsString()) {
    throw InputError(std::string("field \"") + name + "\" is not a string");
  }
  return {member->value.GetString(), member->value.GetStringLength()};
}

} // namespace

std::string quoted_date(std::string_view date)
{
  constexpr std::size_t longest = 35; // "2020-10-10T09:30:00.123456789+03:00"
  if (date.size() > longest) {
    return std::to_string(date.size()) + " bytes";
  }
  std::string quoted = "'";
  return quoted.append(date).append("'");
}

std::vector<InputFile> expand_inputs(std::span<const std::string> operands,
                                     const ProblemSink& problems)
{
  std::vector<InputFile> files;
  for (const auto& operand : operands) {
    if (operand == "-") {
      files.push_back(InputFile{.path = "-", .kind = InputKind::standard_input});
      continue;
    }
    const fs::path path(operand);
    std::error_code error;
    const auto status = fs::status(path, error);
    if (fs::is_directory(status)) {
      walk_directory(path, files, problems);
    } else if (fs::exists(status)) {
      files.push_back(InputFile{.path = path, .kind = kind_of(path, status)});
    } else {
      problems(Problem{.where = operand, .reason = "no such file or directory"});
    }
  }
  return files;
}

void read_input(const InputFile& file,
                std::istream& stdin_stream,
                const DocumentSink& documents,
                const ProblemSink& problems)
{
  switch (file.kind) {
  case InputKind::standard_input:
    read_json_lines(stdin_stream, "<stdin>", documents, problems);
    return;
  case InputKind::json_lines: {
    std::ifstream in(file.path, std::ios::binary);
    if (!in) {
      problems(Problem{.where = file.path.string(), .reason = "cannot open"});
      return;
    }
    read_json_lines(in, file.path.string(), documents, problems);
    return;
  }
  case InputKind::text:
    read_text_file(file.path, documents, problems);
    return;
  }
}

bool read_line_bounded(std::istream& in, std::string& line, std::size_t limit, bool& too_long)
{
  line.clear();
  too_long = false;
  if (in.rdbuf() == nullptr) {
    in.setstate(std::ios::eofbit | std::ios::failbit);
    return false;
  }
  // In chunks through istream::getline, which finds the newline in the
  // stream's buffer at once rather than a byte at a time, and never reads
  // past it (standard input stays a stream).
  constexpr std::size_t chunk = std::size_t{1} << 16U;
  thread_local std::vector<char> buffer(chunk);
  bool read = false;
  for (;;) {
    in.getline(buffer.data(), static_cast<std::streamsize>(chunk), '\n');
    const auto got = static_cast<std::size_t>(in.gcount());
    const bool at_end = in.eof();
    // chunk - 1 bytes stored and the line goes on: getline says failbit.
    const bool full = !at_end && in.fail() && !in.bad() && got + 1 == chunk;
    if (!at_end && in.fail() && !full) {
      return read; // the stream failed: no more lines
    }
    read = read || got > 0;
    const bool newline = !at_end && !full; // extracted, counted in gcount, not stored
    const auto stored = newline ? got - 1 : got;
    const auto room = line.size() < limit ? limit - line.size() : 0;
    const auto take = std::min(stored, room);
    too_long = too_long || stored > room;
    // Past 1 MiB the line takes the whole limit at once: doubling would
    // hold the old and the new buffer together, near twice the limit.
    if (line.size() + take > line.capacity() && line.capacity() >= (std::size_t{1} << 20U)) {
      line.reserve(limit);
    }
    line.append(buffer.data(), take);
    if (full) {
      in.clear(in.rdstate() & ~std::ios::failbit);
      continue;
    }
    if (at_end) {
      // As before: end of input after some bytes is a line (eofbit only);
      // with nothing read, eofbit and failbit.
      if (read) {
        in.clear(in.rdstate() & ~std::ios::failbit);
      } else {
        in.setstate(std::ios::eofbit | std::ios::failbit);
      }
      return read;
    }
    return true;
  }
}

void read_json_lines(std::istream& in,
                     std::string_view source,
                     const DocumentSink& documents,
                     const ProblemSink& problems)
{
  std::string line;
  std::size_t number = 0;
  bool too_long = false;
  while (read_line_bounded(in, line, max_document_bytes, too_long)) {
    ++number;
    const auto where = std::string(source) + ":" + std::to_string(number);
    if (too_long) {
      problems(Problem{.where = where, .reason = "line larger than 256 MiB"});
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      continue; // blank lines separate nothing; skip them quietly
    }
    if (line.size() > max_document_bytes) {
      problems(Problem{.where = where, .reason = "line larger than 256 MiB"});
      continue;
    }
    try {
      auto document = parse_json_line(line);
      document.source = where;
      documents(std::move(document));
    } catch (const InputError& e) {
      problems(Problem{.where = where, .reason = e.what()});
    }
  }
  if (in.bad()) {
    problems(Problem{.where = std::string(source), .reason = "read error"});
  }
}

Document parse_json_line(std::string_view line)
{
  // Checked first so the error names the byte, as for a .txt file.
  if (const auto bad = invalid_utf8_at(line)) {
    throw InputError(utf8_reason(*bad));
  }
  const auto parsed = json::parse_valid_utf8(line); // checked just above
  if (parsed.fault) {
    throw InputError(std::string("broken JSON at byte ") + std::to_string(parsed.fault->offset)
                     + ": " + parsed.fault->reason);
  }
  const auto& object = parsed.document;
  if (!object.IsObject()) {
    throw InputError("a line must hold one JSON object");
  }
  Document document{
    .id = string_field(object, "id", true),
    .lang = string_field(object, "lang", false),
    .text = string_field(object, "text", true),
    .title = string_field(object, "title", false),
    .date = string_field(object, "date", false),
    .url = string_field(object, "url", false),
  };
  if (document.id.empty()) {
    throw InputError("empty \"id\"");
  }
  if (document.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw InputError("empty \"text\"");
  }
  if (!document.date.empty() && !is_article_date(document.date)) {
    throw InputError("\"date\" is not an ISO 8601 date (YYYY-MM-DD, a time may follow): "
                     + quoted_date(document.date));
  }
  return document;
}

std::string document_id_from_path(const fs::path& path)
{
  return path.stem().string();
}

} // namespace newskg::cli
