// newskg check-data, the one validator of the data directory: one broken copy
// of the shipped data/ per kind of error, each with the exact problems it
// must report (file:line: problem), and copies that must pass.
#include "cli/run.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

// The shipped data directory (a function: a static path's constructor may throw).
fs::path shipped()
{
  return NEWSKG_SOURCE_DIR "/data";
}

struct Result
{
  int code = -1;
  std::string out;
  std::string err;
};

Result check_data(const fs::path& dir)
{
  std::ostringstream out;
  std::ostringstream err;
  const std::string data = dir.string();
  const std::vector<std::string_view> args{"check-data", "--data", data};
  Result result;
  result.code = newskg::cli::run(args, out, err);
  result.out = out.str();
  result.err = err.str();
  return result;
}

std::vector<std::string> lines_of(const fs::path& path)
{
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

// The line of `file` (1-based) that starts with `prefix`: where a row's
// expected message points into the shipped data, which others edit.
std::size_t line_starting(const std::string& file, const std::string& prefix)
{
  const auto lines = lines_of(shipped() / file);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].starts_with(prefix)) {
      return i + 1;
    }
  }
  FAIL("no line of " << file << " starts with " << prefix);
  return 0;
}

// A fresh copy of the shipped data/ (its tools/ left out) in `name`, apart
// for each process (test runs of several builds may share the machine).
fs::path data_copy(const std::string& name)
{
  auto dir =
    fs::temp_directory_path() / ("newskg-check-data-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& entry : fs::directory_iterator(shipped())) {
    if (entry.path().filename() != "tools") {
      fs::copy(entry.path(), dir / entry.path().filename(), fs::copy_options::recursive);
    }
  }
  return dir;
}

// How a row breaks its file.
enum class Edit {
  append,     // `text` added at the end: its first line is the file's lines + 1
  last_field, // field `column` of the last line set to `text` (sorted files stay sorted)
  replace,    // the whole file is `text`
  directory,  // a directory in the file's place
  remove,     // the file is gone
};

// A problem check-data must report: "file:line: text". `line` 0 names the
// file alone; `edited` the appended (or last) line. In `text`, @DATA@ stands
// for the copy's directory and @LAST@ for the file's last line number.
struct Problem
{
  long line;
  std::string text;
  const char* file = nullptr; // the row's file when null
};

constexpr long edited = -1;

struct Row
{
  const char* name;
  const char* file; // relative to data/
  Edit edit;
  std::size_t column; // for Edit::last_field
  std::string text;
  std::vector<Problem> problems;
};

void apply(const fs::path& dir, const Row& row)
{
  const auto path = dir / row.file;
  switch (row.edit) {
  case Edit::append:
    std::ofstream(path, std::ios::app | std::ios::binary) << row.text;
    break;
  case Edit::last_field: {
    auto lines = lines_of(path);
    auto& last = lines.back();
    std::vector<std::string> fields;
    for (std::size_t from = 0;;) {
      const auto tab = last.find('\t', from);
      fields.push_back(last.substr(from, tab == std::string::npos ? tab : tab - from));
      if (tab == std::string::npos) {
        break;
      }
      from = tab + 1;
    }
    fields.at(row.column) = row.text;
    last.clear();
    for (const auto& field : fields) {
      last += (last.empty() && &field == &fields.front() ? "" : "\t") + field;
    }
    std::ofstream out(path, std::ios::binary);
    for (const auto& line : lines) {
      out << line << '\n';
    }
    break;
  }
  case Edit::replace:
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << row.text;
    break;
  case Edit::directory:
    fs::remove(path);
    fs::create_directory(path);
    break;
  case Edit::remove:
    fs::remove(path);
    break;
  }
}

std::string replaced(std::string text, std::string_view from, const std::string& to)
{
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// What check-data must print for `row` on the copy `dir`.
std::string expected_err(const fs::path& dir, const Row& row)
{
  const auto count = fs::exists(shipped() / row.file) ? lines_of(shipped() / row.file).size() : 0;
  const auto edited_line = row.edit == Edit::append ? count + 1 : count;
  std::string err;
  for (const auto& problem : row.problems) {
    err.append("newskg: ")
      .append((dir / (problem.file != nullptr ? problem.file : row.file)).string());
    if (problem.line != 0) {
      err.append(":").append(std::to_string(
        problem.line == edited ? edited_line : static_cast<std::size_t>(problem.line)));
    }
    err.append(": ").append(
      replaced(replaced(problem.text, "@DATA@", dir.string()), "@LAST@", std::to_string(count)));
    err.push_back('\n');
  }
  const auto n = row.problems.size();
  err += std::string("newskg: ") + std::to_string(n) + (n == 1 ? " problem" : " problems") + " in "
         + dir.string() + "\n";
  return err;
}

} // namespace

