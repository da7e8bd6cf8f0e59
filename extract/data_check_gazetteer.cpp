// check_data's checks of data/gazetteer/ and the demonym files: the rules of
// data/README.md (ids, one type per file, sorted by id, scripts per column,
// no name for two entities) and the references between the files.

#include "core/entity_type.hpp"
#include "core/iso_date.hpp"
#include "extract/data_check_rows.hpp"
#include "extract/gazetteer.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>
#include <unordered_map>

namespace newskg::extract::data_check {

namespace fs = std::filesystem;

namespace {

struct EntityFile
{
  std::string_view name;
  EntityType type; // every line's type (data/README.md: one type per file)
};

// In the loader's order (extract/resources.cpp): a name of an earlier file wins.
constexpr std::array<EntityFile, 7> entity_files{{
  {"countries.tsv", EntityType::country},
  {"organizations.tsv", EntityType::organization},
  {"people.tsv", EntityType::person},
  {"places.tsv", EntityType::location},
  {"subdivisions.tsv", EntityType::location},
  {"cities.tsv", EntityType::location},
  {"organizations_phoenix.tsv", EntityType::organization},
}};

bool all_of(std::string_view text, bool (*pred)(char))
{
  return !text.empty() && std::all_of(text.begin(), text.end(), pred);
}
bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}
bool is_upper(char c)
{
  return c >= 'A' && c <= 'Z';
}
bool is_slug_char(char c)
{
  return (c >= 'a' && c <= 'z') || is_digit(c) || c == '-';
}
bool is_number(std::string_view text)
{
  return all_of(text, is_digit) && text.front() != '0';
}

// data/README.md, Identifiers: wd:Q<number>, iso:XX, gn:<number>,
// x:(org|person|place):<slug>, a slug being lowercase ASCII words joined by hyphens.
bool valid_id(std::string_view id)
{
  if (id.starts_with("wd:Q")) {
    return is_number(id.substr(4));
  }
  if (id.starts_with("iso:")) {
    return id.size() == 6 && all_of(id.substr(4), is_upper);
  }
  if (id.starts_with("gn:")) {
    return is_number(id.substr(3));
  }
  for (const std::string_view kind : {"x:org:", "x:person:", "x:place:"}) {
    if (id.starts_with(kind)) {
      const auto slug = id.substr(kind.size());
      return all_of(slug, is_slug_char) && slug.front() != '-' && slug.back() != '-'
             && slug.find("--") == std::string_view::npos;
    }
  }
  return false;
}

// The order of data/README.md: wd:Q ids by number first, then the others as strings.
std::tuple<int, std::size_t, std::string_view> sort_key(std::string_view id)
{
  if (id.starts_with("wd:Q") && is_number(id.substr(4)) && id.size() < 20) {
    return {0, std::stoull(std::string(id.substr(4))), {}};
  }
  return {1, 0, id};
}

bool has_arabic(std::string_view text)
{
  // U+0600 to U+06FF: UTF-8 lead bytes D8 to DB.
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0xD8 && byte <= 0xDB;
  });
}
bool has_latin(std::string_view text)
{
  return std::any_of(
    text.begin(), text.end(), [](char c) { return (c >= 'a' && c <= 'z') || is_upper(c); });
}

// '|'-separated values, empty ones kept: "a||b" => ["a", "", "b"]; "" => [].
std::vector<std::string_view> values_of(std::string_view field)
{
  std::vector<std::string_view> values;
  if (field.empty()) {
    return values;
  }
  for (std::size_t from = 0;;) {
    const auto bar = field.find('|', from);
    values.push_back(field.substr(from, bar == std::string_view::npos ? bar : bar - from));
    if (bar == std::string_view::npos) {
      return values;
    }
    from = bar + 1;
  }
}

struct Defined
{
  EntityType type;
  std::string where; // "data/gazetteer/people.tsv:12"
};

// The entity that first gave a key.
struct Owner
{
  std::string id;
  std::string where;
  std::string name; // as written
};

