// newskg explain: per sentence, the mentions found, the cues tried and what
// each gave, so that users can see why a relation was or was not read.

#include "cli/command.hpp"
#include "cli/corpus.hpp"
#include "cli/options.hpp"
#include "cli/run.hpp"
#include "cli/terminal_text.hpp"
#include "core/error.hpp"
#include "core/utf8.hpp"
#include "extract/extractor.hpp"

#include <array>
#include <map>
#include <sstream>

namespace newskg::cli {

namespace {

constexpr std::array<OptionSpec, 0> options{};

std::string help()
{
  std::string text = "usage: newskg explain [options] INPUT...\n\n"
                     "Extracts each document as `extract` does and prints, sentence by sentence:\n"
                     "  mention   a stretch that can fill an argument, and what it stands for\n"
                     "  cue       a trigger of data/<lang>/triggers.tsv, its predicate and frame,\n"
                     "            and the relations it gave, or why it gave none\n"
                     "  relation  each relation read from the sentence, with its confidence\n"
                     "Use it to see why a relation was missed, and which data file to grow:\n"
                     "a name that is no mention wants the gazetteer or titles.tsv, a sentence\n"
                     "without its cue wants triggers.tsv (see data/README.md).\n\n"
                     "Inputs: FILE.txt, FILE.jsonl, directories, - (see newskg extract --help).\n";
  return with_common_help(std::move(text));
}

std::string quoted(const std::u32string& text, Span span)
{
  return "«" + substr_utf8(text, span.begin, span.end) + "»";
}

// What explain prints of one document, before terminal_text.
void describe_document(const Document& document,
                       const Extraction& extraction,
                       const extract::Trace& trace,
                       std::ostream& out)
{
  const auto text = to_u32(document.text);
  std::map<std::string, const Entity*, std::less<>> by_id;
  for (const auto& entity : extraction.entities) {
    by_id[entity.id] = &entity;
  }
  const auto label = [&](const std::string& id) {
    const auto found = by_id.find(id);
    return found == by_id.end() ? id : found->second->label;
  };
  out << "# " << document.id << " (" << extraction.lang << "): " << trace.size() << " sentences, "
      << extraction.relations.size() << " relations\n";
  for (const auto& sentence : trace) {
    out << "\n[" << sentence.index << "] " << sentence.span.begin << "-" << sentence.span.end << " "
        << substr_utf8(text, sentence.span.begin, sentence.span.end) << "\n";
    for (const auto& mention : sentence.mentions) {
      out << "  mention   " << quoted(text, mention.span) << " " << mention.span.begin << "-"
          << mention.span.end << " -> " << mention.what << "\n";
    }
    for (const auto& cue : sentence.cues) {
      out << "  cue       " << quoted(text, cue.span) << " " << cue.predicate << " (" << cue.frame
          << ") -> ";
      if (cue.emitted > 0) {
        out << cue.emitted << (cue.emitted == 1 ? " relation" : " relations");
        out << (cue.why.empty() ? "" : "; " + cue.why) << "\n";
      } else {
        out << cue.why << "\n";
      }
    }
    if (sentence.cues.empty()) {
      out << "  (no cue of triggers.tsv in this sentence)\n";
    }
    for (const auto& relation : extraction.relations) {
      if (relation.evidence.sentence == sentence.index) {
        out << "  relation  " << label(relation.subject) << " -" << relation.predicate << "-> "
            << label(relation.object) << " (" << relation.confidence << ")\n";
      }
    }
  }
  out << "\n";
}

// The sentences are article text: an ESC sequence in them is shown, not run.
void print_document(const Document& document,
                    const Extraction& extraction,
                    const extract::Trace& trace,
                    std::ostream& out)
{
  std::ostringstream report;
  describe_document(document, extraction, trace, report);
  out << terminal_text(report.str());
}

int run_explain(std::span<const std::string_view> args, const Io& io)
{
  const auto parsed = parse_args(args, options);
  if (parsed.help) {
    io.out << help();
    return success;
  }
  const auto common = common_from(parsed);
  require_inputs(parsed.operands);
  const auto resources = load_resources(common.data_dir);
  std::size_t failed = 0;
  auto stats =
    for_each_document({.operands = parsed.operands}, common, io, [&](const Document& document) {
      extract::Trace trace;
      try {
        const auto extraction = extract::extract(document, resources, &trace);
        print_document(document, extraction, trace, io.out);
      } catch (const InputError& e) {
        io.err << "newskg: " << e.what() << '\n';
        ++failed;
      }
    });
  stats.problems += failed;
  return stats.problems > 0 ? bad_input : success;
}

} // namespace

const Command& explain_command()
{
  static const Command command{
    .name = "explain",
    .summary =
      "show per sentence the mentions, the cues tried and why each relation was read or not",
    .usage = "newskg explain [options] INPUT...",
    .help = help,
    .run = run_explain,
  };
  return command;
}

} // namespace newskg::cli