TEST_CASE("check-data passes the shipped data and copies with good changes", "[cli][check-data]")
{
  struct Good
  {
    const char* name;
    const char* file;
    const char* text;
  };
  // clang-format off
  const std::vector<Good> rows{
    {"unchanged", "ar/words.tsv", ""},
    {"a known option", "ar/words.tsv", "option\tcountry-before-title\n"},
    {"a comment among a language's rows", "en/triggers.tsv", "# a comment\n"},
    {"a frame the language declares", "ar/triggers.tsv", "called-on\tندعو الى\tverb-we\t-\t0.8\n"},
    {"a known role", "en/titles.tsv", "envoy\tspecial representative\n"},
    {"a title naming its country", "ar/titles.tsv", "king\tعاهل الديار\tone\twd:Q851\n"},
    {"a new entity with a name of its own", "gazetteer/people.tsv", "x:person:zzzz-test\tPerson\tZzzz Test\t\t\t\n"},
  };
  // clang-format on
  for (const auto& row : rows) {
    INFO(row.name);
    const auto dir = data_copy("good");
    std::ofstream(dir / row.file, std::ios::app | std::ios::binary) << row.text;

    const auto result = check_data(dir);

    CHECK(result.code == newskg::cli::success);
    CHECK(result.err.empty());
    CHECK_THAT(result.out, Catch::StartsWith("OK "));
    fs::remove_all(dir);
  }
}

