// newskg eval: score extractions against hand-made gold with the metric of
// ../shared/tools/score.py (ontology.md, "Gold and scoring").

#include "cli/command.hpp"
#include "cli/corpus.hpp"
#include "cli/inputs.hpp"
#include "cli/options.hpp"
#include "cli/run.hpp"
#include "core/error.hpp"
#include "extract/extractor.hpp"

#include "eval/breakdown.hpp"
#include "eval/gold.hpp"
#include "eval/predicate_rules.hpp"
#include "eval/prediction.hpp"
#include "eval/report.hpp"
#include "eval/score.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <system_error>

namespace newskg::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::array eval_options{
  OptionSpec{.name = "--verbose", .short_name = "-v"},
  OptionSpec{.name = "--json"},
  OptionSpec{.name = "--by", .value = "KEY[,KEY]"},
};

std::string help()
{
  std::string text =
    "usage: newskg eval [options] GOLD_DIR INPUT...\n\n"
    "Scores extracted relations against hand-made gold with the metric of score.py\n"
    "(ontology.md, \"Gold and scoring\"): entities match through any gold alias after\n"
    "normalization, predicates in any spelling or synonym\n"
    "(data/ontology/predicate_aliases.tsv), symmetric predicates as unordered pairs,\n"
    "Event objects by their inner predicate and object; optional gold relations\n"
    "are removed from the prediction. Prints precision, recall and F1 per gold\n"
    "document and overall, micro-averaged; with --by, also per predicate or per\n"
    "language.\n\n"
    "  GOLD_DIR       NAME.json gold files; a gold file without a prediction counts\n"
    "                 as fully missed, a prediction without a gold file is ignored\n"
    "  INPUT          `newskg extract` output (JSON Lines with \"entities\" and\n"
    "                 \"relations\"; \"doc\" is the gold NAME), or articles to extract\n"
    "                 first (FILE.txt, FILE.jsonl, DIR, - as for extract); told apart\n"
    "                 by content. A document seen twice: the later one wins\n\n"
    "Options:\n"
    "  -v, --verbose  list the missed and spurious triples under each document\n"
    "  --by KEY[,KEY]\n"
    "                 after the overall line, a table per KEY (repeatable):\n"
    "                 predicate: a row per predicate as score.py spells it (an\n"
    "                 Event object counts under the outer predicate: announced);\n"
    "                 language: a row per language (the gold's \"lang\", else the\n"
    "                 NAME's suffix: x.ar => ar). Rows give tp, predicted, gold,\n"
    "                 P, R, F1 and docs (documents with such triples, or in that\n"
    "                 language); the counts of the rows add up to the overall ones\n"
    "  --json         one JSON object {\"documents\": [...], \"total\": {...}}; with\n"
    "                 --by also \"by_predicate\" and \"by_language\", each\n"
    "                 {NAME: {the members of \"total\"}, ...}\n"
    "                 (default: text, one line per document)\n";
  text += common_options_help();
  text += "\n";
  text += exit_codes_help();
  text += "  A missing GOLD_DIR or a malformed gold file exits 4 with no scores.\n";
  return text;
}

// Predictions by document, from `extract` output and from articles extracted here.
class PredictionSet
{
public:
  PredictionSet(const CommonOptions& options, const Io& io)
    : m_options(options),
      m_io(io)
  {}

  void read(const InputFile& file)
  {
    if (file.kind == InputKind::standard_input) {
      std::stringstream buffer;
      buffer << m_io.in.rdbuf();
      read_stream(buffer, "<stdin>", "-");
      return;
    }
    std::ifstream in(file.path, std::ios::binary);
    if (!in) {
      report(file.path.string(), "cannot open");
      return;
    }
    std::error_code error;
    if (!std::filesystem::is_regular_file(file.path, error)) {
      // A pipe (<(newskg extract ...)) can be read once only: it is kept in
      // memory, as standard input is, and articles in it are JSON Lines as on -.
      std::stringstream buffer;
      buffer << in.rdbuf();
      read_stream(buffer, file.path.string(), "-");
      return;
    }
    read_stream(in, file.path.string(), file.path.string());
  }

