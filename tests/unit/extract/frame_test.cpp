// Frames (data/<lang>/frames.tsv): where a cue's arguments stand is data.
#include "extract/frame.hpp"

#include "core/error.hpp"

#include "support/extraction.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

using newskg::extract::FrameFamily;
using newskg::extract::ReportKind;

TEST_CASE("A frames.tsv row says where each argument may stand", "[extract][frame]")
{
  std::istringstream in("# frame\tfamily\tsubject\tobject\treport\tcue\twindow\n"
                        "verb\tclause\tgap|before|after\tafter|prep\t-\tfinite\t6\n"
                        "say\tclause\tbefore|dropped\t-\tevent\tfinite\t4\n"
                        "recip\treciprocal\tbefore\tprep\t-\tany\t10\n"
                        "genitive\tgenitive\t-\t-\t-\t-\t-\n");
  const auto frames = newskg::extract::parse_frames(in, "frames.tsv");
  REQUIRE(frames.size() == 4);
  const auto& verb = frames[0];
  CHECK(verb.family == FrameFamily::clause);
  CHECK((verb.subject.gap && verb.subject.before && verb.subject.after));
  CHECK_FALSE(verb.subject.dropped);
  CHECK_FALSE(verb.subject.topic);
  CHECK((verb.object.after && verb.object.behind_prep));
  CHECK_FALSE(verb.object.gap);
  CHECK(verb.finite);
  CHECK(verb.window == 6);
  CHECK(verb.where == "frames.tsv:2");
  CHECK(frames[1].report == ReportKind::event);
  CHECK(frames[1].subject.dropped);
  CHECK_FALSE(frames[1].subject.after);
  CHECK(frames[1].window == 4);
  CHECK(frames[2].family == FrameFamily::reciprocal);
  CHECK_FALSE(frames[2].finite);
  CHECK(frames[3].scans_items());
  CHECK_FALSE(frames[0].scans_items());
  CHECK(newskg::extract::find_frame(frames, "say") == &frames[1]);
  CHECK(newskg::extract::find_frame(frames, "sym") == nullptr);
}

namespace {

// A copy of the shipped data/ whose file `relative` has its line starting
// with `prefix` replaced by `line`.
std::filesystem::path data_with_line(const std::string& name,
                                     const std::string& relative,
                                     const std::string& prefix,
                                     const std::string& line)
{
  auto dir = std::filesystem::temp_directory_path()
             / ("newskg-frame-test-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::copy(NEWSKG_SOURCE_DIR "/data", dir, std::filesystem::copy_options::recursive);
  std::ifstream in(dir / relative);
  std::string text;
  std::size_t replaced = 0;
  for (std::string current; std::getline(in, current);) {
    if (current.starts_with(prefix)) {
      current = line;
      ++replaced;
    }
    text += current + "\n";
  }
  in.close();
  REQUIRE(replaced == 1);
  std::ofstream(dir / relative, std::ios::trunc) << text;
  return dir;
}

} // namespace

TEST_CASE("A language's word order is a row of frames.tsv", "[extract][frame]")
{
  using newskg::test::triples_of;
  const std::string vso = "وانتقدت روسيا الولايات المتحدة بشدة.";
  const std::string svo = "وقالت الحكومة إن روسيا انتقدت الولايات المتحدة بشدة.";
  const std::string triple = "Russia|criticized|United States";
  // Shipped Arabic verbs take their subject before or after them.
  CHECK(triples_of(vso).contains(triple));
  CHECK(triples_of(svo).contains(triple));
  // Declared subject-before-verb only, as English is: the verb-subject
  // sentence gives nothing, the subject-verb one still gives the relation.
  const auto dir =
    data_with_line("svo-only",
                   "ar/frames.tsv",
                   "verb\t",
                   "verb\tclause\tgap|before|joined|dropped\tgap|after|prep\t-\tfinite\t6");
  const auto svo_only = newskg::extract::Resources::load(dir);
  CHECK_FALSE(triples_of(vso, "ar", "", svo_only).contains(triple));
  CHECK(triples_of(svo, "ar", "", svo_only).contains(triple));
  std::filesystem::remove_all(dir);
}

TEST_CASE("Where a verbal noun's agent stands is a row of frames.tsv", "[extract][frame]")
{
  using newskg::test::triples_of;
  const std::string possessive = "Peter Smith's criticism of Russia was sharp.";
  const std::string triple = "Peter Smith|criticized|Russia";
  CHECK(triples_of(possessive, "en").contains(triple));
  // Declared with its agent after the noun, as Arabic has it: the
  // possessor before it acts no more.
  const auto dir = data_with_line("agent-after",
                                  "en/frames.tsv",
                                  "masdar\t",
                                  "masdar\tverbal-noun\tpossessor-after\tprep\t-\tany\t6");
  const auto agent_after = newskg::extract::Resources::load(dir);
  CHECK_FALSE(triples_of(possessive, "en", "", agent_after).contains(triple));
  std::filesystem::remove_all(dir);
}