class Checker
{
public:
  Checker(const Roles* roles, const Clitics& articles, std::vector<std::string>& problems)
    : m_roles(roles),
      m_articles(articles),
      m_problems(problems)
  {}

  void entities(const fs::path& path, const EntityFile& file);
  void positions(const fs::path& path);
  void seats(const fs::path& path);
  void chambers(const fs::path& path);
  void regions(const fs::path& path);
  void demonyms(const fs::path& path, std::string_view lang);
  void party_tags(const fs::path& path);
  void country_codes(const fs::path& path, std::size_t max_fields);
  void require_country(const CountryReference& country)
  {
    require(country.where, country.id, {EntityType::country}, "a country");
  }

private:
  // The rows of a gazetteer file with `fields` fields, or none when it is absent or unreadable.
  std::vector<Row>
  rows(const fs::path& path, Presence presence, std::size_t min_fields, std::size_t max_fields);
  void add(const std::string& where, const std::string& problem)
  {
    m_problems.push_back(where + ": " + problem);
  }
  // Adds a problem unless `id` is defined with one of `types`.
  void require(const std::string& where,
               std::string_view id,
               std::initializer_list<EntityType> types,
               std::string_view what);
  void sorted(const std::vector<Row>& rows, const std::string& source, auto key, bool strict);
  void alias(const std::string& where, std::string_view name, const std::string& id);

  const Roles* m_roles; // null: not checked
  const Clitics& m_articles;
  std::vector<std::string>& m_problems;
  std::vector<std::string> m_texts; // the files read: rows are views into them
  std::map<std::string, Defined, std::less<>> m_ids;
  std::unordered_map<std::string, Owner> m_alias_owner; // normalized alias
  std::unordered_map<std::string, Owner> m_bare_owner;  // its first word without the article
};

std::vector<Row> Checker::rows(const fs::path& path,
                               Presence presence,
                               std::size_t min_fields,
                               std::size_t max_fields)
{
  auto text = read_checked(path, presence, m_problems);
  if (!text) {
    return {};
  }
  m_texts.push_back(std::move(*text));
  return rows_of(
    m_texts.back(), path.string(), FileShape{min_fields, max_fields, true}, m_problems);
}

void Checker::require(const std::string& where,
                      std::string_view id,
                      std::initializer_list<EntityType> types,
                      std::string_view what)
{
  const auto found = m_ids.find(id);
  if (found == m_ids.end()
      || std::find(types.begin(), types.end(), found->second.type) == types.end()) {
    add(where, "'" + std::string(id) + "' is not " + std::string(what) + " of the gazetteer");
  }
}

void Checker::sorted(const std::vector<Row>& rows, const std::string& source, auto key, bool strict)
{
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto before = key(rows[i - 1].fields);
    const auto here = key(rows[i].fields);
    if (here < before || (strict && here == before)) {
      add(at(source, rows[i].line).substr(0, at(source, rows[i].line).size() - 2),
          strict ? "not sorted by id, or an id twice (data/tools/sort_tsv.py sorts the file)"
                 : "not sorted by person id, then start (data/tools/sort_tsv.py sorts the file)");
      return; // one is enough: sorting mends the rest
    }
  }
}

// data/README.md: "After normalization no alias names two different ids, in
// any file". Keys are the gazetteer's (Gazetteer::add_alias): the normalized
// words, and the same with the first word's article stripped.
void Checker::alias(const std::string& where, std::string_view name, const std::string& id)
{
  const auto words = normalized_words(name);
  if (words.empty()) {
    return;
  }
  std::string key;
  for (const auto& word : words) {
    key += (key.empty() ? "" : " ") + word;
  }
  const auto owner_of = [&](const std::string& k) -> const Owner* {
    for (const auto* map : {&m_alias_owner, &m_bare_owner}) {
      if (const auto found = map->find(k); found != map->end()) {
        return &found->second;
      }
    }
    return nullptr;
  };
  const auto* owner = owner_of(key);
  if (owner != nullptr && owner->id != id) {
    add(where,
        "alias '" + std::string(name) + "' of " + id + " also names " + owner->id + " ("
          + owner->where + ", '" + owner->name + "')");
  } else {
    m_alias_owner.try_emplace(key, Owner{id, where, std::string(name)});
  }
  const auto bare =
    std::string(m_articles.without_article(words.front())) + key.substr(words.front().size());
  if (bare == key) {
    return;
  }
  owner = owner_of(bare);
  if (owner != nullptr && owner->id != id) {
    add(where,
        "alias '" + std::string(name) + "' of " + id + " without its article also names "
          + owner->id + " (" + owner->where + ", '" + owner->name + "')");
  } else {
    m_bare_owner.try_emplace(bare, Owner{id, where, std::string(name)});
  }
}