TEST_CASE("check-data reports every broken line of every data file with its file:line",
          "[cli][check-data][error]")
{
  const auto putin = std::to_string(line_starting("gazetteer/people.tsv", "wd:Q7747\t"));
  const auto milanovic =
    std::to_string(line_starting("gazetteer/people.tsv", "x:person:zoran-milanovic\t"));
  const auto cairo = std::to_string(line_starting("gazetteer/places.tsv", "wd:Q85\t"));
  const auto russian = line_starting("en/demonyms.tsv", "wd:Q159\t");
  const auto andorra = line_starting("gazetteer/country_qids.tsv", "AD\t");
  const auto roles = std::string(" (data/ontology/roles.tsv lists the roles)");
  const auto drew_criticism =
    std::to_string(line_starting("en/triggers.tsv", "criticized\tdrew … criticism\t"));
  // One row a line or two, as a table reads best.
  // clang-format off
  const std::vector<Row> rows{
    // ontology/
    {"symmetric neither yes nor no", "ontology/predicates.tsv", Edit::append, 0,
     "met2\t043\tmaybe\tPerson\tPerson\tmet\tالتقى\n", {{edited, "symmetric must be 'yes' or 'no'"}}},
    {"a predicate twice", "ontology/predicates.tsv", Edit::append, 0,
     "met\t043\tyes\tPerson\tPerson\tmet\tالتقى\n", {{edited, "predicate 'met' defined twice"}}},
    {"a predicate name", "ontology/predicates.tsv", Edit::append, 0,
     "Met Again\t043\tyes\tPerson\tPerson\tmet\tالتقى\n",
     {{edited, "a predicate is lowercase words and digits joined by hyphens: 'Met Again'"}}},
    {"a predicate's CAMEO code", "ontology/predicates.tsv", Edit::append, 0,
     "met2\t43x\tyes\tPerson\tPerson\tmet\tالتقى\n", {{edited, "a CAMEO code is '-' or 2 to 4 digits: '43x'"}}},
    {"a predicate with 6 fields", "ontology/predicates.tsv", Edit::append, 0,
     "met2\t043\tyes\tPerson\tPerson\tmet\n", {{edited, "6 fields, expected 7"}}},
    {"a role in words", "ontology/roles.tsv", Edit::append, 0, "Foreign Minister\n",
     {{edited, "a role is lowercase words joined by hyphens: 'Foreign Minister'"}}},
    {"a predicate alias to no predicate", "ontology/predicate_aliases.tsv", Edit::append, 0, "slammed\tcriticised\n",
     {{edited, "'criticised' is not a predicate of the ontology"}}},
    {"a CAMEO code with a letter", "ontology/cameo_plover.tsv", Edit::append, 0, "12x\tAGREE\t\tdiplomatic\tx\n",
     {{edited, "a CAMEO code is 2 to 4 digits: '12x'"}}},
    // <lang>/triggers.tsv, cameo_triggers.tsv
    {"frame", "ar/triggers.tsv", Edit::append, 0, "met\tالتقى\tverbb\t-\t0.8\n",
     {{edited, "unknown frame 'verbb' (@DATA@/ar/frames.tsv declares the frames)"}}},
    {"predicate", "en/triggers.tsv", Edit::append, 0, "meets\tmeets\tverb\t-\t0.8\n",
     {{edited, "predicate 'meets' is not in the ontology"}}},
    {"predicate and frame", "en/triggers.tsv", Edit::append, 0, "meets\tmeets\tverbb\t-\t0.8\n",
     {{edited, "predicate 'meets' is not in the ontology"},
      {edited, "unknown frame 'verbb' (@DATA@/en/frames.tsv declares the frames)"}}},
    {"confidence", "en/triggers.tsv", Edit::append, 0, "met\tmeets\tverb\t-\thigh\n",
     {{edited, "confidence must be a number in (0, 1]"}}},
    {"a cue ending in '~'", "ar/triggers.tsv", Edit::append, 0, "attacked\tشن* … هجوم* ~\tverb\t-\t0.8\n",
     {{edited, "a cue begins and ends with a word, not '…' or '~'"}}},
    {"trigger with 4 fields", "ar/triggers.tsv", Edit::append, 0, "met\tالتقى\tverb\t0.8\n",
     {{edited, "4 fields, expected 5"}}},
    {"frame of a CAMEO cue", "en/cameo_triggers.tsv", Edit::append, 0, "criticized\tslam\tverbb\t-\t0.7\n",
     {{edited, "unknown frame 'verbb' (@DATA@/en/frames.tsv declares the frames)"}}},
    {"a trigger twice", "en/triggers.tsv", Edit::append, 0, "criticized\tdrew … criticism\tundergo\tfrom\t0.7\n",
     {{edited, "the same trigger as @DATA@/en/triggers.tsv:" + drew_criticism}}},
    // <lang>/words.tsv, given_names.tsv
    {"option", "en/words.tsv", Edit::append, 0, "option\tsubject-befor-verb\n",
     {{edited, "unknown option 'subject-befor-verb'"}}},
    {"word class", "en/words.tsv", Edit::append, 0, "stopp\tof\n", {{edited, "unknown word class 'stopp'"}}},
    {"spelling dictionary", "en/words.tsv", Edit::append, 0, "spelling-dictionary\tarr\n",
     {{edited, "spelling dictionary /usr/share/hunspell/arr.aff not found (Debian package "
               "hunspell-arr, installed by scripts/setup.sh; or set DICPATH)"}}},
    {"role of a word class", "ar/words.tsv", Edit::append, 0, "country-role\tpresidnet\n",
     {{edited, "unknown role 'presidnet'" + roles}}},
    {"predicate of a word class", "ar/words.tsv", Edit::append, 0, "charge-report\tannounce\n",
     {{edited, "predicate 'announce' is not in the ontology"}}},
    {"spaces around a word", "en/words.tsv", Edit::append, 0, "stop\t of\n",
     {{edited, "field 2 has spaces around it: ' of'"}}},
    {"carriage return", "en/words.tsv", Edit::append, 0, "stop\tof\r\n",
     {{edited, "carriage return at the end of the line"}}},
    {"given-name class", "en/given_names.tsv", Edit::append, 0, "stop\tZed\n",
     {{edited, "given_names.tsv holds class given-name only, not 'stop' (words.tsv holds the others)"}}},
    // <lang>/titles.tsv, heads.tsv, clitics.tsv
    {"title role", "ar/titles.tsv", Edit::append, 0, "presidnet\tالرئيسة الفخرية\n",
     {{edited, "unknown role 'presidnet'" + roles}}},
    {"title role in English", "en/titles.tsv", Edit::append, 0, "foriegn-minister\tforeign affairs chief\n",
     {{edited, "unknown role 'foriegn-minister'" + roles}}},
    {"title owner not in the gazetteer", "ar/titles.tsv", Edit::append, 0, "king\tعاهل الديار\tone\twd:Q8510\n",
     {{edited, "'wd:Q8510' is not a country of the gazetteer"}}},
    {"title owner no country", "ar/titles.tsv", Edit::append, 0, "king\tعاهل الديار\tone\twd:Q7172\n",
     {{edited, "'wd:Q7172' is not a country of the gazetteer"}}},
    {"link of a place head", "en/heads.tsv", Edit::append, 0, "Location\tborough of\tborough\tlocated-inn\n",
     {{edited, "predicate 'located-inn' is not in the ontology"}}},
    {"kind of a place head", "en/heads.tsv", Edit::append, 0, "Location\tborough of\tborough\tlocated-in\tcapitol\n",
     {{edited, "the fifth column is 'seat', 'facility', 'quoted-facility', 'named-facility' or '-', not 'capitol'"}}},
    {"type of a head", "ar/heads.tsv", Edit::append, 0, "Place\tبلدة\ttown\n", {{edited, "unknown entity type 'Place'"}}},
    {"clitic kind", "ar/clitics.tsv", Edit::append, 0, "prefix\tب\n", {{edited, "unknown clitic kind 'prefix'"}}},
    // <lang>/frames.tsv
    {"frame family", "ar/frames.tsv", Edit::append, 0, "verb2\tclaus\tbefore\tafter\t-\tfinite\t6\n",
     {{edited,
       "unknown frame family 'claus' (known: clause, symmetric, reciprocal, verbal-noun, around, role-of, members, "
       "member-list, genitive, apposed, in-place, neighbour)"}}},
    {"report", "ar/frames.tsv", Edit::append, 0, "say2\tclause\tbefore\t-\tevents\tfinite\t6\n",
     {{edited, "unknown report 'events' (known: event, speaker, source, -)"}}},
    {"window", "ar/frames.tsv", Edit::append, 0, "verb2\tclause\tbefore\tafter\t-\tfinite\tsix\n",
     {{edited, "window must be a number of tokens from 0 to 20, or -: 'six'"}}},
    {"frame twice", "en/frames.tsv", Edit::append, 0, "verb\tclause\tbefore\tafter\t-\tfinite\t6\n",
     {{edited, "frame 'verb' is declared twice"}}},
    // <lang>/romanize.txt
    {"transliteration rules", "ar/romanize.txt", Edit::replace, 0, "# rules\n:: NFD ;\n[ > x ;\n",
     {{0, "transliteration rules do not compile (U_MALFORMED_SET) after 'rules :: NFD ; '"}}},
    // <lang>/demonyms.tsv
    {"demonym with the article", "ar/demonyms.tsv", Edit::last_field, 1, "فلسطيني|الفلسطيني",
     {{edited, "Arabic form with the article: 'الفلسطيني'"}}},
    {"demonym of two countries", "en/demonyms.tsv", Edit::last_field, 1, "Republican|Russian",
     {{edited, std::string("form 'Russian' is also a form of wd:Q159 (line ") + std::to_string(russian) + ")"}}},
    {"demonym that names a person", "en/demonyms.tsv", Edit::last_field, 1, "Republican|Putin",
     {{edited, "form 'Putin' is an alias of wd:Q7747 (@DATA@/gazetteer/people.tsv:" + putin + ")"}}},
    // gazetteer entity files
    {"8 fields", "gazetteer/people.tsv", Edit::append, 0, "x:person:zzzz-test\tPerson\tZzzz Test\t\t\t\tx\ty\n",
     {{edited, "8 fields, expected 6"}}},
    {"bad id", "gazetteer/people.tsv", Edit::append, 0, "x:person:zzzz_test\tPerson\tZzzz Test\t\t\t\n",
     {{edited, "bad id 'x:person:zzzz_test' (wd:Q<number>, iso:XX, gn:<number>, x:org:, x:person: or x:place:<slug>)"}}},
    {"type of another file", "gazetteer/places.tsv", Edit::append, 0, "x:place:zzzz-test\tPerson\tZzzz Test\t\t\t\n",
     {{edited, "type 'Person' in places.tsv, which holds Location entities"}}},
    {"an id twice", "gazetteer/cities.tsv", Edit::append, 0, "x:person:zoran-milanovic\tLocation\tZzzz Test\t\t\t\n",
     {{edited, "id 'x:person:zoran-milanovic' is already defined at @DATA@/gazetteer/people.tsv:" + milanovic}}},
    {"not sorted", "gazetteer/people.tsv", Edit::append, 0, "wd:Q1\tPerson\tZzzz Test\t\t\t\n",
     {{edited, "not sorted by id, or an id twice (data/tools/sort_tsv.py sorts the file)"}}},
    {"empty English label", "gazetteer/people.tsv", Edit::append, 0, "x:person:zzzz-test\tPerson\t\tززز زززز\t\t\n",
     {{edited, "empty label_en"}}},
    {"Arabic in an English column", "gazetteer/organizations.tsv", Edit::append, 0,
     "x:org:zzzz-test\tOrganization\tZzzz Test\t\tززز زززز\t\n", {{edited, "Arabic letters in an English column"}}},
    {"Latin in an Arabic column", "gazetteer/organizations.tsv", Edit::append, 0,
     "x:org:zzzz-test\tOrganization\tZzzz Test\tZzzz Org\t\t\n", {{edited, "Latin letters in an Arabic column"}}},
    {"empty alias", "gazetteer/organizations.tsv", Edit::append, 0,
     "x:org:zzzz-test\tOrganization\tZzzz Test\t\tZZT||Zed Test\t\n", {{edited, "empty alias in aliases_en"}}},
    {"an alias of two entities", "gazetteer/people.tsv", Edit::append, 0,
     "x:person:zzzz-test\tPerson\tVladimir Putin\t\t\t\n",
     {{edited,
       "alias 'Vladimir Putin' of x:person:zzzz-test also names wd:Q7747 (@DATA@/gazetteer/people.tsv:" + putin
         + ", 'Vladimir Putin')"}}},
    {"an Arabic alias of two entities, also without its article", "gazetteer/places.tsv", Edit::append, 0,
     "x:place:zzzz-test\tLocation\tZzzz Test\tالقاهرة\t\t\n",
     {{edited,
       "alias 'القاهرة' of x:place:zzzz-test also names wd:Q85 (@DATA@/gazetteer/places.tsv:" + cairo + ", 'القاهرة')"},
      {edited,
       "alias 'القاهرة' of x:place:zzzz-test without its article also names wd:Q85 (@DATA@/gazetteer/places.tsv:"
         + cairo + ", 'القاهرة')"}}},
    {"a comment among the rows", "gazetteer/people.tsv", Edit::append, 0, "# a note\n",
     {{edited, "blank or comment line among the rows"}}},
    {"no newline at the end", "gazetteer/people.tsv", Edit::append, 0, "x:person:zzzz-test\tPerson\tZzzz Test\t\t\t",
     {{edited, "no newline at the end of the file"}}},
    // gazetteer/positions.tsv, seats.tsv, chambers.tsv, regions.tsv, city_countries.tsv, country_qids.tsv,
    // country_aliases.tsv
    {"role of a position", "gazetteer/positions.tsv", Edit::last_field, 1, "presidnet",
     {{edited, "unknown role 'presidnet'" + roles}}},
    {"start date", "gazetteer/positions.tsv", Edit::last_field, 3, "20x1",
     {{edited, "bad start date '20x1' (YYYY, YYYY-MM or YYYY-MM-DD)"}}},
    {"end date", "gazetteer/positions.tsv", Edit::last_field, 4, "2024-13-01",
     {{edited, "bad end date '2024-13-01' (YYYY, YYYY-MM or YYYY-MM-DD, or empty while held)"}}},
    {"end before start", "gazetteer/positions.tsv", Edit::last_field, 4, "1900",
     {{edited, "ends before it starts: end '1900'"}}},
    {"holder unknown", "gazetteer/positions.tsv", Edit::last_field, 0, "x:person:zzzz-nobody",
     {{edited, "'x:person:zzzz-nobody' is not a person of the gazetteer"}}},
    {"a position twice", "gazetteer/positions.tsv", Edit::append, 0, "@LASTLINE@",
     {{edited, "the same position as line @LAST@"}}},
    {"seat kind", "gazetteer/seats.tsv", Edit::last_field, 2, "capitol",
     {{edited, "unknown seat kind 'capitol' (capital or seat)"}}},
    {"country of a party", "en/party_tags.tsv", Edit::append, 0, "x:org:republican-party\tZZ\twd:Q7747\n",
     {{edited, "'wd:Q7747' is not a country of the gazetteer"}}},
    {"a country for a state's country", "ar/party_tags.tsv", Edit::append, 0, "wd:Q30\tزز\twd:Q30\n",
     {{edited, "'wd:Q30' is not a party (organization) of the gazetteer"}}},
    {"role of a chamber", "gazetteer/chambers.tsv", Edit::last_field, 0, "senatr",
     {{edited, "unknown role 'senatr'" + roles}}},
    {"country of a region", "gazetteer/regions.tsv", Edit::last_field, 1, "wd:Q7747",
     {{edited, "'wd:Q7747' is not a country of the gazetteer"}}},
    {"country of a city", "gazetteer/city_countries.tsv", Edit::last_field, 1, "wd:Q7747",
     {{edited, "'wd:Q7747' is not a country of the gazetteer"}}},
    {"a city unknown", "gazetteer/city_countries.tsv", Edit::last_field, 0, "gn:0",
     {{edited, "'gn:0' is not a place of the gazetteer"}}},
    {"a Wikidata id of two countries", "gazetteer/country_qids.tsv", Edit::last_field, 1, "wd:Q228",
     {{edited, std::string("wd:Q228 is already listed at line ") + std::to_string(andorra)}}},
    {"country code", "gazetteer/country_aliases.tsv", Edit::append, 0, "ZZZ\tZed\tزد\n",
     {{edited, "bad ISO 3166 code 'ZZZ' (two capital letters)"}}},
    // Files and folders
    {"an emptied file", "ar/triggers.tsv", Edit::replace, 0, "# only a comment\n\n",
     {{0, "no rows (only blank lines or comments)"}}},
    {"an emptied frames file, and no trigger said to lack its frame", "en/frames.tsv", Edit::replace, 0, "",
     {{0, "no rows (only blank lines or comments)"}}},
    {"not UTF-8", "en/titles.tsv", Edit::append, 0, "chair\t\xff\n", {{0, "not valid UTF-8"}}},
    {"a directory in place of a file", "gazetteer/seats.tsv", Edit::directory, 0, "", {{0, "not a regular file"}}},
    {"a required file missing", "en/triggers.tsv", Edit::remove, 0, "", {{0, "cannot open data file"}}},
    {"a misspelled file name", "en/trigers.tsv", Edit::replace, 0, "met\tmeets\tverb\t-\t0.8\n",
     {{0, "not a file newskg reads (a misspelled name?)"}}},
    {"a language folder without words.tsv", "fr/triggers.tsv", Edit::replace, 0, "met\trencontre\tverb\t-\t0.8\n",
     {{0, "a language folder needs a words.tsv (else it is not read)", "fr"}}},
  };
  // clang-format on
  for (const auto& row : rows) {
    INFO(row.name);
    const auto dir = data_copy("broken");
    auto broken = row;
    if (broken.text == "@LASTLINE@") {
      broken.text = lines_of(shipped() / row.file).back() + "\n";
    }
    apply(dir, broken);
    const auto expected = expected_err(dir, row);

    const auto result = check_data(dir);

    CHECK(result.code == newskg::cli::bad_data);
    CHECK(result.err == expected);
    CHECK(result.out.empty());
    fs::remove_all(dir);
  }
}

