// newskg extract: one `extract` JSON object per document per line (ontology.md).

#include "cli/command.hpp"
#include "cli/corpus.hpp"
#include "cli/options.hpp"
#include "cli/ordered_pool.hpp"
#include "cli/run.hpp"
#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "core/fd_output_buffer.hpp"
#include "export/exporters.hpp"
#include "extract/extractor.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <array>
#include <memory>
#include <optional>
#include <sstream>
#include <utility>

namespace newskg::cli {

namespace {

constexpr std::array options{
  OptionSpec{.name = "--output", .short_name = "-o", .value = "FILE"},
  OptionSpec{.name = "--jobs", .short_name = "-j", .value = "N"},
  OptionSpec{.name = "--min-confidence", .value = "X"},
  OptionSpec{.name = "--meta", .value = "FILE"},
};

std::string help()
{
  std::string text =
    "usage: newskg extract [options] INPUT...\n\n"
    "Extracts entities and typed relations from each document and writes one\n"
    "JSON object per document per line (the contract in ontology.md).\n\n"
    "Inputs:\n"
    "  FILE.txt       one article (UTF-8); its id is the file name without its\n"
    "                 last extension\n"
    "  FILE.jsonl     one article per line: id, text; optional title, date\n"
    "                 (ISO 8601), url, lang\n"
    "  DIR            every .txt and .jsonl below DIR, sorted by path\n"
    "  -              JSON Lines on standard input\n"
    "  <(CMD), FIFO   a pipe, read as a stream: JSON Lines (one article when\n"
    "                 its name ends in .txt)\n\n"
    "As a streaming filter (Hadoop Streaming, Spark RDD.pipe): `newskg extract -`\n"
    "reads JSON Lines on stdin and writes one line per non-blank input line, in\n"
    "order, flushed as soon as it is ready. A line that cannot be read gives\n"
    "{\"error\":\"reason\",\"source\":\"<stdin>:3\"} in its place (and the message on\n"
    "stderr).\n\n"
    "Options:\n"
    "  -o, --output FILE  write to FILE (replaced atomically; default: stdout)\n"
    "  -j, --jobs N       extract on N threads, at most 256 (0: one per core;\n"
    "                     default 1); the output is the same for every N\n"
    "  --min-confidence X keep the relations of confidence X (0..1) or more\n"
    "                     (default: 0, all; docs/confidence.md)\n"
    + std::string(meta_option_help());
  return with_common_help(std::move(text));
}

// {"error":"invalid UTF-8 at byte 12","source":"<stdin>:3"}: keeps one output line
// per input line for a streaming reader.
std::string error_line(const Problem& problem)
{
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
  json.StartObject();
  json.Key("error");
  json.String(problem.reason.data(), static_cast<rapidjson::SizeType>(problem.reason.size()));
  json.Key("source");
  json.String(problem.where.data(), static_cast<rapidjson::SizeType>(problem.where.size()));
  json.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + '\n';
}

int run_extract(std::span<const std::string_view> args, const Io& io)
{
  const auto parsed = parse_args(args, options);
  if (parsed.help) {
    io.out << help();
    return success;
  }
  const auto common = common_from(parsed);
  require_inputs(parsed.operands);
  auto metadata = metadata_from(parsed);
  const auto resources = load_resources(common.data_dir);

  const auto output = parsed.value("--output").value_or("-");
  std::optional<AtomicFile> file;
  if (output != "-") {
    file.emplace(output);
  }
  std::ostream& out = file ? file->stream() : io.out;
  // Lines are flushed one by one on stdout, so that a pipe reader sees each
  // as soon as it is ready.
  const bool flush_lines = !file;
  const auto jobs = jobs_from(parsed);
  const auto min_confidence = min_confidence_from(parsed);
  OrderedPool pool(jobs, 4 * jobs);
  std::size_t failed = 0;          // read, but extract threw InputError
  std::size_t sentences_split = 0; // Extraction::sentences_split, summed
  // A failed write stops the run at once (issue 12: a full disk or /dev/full
  // is an error, not a silent loss of every line after it).
  const auto write_line = [&out, &output, flush_lines](const std::string& line) {
    out << line;
    if (flush_lines) {
      check_standard_output(out);
    } else if (!out) {
      throw OutputError(output + ": write failed: " + write_error(out));
    }
  };
  auto stats = for_each_document(
    {.operands = parsed.operands, .metadata = metadata ? &*metadata : nullptr},
    common,
    io,
    [&](Document&& document) {
      // The job owns the document: a 30 MB article is not copied.
      pool.submit([&, document = std::move(document)]() -> OrderedPool::Commit {
        Extraction extraction;
        try {
          extraction = extract::extract(document, resources);
        } catch (const InputError& e) {
          // Reported in input order; an error line keeps one line per input.
          auto text = std::make_shared<std::string>(
            error_line(Problem{.where = document.source, .reason = e.what()}));
          return [&io, &write_line, &failed, text, message = std::string(e.what())] {
            io.err << "newskg: " << message << '\n';
            write_line(*text);
            ++failed;
          };
        }
        extraction.title = document.title;
        extraction.date = document.date;
        extraction.url = document.url;
        if (min_confidence > 0) {
          keep_confident(extraction, min_confidence);
        }
        std::ostringstream line;
        exports::write_extraction_json(extraction, line);
        return [&write_line,
                &sentences_split,
                split = extraction.sentences_split,
                text = std::make_shared<std::string>(line.str())] {
          write_line(*text);
          sentences_split += split;
        };
      });
    },
    [&](const Problem& problem) {
      auto text = std::make_shared<std::string>(error_line(problem));
      pool.submit([&write_line, text]() -> OrderedPool::Commit {
        return [&write_line, text] {
          write_line(*text);
        };
      });
    });
  pool.finish();
  stats.documents -= failed;
  stats.problems += failed;
  if (file) {
    file->commit();
  } else {
    check_standard_output(out);
  }
  if (!common.quiet) {
    io.err << "newskg: " << stats.documents << " documents extracted, " << stats.problems
           << " skipped" << split_sentences_note(sentences_split) << '\n';
  }
  return stats.problems > 0 ? bad_input : success;
}

} // namespace

const Command& extract_command()
{
  static const Command command{
    .name = "extract",
    .summary = "extract relations; one JSON object per document per line",
    .usage = "newskg extract [options] INPUT...",
    .help = help,
    .run = run_extract,
  };
  return command;
}

} // namespace newskg::cli