void Checker::entities(const fs::path& path, const EntityFile& file)
{
  const auto source = path.string();
  const auto lines = rows(path, Presence::required, 6, 6);
  sorted(
    lines, source, [](const auto& f) { return sort_key(f[0]); }, true);
  for (const auto& row : lines) {
    const auto where = source + ":" + std::to_string(row.line);
    const auto& f = row.fields;
    const std::string id(f[0]);
    if (!valid_id(f[0])) {
      add(where,
          "bad id '" + id
            + "' (wd:Q<number>, iso:XX, gn:<number>, x:org:, x:person: or x:place:<slug>)");
    }
    const auto type = parse_entity_type(f[1]);
    if (type != file.type) {
      add(where,
          "type '" + std::string(f[1]) + "' in " + std::string(file.name) + ", which holds "
            + std::string(to_string(file.type)) + " entities");
    }
    if (const auto [it, inserted] = m_ids.try_emplace(id, Defined{file.type, where}); !inserted) {
      add(where, "id '" + id + "' is already defined at " + it->second.where);
      continue;
    }
    if (f[2].empty()) {
      add(where, "empty label_en");
    }
    if (has_arabic(f[2]) || has_arabic(f[4])) {
      add(where, "Arabic letters in an English column");
    }
    if (has_latin(f[3]) || has_latin(f[5])) {
      add(where, "Latin letters in an Arabic column");
    }
    std::vector<std::string_view> names{f[2]};
    if (!f[3].empty()) {
      names.push_back(f[3]);
    }
    for (const std::size_t column : {4U, 5U}) {
      for (const auto name : values_of(f[column])) {
        if (name.empty()) {
          add(where, column == 4 ? "empty alias in aliases_en" : "empty alias in aliases_ar");
          continue;
        }
        if (name.front() == ' ' || name.back() == ' ') {
          add(where, "alias with spaces around it: '" + std::string(name) + "'");
        }
        names.push_back(name);
      }
    }
    for (const auto name : names) {
      alias(where, name, id);
    }
  }
}

