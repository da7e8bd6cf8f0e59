#include "core/error.hpp"
#include "core/hash.hpp"
#include "core/tsv.hpp"
#include "core/utf8.hpp"
#include "extract/data_check.hpp"
#include "extract/extractor.hpp"
#include "extract/normalizer.hpp"
#include "extract/resources_impl.hpp"

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
// data/tools/geonames_cities.py) and organizations_phoenix.tsv (PETRARCH-2's
// Phoenix actors, data/tools/phoenix_orgs.py) hold no name of the files before them.
constexpr std::array<std::string_view, 7> entity_files{"countries.tsv",
                                                       "organizations.tsv",
                                                       "people.tsv",
                                                       "places.tsv",
                                                       "subdivisions.tsv",
                                                       "cities.tsv",
                                                       "organizations_phoenix.tsv"};

// Reads every data file through here, so the fingerprints cover them all:
// files read for one language (`lang`) count only for its documents; the
// others (ontology, gazetteer, clitics, demonyms) count for every language.
class DataReader
{
public:
  // The file's content as a stream; nullopt when `optional` and it is absent.
  std::optional<std::istringstream>
  open(const fs::path& path, bool optional, const std::string& lang = {})
  {
    auto text = read_data_file(path, optional ? Presence::optional : Presence::required);
    if (!text) {
      return std::nullopt;
    }
    const auto key = path.filename().string() + "\n" + *text;
    m_hash = fnv1a(key, m_hash);
    if (lang.empty()) {
      m_shared = fnv1a(key, m_shared);
    } else {
      auto& own = m_languages.try_emplace(lang, fnv1a("newskg-language-v1")).first->second;
      own = fnv1a(key, own);
    }
    return std::istringstream(std::move(*text));
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

// data/ontology/roles.tsv: the roles of titles and positions.
Roles load_roles(DataReader& reader, const fs::path& path)
{
  auto in = reader.open(path, false);
  return parse_roles(*in, path.string());
}

Ontology load_ontology(DataReader& reader, const fs::path& data_dir)
{
  const auto path = data_dir / "ontology" / "predicates.tsv";
  auto in = reader.open(path, false);
  return Ontology::parse(*in, path.string());
}

// Languages are the subdirectories holding a words.tsv: data/ar, data/en.
std::vector<fs::path> language_dirs_of(const fs::path& data_dir)
{
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(data_dir)) {
    if (entry.is_directory() && fs::exists(entry.path() / "words.tsv")) {
      dirs.push_back(entry.path());
    }
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

Romanizer parse_romanizer(std::istream& in, const std::string& source)
{
  std::ostringstream rules;
  rules << in.rdbuf();
  return Romanizer(rules.str(), source);
}

void load_entity_files(DataReader& reader, const fs::path& gazetteer_dir, Gazetteer& gazetteer)
{
  for (const auto name : entity_files) {
    const auto path = gazetteer_dir / name;
    if (auto in = reader.open(path, true)) {
      gazetteer.parse_entities(*in, path.string());
    }
  }
}

// titles.tsv's fourth column names a country of the gazetteer by its id.
void resolve_title_owners(LanguagePack& pack, const Gazetteer& gazetteer)
{
  for (auto& title : pack.titles) {
    if (title.owner.empty()) {
      continue;
    }
    title.owner_entity = gazetteer.find_id(title.owner);
    if (!title.owner_entity
        || gazetteer.entities()[*title.owner_entity].type != EntityType::country) {
      throw DataError(title.where + ": '" + title.owner + "' is not a country of the gazetteer");
    }
  }
}

void load_demonyms(DataReader& reader, const fs::path& language_dir, Gazetteer& gazetteer)
{
  const auto path = language_dir / "demonyms.tsv";
  if (auto in = reader.open(path, true)) {
    gazetteer.parse_demonyms(*in, path.string());
  }
}

LanguagePack
load_pack(DataReader& reader, const fs::path& dir, const Ontology& ontology, const Roles& roles)
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
  read("words.tsv", false, [&](std::istream& in, const std::string& source) {
    pack.parse_words(in, source);
  });
  // Given names are words.tsv lines of class given-name, generated apart
  // (data/tools/given_names.py) since they are many.
  read("given_names.tsv", true, [&](std::istream& in, const std::string& source) {
    pack.parse_words(in, source);
  });
  read("titles.tsv", true, [&](std::istream& in, const std::string& source) {
    pack.parse_titles(in, source);
  });
  read("heads.tsv", true, [&](std::istream& in, const std::string& source) {
    pack.parse_heads(in, source);
  });
  read("frames.tsv", false, [&](std::istream& in, const std::string& source) {
    pack.frames = parse_frames(in, source);
  });
  read("triggers.tsv", false, [&](std::istream& in, const std::string& source) {
    pack.parse_triggers(in, source);
  });
  // Cue families of verbs (a verb's perfect, imperfects, participle and
  // verbal noun); after triggers.tsv, whose rows win where both name a cue.
  read("verbs.tsv", true, [&](std::istream& in, const std::string& source) {
    pack.parse_verbs(in, source);
  });
  // Verb cues converted from CAMEO's synonym sets (data/tools/cameo_cues.py);
  // the hand-made rows read first win where both name a cue.
  read("cameo_triggers.tsv", true, [&](std::istream& in, const std::string& source) {
    pack.parse_triggers(in, source);
  });
  read("romanize.txt", true, [&](std::istream& in, const std::string& source) {
    pack.romanizer = parse_romanizer(in, source);
  });
  const auto frames_source = (dir / "frames.tsv").string();
  if (const auto problems = pack_problems(pack, &ontology, &roles, frames_source);
      !problems.empty()) {
    throw DataError(problems.front());
  }
  for (auto& trigger : pack.triggers) {
    trigger.frame_index =
      static_cast<std::size_t>(find_frame(pack.frames, trigger.frame) - pack.frames.data());
    if (!pack.genitive && pack.frames[trigger.frame_index].family == FrameFamily::genitive) {
      pack.genitive = static_cast<std::size_t>(&trigger - pack.triggers.data());
    }
  }
  pack.index_families();
  pack.index_honorific_pronouns();
  return pack;
}

} // namespace

Resources::Resources(std::unique_ptr<Impl> impl)
  : m_impl(std::move(impl))
{}
Resources::Resources(Resources&&) noexcept = default;
Resources& Resources::operator=(Resources&&) noexcept = default;
Resources::~Resources() = default;

Resources Resources::load(const fs::path& data_dir)
{
  if (!fs::is_directory(data_dir)) {
    throw DataError(data_dir.string() + ": no such data directory");
  }
  DataReader reader;
  auto impl = std::make_unique<Impl>(Impl{.ontology = load_ontology(reader, data_dir)});

  const auto roles = load_roles(reader, data_dir / "ontology" / "roles.tsv");
  const auto language_dirs = language_dirs_of(data_dir);
  std::vector<std::pair<std::string, LanguagePack>> packs;
  Clitics articles;
  std::vector<std::string> possessives;
  for (const auto& dir : language_dirs) {
    packs.emplace_back(dir.filename().string(), load_pack(reader, dir, impl->ontology, roles));
    articles.add_articles(packs.back().second.clitics);
    const auto& words = packs.back().second.words.possessive.words();
    possessives.insert(possessives.end(), words.begin(), words.end());
  }

  auto& gazetteer = impl->gazetteer;
  gazetteer.set_article_rules(articles);
  gazetteer.set_possessives(possessives);
  const auto gazetteer_dir = data_dir / "gazetteer";
  load_entity_files(reader, gazetteer_dir, gazetteer);
  if (auto in = reader.open(gazetteer_dir / "positions.tsv", true)) {
    gazetteer.parse_positions(*in, (gazetteer_dir / "positions.tsv").string());
  }
  if (auto in = reader.open(gazetteer_dir / "chambers.tsv", true)) {
    gazetteer.parse_chambers(*in, (gazetteer_dir / "chambers.tsv").string());
  }
  if (auto in = reader.open(gazetteer_dir / "regions.tsv", true)) {
    gazetteer.parse_regions(*in, (gazetteer_dir / "regions.tsv").string());
  }
  for (const auto* name : {"city_countries.tsv", "place_countries.tsv"}) {
    if (auto in = reader.open(gazetteer_dir / name, true)) {
      gazetteer.parse_city_countries(*in, (gazetteer_dir / name).string());
    }
  }
  if (auto in = reader.open(gazetteer_dir / "seats.tsv", true)) {
    gazetteer.parse_seats(*in, (gazetteer_dir / "seats.tsv").string());
  }
  for (const auto& dir : language_dirs) {
    load_demonyms(reader, dir, gazetteer);
    if (auto in = reader.open(dir / "party_tags.tsv", true)) {
      gazetteer.parse_party_tags(*in, (dir / "party_tags.tsv").string());
    }
  }
  for (auto& [lang, pack] : packs) {
    resolve_title_owners(pack, gazetteer);
    impl->languages.emplace(
      lang, std::make_unique<Language>(std::move(pack), impl->gazetteer, impl->ontology, lang));
  }
  impl->fingerprint = reader.fingerprint();
  impl->language_fingerprints = reader.language_fingerprints();
  return Resources(std::move(impl));
}

Resources Resources::load_names(const fs::path& data_dir)
{
  if (!fs::is_directory(data_dir)) {
    throw DataError(data_dir.string() + ": no such data directory");
  }
  DataReader reader;
  auto impl = std::make_unique<Impl>(Impl{.ontology = load_ontology(reader, data_dir)});
  auto& gazetteer = impl->gazetteer;
  gazetteer.set_index(GazetteerIndex::names);
  load_entity_files(reader, data_dir / "gazetteer", gazetteer);
  for (const auto& dir : language_dirs_of(data_dir)) {
    load_demonyms(reader, dir, gazetteer);
    auto& romanizer = impl->romanizers[dir.filename().string()];
    const auto path = dir / "romanize.txt";
    if (auto in = reader.open(path, true)) {
      romanizer = parse_romanizer(*in, path.string());
    }
  }
  return Resources(std::move(impl));
}

Resources Resources::ontology_only(Ontology ontology)
{
  return Resources(std::make_unique<Impl>(Impl{.ontology = std::move(ontology)}));
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
