// gen_countries: writes data/gazetteer/countries.tsv from ICU locale data.
//
//   g++ -std=c++20 data/tools/gen_countries.cpp \
//       $(pkg-config --cflags --libs icu-uc icu-i18n) -o /tmp/gen_countries
//   /tmp/gen_countries data/gazetteer/country_qids.tsv \
//       data/gazetteer/country_aliases.tsv > data/gazetteer/countries.tsv
//
// Every ISO 3166-1 code ICU knows (icu::Locale::getISOCountries) becomes one
// line; codes that are not countries or territories are skipped. English and
// Arabic labels are ICU display names; the id is the Wikidata item from
// country_qids.tsv when listed there, otherwise "iso:XX". Extra aliases come
// from country_aliases.tsv (iso, aliases_en, aliases_ar[, label_en[, label_ar]]):
// the optional label columns replace ICU's display name, which is then kept
// as an alias. Output is sorted by id.
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> split(const std::string& s, char sep)
{
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

std::string trim(const std::string& s)
{
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos)
    return "";
  auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// Reads a TSV file, skipping '#' comment lines and blank lines.
std::vector<std::vector<std::string>> read_tsv(const char* path)
{
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  if (!in) {
    std::cerr << "gen_countries: cannot open " << path << "\n";
    std::exit(1);
  }
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    if (line.empty() || line[0] == '#')
      continue;
    rows.push_back(split(line, '\t'));
  }
  return rows;
}

std::string display(const char* code, const char* lang)
{
  icu::UnicodeString name;
  icu::Locale("", code).getDisplayCountry(icu::Locale(lang), name);
  std::string out;
  name.toUTF8String(out);
  return out;
}

// Codes ICU lists that are not countries or territories of their own.
const std::set<std::string> kSkip = {
  "AA",
  "QO",
  "QU",
  "XA",
  "XB",
  "ZZ",
  "EU",
  "EZ",
  "UN",
  "AN", // Netherlands Antilles, dissolved 2010
  "CP", // Clipperton (reserved, not ISO 3166-1)
  "DG", // Diego Garcia (reserved)
  "EA", // Ceuta & Melilla (reserved)
  "IC", // Canary Islands (reserved)
  "TA", // Tristan da Cunha (reserved)
  "AC", // Ascension (reserved)
  "CQ", // Sark (reserved)
  "UM", // U.S. Outlying Islands: a grouping, not a territory
};

// Appends the '|'-separated items of `extra` to `list`, skipping duplicates.
void add_aliases(std::vector<std::string>& list, const std::string& extra)
{
  for (auto& a : split(extra, '|')) {
    std::string t = trim(a);
    if (t.empty())
      continue;
    if (std::find(list.begin(), list.end(), t) == list.end())
      list.push_back(t);
  }
}

std::string join(const std::vector<std::string>& v)
{
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i)
      out += '|';
    out += v[i];
  }
  return out;
}

} // namespace

int main(int argc, char** argv)
{
  if (argc != 3) {
    std::cerr << "usage: gen_countries country_qids.tsv country_aliases.tsv\n";
    return 2;
  }
  std::map<std::string, std::string> qid;
  for (auto& r : read_tsv(argv[1])) {
    if (r.size() < 2)
      continue;
    qid[trim(r[0])] = trim(r[1]);
  }
  struct Extra
  {
    std::string en, ar, label_en, label_ar;
  };
  std::map<std::string, Extra> extra;
  for (auto& r : read_tsv(argv[2])) {
    if (r.empty())
      continue;
    auto col = [&](size_t i) {
      return r.size() > i ? trim(r[i]) : std::string();
    };
    extra[trim(r[0])] = {col(1), col(2), col(3), col(4)};
  }

  struct Row
  {
    std::string id, en, ar, aliases_en, aliases_ar;
  };
  std::vector<Row> rows;
  std::set<std::string> seen;
  for (const char* const* p = icu::Locale::getISOCountries(); *p; ++p) {
    std::string code = *p;
    if (kSkip.count(code))
      continue;
    seen.insert(code);
    Row row;
    auto q = qid.find(code);
    row.id = q != qid.end() ? q->second : "iso:" + code;
    row.en = display(code.c_str(), "en");
    row.ar = display(code.c_str(), "ar");
    if (row.en == code || row.ar == code) {
      std::cerr << "gen_countries: no display name for " << code << ", skipped\n";
      continue;
    }
    std::vector<std::string> en, ar;
    // "Bosnia & Herzegovina" -> label "Bosnia and Herzegovina"; ICU's form
    // stays an alias.
    if (auto amp = row.en.find(" & "); amp != std::string::npos) {
      en.push_back(row.en);
      row.en.replace(amp, 3, " and ");
    }
    auto e = extra.find(code);
    if (e != extra.end()) {
      // Optional label overrides (columns 4 and 5); ICU's name becomes an alias.
      if (!e->second.label_en.empty() && e->second.label_en != row.en) {
        en.insert(en.begin(), row.en);
        row.en = e->second.label_en;
      }
      if (!e->second.label_ar.empty() && e->second.label_ar != row.ar) {
        ar.insert(ar.begin(), row.ar);
        row.ar = e->second.label_ar;
      }
      add_aliases(en, e->second.en);
      add_aliases(ar, e->second.ar);
    }
    // Labels are aliases already; do not repeat them.
    std::erase(en, row.en); // needs C++20
    std::erase(ar, row.ar);
    row.aliases_en = join(en);
    row.aliases_ar = join(ar);
    rows.push_back(row);
  }
  // Codes in the alias file that ICU does not list (e.g. XK Kosovo on old ICU).
  for (auto& [code, al] : extra) {
    if (!seen.count(code))
      std::cerr << "gen_countries: " << code << " in aliases but not in ICU\n";
  }
  for (auto& [code, q] : qid) {
    if (!seen.count(code))
      std::cerr << "gen_countries: " << code << " in qids but not in ICU\n";
  }

  // Sort by id: wd:Q ids numerically, then iso: ids.
  auto key = [](const std::string& id) {
    if (id.rfind("wd:Q", 0) == 0)
      return std::make_pair(0, std::string(20 - (id.size() - 4), '0') + id.substr(4));
    return std::make_pair(1, id);
  };
  std::sort(
    rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return key(a.id) < key(b.id); });

  std::cout << "# id\ttype\tlabel_en\tlabel_ar\taliases_en\taliases_ar\n";
  for (auto& r : rows)
    std::cout << r.id << "\tCountry\t" << r.en << "\t" << r.ar << "\t" << r.aliases_en << "\t"
              << r.aliases_ar << "\n";
  return 0;
}
