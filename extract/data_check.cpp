#include "extract/data_check.hpp"

#include "core/error.hpp"
#include "core/tsv.hpp"
#include "core/utf8.hpp"
#include "extract/data_check_rows.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <sstream>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace newskg::extract {

namespace fs = std::filesystem;

namespace {

// True when `text` has a line that is neither blank nor a "#" comment.
bool has_row(std::string_view text)
{
  std::size_t at = 0;
  while (at < text.size()) {
    const auto end = std::min(text.find('\n', at), text.size());
    const auto line = text.substr(at, end - at);
    const auto first = line.find_first_not_of(" \t\r");
    if (first != std::string_view::npos && line[first] != '#') {
      return true;
    }
    at = end + 1;
  }
  return false;
}

void append(std::vector<std::string>& to, std::vector<std::string> from)
{
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

// True when `problems` say `source` could not be read as a whole ("source: no rows ...").
bool file_problem(const std::vector<std::string>& problems, const std::string& source)
{
  return std::any_of(problems.begin(), problems.end(), [&](const std::string& problem) {
    return problem.starts_with(source) && problem.substr(source.size()).starts_with(": ");
  });
}

// "data/ar/words.tsv:12: ..." => {"data/ar/words.tsv", 12}; {"data", 0} for
// "data: ...", a problem of a whole file or folder.
std::pair<std::string_view, std::size_t> location_of(std::string_view problem)
{
  const auto end = problem.find(": ");
  const auto where = problem.substr(0, end);
  const auto colon = where.rfind(':');
  std::size_t line = 0;
  if (colon != std::string_view::npos) {
    const auto digits = where.substr(colon + 1);
    const auto [stop, error] = std::from_chars(digits.data(), digits.data() + digits.size(), line);
    if (error == std::errc() && stop == digits.data() + digits.size()) {
      return {where.substr(0, colon), line};
    }
  }
  return {where, 0};
}

bool is_kebab_case(std::string_view name)
{
  return !name.empty() && name.front() != '-' && name.back() != '-'
         && name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-")
              == std::string_view::npos;
}

// data/ontology/predicates.tsv as Ontology::parse reads it, with the form of
// the two columns it takes as written: the name (kebab-case, as triggers.tsv
// and the exports write it) and the CAMEO code ('-' or 2 to 4 digits, as in
// cameo_plover.tsv).
Ontology parse_predicates(std::istream& in, const std::string& source)
{
  std::ostringstream text;
  text << in.rdbuf();
  std::istringstream rows(text.str());
  TsvReader tsv(rows, source);
  while (tsv.next()) {
    const auto name = tsv.fields()[0];
    if (!is_kebab_case(name)) {
      tsv.fail("a predicate is lowercase words and digits joined by hyphens: '" + std::string(name)
               + "'");
    }
    const auto cameo = tsv.fields().size() > 1 ? tsv.fields()[1] : std::string_view("-");
    if (cameo != "-"
        && (cameo.size() < 2 || cameo.size() > 4
            || cameo.find_first_not_of("0123456789") != std::string_view::npos)) {
      tsv.fail("a CAMEO code is '-' or 2 to 4 digits: '" + std::string(cameo) + "'");
    }
  }
  std::istringstream again(text.str());
  return Ontology::parse(again, source);
}

// check_file, with one parser for each line alone and one for the file whole
// (a language's files parse into one LanguagePack).
std::vector<std::string> check_file_with(const fs::path& path,
                                         Presence presence,
                                         const FileShape& shape,
                                         const LineParser& parse_line,
                                         const LineParser& parse_whole)
{
  std::vector<std::string> problems;
  auto text = data_check::read_checked(path, presence, problems);
  if (!text) {
    return problems;
  }
  const auto source = path.string();
  // A line with too few or too many fields has its problem: the loader need not say it again.
  const auto rows = data_check::rows_of(*text, source, shape, problems);
  std::string kept;
  std::size_t line = 0;
  auto next_row = rows.begin();
  for (std::size_t at = 0; at < text->size();) {
    const auto end = std::min(text->find('\n', at), text->size());
    ++line;
    const auto content = std::string_view(*text).substr(at, end - at);
    const bool row = next_row != rows.end() && next_row->line == line;
    next_row += row ? 1 : 0;
    if (row || content.empty() || content.starts_with('#')) {
      kept.append(content);
    }
    kept.push_back('\n');
    at = end + 1;
  }
  *text = std::move(kept);
  append(problems, check_each_line(*text, parse_line));
  append(problems, check_whole(*text, source, parse_whole));
  return problems;
}

// The files of a language folder, in the order the loader reads them
// (extract/resources.cpp). demonyms.tsv is the gazetteer's
// (data_check_gazetteer.cpp) and romanize.txt is ICU's rule syntax.
using PackParser = void (*)(LanguagePack& into, std::istream& in, const std::string& source);

struct LanguageFile
{
  std::string_view name;
  Presence presence;
  FileShape shape;
  PackParser parse;
};

void parse_clitics(LanguagePack& into, std::istream& in, const std::string& source)
{
  into.clitics = Clitics::parse(in, source);
}
void parse_words(LanguagePack& into, std::istream& in, const std::string& source)
{
  into.parse_words(in, source);
}
// given_names.tsv holds one class of words.tsv, generated apart
// (data/tools/given_names.py): a line of another class there is a slip.
void parse_given_names(LanguagePack& into, std::istream& in, const std::string& source)
{
  std::ostringstream text;
  text << in.rdbuf();
  std::istringstream rows(text.str());
  TsvReader tsv(rows, source);
  while (tsv.next()) {
    if (tsv.fields()[0] != "given-name") {
      tsv.fail("given_names.tsv holds class given-name only, not '" + std::string(tsv.fields()[0])
               + "' (words.tsv holds the others)");
    }
  }
  std::istringstream again(text.str());
  into.parse_words(again, source);
}
void parse_titles(LanguagePack& into, std::istream& in, const std::string& source)
{
  into.titles.clear();
  into.parse_titles(in, source);
}
void parse_heads(LanguagePack& into, std::istream& in, const std::string& source)
{
  into.heads.clear();
  into.parse_heads(in, source);
}
void parse_frames_into(LanguagePack& into, std::istream& in, const std::string& source)
{
  into.frames = parse_frames(in, source);
}
void parse_triggers(LanguagePack& into, std::istream& in, const std::string& source)
{
  into.parse_triggers(in, source);
}
void parse_verbs(LanguagePack& into, std::istream& in, const std::string& source)
{
  into.parse_verbs(in, source);
}

const std::array<LanguageFile, 9> language_files{{
  {"clitics.tsv", Presence::optional, {2, 2, false}, parse_clitics},
  {"words.tsv", Presence::required, {2, 2, false}, parse_words},
  {"given_names.tsv", Presence::optional, {2, 2, false}, parse_given_names},
  {"titles.tsv", Presence::optional, {2, 4, false}, parse_titles},
  {"heads.tsv", Presence::optional, {3, 5, false}, parse_heads},
  {"frames.tsv", Presence::required, {7, 7, false}, parse_frames_into},
  {"triggers.tsv", Presence::required, {5, 5, false}, parse_triggers},
  {"verbs.tsv", Presence::optional, {9, 9, false}, parse_verbs},
  {"cameo_triggers.tsv", Presence::optional, {5, 5, false}, parse_triggers},
}};

// The folders of a data directory that are not languages.
constexpr std::array<std::string_view, 3> other_folders{"ontology", "gazetteer", "tools"};

// The files newskg reads in each folder; any other is a misspelling or a
// leftover that would silently not be read.
constexpr std::array<std::string_view, 12> language_names{"clitics.tsv",
                                                          "words.tsv",
                                                          "given_names.tsv",
                                                          "titles.tsv",
                                                          "heads.tsv",
                                                          "frames.tsv",
                                                          "triggers.tsv",
                                                          "verbs.tsv",
                                                          "cameo_triggers.tsv",
                                                          "demonyms.tsv",
                                                          "party_tags.tsv",
                                                          "romanize.txt"};
constexpr std::array<std::string_view, 4> ontology_names{
  "predicates.tsv", "roles.tsv", "predicate_aliases.tsv", "cameo_plover.tsv"};
constexpr std::array<std::string_view, 15> gazetteer_names{"countries.tsv",
                                                           "organizations.tsv",
                                                           "people.tsv",
                                                           "places.tsv",
                                                           "subdivisions.tsv",
                                                           "cities.tsv",
                                                           "organizations_phoenix.tsv",
                                                           "positions.tsv",
                                                           "chambers.tsv",
                                                           "regions.tsv",
                                                           "city_countries.tsv",
                                                           "place_countries.tsv",
                                                           "seats.tsv",
                                                           "country_qids.tsv",
                                                           "country_aliases.tsv"};

template<std::size_t N>
void check_names(const fs::path& dir,
                 const std::array<std::string_view, N>& known,
                 std::vector<std::string>& problems)
{
  std::error_code error;
  std::vector<fs::path> unknown;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    const auto name = it->path().filename().string();
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      unknown.push_back(it->path());
    }
  }
  std::sort(unknown.begin(), unknown.end());
  for (const auto& path : unknown) {
    problems.push_back(path.string() + ": not a file newskg reads (a misspelled name?)");
  }
}

