// newskg extract: one `extract` JSON object per document per line (ontology.md).

#include "cli/command.hpp"
#include "cli/corpus.hpp"
#include "cli/options.hpp"
#include "cli/run.hpp"

#include "core/atomic_file.hpp"
#include "export/exporters.hpp"
#include "extract/extractor.hpp"

#include <array>
#include <optional>

namespace newskg::cli {

namespace {

constexpr std::array options{
  OptionSpec{.name = "--output", .short_name = "-o", .value = "FILE"},
};

std::string help()
{
  std::string text = "usage: newskg extract [options] INPUT...\n\n"
                     "Extracts entities and typed relations from each document and writes one\n"
                     "JSON object per document per line (the contract in ontology.md).\n\n"
                     "Inputs:\n"
                     "  FILE.txt       one article (UTF-8); its id is the file name without its\n"
                     "                 last extension\n"
                     "  FILE.jsonl     one article per line: id, text; optional title, date\n"
                     "                 (ISO 8601), url, lang\n"
                     "  DIR            every .txt and .jsonl below DIR, sorted by path\n"
                     "  -              JSON Lines on standard input\n\n"
                     "Options:\n"
                     "  -o, --output FILE  write to FILE (replaced atomically; default: stdout)\n";
  text += common_options_help();
  text += "\n";
  text += exit_codes_help();
  return text;
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
  const auto resources = load_resources(common.data_dir);

  const auto output = parsed.value("--output").value_or("-");
  std::optional<AtomicFile> file;
  if (output != "-") {
    file.emplace(output);
  }
  std::ostream& out = file ? file->stream() : io.out;
  const auto stats = for_each_document(parsed.operands, common, io, [&](const Document& document) {
    auto extraction = extract::extract(document, resources);
    extraction.title = document.title;
    extraction.date = document.date;
    extraction.url = document.url;
    exports::write_extraction_json(extraction, out);
  });
  if (file) {
    file->commit();
  } else {
    out.flush();
  }
  if (!common.quiet) {
    io.err << "newskg: " << stats.documents << " documents extracted, " << stats.problems
           << " skipped\n";
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