TEST_CASE("check-data reports the problems of several files in one run, in file and line order",
          "[cli][check-data][error]")
{
  const auto dir = data_copy("several");
  std::ofstream(dir / "en/words.tsv", std::ios::app) << "option\tsubject-befor-verb\nstopp\tof\n";
  std::ofstream(dir / "ar/titles.tsv", std::ios::app) << "presidnet\tالرئيسة الفخرية\n";
  const auto words = lines_of(shipped() / "en/words.tsv").size();
  const auto titles = lines_of(shipped() / "ar/titles.tsv").size();

  const auto result = check_data(dir);

  CHECK(result.code == newskg::cli::bad_data);
  CHECK(result.err
        == std::string("newskg: ") + (dir / "ar/titles.tsv").string() + ":"
             + std::to_string(titles + 1)
             + ": unknown role 'presidnet' (data/ontology/roles.tsv lists the roles)\n"
             + std::string("newskg: ") + (dir / "en/words.tsv").string() + ":"
             + std::to_string(words + 1) + ": unknown option 'subject-befor-verb'\n"
             + std::string("newskg: ") + (dir / "en/words.tsv").string() + ":"
             + std::to_string(words + 2) + ": unknown word class 'stopp'\n"
             + "newskg: 3 problems in " + dir.string() + "\n");
  fs::remove_all(dir);
}
