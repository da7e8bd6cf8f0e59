#include "extract/frame.hpp"

#include "core/error.hpp"
#include "core/tsv.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

namespace newskg::extract {

namespace {

constexpr std::array<std::pair<std::string_view, FrameFamily>, 12> families{{
  {"clause", FrameFamily::clause},
  {"symmetric", FrameFamily::symmetric},
  {"reciprocal", FrameFamily::reciprocal},
  {"verbal-noun", FrameFamily::verbal_noun},
  {"around", FrameFamily::around},
  {"role-of", FrameFamily::role_of},
  {"members", FrameFamily::members},
  {"member-list", FrameFamily::member_list},
  {"genitive", FrameFamily::genitive},
  {"apposed", FrameFamily::apposed},
  {"in-place", FrameFamily::in_place},
  {"neighbour", FrameFamily::neighbour},
}};

constexpr std::array<std::pair<std::string_view, bool ArgumentPlaces::*>, 17> places{{
  {"before", &ArgumentPlaces::before},
  {"after", &ArgumentPlaces::after},
  {"prep", &ArgumentPlaces::behind_prep},
  {"gap", &ArgumentPlaces::gap},
  {"issuer", &ArgumentPlaces::issuer},
  {"topic", &ArgumentPlaces::topic},
  {"dropped", &ArgumentPlaces::dropped},
  {"pronoun", &ArgumentPlaces::pronoun},
  {"joined", &ArgumentPlaces::joined},
  {"coordinated", &ArgumentPlaces::coordinated},
  {"possessor-before", &ArgumentPlaces::possessor_before},
  {"fronted", &ArgumentPlaces::fronted},
  {"possessor-after", &ArgumentPlaces::possessor_after},
  {"controlled", &ArgumentPlaces::controlled},
  {"act-noun", &ArgumentPlaces::act_noun},
  {"opening", &ArgumentPlaces::opening},
  {"head", &ArgumentPlaces::head},
}};

template<typename Table>
std::string names_of(const Table& table)
{
  std::string names;
  for (const auto& [name, value] : table) {
    names += (names.empty() ? "" : ", ") + std::string(name);
  }
  return names;
}

ArgumentPlaces parse_places(const TsvReader& reader, std::string_view column, std::string_view text)
{
  ArgumentPlaces result;
  if (text == "-") {
    return result;
  }
  for (const auto part : split(text, '|')) {
    const auto* const found =
      std::find_if(places.begin(), places.end(), [&](const auto& p) { return p.first == part; });
    if (found == places.end()) {
      reader.fail("unknown " + std::string(column) + " place '" + std::string(part)
                  + "' (known: " + names_of(places) + ")");
    }
    result.*(found->second) = true;
  }
  return result;
}

bool any(const ArgumentPlaces& p)
{
  return std::any_of(
    places.begin(), places.end(), [&](const auto& place) { return p.*(place.second); });
}

} // namespace

std::vector<Frame> parse_frames(std::istream& in, std::string_view source)
{
  std::vector<Frame> frames;
  TsvReader reader(in, source);
  while (reader.next()) {
    reader.require(7);
    const auto& f = reader.fields();
    Frame frame{.name = std::string(f[0]),
                .where = std::string(source) + ":" + std::to_string(reader.line())};
    if (find_frame(frames, frame.name) != nullptr) {
      reader.fail("frame '" + frame.name + "' is declared twice");
    }
    const auto* const family = std::find_if(
      families.begin(), families.end(), [&](const auto& p) { return p.first == f[1]; });
    if (family == families.end()) {
      reader.fail("unknown frame family '" + std::string(f[1]) + "' (known: " + names_of(families)
                  + ")");
    }
    frame.family = family->second;
    frame.subject = parse_places(reader, "subject", f[2]);
    frame.object = parse_places(reader, "object", f[3]);
    if (f[4] == "event") {
      frame.report = ReportKind::event;
    } else if (f[4] == "speaker") {
      frame.report = ReportKind::speaker;
    } else if (f[4] == "source") {
      frame.report = ReportKind::source;
    } else if (f[4] != "-") {
      reader.fail("unknown report '" + std::string(f[4]) + "' (known: event, speaker, source, -)");
    }
    if (f[5] != "finite" && f[5] != "any" && f[5] != "after-comma" && f[5] != "voice"
        && f[5] != "relative" && f[5] != "-") {
      reader.fail("unknown cue kind '" + std::string(f[5])
                  + "' (known: finite, any, after-comma, voice, relative, -)");
    }
    frame.finite = f[5] == "finite";
    frame.after_comma = f[5] == "after-comma";
    frame.construction = f[5] == "voice"      ? Frame::Construction::voice
                         : f[5] == "relative" ? Frame::Construction::relative
                                              : Frame::Construction::none;
    if (frame.construction != Frame::Construction::none) {
      if (frame.family != FrameFamily::around) {
        reader.fail("a construction's frame (cue " + std::string(f[5])
                    + ") is read around its cue: family around");
      }
      if (construction_frame(frames, frame.construction) != nullptr) {
        reader.fail("a second frame of cue " + std::string(f[5]) + ": one per language");
      }
    }
    if (f[6] != "-") {
      const auto [end, error] =
        std::from_chars(f[6].data(), f[6].data() + f[6].size(), frame.window);
      if (error != std::errc() || end != f[6].data() + f[6].size() || frame.window > 20) {
        reader.fail("window must be a number of tokens from 0 to 20, or -: '" + std::string(f[6])
                    + "'");
      }
    }
    // What each family reads must be declared, and nothing it cannot read.
    if (frame.scans_items() != (f[5] == "-")) {
      reader.fail(
        frame.scans_items()
          ? "a frame read from the items (genitive, apposed, in-place, neighbour) has no cue: '-'"
          : "a frame with a cue word says whether it is finite or any");
    }
    if (!frame.scans_items() && frame.family != FrameFamily::role_of
        && frame.family != FrameFamily::members && frame.family != FrameFamily::member_list
        && !any(frame.subject)) {
      reader.fail("frame '" + frame.name + "' names no place for its subject");
    }
    if (frame.report != ReportKind::none
        && (frame.family != FrameFamily::clause || any(frame.object))) {
      reader.fail("a reporting frame is a clause whose object is its complement: object '-'");
    }
    // 0 is a window too: the argument ends right before the cue.
    if ((frame.subject.before || frame.object.before) && f[6] == "-") {
      reader.fail("an argument before the cue needs a window");
    }
    frames.push_back(std::move(frame));
  }
  return frames;
}

const Frame* construction_frame(const std::vector<Frame>& frames, Frame::Construction construction)
{
  const auto found = std::find_if(
    frames.begin(), frames.end(), [&](const Frame& f) { return f.construction == construction; });
  return found == frames.end() ? nullptr : &*found;
}

const Frame* find_frame(const std::vector<Frame>& frames, std::string_view name)
{
  const auto found =
    std::find_if(frames.begin(), frames.end(), [&](const Frame& f) { return f.name == name; });
  return found == frames.end() ? nullptr : &*found;
}

} // namespace newskg::extract
