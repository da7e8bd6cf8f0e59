import subprocess, itertools, re
import os
WORK = os.environ.get('WORK', '/tmp/newskg-morphology')  # scratch files; run from the repository root
from lex import LEX, HAND
from collect import clean, norm, PRO
EXCLUDE = set('إضافة إضافي دعاة وزارة والحذر الواقعة التوجه الاتصالات هاتفيا لاتفاقيتنا بحثا'.split())
# Gold: reviewed corpus candidates plus the hand-written forms.
groups = {}
for line in open(os.path.join(WORK, 'cands.tsv')):
    w, lexs = line.rstrip('\n').split('\t')
    if w not in EXCLUDE:
        for l in lexs.split(): groups.setdefault(l, set()).add(w)
for l, ws in HAND.items(): groups.setdefault(l, set()).update(ws.split())
gold = set().union(*groups.values())
corpus = [w for w in open(os.path.join(WORK, 'corpus_tokens.txt')).read().split() if w]
others = [w for w in corpus if w not in gold]
def strip(n):  # longest proclitic chain that leaves >= 2 letters
    return [n[len(p):] for p in PRO if n.startswith(p) and len(n) - len(p) >= 2]
def kind(l, w):
    vs, ns = LEX[l]; n = norm(w)
    return 'noun' if any(s.startswith(x) for s in strip(n) for x in ns) else 'verb'
# Tools on every word (raw orthography, diacritics dropped) and on its normalized spelling.
words = sorted(gold | set(others)); nwords = sorted(set(norm(w) for w in gold))
out = subprocess.run([os.path.join(WORK, 'stem')], input='\n'.join(words + nwords) + '\n', capture_output=True, text=True).stdout
res = {}
for line in out.splitlines():
    w, sb, ok, hs, an = line.split('\t')
    res[w] = (sb, ok == 'ok', set() if hs == '-' else set(hs.split('|')), an)
# Our affix model: forms() and word_matches() of extract/, on the normalized word.
cl = {}
for line in open('data/ar/clitics.tsv'):
    if line.startswith('#') or not line.strip(): continue
    k, f = line.rstrip('\n').split('\t'); cl.setdefault(k, []).append(f)
def forms(w):
    out = [w]; ac = [w] + [w[len(c):] for c in cl['conj'] if w.startswith(c)]
    add = lambda f: len(f) >= 2 and f not in out and out.append(f)
    for b in ac:
        add(b); ap = [b] + [b[len(p):] for p in cl['prep'] if b.startswith(p)]
        for f in cl['prep-article']:
            if b.startswith(f): add(b[len(f):])
        for s in ap:
            add(s)
            for a in cl['article']:
                if s.startswith(a): add(s[len(a):])
    for f in list(out):
        for e in cl['case-ending']:
            if f.endswith(e): add(f[:-len(e)])
    return out
ENDS = set(cl['suffix']); ENCL = set(cl['enclitic'])
def wmatch(cue, star, tok):
    bare = cue[2:] if cue.startswith('ال') and len(cue) > 3 else cue
    for f in forms(tok):
        if f == cue or (bare != cue and f == bare and f != tok): return True
        if star and f.startswith(cue) and (f[len(cue):] in ENDS or f[len(cue):] in ENCL or f == cue): return True
    return False
cuewords = []  # (word, star, lexeme)
for line in open('data/ar/triggers.tsv'):
    if line.startswith('#'): continue
    cue = line.split('\t')[1]
    for part in cue.split(' '):
        star = len(part) > 1 and part.endswith('*'); t = norm(part.rstrip('*'))
        lx = [l for l, (vs, ns) in LEX.items() if any(s2 == x or (s2.startswith(x) and x in ns) for x in vs + ns for s2 in [t] + strip(t)[1:])]
        if lx: cuewords.append((t, star, lx[0]))
