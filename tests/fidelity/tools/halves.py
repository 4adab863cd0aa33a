#!/usr/bin/env python3
"""Scores trafilatura's real pages by half (dev: the pages listed in realpages/metadata-dev-half.txt, which may be
opened while writing rules; held: the rest, scored as counts only) and Readability's pages, one line each, with the
body's snippet counts (found / missed / chrome held) that the rows' rounded figures hide.

    tests/fidelity/tools/halves.py SETS_DIR [BUILD_DIR] [--dev-misses]

SETS_DIR holds trafilatura/ and readability/ as realpages.sh prepares them. --dev-misses also prints every dev
page's misses (never a held page's)."""
import json, os, re, subprocess, sys

args = [a for a in sys.argv[1:] if not a.startswith('--')]
if not args:
    sys.exit(__doc__)
sets = args[0]
build = args[1] if len(args) > 1 else 'build'
here = os.path.dirname(os.path.abspath(__file__))
half_list = os.path.join(here, '..', 'realpages', 'metadata-dev-half.txt')
dev = {l.strip() for l in open(half_list) if l.strip() and not l.startswith('#')}


def includes(in_half):
    n = 0
    folder = os.path.join(sets, 'trafilatura')
    for f in os.listdir(folder):
        if f.endswith('.gold.json') and in_half(f[:-len('.gold.json')]):
            n += len(json.load(open(os.path.join(folder, f))).get('include', []))
    return n


def score(extra):
    return subprocess.run([os.path.join(build, 'tests', 'fidelity', 'fidelity_score')] + extra,
                          capture_output=True, text=True, check=True).stdout


for half, flag, in_half in (('dev', '--pages', lambda n: n in dev), ('held', '--except', lambda n: n not in dev)):
    out = score([flag, half_list, '--verbose', os.path.join(sets, 'trafilatura')])
    missed = len(re.findall(r'body misses "', out))
    held = len(re.findall(r'body holds "', out))
    print(f'{half:5} {out.splitlines()[4]}  found/missed/chrome {includes(in_half) - missed}/{missed}/{held}')
    if half == 'dev' and '--dev-misses' in sys.argv:
        print('\n'.join(l for l in out.splitlines() if l.startswith('- ')))
print('rdb  ', score([os.path.join(sets, 'readability')]).splitlines()[4])
