#!/usr/bin/env python3
"""Generates hostile CSV inputs and how Python's csv module reads them.

Writes Tests/TallyDataTests/Fixtures/csv-differential.json: a list of {name, text, records}.
Tally's CSVTable must read every text to the same records (Python's csv module is the
reference reader). Seeded, so the file is the same on every run.
    python3 scripts/reference/csv_differential.py
"""
import csv
import io
import json
import os
import random
import sys

random.seed(20261128)
ALPHABET = ['a', 'b', 'Я', 'ї', 'é', ' ', ',', '"', '\n', '\r\n', '1', '-', ';', '\t']


def random_field():
    n = random.randint(0, 8)
    return ''.join(random.choice(ALPHABET) for _ in range(n))


def encode(rows, crlf):
    out = io.StringIO()
    w = csv.writer(out, lineterminator='\r\n' if crlf else '\n', quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return out.getvalue()


cases = []
for i in range(300):
    ncols = random.randint(1, 5)
    rows = [[random_field() for _ in range(ncols)] for _ in range(random.randint(1, 6))]
    # A row of one empty field is written as an empty line, which readers skip; avoid it.
    rows = [r if any(r) or len(r) > 1 else ['x'] for r in rows]
    text = encode(rows, crlf=random.random() < 0.5)
    if random.random() < 0.2:
        text = text.rstrip('\r\n')  # no final line break
    if random.random() < 0.1:
        text = '\ufeff' + text
    parsed = list(csv.reader(io.StringIO(text.lstrip('\ufeff'), newline='')))
    parsed = [r for r in parsed if r != []]
    cases.append({'name': f'random-{i}', 'text': text, 'records': parsed})

handmade = [
    'a,b\n1,2\n',
    'a,b\r\n"x, y","say ""hi"""\r\n',
    'a\n"multi\nline"\n',
    'a,b\n,\n',
    'a,b\n1,\n',
    '"",""\n"",""',
    'a\n\n\nb\n',
]
for j, text in enumerate(handmade):
    parsed = [r for r in csv.reader(io.StringIO(text, newline='')) if r != []]
    cases.append({'name': f'handmade-{j}', 'text': text, 'records': parsed})

out = os.path.join(os.path.dirname(__file__), '..', '..', 'Tests', 'TallyDataTests', 'Fixtures', 'csv-differential.json')
with open(out, 'w', encoding='utf-8') as f:
    json.dump({'generator': 'scripts/reference/csv_differential.py', 'python': sys.version.split()[0],
               'reference': 'Python csv.reader, newline=""', 'cases': cases}, f, ensure_ascii=False, indent=1)
    f.write('\n')
print(f'{len(cases)} cases')
