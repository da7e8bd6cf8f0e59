// The shipped data itself: it loads, and its rules and names are consistent.
#include "core/error.hpp"
#include "extract/extractor.hpp"
#include "extract/romanizer.hpp"

#include "support/extraction.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using newskg::test::shipped_resources;

TEST_CASE("The shipped data loads with a stable fingerprint", "[extract][data]")
{
  const auto& resources = shipped_resources();
  const auto again = newskg::extract::Resources::load(NEWSKG_SOURCE_DIR "/data");

  CHECK(resources.fingerprint().size() == 16);
  CHECK(resources.fingerprint() == again.fingerprint());
  CHECK(resources.ontology().find("met") != nullptr);
}

TEST_CASE("Names resolve in every language the gazetteer knows", "[extract][data]")
{
  const auto& resources = shipped_resources();

  CHECK(resources.ids_for_name("Putin") == std::vector<std::string>{"wd:Q7747"});
  CHECK(resources.ids_for_name("بوتين") == std::vector<std::string>{"wd:Q7747"});
  CHECK(resources.ids_for_name("فلاديمير بوتين") == std::vector<std::string>{"wd:Q7747"});
  CHECK(resources.ids_for_name("no such person anywhere").empty());
  CHECK_FALSE(resources.aliases_of("wd:Q7747").empty());
}

TEST_CASE("Cities converted from GeoNames resolve; names the converter left out do not",
          "[extract][data]")
{
  const auto& resources = shipped_resources();
  const std::vector<std::string> khamis_mushait{"gn:105072"}; // geonames.org/105072, Saudi Arabia
  const std::vector<std::string> yanbu{"gn:100425"};          // geonames.org/100425, Saudi Arabia

  CHECK(resources.ids_for_name("خميس مشيط") == khamis_mushait);
  CHECK(resources.ids_for_name("Khamis Mushait") == khamis_mushait);
  CHECK(resources.ids_for_name("Yanbu") == yanbu);
  // Left out as common words: ينبع "springs" (Yanbu keeps its English name),
  // الخبر "the news" (Khobar), Mobile (Alabama); Toyota names the company.
  CHECK(resources.ids_for_name("ينبع").empty());
  CHECK(resources.ids_for_name("الخبر").empty());
  CHECK(resources.ids_for_name("Mobile").empty());
  CHECK(resources.ids_for_name("Toyota") == std::vector<std::string>{"x:org:toyota"});
  // In text, by the gazetteer's longest match.
  CHECK(newskg::test::triples_of("زار وزير الخارجية السعودي فيصل بن فرحان مدينة خميس مشيط.")
          .contains("Faisal bin Farhan|visited|Khamis Mushait"));
}

TEST_CASE("Organizations converted from Phoenix resolve; names the converter left out do not",
          "[extract][data]")
{
  const auto& resources = shipped_resources();

  CHECK(resources.ids_for_name("Vodafone") == std::vector<std::string>{"x:org:vodafone"});
  // A company's name without its legal suffix, and with it; but not one word
  // of it alone, which may be anybody's surname (Zimmer Holdings).
  CHECK(resources.ids_for_name("Kraft Foods") == std::vector<std::string>{"x:org:kraft-foods"});
  CHECK(resources.ids_for_name("Kraft Foods Inc") == std::vector<std::string>{"x:org:kraft-foods"});
  CHECK(resources.ids_for_name("Zimmer Holdings")
        == std::vector<std::string>{"x:org:zimmer-holdings"});
  CHECK(resources.ids_for_name("Zimmer").empty());
  // Left out: a common word (Shell), Phoenix's code words (MNC), a person
  // Phoenix lists under a company's code (EARL_SLACK_ [MNCUSA]# Union Carbide
  // spokesman), a role (UN_SECRETARY_GENERAL).
  CHECK(resources.ids_for_name("Shell").empty());
  CHECK(resources.ids_for_name("MNC").empty());
  CHECK(resources.ids_for_name("Earl Slack").empty());
  CHECK(resources.ids_for_name("Union Carbide").empty());
  CHECK(resources.ids_for_name("UN Secretary General").empty());
  newskg::test::check_rows(
    {
      {"a company of the gazetteer owns a title",
       "Toyota's managing director Marvin Cooke said the plant would stay open.",
       "Marvin Cooke|holds-position|Toyota|director",
       true},
      {"a common word Phoenix lists as a company is no organization",
       "Shell's managing director Marvin Cooke said the plant would stay open.",
       "Marvin Cooke|holds-position|Shell|director",
       false},
    },
    "en");
}