// One language folder: each file alone, then across them. Returns its clitics
// (their articles are stripped from gazetteer aliases), and adds to
// `countries` the gazetteer ids its titles name as owners (checked with the
// gazetteer).
Clitics check_language(const fs::path& dir,
                       const Ontology* ontology,
                       const Roles* roles,
                       std::vector<data_check::CountryReference>& countries,
                       std::vector<std::string>& problems)
{
  LanguagePack pack;
  check_names(dir, language_names, problems);
  for (const auto& file : language_files) {
    const auto source = (dir / file.name).string();
    // A file whole may parse twice (check_whole): keep only the rows of the files before it.
    const auto role_words = pack.role_words.size();
    const auto predicate_words = pack.predicate_words.size();
    const auto triggers = pack.triggers.size();
    append(problems,
           check_file_with(
             dir / file.name,
             file.presence,
             file.shape,
             [&](std::istream& in) {
               LanguagePack alone;
               alone.clitics = pack.clitics;
               alone.words.possessive = pack.words.possessive; // a trigger's preposition may be one
               file.parse(alone, in, source);
             },
             [&](std::istream& in) {
               pack.role_words.resize(role_words);
               pack.predicate_words.resize(predicate_words);
               pack.triggers.erase(pack.triggers.begin() + static_cast<std::ptrdiff_t>(triggers),
                                   pack.triggers.end());
               file.parse(pack, in, source);
             }));
  }
  const auto romanize = dir / "romanize.txt";
  if (const auto rules = data_check::read_checked(romanize, Presence::optional, problems)) {
    try {
      (void)Romanizer(*rules, romanize.string());
    } catch (const DataError& error) {
      problems.emplace_back(error.what());
    }
  }
  const auto frames = (dir / "frames.tsv").string();
  const bool frames_read = !file_problem(problems, frames);
  append(problems,
         pack_problems(
           pack, ontology, roles, frames_read ? std::string_view(frames) : std::string_view()));
  for (const auto& title : pack.titles) {
    if (!title.owner.empty()) {
      countries.push_back({title.owner, title.where});
    }
  }
  return pack.clitics;
}

} // namespace