void Checker::positions(const fs::path& path)
{
  const auto source = path.string();
  const auto lines = rows(path, Presence::required, 5, 5);
  sorted(
    lines,
    source,
    [](const auto& f) {
      return std::tuple{sort_key(f[0]), f[3], f[1], sort_key(f[2])};
    },
    false);
  std::map<std::tuple<std::string_view, std::string_view, std::string_view, std::string_view>,
           std::size_t>
    seen;
  for (const auto& row : lines) {
    const auto where = source + ":" + std::to_string(row.line);
    const auto& f = row.fields;
    require(where, f[0], {EntityType::person}, "a person");
    if (m_roles != nullptr && !m_roles->contains(f[1])) {
      add(where,
          "unknown role '" + std::string(f[1]) + "' (data/ontology/roles.tsv lists the roles)");
    }
    require(
      where, f[2], {EntityType::country, EntityType::organization}, "a country or organization");
    const auto date = [](std::string_view text) {
      const auto form = iso8601_date_form(text);
      return form && *form != DateForm::date_time;
    };
    if (!date(f[3])) {
      add(where, "bad start date '" + std::string(f[3]) + "' (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    if (!f[4].empty() && !date(f[4])) {
      add(where,
          "bad end date '" + std::string(f[4])
            + "' (YYYY, YYYY-MM or YYYY-MM-DD, or empty while held)");
    } else if (!f[4].empty() && date(f[3]) && f[4].substr(0, 4) < f[3].substr(0, 4)) {
      add(where, "ends before it starts: end '" + std::string(f[4]) + "'");
    }
    if (const auto [it, inserted] = seen.try_emplace({f[0], f[1], f[2], f[3]}, row.line);
        !inserted) {
      add(where, "the same position as line " + std::to_string(it->second));
    }
  }
}

void Checker::seats(const fs::path& path)
{
  const auto source = path.string();
  const auto lines = rows(path, Presence::required, 3, 3);
  sorted(
    lines, source, [](const auto& f) { return sort_key(f[0]); }, true);
  for (const auto& row : lines) {
    const auto where = source + ":" + std::to_string(row.line);
    const auto& f = row.fields;
    require(
      where, f[0], {EntityType::location, EntityType::organization}, "a place or organization");
    require(where, f[1], {EntityType::country}, "a country");
    if (f[2] != "capital" && f[2] != "seat") {
      add(where, "unknown seat kind '" + std::string(f[2]) + "' (capital or seat)");
    } else if (f[2] == "capital") {
      require(where, f[0], {EntityType::location}, "a place (a capital is a Location)");
    }
  }
}

void Checker::chambers(const fs::path& path)
{
  const auto source = path.string();
  for (const auto& row : rows(path, Presence::optional, 3, 3)) {
    const auto where = source + ":" + std::to_string(row.line);
    const auto& f = row.fields;
    if (m_roles != nullptr && !m_roles->contains(f[0])) {
      add(where,
          "unknown role '" + std::string(f[0]) + "' (data/ontology/roles.tsv lists the roles)");
    }
    require(where, f[1], {EntityType::country}, "a country");
    require(
      where, f[2], {EntityType::organization, EntityType::country}, "an organization or a country");
  }
}

void Checker::regions(const fs::path& path)
{
  const auto source = path.string();
  for (const auto& row : rows(path, Presence::optional, 2, 2)) {
    const auto where = source + ":" + std::to_string(row.line);
    require(where, row.fields[0], {EntityType::location}, "a place");
    require(where, row.fields[1], {EntityType::country}, "a country");
  }
}

// data/<lang>/party_tags.tsv: a party's letters ("-": a tag naming no party)
// and the countries of states' abbreviations; each tag once. A party's row
// may name its country.
void Checker::party_tags(const fs::path& path)
{
  const auto source = path.string();
  std::unordered_map<std::string, std::size_t> seen; // tag -> line
  for (const auto& row : rows(path, Presence::optional, 2, 3)) {
    const auto where = source + ":" + std::to_string(row.line);
    if (row.fields[0] != "-") {
      require(where,
              row.fields[0],
              {EntityType::country, EntityType::organization},
              "a party (organization) or a state's country");
    }
    if (row.fields.size() > 2 && !row.fields[2].empty()) {
      require(where, row.fields[0], {EntityType::organization}, "a party (organization)");
      require(where, row.fields[2], {EntityType::country}, "a country");
    }
    for (const auto tag : values_of(row.fields[1])) {
      if (tag.empty()) {
        add(where, "empty tag");
      } else if (const auto [at, fresh] = seen.emplace(std::string(tag), row.line); !fresh) {
        add(where,
            "party tag '" + std::string(tag) + "' given twice (line " + std::to_string(at->second)
              + ")");
      }
    }
  }
}

void Checker::demonyms(const fs::path& path, std::string_view lang)
{
  const auto source = path.string();
  const auto lines = rows(path, Presence::optional, 2, 2);
  sorted(
    lines, source, [](const auto& f) { return sort_key(f[0]); }, true);
  std::unordered_map<std::string, std::pair<std::string, std::size_t>> owner; // key -> (id, line)
  for (const auto& row : lines) {
    const auto where = source + ":" + std::to_string(row.line);
    const std::string id(row.fields[0]);
    // A country's demonym, or a party's adjective ("Republican", "Tory").
    require(
      where, id, {EntityType::country, EntityType::organization}, "a country or organization");
    for (const auto form : values_of(row.fields[1])) {
      if (form.empty()) {
        add(where, "empty form");
        continue;
      }
      if (lang == "ar" && has_latin(form)) {
        add(where, "Latin letters in '" + std::string(form) + "'");
      }
      // data/README.md: Arabic forms are bare; the extractor strips proclitics.
      if (lang == "ar" && form.starts_with("ال")) {
        add(where, "Arabic form with the article: '" + std::string(form) + "'");
      }
      std::string key;
      for (const auto& word : normalized_words(form)) {
        key += (key.empty() ? "" : " ") + word;
      }
      // عربي names no single country.
      if (lang == "ar" && (key == "عربي" || key == "عربيه" || key == "عرب")) {
        add(where, "'" + std::string(form) + "' must not name a single country");
      }
      if (const auto [it, inserted] = owner.try_emplace(key, id, row.line);
          !inserted && it->second.first != id) {
        add(where,
            "form '" + std::string(form) + "' is also a form of " + it->second.first + " (line "
              + std::to_string(it->second.second) + ")");
      }
      // A demonym that is also the name of another entity, with or without the article.
      for (const auto& name : {key, std::string("ال") + key}) {
        const auto found = m_alias_owner.find(name);
        if (found != m_alias_owner.end() && found->second.id != id) {
          add(where,
              "form '" + std::string(form) + "' is an alias of " + found->second.id + " ("
                + found->second.where + ")");
          break;
        }
      }
    }
  }
}

// country_qids.tsv (iso, qid) and country_aliases.tsv (iso, aliases_en,
// aliases_ar[, label_en[, label_ar]]): the inputs of tools/gen_countries.cpp.
void Checker::country_codes(const fs::path& path, std::size_t max_fields)
{
  const auto source = path.string();
  const auto lines = rows(path, Presence::optional, max_fields == 2 ? 2 : 3, max_fields);
  std::map<std::string_view, std::size_t> isos;
  std::map<std::string_view, std::size_t> qids;
  for (const auto& row : lines) {
    const auto where = source + ":" + std::to_string(row.line);
    const auto& f = row.fields;
    if (f[0].size() != 2 || !all_of(f[0], is_upper)) {
      add(where, "bad ISO 3166 code '" + std::string(f[0]) + "' (two capital letters)");
    }
    if (const auto [it, inserted] = isos.try_emplace(f[0], row.line); !inserted) {
      add(where,
          "code " + std::string(f[0]) + " is already listed at line " + std::to_string(it->second));
    }
    if (max_fields != 2) {
      continue;
    }
    if (!f[1].starts_with("wd:Q") || !is_number(f[1].substr(4))) {
      add(where, "bad Wikidata id '" + std::string(f[1]) + "' (wd:Q<number>)");
    }
    if (const auto [it, inserted] = qids.try_emplace(f[1], row.line); !inserted) {
      add(where, std::string(f[1]) + " is already listed at line " + std::to_string(it->second));
    }
  }
}

} // namespace

void check_gazetteer(const fs::path& data_dir,
                     const LanguageFolders& languages,
                     const Roles* roles,
                     std::vector<std::string>& problems)
{
  const auto dir = data_dir / "gazetteer";
  Checker checker(roles, languages.articles, problems);
  for (const auto& file : entity_files) {
    checker.entities(dir / file.name, file);
  }
  checker.positions(dir / "positions.tsv");
  checker.seats(dir / "seats.tsv");
  checker.chambers(dir / "chambers.tsv");
  checker.regions(dir / "regions.tsv");
  checker.regions(dir / "city_countries.tsv");
  checker.regions(dir / "place_countries.tsv");
  for (const auto& lang : languages.names) {
    checker.demonyms(data_dir / lang / "demonyms.tsv", lang);
    checker.party_tags(data_dir / lang / "party_tags.tsv");
  }
  checker.country_codes(dir / "country_qids.tsv", 2);
  checker.country_codes(dir / "country_aliases.tsv", 5);
  for (const auto& country : languages.countries) {
    checker.require_country(country);
  }
}

} // namespace newskg::extract::data_check
