#!/usr/bin/env python3
"""Word-level body score on Mozilla Readability's test pages: the whole expected article (expected.html), not six
snippets of it, against the body MarketDesk reads (standfirst, paragraphs, sub-headings, lists, tables).

    tests/fidelity/tools/tokenf1.py READABILITY_TEST_PAGES_DIR BUILD_DIR [--pages LIST] [--worst N]

Each text is cut into lower-cased words (letters and digits); precision is the share of MarketDesk's words that
the expected article holds, recall the share of the expected article's words MarketDesk gives, both counted as
multisets per page. A long box of chrome kept or a long part of the story lost weighs as much as its words,
which six snippets cannot see. Printed: the mean of the pages' P / R / F1, the words summed over all pages, the
pages below F1 0.9 and the --worst N pages with their figures. Only pages with an expected-metadata.json whose
`readerable` is not false are read (the 122 pages the snippet score uses). Expected output is Readability.js's own
reading, so this measures agreement with Readability.js, a peer that reads unseen pages well; it is no truth."""
import collections, html.parser, json, os, re, subprocess, sys

WORD = re.compile(r'\w+', re.UNICODE)
BLOCK_TAGS = {'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr', 'br', 'pre', 'blockquote',
              'figcaption', 'dt', 'dd', 'section', 'article'}


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in ('script', 'style') and self.skip:
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


INVISIBLE = re.compile('[\u00ad\u200b\u200c\u200d\u2060\ufeff]')


def words(text):
    # Soft hyphens and zero-width spaces, which no reader sees, are dropped before words are cut (as the snippet
    # score drops them).
    return collections.Counter(w.lower() for w in WORD.findall(INVISIBLE.sub('', text)))


def reading_text(article):
    out = list(article.get('summary') or [])
    for b in article.get('blocks') or []:
        if b.get('kind') == 'table':
            out.append(b.get('title') or '')
            out += b.get('header') or []
            for row in b.get('rows') or []:
                out += row
        elif b.get('kind') == 'list':
            out += b.get('items') or []
        else:
            out.append(b.get('text') or '')
    return '\n'.join(out)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if len(args) < 2:
        sys.exit(__doc__)
    pages_dir, build = args[0], args[1]
    worst = 15
    only = None
    argv = sys.argv[1:]
    for i, a in enumerate(argv):
        if a == '--worst':
            worst = int(argv[i + 1])
        if a == '--pages':
            only = {l.strip() for l in open(argv[i + 1]) if l.strip() and not l.startswith('#')}
    if '--worst' in argv:
        args = [a for a in args if a != str(worst)]
    names = []
    for name in sorted(os.listdir(pages_dir)):
        meta = os.path.join(pages_dir, name, 'expected-metadata.json')
        if not os.path.exists(meta) or (only and name not in only):
            continue
        if json.load(open(meta, encoding='utf-8')).get('readerable') is False:
            continue
        names.append(name)
    sources = [os.path.join(pages_dir, n, 'source.html') for n in names]
    out = subprocess.run([os.path.join(build, 'app', 'marketdesk'), '--dump-json'] + sources,
                         capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM='offscreen'))
    readings = json.loads(out.stdout)
    by_source = {r.get('source'): r for r in readings}
    rows, tp_all, got_all, exp_all = [], 0, 0, 0
    for name, source in zip(names, sources):
        parser = Text()
        parser.feed(open(os.path.join(pages_dir, name, 'expected.html'), encoding='utf-8').read())
        expected = words(''.join(parser.parts))
        reading = by_source.get(source) or by_source.get(os.path.abspath(source)) or {}
        got = words(reading_text(reading.get('article') or {}))
        tp = sum((expected & got).values())
        n_got, n_exp = sum(got.values()), sum(expected.values())
        p = tp / n_got if n_got else 0.0
        r = tp / n_exp if n_exp else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows.append((f, p, r, n_got, n_exp, name))
        tp_all, got_all, exp_all = tp_all + tp, got_all + n_got, exp_all + n_exp
    n = len(rows)
    mp, mr, mf = (sum(x[i] for x in rows) / n for i in (1, 2, 0))
    sp, sr = tp_all / got_all, tp_all / exp_all
    print(f'pages {n}  mean P {mp:.3f} R {mr:.3f} F1 {mf:.3f}  summed P {sp:.3f} R {sr:.3f} F1 {2*sp*sr/(sp+sr):.3f}'
          f'  below 0.9: {sum(1 for x in rows if x[0] < 0.9)}  empty: {sum(1 for x in rows if x[3] == 0)}')
    for f, p, r, g, e, name in sorted(rows)[:worst]:
        print(f'  {f:.3f}  P {p:.3f} R {r:.3f}  words {g} of {e}  {name}')


if __name__ == '__main__':
    main()
