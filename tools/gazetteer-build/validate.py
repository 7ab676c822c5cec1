#!/usr/bin/env python3
"""Checks data/gazetteer/{countries,cities,locations}.json; exit 1 on an error.

    python3 tools/gazetteer-build/validate.py [DATA_GAZETTEER_DIR]

Names are compared the way Rasd matches them: folded like ArabicNormalizer.Fold
(أ إ آ ٱ -> ا, ى -> ي, ة -> ه). Errors: invalid JSON, missing or empty fields, bad id or code,
duplicate ids or codes, names that are not plain Arabic letters and single spaces (no diacritics,
tatweel, Latin, digits), two spellings of one entry that fold to the same form, one folded form on
two different entries across the three files (nisba forms ال+stem and ال+stem+ه included), a nisba
stem on two countries. Warnings: forms also found in the other gazetteer files (organizations,
agencies, state bodies, persons) when those exist.
"""
import json, os, re, sys
from collections import defaultdict

here = os.path.dirname(os.path.abspath(__file__))
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', 'data', 'gazetteer')
ARABIC = re.compile(r'^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+)*$')
CITY_ID = re.compile(r'^city:[a-z0-9]+(-[a-z0-9]+)*$')
LOC_ID = re.compile(r'^location:[a-z0-9]+(-[a-z0-9]+)*$')
FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه'})
errors, warnings = [], []

def fold(s):
    return s.translate(FOLD)

def load(name, required=True):
    path = os.path.join(root, name)
    if not os.path.exists(path):
        if required: errors.append(f'{name}: missing')
        return []
    with open(path, encoding='utf-8') as f:
        data = json.load(f)
    if not isinstance(data, list):
        errors.append(f'{name}: top level is not an array')
        return []
    return data

countries, cities, locations = load('countries.json'), load('cities.json'), load('locations.json')
forms = defaultdict(set)          # folded form -> entity ids
ids = defaultdict(list)

def check_names(who, lst):
    if not isinstance(lst, list) or not lst:
        errors.append(f'{who}: empty or missing names')
        return
    seen = {}
    for n in lst:
        if not isinstance(n, str) or not ARABIC.match(n):
            errors.append(f'{who}: name {n!r} is not plain Arabic')
            continue
        f = fold(n)
        if f in seen:
            errors.append(f'{who}: {n!r} and {seen[f]!r} fold to the same form')
        seen[f] = n
        forms[f].add(who)

codes = [c.get('code') for c in countries]
for c in countries:
    code = c.get('code', '')
    if not re.match(r'^[A-Z]{2}$', code or ''): errors.append(f'bad code {code!r}')
    if not c.get('name_en'): errors.append(f'{code}: no name_en')
    check_names(code, c.get('names'))
    nisba = c.get('nisba')
    if not isinstance(nisba, list):
        errors.append(f'{code}: nisba is not a list')
        nisba = []
    if len({fold(n) for n in nisba}) != len(nisba): errors.append(f'{code}: duplicate nisba after folding')
    for n in nisba:
        if not ARABIC.match(n) or ' ' in n or n.endswith('ة'):
            errors.append(f'{code}: bad nisba {n!r}')
    cap = c.get('capital')
    if cap is not None:
        if not CITY_ID.match(cap.get('id', '')): errors.append(f'{code}: bad capital id {cap.get("id")!r}')
        if not cap.get('name_en'): errors.append(f'{code}: capital without name_en')
        ids[cap.get('id')].append(f'capital of {code}')
        check_names(cap.get('id'), cap.get('names'))
if len(set(codes)) != len(codes): errors.append('duplicate country codes')
if codes != sorted(codes): errors.append('countries.json is not sorted by code')

nisba_owner = defaultdict(set)
for c in countries:
    for n in c.get('nisba') or []:
        nisba_owner[fold(n)].add(c['code'])
for n, o in nisba_owner.items():
    if len(o) > 1: errors.append(f'nisba {n!r} used by {sorted(o)}')
for c in countries:   # the matcher adds ال+stem and ال+stem+ه as forms of the country
    for n in c.get('nisba') or []:
        for f in ('ال' + fold(n), 'ال' + fold(n) + 'ه'):
            forms[f].add(c['code'])

for c in cities:
    cid = c.get('id', '')
    if not CITY_ID.match(cid): errors.append(f'bad city id {cid!r}')
    if not c.get('name_en'): errors.append(f'{cid}: no name_en')
    if c.get('country') not in codes: errors.append(f'{cid}: unknown country {c.get("country")!r}')
    ids[cid].append('cities.json')
    check_names(cid, c.get('names'))
for l in locations:
    lid = l.get('id', '')
    if not LOC_ID.match(lid): errors.append(f'bad location id {lid!r}')
    if not l.get('name_en'): errors.append(f'{lid}: no name_en')
    ids[lid].append('locations.json')
    check_names(lid, l.get('names'))

for i, where in ids.items():
    if len(where) > 1: errors.append(f'id {i} defined {len(where)} times: {where}')
for f, who in sorted(forms.items()):
    if len(who) > 1: errors.append(f'form {f!r} shared by {sorted(who)}')

# The other gazetteer files (written separately): report overlaps, do not fail.
others = defaultdict(set)
for name, fields in [('organizations.json', ('names', 'ambiguous_names')), ('agencies.json', ('names', 'ambiguous_names')),
                     ('state-bodies.json', ('names',)), ('persons.json', ('names', 'surnames'))]:
    for e in load(name, required=False):
        for field in fields:
            for n in e.get(field) or []:
                others[fold(n)].add(e.get('id') or e.get('slug'))
for f in sorted(set(forms) & set(others)):
    warnings.append(f'form {f!r} of {sorted(forms[f])} is also in {sorted(others[f])}')

for w in warnings: print('warning:', w)
for e in errors: print('error:', e)
print(f'{len(countries)} countries ({sum(1 for c in countries if c.get("capital"))} capitals), '
      f'{len(cities)} cities, {len(locations)} locations, {len(forms)} distinct folded forms, '
      f'{len(errors)} errors, {len(warnings)} warnings')
sys.exit(1 if errors else 0)