  void report(const std::string& where, const std::string& reason)
  {
    m_io.err << "newskg: " << where << ": " << reason << '\n';
    ++m_problems;
  }

  [[nodiscard]] const eval::PredictedDocument* find(const std::string& doc) const
  {
    const auto found = m_by_doc.find(doc);
    return found == m_by_doc.end() ? nullptr : &found->second.prediction;
  }

  [[nodiscard]] std::size_t size() const { return m_by_doc.size(); }
  [[nodiscard]] std::size_t problems() const { return m_problems; }

private:
  struct Entry
  {
    eval::PredictedDocument prediction;
    std::string source; // "out.jsonl:3", "articles/a.txt"
  };

  // An `extract` line has "entities" and "relations"; anything else is articles.
  void read_stream(std::istream& in, const std::string& source, const std::string& operand)
  {
    std::string first;
    while (std::getline(in, first)) {
      if (first.find_first_not_of(" \t\r") != std::string::npos) {
        break;
      }
    }
    in.clear();
    in.seekg(0);
    if (eval::is_extraction_line(first)) {
      read_extraction_lines(in, source);
    } else if (operand == "-") {
      const Io io{.in = in, .out = m_io.out, .err = m_io.err};
      extract_articles(operand, io);
    } else {
      extract_articles(operand, m_io);
    }
  }

  void read_extraction_lines(std::istream& in, const std::string& source)
  {
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) {
        continue;
      }
      const auto where = source + ":" + std::to_string(number);
      try {
        add(eval::parse_extraction_line(line), where);
      } catch (const InputError& e) {
        report(where, e.what());
      }
    }
  }

  void extract_articles(const std::string& operand, const Io& io)
  {
    if (!m_resources) {
      m_resources.emplace(load_resources(m_options.data_dir));
    }
    const std::array operands{operand};
    const auto stats =
      for_each_document({.operands = operands}, m_options, io, [&](const Document& document) {
        add(eval::to_prediction(extract::extract(document, *m_resources)), document.source);
      });
    m_problems += stats.problems;
  }

  void add(eval::PredictedDocument&& prediction, const std::string& where)
  {
    const auto found = m_by_doc.find(prediction.doc);
    if (found != m_by_doc.end()) {
      m_io.err << "newskg: warning: " << where << ": duplicate document '" << prediction.doc
               << "' (also in " << found->second.source << "); the later one wins\n";
      found->second = Entry{.prediction = std::move(prediction), .source = where};
      return;
    }
    auto doc = prediction.doc;
    m_by_doc.emplace(std::move(doc), Entry{.prediction = std::move(prediction), .source = where});
  }

  const CommonOptions& m_options;
  const Io& m_io;
  std::optional<extract::Resources> m_resources; // loaded for the first article
  std::map<std::string, Entry> m_by_doc;
  std::size_t m_problems = 0;
};

eval::Report score(const std::vector<eval::Gold>& golds,
                   const PredictionSet& predictions,
                   const eval::PredicateRules& rules)
{
  eval::Report report;
  for (const auto& gold : golds) {
    const auto* prediction = predictions.find(gold.name);
    auto triples = prediction == nullptr ? std::set<eval::Triple>()
                                         : eval::predicted_triples(*prediction, gold, rules);
    report.documents.push_back(eval::score_document(gold, std::move(triples)));
  }
  report.total = eval::total_of(report.documents);
  return report;
}

enum class Breakdown { predicate, language };

// True when `arg` names an option of eval that takes a value ("--by", "--data").
bool takes_value(std::string_view arg)
{
  const auto matches = [&](const OptionSpec& spec) {
    return !spec.value.empty()
           && (arg == spec.name || (!spec.short_name.empty() && arg == spec.short_name));
  };
  return std::ranges::any_of(eval_options, matches)
         || std::ranges::any_of(common_options(), matches);
}

