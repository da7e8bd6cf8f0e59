#include "core/error.hpp"
#include "core/hash.hpp"
#include "core/tsv.hpp"
#include "extract/extractor.hpp"
#include "extract/normalizer.hpp"
#include "extract/resources_impl.hpp"
#include "extract/unicode_text.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace newskg::extract {

namespace {

namespace fs = std::filesystem;

// The gazetteer's entity files; the other files of data/gazetteer/ feed the
// country generator or are read by name below. cities.tsv (GeoNames,
// data/tools/geonames_cities.py) holds no name of the files before it.
constexpr std::array<std::string_view, 6> entity_files{"countries.tsv", "organizations.tsv", "people.tsv", "places.tsv",
                                                      "subdivisions.tsv", "cities.tsv"};

// Reads every data file through here, so the fingerprints cover them all:
// files read for one language (`lang`) count only for its documents; the
// others (ontology, gazetteer, clitics, demonyms) count for every language.
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

class DataReader
{
public:
  // The file's content as a stream; nullopt when `optional` and it is absent.
  std::optional<std::istringstream> open(const fs::path& path, bool optional, const std::string& lang = {})
  {
    std::error_code error;
    if (fs::exists(path, error) && !fs::is_regular_file(path, error)) {
      throw DataError(path.string() + ": not a regular file");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      if (optional) {
        return std::nullopt;
      }
      throw DataError(path.string() + ": cannot open data file");
    }
    std::ostringstream content;
    content << in.rdbuf();
    const auto text = content.str();
    if (!is_valid_utf8(text)) {
      throw DataError(path.string() + ": not valid UTF-8");
    }
    // An emptied file would silently drop what it holds (a language's cues).
    if (!has_row(text)) {
      throw DataError(path.string() + ": no rows (only blank lines or comments)");
    }
    const auto key = path.filename().string() + "\n" + text;
    m_hash = fnv1a(key, m_hash);
    if (lang.empty()) {
      m_shared = fnv1a(key, m_shared);
    } else {
      auto& own = m_languages.try_emplace(lang, fnv1a("newskg-language-v1")).first->second;
      own = fnv1a(key, own);
    }
    return std::istringstream(text);
  }

  [[nodiscard]] std::string fingerprint() const { return hex_hash(std::to_string(m_hash)); }

  // What extraction in `lang` depends on: the shared files and its own.
  [[nodiscard]] std::map<std::string, std::string, std::less<>> language_fingerprints() const
  {
    std::map<std::string, std::string, std::less<>> out;
    for (const auto& [lang, own] : m_languages) {
      out[lang] = hex_hash(std::to_string(m_shared) + ":" + std::to_string(own));
    }
    return out;
  }

private:
  std::uint64_t m_hash = fnv1a("newskg-data-v1");
  std::uint64_t m_shared = fnv1a("newskg-data-v1");
  std::map<std::string, std::uint64_t, std::less<>> m_languages;
};

// data/ontology/roles.tsv: the roles of titles and positions, one a line.
std::set<std::string, std::less<>> load_roles(DataReader& reader, const fs::path& path)
{
  std::set<std::string, std::less<>> roles;
  auto in = reader.open(path, false);
  TsvReader tsv(*in, path.string());
  while (tsv.next()) {
    tsv.require(1);
    const std::string role(tsv.fields()[0]);
    if (role.empty() || role.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") != std::string::npos) {
      tsv.fail("a role is lowercase words joined by hyphens: '" + role + "'");
    }
    roles.insert(role);
  }
  return roles;
}

LanguagePack load_pack(DataReader& reader,
                       const fs::path& dir,
                       const Ontology& ontology,
                       const std::set<std::string, std::less<>>& roles)
{
  LanguagePack pack;
  const auto lang = dir.filename().string();
  // Every language's articles are stripped from gazetteer aliases: clitics are shared.
  const auto read = [&](std::string_view name, bool optional, auto parse) {
    const auto path = dir / name;
    if (auto in = reader.open(path, optional, name == "clitics.tsv" ? std::string() : lang)) {
      parse(*in, path.string());
    }
  };
  read("clitics.tsv", true, [&](std::istream& in, const std::string& source) {
    pack.clitics = Clitics::parse(in, source);
  });
  read("words.tsv", false, [&](std::istream& in, const std::string& source) { pack.parse_words(in, source); });
  // Given names are words.tsv lines of class given-name, generated apart
  // (data/tools/given_names.py) since they are many.
  read("given_names.tsv", true, [&](std::istream& in, const std::string& source) {
    pack.parse_words(in, source);
  });
  read("titles.tsv", true, [&](std::istream& in, const std::string& source) { pack.parse_titles(in, source); });
  read("heads.tsv", true, [&](std::istream& in, const std::string& source) { pack.parse_heads(in, source); });
  read("frames.tsv", false, [&](std::istream& in, const std::string& source) { pack.frames = parse_frames(in, source); });
  read("triggers.tsv", false, [&](std::istream& in, const std::string& source) {
    pack.parse_triggers(in, source);
  });
  // Verb cues converted from CAMEO's synonym sets (data/tools/cameo_cues.py);
  // the hand-made rows read first win where both name a cue.
  read("cameo_triggers.tsv", true, [&](std::istream& in, const std::string& source) {
    pack.parse_triggers(in, source);
  });
  read("romanize.txt", true, [&](std::istream& in, const std::string& source) {
    std::ostringstream rules;
    rules << in.rdbuf();
    pack.romanizer = Romanizer(rules.str(), source);
  });
  for (const auto& head : pack.heads) {
    if (!head.link.empty() && ontology.find(head.link) == nullptr) {
      throw DataError(head.where + ": predicate '" + head.link + "' is not in the ontology");
    }
  }
  for (auto& trigger : pack.triggers) {
    if (ontology.find(trigger.predicate) == nullptr) {
      throw DataError(trigger.where + ": predicate '" + trigger.predicate + "' is not in the ontology");
    }
    const auto* frame = find_frame(pack.frames, trigger.frame);
    if (frame == nullptr) {
      throw DataError(trigger.where + ": unknown frame '" + trigger.frame + "' (" + (dir / "frames.tsv").string()
                      + " declares the frames)");
    }
    trigger.frame_index = static_cast<std::size_t>(frame - pack.frames.data());
  }
  // Roles name positions across files: a title's role must be one of
  // ontology/roles.tsv (or "-" and "counterpart", which name none).
  for (const auto& title : pack.titles) {
    if (title.role != "-" && title.role != "counterpart" && !roles.contains(title.role)) {
      throw DataError(title.where + ": unknown role '" + title.role + "' (data/ontology/roles.tsv lists the roles)");
    }
  }
  for (const auto& [role, where] : pack.role_words) {
    if (!roles.contains(role)) {
      throw DataError(where + ": unknown role '" + role + "' (data/ontology/roles.tsv lists the roles)");
    }
  }
  return pack;
}

} // namespace