namespace data_check {

std::string at(std::string_view source, std::size_t line)
{
  return std::string(source) + ":" + std::to_string(line) + ": ";
}

std::optional<std::string>
read_checked(const fs::path& path, Presence presence, std::vector<std::string>& problems)
{
  try {
    return read_data_file(path, presence);
  } catch (const DataError& error) {
    problems.emplace_back(error.what());
    return std::nullopt;
  }
}

std::vector<Row> rows_of(std::string_view text,
                         std::string_view source,
                         const FileShape& shape,
                         std::vector<std::string>& problems)
{
  std::vector<Row> rows;
  std::size_t line = 0;
  std::size_t at_byte = 0;
  bool in_header = true;
  while (at_byte < text.size()) {
    const auto end = std::min(text.find('\n', at_byte), text.size());
    auto content = text.substr(at_byte, end - at_byte);
    ++line;
    if (end == text.size()) {
      problems.push_back(at(source, line) + "no newline at the end of the file");
    }
    at_byte = end + 1;
    if (content.ends_with('\r')) {
      problems.push_back(at(source, line) + "carriage return at the end of the line");
      content.remove_suffix(1);
    }
    const bool comment = content.starts_with('#');
    if (shape.rows_only && line == 1 && !comment) {
      problems.push_back(at(source, line) + "the first line is not a '#' header");
    }
    if (shape.rows_only && !in_header && (comment || content.empty())) {
      problems.push_back(at(source, line) + "blank or comment line among the rows");
    }
    in_header = in_header && comment;
    if (comment || content.empty()) {
      continue;
    }
    Row row{.line = line, .fields = {}};
    for (std::size_t from = 0;;) {
      const auto tab = content.find('\t', from);
      row.fields.push_back(content.substr(from, tab == std::string_view::npos ? tab : tab - from));
      if (tab == std::string_view::npos) {
        break;
      }
      from = tab + 1;
    }
    const auto count = row.fields.size();
    if (count < shape.min_fields || count > shape.max_fields) {
      const auto expected =
        shape.min_fields == shape.max_fields
          ? std::to_string(shape.min_fields)
          : std::to_string(shape.min_fields) + " to " + std::to_string(shape.max_fields);
      problems.push_back(at(source, line) + std::to_string(count) + " fields, expected "
                         + expected);
      continue;
    }
    for (std::size_t i = 0; i < count; ++i) {
      const auto field = row.fields[i];
      if (!field.empty() && (field.front() == ' ' || field.back() == ' ')) {
        problems.push_back(at(source, line) + "field " + std::to_string(i + 1)
                           + " has spaces around it: '" + std::string(field) + "'");
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

} // namespace data_check

std::optional<std::string> read_data_file(const fs::path& path, Presence presence)
{
  std::error_code error;
  if (fs::exists(path, error) && !fs::is_regular_file(path, error)) {
    throw DataError(path.string() + ": not a regular file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (presence == Presence::optional) {
      return std::nullopt;
    }
    throw DataError(path.string() + ": cannot open data file");
  }
  std::ostringstream content;
  content << in.rdbuf();
  auto text = std::move(content).str();
  if (!is_valid_utf8(text)) {
    throw DataError(path.string() + ": not valid UTF-8");
  }
  // An emptied file would silently drop what it holds (a language's cues).
  if (!has_row(text)) {
    throw DataError(path.string() + ": no rows (only blank lines or comments)");
  }
  return text;
}

Roles parse_roles(std::istream& in, std::string_view source)
{
  Roles roles;
  TsvReader tsv(in, source);
  while (tsv.next()) {
    tsv.require(1);
    const std::string role(tsv.fields()[0]);
    if (role.empty()
        || role.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") != std::string::npos) {
      tsv.fail("a role is lowercase words joined by hyphens: '" + role + "'");
    }
    roles.insert(role);
  }
  return roles;
}

std::vector<std::string> pack_problems(const LanguagePack& pack,
                                       const Ontology* ontology,
                                       const Roles* roles,
                                       std::string_view frames_source)
{
  std::vector<std::string> problems;
  for (const auto& head : pack.heads) {
    if (ontology != nullptr && !head.link.empty() && ontology->find(head.link) == nullptr) {
      problems.push_back(head.where + ": predicate '" + head.link + "' is not in the ontology");
    }
  }
  // A trigger given twice (the same predicate, cue, frame and preposition;
  // a "+" row's imperfect forms count as rows of their own) is a copy that
  // the next edit would change in one place only.
  std::unordered_map<std::string, std::string_view> seen; // key -> where
  for (const auto& trigger : pack.triggers) {
    std::string key = trigger.predicate + '\t' + trigger.frame + '\t' + trigger.prep + '\t';
    for (const auto& word : trigger.cue.words) {
      key += std::string(word.gap_before ? "… " : "") + (word.adjectives_before ? "~ " : "")
             + word.text + (word.any_suffix ? "* " : " ");
    }
    if (const auto [at, fresh] = seen.emplace(key, trigger.where); !fresh) {
      problems.push_back(trigger.where + ": the same trigger as " + std::string(at->second));
    }
  }
  // "محاذي* ل": a proclitic the text writes on the next word, as a cue word
  // of its own, never matches.
  for (const auto& trigger : pack.triggers) {
    for (const auto& word : trigger.cue.words) {
      if (pack.clitics.is_proclitic(word.text)) {
        problems.push_back(trigger.where + ": cue word '" + word.text
                           + "' is a proclitic (clitics.tsv), written on the next word: it never "
                             "matches; give it as the trigger's preposition");
      }
    }
  }
  for (const auto& trigger : pack.triggers) {
    if (ontology != nullptr && ontology->find(trigger.predicate) == nullptr) {
      problems.push_back(trigger.where + ": predicate '" + trigger.predicate
                         + "' is not in the ontology");
    }
    const auto* frame = find_frame(pack.frames, trigger.frame);
    if (!frames_source.empty() && frame == nullptr) {
      problems.push_back(trigger.where + ": unknown frame '" + trigger.frame + "' ("
                         + std::string(frames_source) + " declares the frames)");
    } else if (frame != nullptr && frame->construction != Frame::Construction::none) {
      problems.push_back(trigger.where + ": frame '" + trigger.frame
                         + "' reads other cues in a construction (cue voice or relative), no cue "
                           "of its own");
    }
  }
  // Roles name positions across files: a title's role must be one of
  // ontology/roles.tsv (or "-" and "counterpart", which name none).
  for (const auto& title : pack.titles) {
    if (roles != nullptr && title.role != "-" && title.role != "counterpart"
        && !roles->contains(title.role)) {
      problems.push_back(title.where + ": unknown role '" + title.role
                         + "' (data/ontology/roles.tsv lists the roles)");
    }
  }
  for (const auto& [predicate, where] : pack.predicate_words) {
    if (ontology != nullptr && ontology->find(predicate) == nullptr) {
      problems.push_back(where + ": predicate '" + predicate + "' is not in the ontology");
    }
  }
  for (const auto& [role, where] : pack.role_words) {
    if (roles != nullptr && !roles->contains(role)) {
      problems.push_back(where + ": unknown role '" + role
                         + "' (data/ontology/roles.tsv lists the roles)");
    }
  }
  // The loaders sort titles, heads and triggers by cue length: give them in
  // line order, and a "+" row's problems once (its imperfect forms are rows
  // of their own at its line).
  std::sort(problems.begin(), problems.end(), [](const std::string& a, const std::string& b) {
    return std::pair{location_of(a), std::string_view(a)}
           < std::pair{location_of(b), std::string_view(b)};
  });
  problems.erase(std::unique(problems.begin(), problems.end()), problems.end());
  return problems;
}

std::vector<std::string>
check_file(const fs::path& path, Presence presence, const FileShape& shape, const LineParser& parse)
{
  return check_file_with(path, presence, shape, parse, parse);
}

DataCheck check_data(const fs::path& data_dir)
{
  DataCheck check;
  auto& problems = check.problems;
  std::error_code error;
  if (!fs::is_directory(data_dir, error)) {
    problems.push_back(data_dir.string() + ": no such data directory");
    return check;
  }
  const auto ontology_dir = data_dir / "ontology";
  const auto predicates = (ontology_dir / "predicates.tsv").string();
  append(problems,
         check_file(ontology_dir / "predicates.tsv",
                    Presence::required,
                    {7, 7, false},
                    [&](std::istream& in) { check.ontology = parse_predicates(in, predicates); }));
  Roles roles;
  const auto roles_source = (ontology_dir / "roles.tsv").string();
  append(problems,
         check_file(
           ontology_dir / "roles.tsv", Presence::required, {1, 1, false}, [&](std::istream& in) {
             roles = parse_roles(in, roles_source);
           }));
  if (fs::is_directory(ontology_dir, error)) {
    check_names(ontology_dir, ontology_names, problems);
  }

  // Languages are the folders holding a words.tsv (Resources::load); a folder
  // of its own without one would silently not be read.
  std::vector<fs::path> folders;
  for (fs::directory_iterator it(data_dir, error), end; !error && it != end; it.increment(error)) {
    if (it->is_directory(error)) {
      folders.push_back(it->path());
    }
  }
  std::sort(folders.begin(), folders.end());
  data_check::LanguageFolders languages;
  for (const auto& folder : folders) {
    const auto name = folder.filename().string();
    if (std::find(other_folders.begin(), other_folders.end(), name) != other_folders.end()) {
      continue;
    }
    if (!fs::exists(folder / "words.tsv", error)) {
      problems.push_back(folder.string()
                         + ": a language folder needs a words.tsv (else it is not read)");
      continue;
    }
    languages.names.push_back(name);
    languages.articles.add_articles(
      check_language(folder,
                     file_problem(problems, predicates) ? nullptr : &check.ontology,
                     file_problem(problems, roles_source) ? nullptr : &roles,
                     languages.countries,
                     problems));
  }
  if (languages.names.empty()) {
    problems.push_back(data_dir.string() + ": no language folder (one with a words.tsv)");
  }

  if (fs::is_directory(data_dir / "gazetteer", error)) {
    check_names(data_dir / "gazetteer", gazetteer_names, problems);
  }
  data_check::check_gazetteer(
    data_dir, languages, file_problem(problems, roles_source) ? nullptr : &roles, problems);

  // Files in their order above, lines in order within a file.
  std::vector<std::string> files;
  for (const auto& problem : problems) {
    const auto file = std::string(location_of(problem).first);
    if (std::find(files.begin(), files.end(), file) == files.end()) {
      files.push_back(file);
    }
  }
  std::stable_sort(
    problems.begin(), problems.end(), [&](const std::string& a, const std::string& b) {
      const auto [file_a, line_a] = location_of(a);
      const auto [file_b, line_b] = location_of(b);
      const auto rank_a = std::find(files.begin(), files.end(), file_a) - files.begin();
      const auto rank_b = std::find(files.begin(), files.end(), file_b) - files.begin();
      return std::tie(rank_a, line_a) < std::tie(rank_b, line_b);
    });
  return check;
}

} // namespace newskg::extract
