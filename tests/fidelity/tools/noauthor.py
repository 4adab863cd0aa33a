#!/usr/bin/env python3
"""Counts, by half, trafilatura's pages whose annotation says the page names no author (an empty "author") on
which MarketDesk names one anyway (counts only).

    tests/fidelity/tools/noauthor.py SETS_DIR EVALDATA_JSON MARKETDESK_BINARY

EVALDATA_JSON is trafilatura's tests/evaldata.json (the prepared gold leaves an empty author out)."""
import json, os, subprocess, sys

if len(sys.argv) != 4:
    sys.exit(__doc__)
sets, evaldata, binary = sys.argv[1:]
here = os.path.dirname(os.path.abspath(__file__))
dev = {l.strip() for l in open(os.path.join(here, '..', 'realpages', 'metadata-dev-half.txt'))
       if l.strip() and not l.startswith('#')}
empty = {os.path.basename(v['file']).rsplit('.', 1)[0]
         for v in json.load(open(evaldata)).values() if v.get('author') == '' and v.get('file')}
folder = os.path.join(sets, 'trafilatura')
pages = {'dev': [], 'held': []}
for f in sorted(os.listdir(folder)):
    name = f[:-len('.gold.json')]
    if f.endswith('.gold.json') and name in empty:
        pages['dev' if name in dev else 'held'].append(os.path.join(folder, name + '.html'))
env = dict(os.environ, QT_QPA_PLATFORM='offscreen')
for half, paths in pages.items():
    named = 0
    for i in range(0, len(paths), 50):
        out = subprocess.run([binary, '--dump-json'] + paths[i:i + 50], capture_output=True, text=True, env=env).stdout
        named += sum(bool(((s.get('article') or {}).get('author') or '').strip()) for s in json.loads(out or '[]'))
    print(f'{half}: {named} of {len(paths)} named where the set says none')
