#!/usr/bin/env python3
"""Lists gazetteer forms that Rasd's fuzzy name matching would give to frequent corpus words.

    python3 tools/gazetteer-build/fuzzy_risk.py CORPUS.jsonl.gz [...] [--min 20] [--only-new BASE_DIR]

Rasd links an unseen spelling of a person or place to a known form when the two share a name
skeleton (or differ by one consonant) and their weighted name distance is small
(FuzzyNameIndex, NameSkeleton, NameDistance, EntityStage.Fuzzy). A short surname or place name
can then attract an everyday word or a common first name (سلمان → سليماني). This script ports
those rules, reads one- and two-word strings of a corpus with their frequencies, and prints,
for each person, city, location or country form, the frequent strings that would fuzzily
resolve to it although they are not forms of it: such forms are candidates for removal.
With --only-new, forms already in BASE_DIR are skipped.
"""
import gzip, json, os, re, sys
from collections import Counter, defaultdict

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, '..', '..', 'data', 'gazetteer')
FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ـ': None,
                      **{chr(c): None for c in range(0x64B, 0x660)}, '\u0670': None})
TOKEN = re.compile(r'[^\W_]+')
VOWELS = set('اويىءئؤأإآ')
SOUND = {**dict.fromkeys('جغق', 'ك'), **dict.fromkeys('ضظذ', 'ز'), **dict.fromkeys('صث', 'س'), 'ط': 'ت', 'ح': 'ه', 'ة': 'ه'}
CLASSES = ["جغقك", "زضظذ", "سصث", "تط", "هحة", "يج", "فب", "دض"]
FUZZY_FLOOR, SURNAME_FLOOR, PLACE_FLOOR = 0.8, 0.88, 0.9

def fold(s): return ' '.join(TOKEN.findall(s.translate(FOLD)))

def skeleton(name):
    out = []
    for word in name.split():
        stem = word[2:] if len(word) > 4 and word.startswith('ال') else word
        s = ''
        for c in stem:
            if c in VOWELS: continue
            l = SOUND.get(c, c)
            if s and s[-1] == l: continue
            s += l
        out.append(s or stem)
    return ' '.join(out)

def keys(sk):
    yield sk
    if len(sk.replace(' ', '')) < 3: return
    for i, c in enumerate(sk):
        if c != ' ': yield sk[:i] + sk[i + 1:]

def indel(c): return 0.3 if c in VOWELS or c == 'ه' else 0.5 if c == ' ' else 1.0

def sub(a, b):
    if a == b: return 0.0
    if a in VOWELS and b in VOWELS: return 0.2
    for s in CLASSES:
        if a in s and b in s: return 0.5 if s in ("يج", "فب", "دض") else 0.4
    return 1.0

def distance(a, b):
    prev = [0.0] * (len(b) + 1)
    for j in range(1, len(b) + 1): prev[j] = prev[j - 1] + indel(b[j - 1])
    for i in range(1, len(a) + 1):
        cur = [prev[0] + indel(a[i - 1])] + [0.0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + indel(a[i - 1]), cur[j - 1] + indel(b[j - 1]), prev[j - 1] + sub(a[i - 1], b[j - 1]))
        prev = cur
    return prev[len(b)]

def similarity(a, b):
    n = max(len(a), len(b))
    return 1.0 if n == 0 else max(0.0, 1.0 - distance(a, b) / n)

def readings(w):
    r = [w]
    if len(w) < 3: return r
    o = 0
    if w[0] in 'وف':
        o = 1
        if len(w) - o >= 2: r.append(w[1:])
    if len(w) - o >= 3:
        if w[o] == 'ل' and w[o + 1] == 'ل': r.append('ا' + w[o + 1:])
        if w[o] in 'بلك': r.append(w[o + 1:])
    return r

def forms_of(directory):
    out = []   # (folded, id, type, kind)
    for c in json.load(open(os.path.join(directory, 'countries.json'), encoding='utf-8')):
        out += [(fold(n), 'country:' + c['code'], 'place', 'name') for n in c['names']]
        if c.get('capital'): out += [(fold(n), c['capital']['id'], 'place', 'name') for n in c['capital']['names']]
    for f in ('cities.json', 'locations.json'):
        out += [(fold(n), e['id'], 'place', 'name') for e in json.load(open(os.path.join(directory, f), encoding='utf-8')) for n in e['names']]
    for p in json.load(open(os.path.join(directory, 'persons.json'), encoding='utf-8')):
        out += [(fold(n), p['id'], 'person', 'name') for n in p['names']]
        out += [(fold(n), p['id'], 'person', 'surname') for n in p.get('surnames') or []]
    return out

def main():
    args = sys.argv[1:]
    minimum = int(args[args.index('--min') + 1]) if '--min' in args else 20
    base = args[args.index('--only-new') + 1] if '--only-new' in args else None
    corpora = [a for i, a in enumerate(args) if not a.startswith('--') and (i == 0 or args[i - 1] not in ('--min', '--only-new'))]
    forms = forms_of(root)
    known = {f for f, *_ in forms}
    old = {(f, i) for f, i, *_ in forms_of(base)} if base else set()
    index = defaultdict(list)
    for form in forms:
        for k in keys(skeleton(form[0])): index[k].append(form)
    counts = Counter()
    for path in corpora:
        with gzip.open(path, 'rt', encoding='utf-8') as lines:
            for line in lines:
                a = json.loads(line)
                toks = TOKEN.findall(((a.get('title') or '') + ' ' + (a.get('text') or '')).translate(FOLD))
                for i, t in enumerate(toks):
                    counts[t] += 1
                    if i + 1 < len(toks): counts[t + ' ' + toks[i + 1]] += 1
    risky = defaultdict(Counter)
    for text, n in counts.items():
        if n < minimum or not all(w.isalpha() for w in text.split()): continue
        words = text.split()
        for stem in readings(words[0]):
            s = ' '.join([stem] + words[1:])
            if s in known or (len(words) == 1 and len(stem) < 4): continue
            sk = skeleton(s)
            seen = set()
            for k in keys(sk):
                for f, eid, etype, kind in index.get(k, ()):
                    if (f, eid) in seen or (f, eid) in old: continue
                    seen.add((f, eid))
                    same = skeleton(f) == sk
                    sim = similarity(s, f)
                    if sim < FUZZY_FLOOR or (len(words) == 1 and not same): continue
                    if kind == 'surname' and sim < SURNAME_FLOOR: continue
                    if etype == 'place' and len(words) == 1 and sim < PLACE_FLOOR: continue
                    risky[(f, eid)][s] += n
    for (f, eid), hits in sorted(risky.items(), key=lambda x: -sum(x[1].values())):
        print(f'{sum(hits.values())}\t{eid}\t{f}\t' + ', '.join(f'{t} ({n})' for t, n in hits.most_common(6)))

if __name__ == '__main__':
    main()
