// Reads one word a line; prints word, Snowball stem, hunspell stems (|), hunspell analyses (|).
#include <hunspell/hunspell.hxx>
#include <iostream>
#include <libstemmer.h>
#include <string>
int main()
{
  sb_stemmer* sb = sb_stemmer_new("arabic", "UTF_8");
  Hunspell hs("/usr/share/hunspell/ar.aff", "/usr/share/hunspell/ar.dic");
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (auto& x : v) {
      if (!s.empty())
        s += '|';
      s += x;
    }
    return s.empty() ? std::string("-") : s;
  };
  std::string w;
  while (std::getline(std::cin, w)) {
    const sb_symbol* st =
      sb_stemmer_stem(sb, reinterpret_cast<const sb_symbol*>(w.data()), (int)w.size());
    std::string s(reinterpret_cast<const char*>(st), sb_stemmer_length(sb));
    std::cout << w << '\t' << s << '\t' << (hs.spell(w) ? "ok" : "unknown") << '\t'
              << join(hs.stem(w)) << '\t' << join(hs.analyze(w)) << '\n';
  }
  sb_stemmer_delete(sb);
}