// Every value given to --by, in order. parse_args keeps only the last value
// of an option, and --by may be repeated: "--by predicate --by=language".
// Walks arguments parse_args has accepted, so each option is one it knows.
std::vector<std::string_view> by_values(std::span<const std::string_view> args)
{
  std::vector<std::string_view> values;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto arg = args[i];
    if (arg == "--") {
      break;
    }
    if (arg.starts_with("--by=")) {
      values.push_back(arg.substr(std::string_view("--by=").size()));
    } else if (takes_value(arg) && i + 1 < args.size()) {
      if (arg == "--by") {
        values.push_back(args[i + 1]);
      }
      ++i;
    }
  }
  return values;
}

// "predicate,language" => {predicate, language}; throws UsageError for any other key.
std::set<Breakdown> breakdowns_of(std::span<const std::string_view> args)
{
  std::set<Breakdown> breakdowns;
  for (auto value : by_values(args)) {
    while (true) {
      const auto comma = value.find(',');
      const auto key = value.substr(0, comma);
      if (key == "predicate") {
        breakdowns.insert(Breakdown::predicate);
      } else if (key == "language") {
        breakdowns.insert(Breakdown::language);
      } else {
        std::string message("--by takes predicate or language, not '");
        message.append(key).append("'");
        throw UsageError(message);
      }
      if (comma == std::string_view::npos) {
        break;
      }
      value.remove_prefix(comma + 1);
    }
  }
  return breakdowns;
}

eval::PredicateRules load_rules(const fs::path& data_dir)
{
  std::error_code error;
  if (!fs::is_directory(data_dir, error)) {
    throw DataError(data_dir.string()
                    + ": no such data directory (give --data DIR or set NEWSKG_DATA)");
  }
  return eval::PredicateRules::load(data_dir);
}

int run_eval(std::span<const std::string_view> args, const Io& io)
{
  const auto parsed = parse_args(args, eval_options);
  if (parsed.help) {
    io.out << help();
    return success;
  }
  const auto common = common_from(parsed);
  const auto breakdowns = breakdowns_of(args);
  if (parsed.operands.empty()) {
    throw UsageError("no GOLD_DIR given");
  }
  const std::span inputs = std::span(parsed.operands).subspan(1);
  require_inputs(inputs);
  const auto rules = load_rules(common.data_dir);
  const auto golds = eval::load_gold_dir(parsed.operands.front(), rules);

  PredictionSet predictions(common, io);
  const auto files = expand_inputs(
    inputs, [&](const Problem& problem) { predictions.report(problem.where, problem.reason); });
  for (const auto& file : files) {
    predictions.read(file);
  }

  auto report = score(golds, predictions, rules);
  if (breakdowns.contains(Breakdown::predicate)) {
    report.by_predicate = eval::by_predicate(report.documents);
  }
  if (breakdowns.contains(Breakdown::language)) {
    report.by_language = eval::by_language(report.documents);
  }
  if (parsed.has_flag("--json")) {
    eval::write_json(report, io.out);
  } else {
    const auto detail = parsed.has_flag("--verbose") ? eval::Detail::triples : eval::Detail::scores;
    eval::write_text(report, detail, io.out);
  }
  io.out.flush();
  if (!common.quiet) {
    io.err << "newskg: " << golds.size() << " gold documents, " << predictions.size()
           << " predicted documents, " << predictions.problems() << " inputs skipped\n";
  }
  return predictions.problems() > 0 ? bad_input : success;
}

} // namespace

const Command& eval_command()
{
  static const Command command{
    .name = "eval",
    .summary = "score extractions against gold files (precision, recall, F1)",
    .usage = "newskg eval [options] GOLD_DIR INPUT...",
    .help = help,
    .run = run_eval,
  };
  return command;
}

} // namespace newskg::cli