Resources::Resources(std::unique_ptr<Impl> impl)
  : m_impl(std::move(impl))
{
}
Resources::Resources(Resources&&) noexcept = default;
Resources& Resources::operator=(Resources&&) noexcept = default;
Resources::~Resources() = default;

Resources Resources::load(const fs::path& data_dir)
{
  if (!fs::is_directory(data_dir)) {
    throw DataError(data_dir.string() + ": no such data directory");
  }
  DataReader reader;
  auto ontology_in = reader.open(data_dir / "ontology" / "predicates.tsv", false);
  auto impl = std::make_unique<Impl>(
    Impl{.ontology = Ontology::parse(*ontology_in, (data_dir / "ontology" / "predicates.tsv").string())});

  const auto roles = load_roles(reader, data_dir / "ontology" / "roles.tsv");
  // Languages are the subdirectories holding a words.tsv: data/ar, data/en.
  std::vector<fs::path> language_dirs;
  for (const auto& entry : fs::directory_iterator(data_dir)) {
    if (entry.is_directory() && fs::exists(entry.path() / "words.tsv")) {
      language_dirs.push_back(entry.path());
    }
  }
  std::sort(language_dirs.begin(), language_dirs.end());
  std::vector<std::pair<std::string, LanguagePack>> packs;
  Clitics articles;
  for (const auto& dir : language_dirs) {
    packs.emplace_back(dir.filename().string(), load_pack(reader, dir, impl->ontology, roles));
    articles.add_articles(packs.back().second.clitics);
  }

  auto& gazetteer = impl->gazetteer;
  gazetteer.set_article_rules(articles);
  const auto gazetteer_dir = data_dir / "gazetteer";
  for (const auto name : entity_files) {
    const auto path = gazetteer_dir / name;
    if (auto in = reader.open(path, true)) {
      gazetteer.parse_entities(*in, path.string());
    }
  }
  if (auto in = reader.open(gazetteer_dir / "positions.tsv", true)) {
    gazetteer.parse_positions(*in, (gazetteer_dir / "positions.tsv").string());
  }
  if (auto in = reader.open(gazetteer_dir / "chambers.tsv", true)) {
    gazetteer.parse_chambers(*in, (gazetteer_dir / "chambers.tsv").string());
  }
  if (auto in = reader.open(gazetteer_dir / "regions.tsv", true)) {
    gazetteer.parse_regions(*in, (gazetteer_dir / "regions.tsv").string());
  }
  if (auto in = reader.open(gazetteer_dir / "seats.tsv", true)) {
    gazetteer.parse_seats(*in, (gazetteer_dir / "seats.tsv").string());
  }
  for (const auto& dir : language_dirs) {
    if (auto in = reader.open(dir / "demonyms.tsv", true)) {
      gazetteer.parse_demonyms(*in, (dir / "demonyms.tsv").string());
    }
  }
  for (auto& [lang, pack] : packs) {
    impl->languages.emplace(lang, std::make_unique<Language>(std::move(pack), impl->gazetteer, impl->ontology, lang));
  }
  impl->fingerprint = reader.fingerprint();
  impl->language_fingerprints = reader.language_fingerprints();
  return Resources(std::move(impl));
}

const Ontology& Resources::ontology() const
{
  return m_impl->ontology;
}

const std::string& Resources::fingerprint() const
{
  return m_impl->fingerprint;
}

const std::string& Resources::fingerprint(std::string_view lang) const
{
  const auto found = m_impl->language_fingerprints.find(lang);
  return found == m_impl->language_fingerprints.end() ? m_impl->fingerprint : found->second;
}

std::vector<std::string> Resources::aliases_of(std::string_view entity_id) const
{
  const auto index = m_impl->gazetteer.find_id(entity_id);
  return index ? m_impl->gazetteer.entities()[*index].aliases : std::vector<std::string>{};
}

std::vector<std::string> Resources::ids_for_name(std::string_view name) const
{
  std::vector<std::string> ids;
  for (const auto index : m_impl->gazetteer.find_key(match_key_of(to_u32(name)))) {
    ids.push_back(m_impl->gazetteer.entities()[index].id);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

} // namespace newskg::extract
