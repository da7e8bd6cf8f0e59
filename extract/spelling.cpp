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
  : m_serial(next_serial.fetch_add(1))
{
  const auto dir = directory();
  const auto aff = dir / (std::string(name) + ".aff");
  const auto dic = dir / (std::string(name) + ".dic");
  for (const auto& path : {aff, dic}) {
    if (!std::filesystem::is_regular_file(path)) {
      throw DataError(std::string(source) + ": spelling dictionary " + path.string()
                      + " not found (Debian package hunspell-" + std::string(name)
                      + ", installed by scripts/setup.sh; or set DICPATH)");
    }
  }
  m_loaded = std::async(std::launch::async, [aff, dic] {
               return std::make_shared<Hunspell>(aff.c_str(), dic.c_str());
             }).share();
}

SpellingDictionary::~SpellingDictionary()
{
  if (m_loaded.valid()) {
    m_loaded.wait(); // the loading thread must not outlive the object
  }
}

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
  const auto& hunspell = m_loaded.get();
  bool known = false;
  {
    const std::lock_guard lock(m_mutex);
    known = hunspell->spell(std::string(word));
  }
  answers.emplace(word, known);
  return known;
}

} // namespace newskg::extract