TEST_CASE("A missing data directory is a data error naming it", "[extract][data][error]")
{
  REQUIRE_THROWS_WITH(newskg::extract::Resources::load("/nonexistent/data"),
                      Catch::Contains("/nonexistent/data"));
}

namespace {

// A copy of the shipped data/ with `text` appended to the file `relative`.
std::filesystem::path
data_copy_with(const std::string& name, const std::string& relative, const std::string& text)
{
  auto dir = std::filesystem::temp_directory_path()
             / ("newskg-data-test-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::copy(NEWSKG_SOURCE_DIR "/data", dir, std::filesystem::copy_options::recursive);
  std::ofstream(dir / relative, std::ios::app) << text;
  return dir;
}

} // namespace

TEST_CASE("A language's fingerprint changes with its own and the shared files only",
          "[extract][data]")
{
  const auto& shipped = shipped_resources();
  const auto english =
    newskg::extract::Resources::load(data_copy_with("en", "en/triggers.tsv", "# a comment\n"));
  const auto gazetteer =
    newskg::extract::Resources::load(data_copy_with("gaz", "gazetteer/seats.tsv", "# a comment\n"));

  CHECK(english.fingerprint("ar") == shipped.fingerprint("ar"));
  CHECK(english.fingerprint("en") != shipped.fingerprint("en"));
  CHECK(english.fingerprint() != shipped.fingerprint());
  CHECK(gazetteer.fingerprint("ar") != shipped.fingerprint("ar"));
  CHECK(gazetteer.fingerprint("en") != shipped.fingerprint("en"));
  CHECK(shipped.fingerprint("ar") != shipped.fingerprint("en"));
}

TEST_CASE("Transliteration rules that do not compile are a data error naming the file",
          "[extract][data][error]")
{
  REQUIRE_THROWS_AS(newskg::extract::Romanizer("[ > x ;", "data/ar/romanize.txt"),
                    newskg::DataError);
  REQUIRE_THROWS_WITH(newskg::extract::Romanizer("[ > x ;", "data/ar/romanize.txt"),
                      Catch::Contains("data/ar/romanize.txt"));
  CHECK(newskg::extract::Romanizer().romanize("سارة").empty());
}

namespace {

// The number of lines of a file: a line appended to it is line lines + 1.
std::size_t line_count(const std::filesystem::path& path)
{
  std::ifstream in(path);
  std::size_t lines = 0;
  for (std::string line; std::getline(in, line);) {
    ++lines;
  }
  return lines;
}

} // namespace

TEST_CASE("Misspelled frames, options and roles are data errors with file:line",
          "[extract][data][error]")
{
  struct Row
  {
    const char* name;
    const char* file;
    const char* line;
    const char* message;
  };
  const std::vector<Row> rows{
    {"frame", "ar/triggers.tsv", "met\tالتقى\tverbb\t-\t0.8\n", "unknown frame 'verbb'"},
    {"proclitic as a cue word",
     "ar/triggers.tsv",
     "borders\tمحاذي* ل\trel-left\t-\t0.7\n",
     "cue word 'ل' is a proclitic"},
    {"predicate",
     "en/triggers.tsv",
     "meets\tmeets\tverb\t-\t0.8\n",
     "predicate 'meets' is not in the ontology"},
    {"option",
     "en/words.tsv",
     "option\tsubject-befor-verb\n",
     "unknown option 'subject-befor-verb'"},
    {"spelling dictionary",
     "ar/words.tsv",
     "spelling-dictionary\tarr\n",
     "a second spelling-dictionary"},
    {"spelling dictionary not installed",
     "en/words.tsv",
     "spelling-dictionary\tarr\n",
     "spelling dictionary /usr/share/hunspell/arr.aff not found"},
    {"title role", "ar/titles.tsv", "presidnet\tالرئيسة الفخرية\n", "unknown role 'presidnet'"},
    {"role of a title in English",
     "en/titles.tsv",
     "foriegn-minister\tforeign affairs chief\n",
     "unknown role 'foriegn-minister'"},
    {"role of a word class",
     "ar/words.tsv",
     "country-role\tpresidnet\n",
     "unknown role 'presidnet'"},
    {"link of a place head",
     "en/heads.tsv",
     "Location\tborough of\tborough\tlocated-inn\n",
     "predicate 'located-inn' is not in the ontology"},
    {"frame family",
     "ar/frames.tsv",
     "verb2\tclaus\tbefore\tafter\t-\tfinite\t6\n",
     "unknown frame family 'claus'"},
    {"subject place",
     "en/frames.tsv",
     "verb2\tclause\tbefor\tafter\t-\tfinite\t6\n",
     "unknown subject place 'befor'"},
    {"object place",
     "en/frames.tsv",
     "verb2\tclause\tbefore\tafter|prepp\t-\tfinite\t6\n",
     "unknown object place 'prepp'"},
    {"report",
     "ar/frames.tsv",
     "say2\tclause\tbefore\t-\tevents\tfinite\t6\n",
     "unknown report 'events'"},
    {"cue kind",
     "ar/frames.tsv",
     "verb2\tclause\tbefore\tafter\t-\tverb\t6\n",
     "unknown cue kind 'verb'"},
    {"window",
     "ar/frames.tsv",
     "verb2\tclause\tbefore\tafter\t-\tfinite\tsix\n",
     "window must be a number"},
    {"frame twice",
     "en/frames.tsv",
     "verb\tclause\tbefore\tafter\t-\tfinite\t6\n",
     "frame 'verb' is declared twice"},
    {"no subject",
     "ar/frames.tsv",
     "verb2\tclause\t-\tafter\t-\tfinite\t6\n",
     "frame 'verb2' names no place for its subject"},
    {"reporting frame with an object",
     "ar/frames.tsv",
     "say2\tclause\tbefore\tafter\tevent\tfinite\t6\n",
     "a reporting frame is a clause whose object is its complement"},
    {"cue of a frame read from the items",
     "ar/frames.tsv",
     "genitive2\tgenitive\t-\t-\t-\tany\t-\n",
     "a frame read from the items (genitive, apposed, in-place, neighbour) has no cue"},
    {"passive voice of a clause",
     "ar/frames.tsv",
     "voice2\tclause\tbefore\tafter\t-\tvoice\t6\n",
     "a construction's frame (cue voice) is read around its cue"},
    {"two frames of the passive voice",
     "en/frames.tsv",
     "voice2\taround\tafter\tbefore\t-\tvoice\t6\n",
     "a second frame of cue voice"},
    {"a trigger of the voice frame",
     "en/triggers.tsv",
     "accused\tblamed by\tvoice\t-\t0.8\n",
     "frame 'voice' reads other cues in a construction"},
    {"predicate of a purpose",
     "ar/words.tsv",
     "purpose-predicate\tvisitted\n",
     "predicate 'visitted' is not in the ontology"},
    {"party tag of a person",
     "en/party_tags.tsv",
     "wd:Q22686\tT\n",
     "a party tag names a party (Organization) or a state's country (Country)"},
    {"party tag twice",
     "en/party_tags.tsv",
     "wd:Q30\tCalif.\n",
     "party tag 'Calif.' is given twice"},
    {"frame of a verb's family",
     "ar/verbs.tsv",
     "praised\tverb/cnt/masdar\tمجد\t+\tممجد\t-\t-\t-\t0.7\n",
     "unknown frame 'cnt'"},
    {"frames of a verb's family",
     "ar/verbs.tsv",
     "praised\tverb/cont\tمجد\t+\t-\t-\t-\t-\t0.7\n",
     "frames are three names parted by '/'"},
    {"participle without a frame",
     "ar/verbs.tsv",
     "praised\tverb/-/-\tمجد\t+\tممجد\t-\t-\t-\t0.7\n",
     "the participle 'ممجدا' has no frame"},
    {"regular imperfect without a perfect",
     "ar/verbs.tsv",
     "praised\tverb/-/-\t-\t+\t-\t-\t-\t-\t0.7\n",
     "'+' derives the imperfect from the perfect"},
    {"imperfect without its prefix",
     "ar/verbs.tsv",
     "praised\tverb/-/-\tمجد\tمجد\t-\t-\t-\t-\t0.7\n",
     "'مجد' begins with no imperfect prefix"},
    {"a participle's form that is the verbal noun",
     "ar/verbs.tsv",
     "supports\tverb/cont/masdar\tعاضد\t+\tمعاضد\tمعاضدة\t-\tل\t0.7\n",
     "the participle's form 'معاضده' is the verbal noun too"},
    {"a verb's form given twice",
     "ar/verbs.tsv",
     "criticized\tverb/-/-\tانتقد\t-\t-\t-\t-\t-\t0.7\n",
     "the same trigger as"},
    {"subject before without a window",
     "en/frames.tsv",
     "verb2\tclause\tbefore\tafter\t-\tfinite\t-\n",
     "an argument before the cue needs a window"},
  };
  for (const auto& row : rows) {
    INFO(row.name);
    const auto source = std::filesystem::path(NEWSKG_SOURCE_DIR "/data") / row.file;
    const auto where = std::string(row.file) + ":" + std::to_string(line_count(source) + 1) + ": ";
    const auto dir = data_copy_with(std::string("bad-") + row.name, row.file, row.line);
    try {
      (void)newskg::extract::Resources::load(dir);
      FAIL("loaded");
    } catch (const newskg::DataError& error) {
      const std::string what = error.what();
      INFO(what);
      CHECK(what.find(where + row.message) != std::string::npos);
    }
    std::filesystem::remove_all(dir);
  }
}

TEST_CASE("Roles of word classes must be roles too, and good options pass",
          "[extract][data][error]")
{
  const auto dir = data_copy_with("bad-country-role", "ar/words.tsv", "country-role\tpresidnet\n");
  CHECK_THROWS_WITH(newskg::extract::Resources::load(dir),
                    Catch::Contains("unknown role 'presidnet'"));
  std::filesystem::remove_all(dir);
  const auto good = data_copy_with("good-option", "ar/words.tsv", "option\tcountry-before-title\n");
  CHECK_NOTHROW(newskg::extract::Resources::load(good));
  std::filesystem::remove_all(good);
  // A word order option of old is now said per frame, in frames.tsv.
  const auto old = data_copy_with("old-option", "en/words.tsv", "option\tsubject-before-verb\n");
  CHECK_THROWS_WITH(newskg::extract::Resources::load(old),
                    Catch::Contains("unknown option 'subject-before-verb'"));
  std::filesystem::remove_all(old);
}

TEST_CASE("A trigger names a frame its language declares", "[extract][data][error]")
{
  // English declares no verb-we frame (a first-person verb of the issuer): Arabic does.
  const auto dir =
    data_copy_with("undeclared-frame", "en/triggers.tsv", "called-on\turge\tverb-we\t-\t0.8\n");
  CHECK_THROWS_WITH(newskg::extract::Resources::load(dir),
                    Catch::Contains("unknown frame 'verb-we'")
                      && Catch::Contains("frames.tsv declares the frames"));
  std::filesystem::remove_all(dir);
  const auto declared =
    data_copy_with("declared-frame", "ar/triggers.tsv", "called-on\tندعو الى\tverb-we\t-\t0.8\n");
  CHECK_NOTHROW(newskg::extract::Resources::load(declared));
  std::filesystem::remove_all(declared);
}

TEST_CASE("An emptied data file, or a directory in its place, is a data error naming it",
          "[extract][data][error]")
{
  struct Row
  {
    const char* name;
    const char* file;
    bool directory;
    const char* message;
  };
  const std::vector<Row> rows{
    {"empty-triggers", "ar/triggers.tsv", false, "no rows"},
    {"comments-only-words", "en/words.tsv", false, "no rows"},
    {"empty-clitics", "ar/clitics.tsv", false, "no rows"},
    {"directory-clitics", "ar/clitics.tsv", true, "not a regular file"},
  };
  for (const auto& row : rows) {
    INFO(row.name);
    const auto dir = data_copy_with(row.name, row.file, "");
    std::filesystem::remove(dir / row.file);
    if (row.directory) {
      std::filesystem::create_directory(dir / row.file);
    } else {
      std::ofstream(dir / row.file) << "# only a comment\n\n";
    }
    REQUIRE_THROWS_WITH(newskg::extract::Resources::load(dir),
                        Catch::Contains(row.file) && Catch::Contains(row.message));
  }
  // A comment added to a file with rows is no error.
  CHECK_NOTHROW(newskg::extract::Resources::load(
    data_copy_with("comment-only-added", "ar/triggers.tsv", "# x\n")));
}