cuewords = sorted(set(cuewords))
def ours(w): return {l for c, s, l in cuewords if wmatch(c, s, norm(w))}
def report(title, grp):
    print(f'\n== {title}: {len(grp)} groups, {sum(len(v) for v in grp.values())} forms')
    sb = {g: {res[w][0] for w in ws} for g, ws in grp.items()}
    hsu = {g: set().union(*(res[w][2] for w in ws)) for g, ws in grp.items()}
    hsi = {g: set.intersection(*(res[w][2] for w in ws)) for g, ws in grp.items()}
    lexof = lambda g: g.split('/')[0]
    ok_sb = [g for g in grp if len(sb[g]) == 1]
    ok_hs = [g for g in grp if hsi[g]]
    ok_us = [g for g in grp if all(lexof(g) in ours(w) for w in grp[g])]
    pairs = lambda d: [(a, b, d[a] & d[b]) for a, b in itertools.combinations(sorted(grp), 2) if lexof(a) != lexof(b) and d[a] & d[b]]
    col_sb, col_hu, col_hi = pairs(sb), pairs(hsu), pairs(hsi)
    col_us = sorted({(g, w, l) for g in grp for w in grp[g] for l in ours(w) if l != lexof(g)})
    print(f'snowball consistent {len(ok_sb)}/{len(grp)}; colliding group pairs {len(col_sb)}')
    print(f'hunspell consistent {len(ok_hs)}/{len(grp)}; colliding pairs (any stem) {len(col_hu)}, (common stem) {len(col_hi)}')
    print(f'ours     covered    {len(ok_us)}/{len(grp)}; forms matched by another lexeme cue {len(col_us)}')
    for g in sorted(grp):
        if g not in ok_sb or g not in ok_hs or g not in ok_us:
            print(' ', g, '| sb:', ' '.join(f'{w}>{res[w][0]}' for w in sorted(grp[g])) if g not in ok_sb else 'ok',
                  '| hs:', ' '.join(f'{w}>{"/".join(sorted(res[w][2])) or "?"}' for w in sorted(grp[g])) if g not in ok_hs else 'ok',
                  '| ours missed:', ' '.join(w for w in sorted(grp[g]) if lexof(g) not in ours(w)) if g not in ok_us else 'ok')
    print('  snowball collisions:', '; '.join(f'{a}~{b}:{"/".join(s)}' for a, b, s in col_sb))
    print('  hunspell common-stem collisions:', '; '.join(f'{a}~{b}:{"/".join(s)}' for a, b, s in col_hi))
    print('  hunspell any-stem collisions:', '; '.join(f'{a}~{b}:{"/".join(sorted(s))}' for a, b, s in col_hu[:12]))
    print('  ours cross-lexeme:', col_us)
    return sb, hsu
fam = {l: ws for l, ws in groups.items()}
sub = {}
for l, ws in groups.items():
    for w in ws: sub.setdefault(f'{l}/{kind(l, w)}', set()).add(w)
sb, hsu = report('families (verb + its nouns)', fam)
report('conjugation groups (verb forms, noun forms apart)', sub)
allsb = set().union(*sb.values()); allhs = set().union(*hsu.values())
fsb = [w for w in others if res[w][0] in allsb]; fhs = [w for w in others if res[w][2] & allhs]; fus = [w for w in others if ours(w)]
print(f'\n== {len(others)} other corpus word types falling on a trigger stem: snowball {len(fsb)}, hunspell {len(fhs)}, ours {len(fus)}')
print(' snowball:', ' '.join(f'{w}>{res[w][0]}' for w in fsb[:40])); print(' hunspell:', ' '.join(fhs[:40])); print(' ours:', ' '.join(fus))
unk = [w for w in gold if not res[w][1]]; unkn = [w for w in nwords if not res[w][1]]
print(f'\nhunspell unknown: {len(unk)}/{len(gold)} gold forms as written {unk}; {len(unkn)}/{len(nwords)} once normalized (أ→ا, ة→ه)')
print('snowball same stem raw vs normalized:', sum(res[w][0] == res[norm(w)][0] for w in gold), '/', len(gold))
