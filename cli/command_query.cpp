// newskg query: relations from the cache by entity name and predicate, with evidence.

#include "cache/cache.hpp"
#include "cli/command.hpp"
#include "cli/corpus.hpp"
#include "cli/csv.hpp"
#include "cli/entity_ids.hpp"
#include "cli/options.hpp"
#include "cli/run.hpp"
#include "core/iso_date.hpp"
#include "extract/extractor.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <array>
#include <optional>
#include <utility>

namespace newskg::cli {

namespace {

constexpr std::array options{
  OptionSpec{.name = "--db", .value = "FILE"},
  OptionSpec{.name = "--subject", .short_name = "-s", .value = "NAME"},
  OptionSpec{.name = "--object", .value = "NAME"},
  OptionSpec{.name = "--entity", .short_name = "-e", .value = "NAME"},
  OptionSpec{.name = "--predicate", .short_name = "-p", .value = "P"},
  OptionSpec{.name = "--limit", .short_name = "-n", .value = "N"},
  OptionSpec{.name = "--format", .short_name = "-f", .value = "table|json|csv"},
  OptionSpec{.name = "--since", .value = "DATE"},
  OptionSpec{.name = "--until", .value = "DATE"},
  OptionSpec{.name = "--text", .short_name = "-t", .value = "WORDS"},
};

std::string help()
{
  std::string text =
    "usage: newskg query --db FILE [--subject NAME] [--object NAME] [--entity NAME]\n"
    "                    [--predicate P] [--since DATE] [--until DATE] [--text WORDS]\n"
    "                    [--limit N] [--format table|json|csv]\n\n"
    "Prints the cached relations that match, one row per piece of evidence. A NAME\n"
    "is matched in any language and spelling the gazetteer or the cache knows:\n"
    "  newskg query --db newskg.db --subject بوتين --predicate called\n"
    "  newskg query --db newskg.db --subject Putin --predicate called\n"
    "A symmetric predicate (called, met, agreed-with, ...) matches either way round.\n"
    "A NAME that matches no entity: \"no entity named NAME\" on stderr, no rows, exit 0.\n\n"
    "Options:\n"
    "  --db FILE               the cache that newskg build filled (required)\n"
    "  -s, --subject NAME      the relation's subject\n"
    "      --object NAME       the relation's object\n"
    "  -e, --entity NAME       either end (not with --subject or --object)\n"
    "  -p, --predicate P       a predicate of the ontology, e.g. called, co-chaired-by\n"
    "      --since DATE        documents dated DATE or later (ISO 8601: 2020-10-01)\n"
    "      --until DATE        documents dated DATE or earlier; a prefix covers its whole\n"
    "                          period: --until 2020-10 includes 2020-10-31\n"
    "                          (documents without a date are left out by either)\n"
    "  -t, --text WORDS        evidence sentences containing every word (full-text search,\n"
    "                          FTS5; compared as names are, so Arabic letter variants and\n"
    "                          diacritics do not matter; found inside words too)\n"
    "  -n, --limit N           at most N rows (default: 0, no limit)\n"
    "  -f, --format F          table: tab-separated with a header (default); json: an\n"
    "                          array of objects; csv: RFC 4180 with a header, for\n"
    "                          spreadsheets (a cell starting with = + - @ gets a leading ')\n";
  return with_common_help(std::move(text));
}

std::string label_or_id(const std::string& label, const std::string& id)
{
  return label.empty() ? id : label;
}

void write_table(const std::vector<cache::QueryRow>& rows, std::ostream& out)
{
  write_table_record({"subject", "predicate", "object", "doc", "sentence", "evidence"}, out);
  for (const auto& row : rows) {
    write_table_record({label_or_id(row.subject_label, row.subject_id),
                        row.predicate,
                        label_or_id(row.object_label, row.object_id),
                        row.doc,
                        std::to_string(row.sentence),
                        row.text},
                       out);
  }
}

void write_csv(const std::vector<cache::QueryRow>& rows, std::ostream& out)
{
  write_csv_record({"subject",
                    "subject_label",
                    "predicate",
                    "object",
                    "object_label",
                    "doc",
                    "date",
                    "sentence",
                    "evidence"},
                   out);
  for (const auto& row : rows) {
    write_csv_record({row.subject_id,
                      row.subject_label,
                      row.predicate,
                      row.object_id,
                      row.object_label,
                      row.doc,
                      row.date,
                      std::to_string(row.sentence),
                      row.text},
                     out);
  }
}

void write_json(const std::vector<cache::QueryRow>& rows, std::ostream& out)
{
  rapidjson::OStreamWrapper stream(out);
  rapidjson::Writer<rapidjson::OStreamWrapper> json(stream);
  const auto string = [&](const std::string& text) {
    json.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  };
  json.StartArray();
  for (const auto& row : rows) {
    json.StartObject();
    json.Key("subject"), string(row.subject_id);
    json.Key("subject_label"), string(row.subject_label);
    json.Key("predicate"), string(row.predicate);
    json.Key("object"), string(row.object_id);
    json.Key("object_label"), string(row.object_label);
    json.Key("confidence"), json.Double(row.confidence);
    json.Key("attributes");
    json.StartObject();
    for (const auto& [key, value] : row.attributes) {
      string(key), string(value);
    }
    json.EndObject();
    json.Key("doc"), string(row.doc);
    json.Key("date"), string(row.date);
    json.Key("sentence"), json.Uint64(row.sentence);
    json.Key("start"), json.Uint64(row.span.begin);
    json.Key("end"), json.Uint64(row.span.end);
    json.Key("text"), string(row.text);
    json.EndObject();
  }
  json.EndArray();
  out << '\n';
}

// The words of --text as search keys: "الرئيسُ بوتين" => {"الرييس", "بوتين"}.
std::vector<std::string> text_keys(const std::string& text)
{
  std::vector<std::string> keys;
  const auto key = extract::match_key(text);
  std::size_t start = 0;
  while (start < key.size()) {
    auto end = key.find(' ', start);
    if (end == std::string::npos) {
      end = key.size();
    }
    if (end > start) {
      keys.push_back(key.substr(start, end - start));
    }
    start = end + 1;
  }
  return keys;
}

struct QueryArgs
{
  std::string db;
  std::optional<std::string> subject;
  std::optional<std::string> object;
  std::optional<std::string> entity;
  std::string predicate;
  std::string since;
  std::string until;
  std::optional<std::string> text;
  std::size_t limit = 0;
  RowFormat format = RowFormat::table;
};

QueryArgs query_args(const ParsedArgs& parsed)
{
  QueryArgs args{
    .db = require_value(parsed, "--db", "query needs --db FILE"),
    .subject = parsed.value("--subject"),
    .object = parsed.value("--object"),
    .entity = parsed.value("--entity"),
    .predicate = parsed.value("--predicate").value_or(""),
  };
  if (args.entity && (args.subject || args.object)) {
    throw UsageError("--entity matches either end; do not combine it with --subject or --object");
  }
  if (const auto limit = parsed.value("--limit")) {
    args.limit = parse_count("--limit", *limit);
  }
  args.format = parse_row_format(parsed.value("--format").value_or("table"));
  args.since = parsed.value("--since").value_or("");
  args.until = parsed.value("--until").value_or("");
  for (const auto* option : {"--since", "--until"}) {
    const auto date = parsed.value(option);
    // Any form: "2020", "2020-10", "2020-10-01" or a date-time; --until
    // covers what a shorter one names (cache/relation_query.cpp).
    if (date && !iso8601_date_form(*date)) {
      throw UsageError(std::string(option) + " expects an ISO 8601 date such as 2020-10-01, not '"
                       + *date + "'");
    }
  }
  args.text = parsed.value("--text");
  require_no_operands(parsed, "query takes no operands");
  return args;
}

// Fills one end of the filter; false (with a message) when the name matches nothing.
bool select(const std::optional<std::string>& name,
            std::vector<std::string>& ids,
            bool& by,
            const std::function<std::vector<std::string>(std::string_view)>& lookup,
            std::ostream& err)
{
  if (!name) {
    return true;
  }
  ids = lookup(*name);
  by = true;
  if (ids.empty()) {
    err << "newskg: no entity named " << *name << '\n';
    return false;
  }
  return true;
}

int run_query(std::span<const std::string_view> raw, const Io& io)
{
  const auto parsed = parse_args(raw, options);
  if (parsed.help) {
    io.out << help();
    return success;
  }
  const auto common = common_from(parsed);
  const auto args = query_args(parsed);
  const auto resources = load_resources_for_cache(common, io.err);
  cache::QueryFilter filter{.predicate = args.predicate, .limit = args.limit};
  if (!args.predicate.empty()) {
    const auto* info = resources.ontology().find(args.predicate);
    if (info == nullptr) {
      throw UsageError("unknown predicate '" + args.predicate + "'");
    }
    // ontology.md: a symmetric predicate's edge is stored once, in either order.
    filter.either_direction = info->symmetric;
  } else {
    for (const auto& predicate : resources.ontology().predicates()) {
      if (predicate.symmetric) {
        filter.swappable.push_back(predicate.name); // "--subject Putin": Macron called Putin too
      }
    }
  }
  const auto cache = open_existing_cache(args.db);
  const auto lookup = [&](std::string_view name) {
    return ids_for(name, resources, cache);
  };
  bool found = select(args.subject, filter.subject_ids, filter.by_subject, lookup, io.err);
  found = select(args.object, filter.object_ids, filter.by_object, lookup, io.err) && found;
  found = select(args.entity, filter.subject_ids, filter.by_subject, lookup, io.err) && found;
  if (args.entity) {
    filter.either_direction = true; // subject or object
  }
  filter.since = args.since;
  filter.until = args.until;
  if (args.text) {
    filter.text_keys = text_keys(*args.text);
    if (filter.text_keys.empty()) {
      throw UsageError("--text needs at least one word");
    }
  }
  const auto rows = found ? cache.query(filter) : std::vector<cache::QueryRow>{};
  switch (args.format) {
  case RowFormat::json:
    write_json(rows, io.out);
    break;
  case RowFormat::csv:
    write_csv(rows, io.out);
    break;
  case RowFormat::table:
    if (found) {
      write_table(rows, io.out);
    }
    break;
  }
  return success;
}

} // namespace

const Command& query_command()
{
  static const Command command{
    .name = "query",
    .summary = "print cached relations by entity name and predicate, with evidence",
    .usage = "newskg query --db FILE [--subject NAME] [--object NAME] [--entity NAME] "
             "[--predicate P] [--since DATE] [--until DATE] [--text WORDS] [--limit N] "
             "[--format table|json|csv]",
    .help = help,
    .run = run_query,
  };
  return command;
}

} // namespace newskg::cli
