import re, glob, sys
import os
WORK = os.environ.get('WORK', '/tmp/newskg-morphology')  # scratch files; run from the repository root
from lex import LEX, HAND
DIAC = re.compile('[\u064B-\u0652\u0670\u0640]')
def clean(w): return DIAC.sub('', w)
def norm(w):
    w = clean(w)
    return w.translate(str.maketrans({'أ':'ا','إ':'ا','آ':'ا','ى':'ي','ة':'ه'}))
PRO = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'فال', 'بال', 'لل', 'وب', 'ول', 'فب', 'فل', 'وبال', 'ولل', 'س', 'وس']
_N = str.maketrans({'أ':'ا','إ':'ا','آ':'ا','ى':'ي','ة':'ه'})
for _l, (_v, _n) in LEX.items(): LEX[_l] = ([x.translate(_N) for x in _v], [x.translate(_N) for x in _n])
files = sorted(glob.glob('../shared/articles/dev/*.ar.txt') + glob.glob('samples/*.ar.txt'))
tokens = []
for f in files:
    tokens += re.findall('[\u0621-\u064A\u0640\u064B-\u0652\u0670]+', open(f, encoding='utf-8').read())
cands = {}
for t in tokens:
    c, n = clean(t), norm(t)
    for lex, (vs, ns) in LEX.items():
        for s in vs + ns:
            if any(n.startswith(p + s) and len(n) - len(p + s) <= 4 for p in PRO):
                cands.setdefault(c, set()).add(lex)
with open(os.path.join(WORK, 'corpus_tokens.txt'), 'w') as out:
    out.write('\n'.join(sorted(set(clean(t) for t in tokens))) + '\n')
if __name__ == '__main__':
  for c in sorted(cands, key=lambda c: (sorted(cands[c]), c)):
    print(c, ' '.join(sorted(cands[c])), sep='\t')
