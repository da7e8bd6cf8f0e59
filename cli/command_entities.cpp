// newskg entities: the entities of the cache, by type or by name.

#include "cache/cache.hpp"
#include "cli/command.hpp"
#include "cli/corpus.hpp"
#include "cli/csv.hpp"
#include "cli/entity_ids.hpp"
#include "cli/options.hpp"
#include "cli/run.hpp"
#include "core/entity_type.hpp"
#include "extract/extractor.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <array>
#include <utility>

namespace newskg::cli {

namespace {

constexpr std::array options{
  OptionSpec{.name = "--db", .value = "FILE"},
  OptionSpec{.name = "--type", .value = "T"},
  OptionSpec{.name = "--search", .short_name = "-s", .value = "NAME"},
  OptionSpec{.name = "--limit", .short_name = "-n", .value = "N"},
  OptionSpec{.name = "--format", .short_name = "-f", .value = "table|json|csv"},
};

std::string help()
{
  std::string text =
    "usage: newskg entities --db FILE [--type T] [--search NAME] [--limit N]\n"
    "                       [--format table|json|csv]\n\n"
    "Lists the cached entities, sorted by type and id, with the number of\n"
    "documents that mention each and of relations at either end:\n"
    "  newskg entities --db newskg.db --type Person\n"
    "  newskg entities --db newskg.db --search بوتين      # also finds Putin\n\n"
    "Options:\n"
    "  --db FILE            the cache that newskg build filled (required)\n"
    "  --type T             Person, Country, Organization, Location or Event\n"
    "  -s, --search NAME    entities with a name the gazetteer or the cache knows,\n"
    "                       in any language, or a name containing NAME (compared\n"
    "                       as query compares names)\n"
    "  -n, --limit N        at most N rows (default: 0, no limit)\n"
    "  -f, --format F       table (tab-separated, default), json or csv\n";
  return with_common_help(std::move(text));
}

void write_rows(const std::vector<cache::EntityRow>& rows, RowFormat format, std::ostream& out)
{
  if (format == RowFormat::json) {
    rapidjson::OStreamWrapper stream(out);
    rapidjson::Writer<rapidjson::OStreamWrapper> json(stream);
    const auto string = [&](const std::string& text) {
      json.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    };
    json.StartArray();
    for (const auto& row : rows) {
      json.StartObject();
      json.Key("id"), string(row.id);
      json.Key("type"), string(row.type);
      json.Key("label_en"), string(row.label_en);
      json.Key("label_ar"), string(row.label_ar);
      json.Key("documents"), json.Uint64(row.documents);
      json.Key("relations"), json.Uint64(row.relations);
      json.EndObject();
    }
    json.EndArray();
    out << '\n';
    return;
  }
  const std::vector<std::string> header{
    "id", "type", "label_en", "label_ar", "documents", "relations"};
  const auto fields = [](const cache::EntityRow& row) {
    return std::vector<std::string>{row.id,
                                    row.type,
                                    row.label_en,
                                    row.label_ar,
                                    std::to_string(row.documents),
                                    std::to_string(row.relations)};
  };
  if (format == RowFormat::csv) {
    write_csv_record(header, out);
    for (const auto& row : rows) {
      write_csv_record(fields(row), out);
    }
    return;
  }
  write_table_record(header, out);
  for (const auto& row : rows) {
    write_table_record(fields(row), out);
  }
}

int run_entities(std::span<const std::string_view> args, const Io& io)
{
  const auto parsed = parse_args(args, options);
  if (parsed.help) {
    io.out << help();
    return success;
  }
  const auto common = common_from(parsed);
  const auto db = require_value(parsed, "--db", "entities needs --db FILE");
  require_no_operands(parsed, "entities takes no operands");
  const auto format = parse_row_format(parsed.value("--format").value_or("table"));
  cache::EntityFilter filter;
  if (const auto type = parsed.value("--type")) {
    // "person" or "Person": the contract's names start with a capital.
    auto name = *type;
    if (!name.empty() && name.front() >= 'a' && name.front() <= 'z') {
      name.front() = static_cast<char>(name.front() - 'a' + 'A');
    }
    const auto parsed_type = parse_entity_type(name);
    if (!parsed_type) {
      throw UsageError("unknown type '" + *type
                       + "' (Person, Country, Organization, Location, Event)");
    }
    filter.type = std::string(to_string(*parsed_type));
  }
  if (const auto limit = parsed.value("--limit")) {
    filter.limit = parse_count("--limit", *limit);
  }
  const auto cache = open_existing_cache(db);
  if (const auto search = parsed.value("--search")) {
    const auto resources = load_resources_for_cache(common, io.err);
    if (extract::match_key(*search).empty()) {
      throw UsageError("--search needs a name");
    }
    filter.by_ids = true;
    filter.ids = ids_containing(*search, resources, cache);
  }
  write_rows(cache.entities(filter), format, io.out);
  return success;
}

} // namespace

const Command& entities_command()
{
  static const Command command{
    .name = "entities",
    .summary = "list cached entities by type or name",
    .usage = "newskg entities --db FILE [--type T] [--search NAME] [--limit N] "
             "[--format table|json|csv]",
    .help = help,
    .run = run_entities,
  };
  return command;
}

} // namespace newskg::cli
