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

It also checks organizations.json, agencies.json, state-bodies.json, persons.json and
ambiguous-surnames.json against the invariants in README-orgs.md and README-persons.md: ids
unique and well formed across all files; a form, folded and tokenized the way Rasd's Tokenizer
does it (runs of letters and digits), owned by one organization or agency entry only and by no
place or person; Latin acronyms on one entry only; templates that exist, on entries with a
country, each (country, template) pair once; country codes that exist; person names and surnames
plain Arabic, each full name on one person, each surname on one person and never also in the
ambiguity file, whose ids exist; offices with role, role_en, a known kind, a known country,
dates YYYY[-MM[-DD]] with to not before from, an existing org id, and a host or org on every
ambassador. A place form that is also a credit-only name of an agency is a warning, not an error.
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

# Organizations, agencies, state bodies and persons (README-orgs.md, README-persons.md).
TOKEN = re.compile(r'[^\W_]+')
DIACRITICS = re.compile('[\u0640\u064B-\u065F\u0670]')
PERSON_NAME = re.compile(r'^[\u0621-\u063A\u0641-\u064A]+([ -][\u0621-\u063A\u0641-\u064A]+)*$')
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
KINDS = {'president', 'prime-minister', 'foreign-minister', 'deputy-foreign-minister', 'defense-minister', 'ambassador',
         'spokesperson', 'speaker', 'minister', 'head-of-organization', 'party-leader', 'private', 'other'}

def tokens(s):
    return ' '.join(TOKEN.findall(fold(s)))

organizations, agencies = load('organizations.json', False), load('agencies.json', False)
bodies, persons, shared_surnames = load('state-bodies.json', False), load('persons.json', False), load('ambiguous-surnames.json', False)
code_set = set(codes)
place_forms = {tokens(f): sorted(w) for f, w in forms.items()}
org_forms, latin_forms = defaultdict(set), defaultdict(set)
for name, entries, latin_field, prefix in [('organizations.json', organizations, 'acronyms', 'org'), ('agencies.json', agencies, 'latin', 'agency')]:
    for e in entries:
        eid = e.get('id', '')
        if not re.match(r'^' + prefix + r':[a-z0-9]+(-[a-z0-9]+)*$', eid): errors.append(f'{name}: bad id {eid!r}')
        ids[eid].append(name)
        if not e.get('name_en'): errors.append(f'{eid}: no name_en')
        if not e.get('names'): errors.append(f'{eid}: no names')
        if e.get('country') is not None and e.get('country') not in code_set: errors.append(f'{eid}: unknown country {e.get("country")!r}')
        for field in ('names', 'ambiguous_names'):
            for n in e.get(field) or []:
                if DIACRITICS.search(n): errors.append(f'{eid}: {n!r} has diacritics or tatweel')
                t = tokens(n)
                if not t: errors.append(f'{eid}: {n!r} has no letters')
                org_forms[t].add(eid)
                if t in place_forms and field == 'names':   # credit-only names may be places (warned above)
                    errors.append(f'form {t!r} of {eid} is also a place: {place_forms[t]}')
        for n in e.get(latin_field) or []:
            latin_forms[tokens(n)].add(eid)
for f, who in sorted(org_forms.items()):
    if len(who) > 1: errors.append(f'organization form {f!r} shared by {sorted(who)}')
for f, who in sorted(latin_forms.items()):
    if len(who) > 1: errors.append(f'Latin form {f!r} shared by {sorted(who)}')
templates = {b.get('slug') for b in bodies}
template_names = {tokens(n) for b in bodies for n in b.get('names') or []}
pairs = defaultdict(list)
for e in organizations:
    if e.get('template'):
        if e['template'] not in templates: errors.append(f'{e["id"]}: unknown template {e["template"]!r}')
        if not e.get('country'): errors.append(f'{e["id"]}: template without a country')
        pairs[(e.get('country'), e['template'])].append(e['id'])
for pair, who in pairs.items():
    if len(who) > 1: errors.append(f'(country, template) {pair} used by {who}')
for t in sorted(template_names & (set(org_forms) | set(place_forms))):
    errors.append(f'template name {t!r} is also an entry name')
org_ids = {e.get('id') for e in organizations + agencies}
full_names, surnames = defaultdict(set), defaultdict(set)
for p in persons:
    pid = p.get('id', '')
    if not re.match(r'^person:[a-z0-9]+(-[a-z0-9]+)*$', pid): errors.append(f'bad person id {pid!r}')
    ids[pid].append('persons.json')
    if not p.get('name_en'): errors.append(f'{pid}: no name_en')
    if not p.get('names'): errors.append(f'{pid}: no names')
    for field, owners in (('names', full_names), ('surnames', surnames)):
        for n in p.get(field) or []:
            if not PERSON_NAME.match(n): errors.append(f'{pid}: {field} {n!r} is not plain Arabic')
            owners[fold(n)].add(pid)
            t = tokens(n)
            if t in place_forms or t in org_forms:
                errors.append(f'{pid}: {field} {n!r} is also {place_forms.get(t) or sorted(org_forms[t])}')
    for o in p.get('offices') or []:
        where = f'{pid} office {o.get("role")!r}'
        if not o.get('role') or not o.get('role_en'): errors.append(f'{where}: role or role_en missing')
        if o.get('kind') not in KINDS: errors.append(f'{where}: unknown kind {o.get("kind")!r}')
        if o.get('country') not in code_set: errors.append(f'{where}: unknown country {o.get("country")!r}')
        for d in ('from', 'to'):
            if o.get(d) is not None and not DATE.match(str(o.get(d))): errors.append(f'{where}: bad {d} {o.get(d)!r}')
        if o.get('from') and o.get('to') and o['to'] < o['from'][:len(o['to'])]: errors.append(f'{where}: ends before it starts')
        if o.get('org') and o['org'] not in org_ids: errors.append(f'{where}: unknown org {o["org"]!r}')
        if o.get('kind') == 'ambassador' and not (o.get('host') or o.get('org')): errors.append(f'{where}: ambassador without host or org')
        if o.get('host') and o['host'] not in code_set: errors.append(f'{where}: unknown host {o["host"]!r}')
for n, who in sorted(full_names.items()):
    if len(who) > 1: errors.append(f'full name {n!r} on {sorted(who)}')
for n, who in sorted(surnames.items()):
    if len(who) > 1: errors.append(f'surname {n!r} on {sorted(who)}: it belongs in ambiguous-surnames.json')
person_ids = {p.get('id') for p in persons}
for a in shared_surnames:
    if fold(a.get('surname', '')) in surnames: errors.append(f'ambiguous surname {a.get("surname")!r} is also listed as a surname')
    if len(a.get('ids') or []) < 2: errors.append(f'ambiguous surname {a.get("surname")!r} has fewer than two ids')
    for i in a.get('ids') or []:
        if i not in person_ids: errors.append(f'ambiguous surname {a.get("surname")!r}: unknown id {i}')
for i in [i for i, w in ids.items() if len(w) > 1 and any(x in ('organizations.json', 'agencies.json', 'persons.json') for x in w)]:
    errors.append(f'id {i} defined {len(ids[i])} times: {ids[i]}')

for w in warnings: print('warning:', w)
for e in errors: print('error:', e)
print(f'{len(countries)} countries ({sum(1 for c in countries if c.get("capital"))} capitals), '
      f'{len(cities)} cities, {len(locations)} locations, {len(forms)} distinct folded forms, '
      f'{len(organizations)} organizations, {len(agencies)} agencies, {len(persons)} persons, '
      f'{len(errors)} errors, {len(warnings)} warnings')
sys.exit(1 if errors else 0)
