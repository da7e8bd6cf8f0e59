#include "extract/spelling.hpp"

#include "core/error.hpp"
#include "core/hash.hpp"

#include <atomic>
#include <cstdlib>
#include <hunspell.hxx>
#include <string>
#include <unordered_map>

namespace newskg::extract {

std::filesystem::path SpellingDictionary::directory()
{
  const char* dicpath = std::getenv("DICPATH"); // NOLINT(concurrency-mt-unsafe): read at load
  return dicpath != nullptr && *dicpath != '\0' ? std::filesystem::path(dicpath)
                                                : std::filesystem::path("/usr/share/hunspell");
}

namespace {

std::atomic<std::size_t> next_serial{1};

} // namespace

SpellingDictionary::SpellingDictionary(std::string_view name, std::string_view source)
  : m_aff(directory() / (std::string(name) + ".aff")),
    m_dic(directory() / (std::string(name) + ".dic")),
    m_serial(next_serial.fetch_add(1))
{
  for (const auto& path : {m_aff, m_dic}) {
    if (!std::filesystem::is_regular_file(path)) {
      throw DataError(std::string(source) + ": spelling dictionary " + path.string()
                      + " not found (Debian package hunspell-" + std::string(name)
                      + ", installed by scripts/setup.sh; or set DICPATH)");
    }
  }
}

SpellingDictionary::~SpellingDictionary() = default;

bool SpellingDictionary::knows(std::string_view word) const
{
  thread_local std::size_t serial = 0;
  thread_local std::unordered_map<std::string, bool, StringHash, std::equal_to<>> answers;
  if (serial != m_serial || answers.size() >= max_cached) {
    answers.clear();
    serial = m_serial;
  }
  if (const auto it = answers.find(word); it != answers.end()) {
    return it->second;
  }
  std::call_once(m_load,
                 [this] { m_hunspell = std::make_unique<Hunspell>(m_aff.c_str(), m_dic.c_str()); });
  bool known = false;
  {
    const std::lock_guard lock(m_mutex);
    known = m_hunspell->spell(std::string(word));
  }
  answers.emplace(word, known);
  return known;
}

} // namespace newskg::extract
