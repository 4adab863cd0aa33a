#!/usr/bin/env node
// Measuring tool only: turns a public real-page set into a folder that fidelity_score and run.mjs read
// like the corpus (PAGE.html beside PAGE.gold.json). The pages are third-party pages: the output folder
// stays outside the repository and is never committed; only this script and the list of pages are.
//
//   node prepare-realpages.mjs trafilatura TRAFILATURA_TESTS_DIR OUT_DIR
//       TRAFILATURA_TESTS_DIR holds evaldata.json, eval/ and cache/ (github:adbar/trafilatura, tests/).
//       Gold: the set's own "with"/"without" snippets, matched as the set's evaluation matches them
//       (white space normalised, case kept); headline, author and date where the set annotates them (its
//       "title", "author" and "date": 845, 538 and 728 of the 990 pages), scored only where given.
//   node prepare-realpages.mjs readability READABILITY_TEST_PAGES_DIR OUT_DIR
//       READABILITY_TEST_PAGES_DIR holds NAME/source.html, expected.html, expected-metadata.json
//       (github:mozilla/readability, test/test-pages/). Gold: title, byline and published time from the
//       metadata (byline and time only where the set gives them); include snippets are up to six
//       paragraphs of expected.html, spread over the article; exclude snippets are up to six text blocks
//       of source.html that the expected article does not hold (menus, footers, cards).
//
// Prints the list of pages written (one relative path a line) on stdout.

import fs from "node:fs";
import path from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";

const MAX_SNIPPETS = 6; // as trafilatura's evaluation: no single page dominates the totals

const norm = (s) => s.replace(/\s+/g, " ").trim();

function spread(items, n) {
  if (items.length <= n) return items;
  const out = [];
  for (let i = 0; i < n; i++) out.push(items[Math.round((i * (items.length - 1)) / (n - 1))]);
  return [...new Set(out)];
}

// A snippet short enough to survive inline markup differences: the first ~90 characters, cut at a word.
function clip(text, max = 90) {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max);
  return text.slice(0, cut > 40 ? cut : max);
}

function safeName(s) {
  return s.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 120);
}

function writePage(outDir, name, bytes, gold) {
  fs.writeFileSync(path.join(outDir, name + ".html"), bytes);
  fs.writeFileSync(path.join(outDir, name + ".gold.json"), JSON.stringify(gold, null, 1) + "\n");
}

function trafilatura(src, out) {
  const evaldata = JSON.parse(fs.readFileSync(path.join(src, "evaldata.json"), "utf8"));
  const dir = path.join(out, "trafilatura");
  fs.mkdirSync(dir, { recursive: true });
  const listed = [];
  for (const url of Object.keys(evaldata).sort()) {
    const item = evaldata[url];
    const file = ["cache", "eval"].map((d) => path.join(src, d, item.file)).find((p) => fs.existsSync(p));
    if (!file) {
      process.stderr.write(`prepare: ${url}: ${item.file} not found\n`);
      continue;
    }
    const name = safeName(item.file.replace(/\.html?$/i, ""));
    const gold = { site: "trafilatura", url, match: "whitespace", include: item.with, exclude: item.without };
    if (item.title) gold.headline = item.title;
    if (item.author) gold.author = item.author;
    if (item.date) gold.published = String(item.date).slice(0, 10);
    writePage(dir, name, fs.readFileSync(file), gold);
    listed.push(`trafilatura/${name}.html\t${url}`);
  }
  return listed;
}

const BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, td, dd, dt, figcaption";

function readability(src, out) {
  const dir = path.join(out, "readability");
  fs.mkdirSync(dir, { recursive: true });
  const listed = [];
  for (const name of fs.readdirSync(src).sort()) {
    const pageDir = path.join(src, name);
    const sourcePath = path.join(pageDir, "source.html");
    if (!fs.existsSync(sourcePath)) continue;
    const meta = JSON.parse(fs.readFileSync(path.join(pageDir, "expected-metadata.json"), "utf8"));
    if (meta.readerable === false) continue; // the set says the page holds no article
    const virtualConsole = new VirtualConsole();
    const expected = new JSDOM(fs.readFileSync(path.join(pageDir, "expected.html"), "utf8"), { virtualConsole });
    const expectedText = norm(expected.window.document.body.textContent || "");
    const paragraphs = [...expected.window.document.querySelectorAll("p, li, pre, blockquote")]
      .filter((e) => !e.querySelector("p, li, pre, blockquote"))
      .map((e) => norm(e.textContent || ""))
      .filter((t) => t.length >= 30);
    const include = [...new Set(spread(paragraphs, MAX_SNIPPETS).map((t) => clip(t)))];
    if (include.length === 0) continue; // nothing to score the body on

    const source = new JSDOM(fs.readFileSync(sourcePath), { virtualConsole });
    const doc = source.window.document;
    for (const e of doc.querySelectorAll("script, style, noscript, template, head")) e.remove();
    const candidates = [];
    for (const e of doc.querySelectorAll(BLOCKS + ", a, span, div")) {
      if (e.querySelector(BLOCKS + ", div")) continue; // innermost blocks only
      const t = norm(e.textContent || "");
      if (t.length < 12 || t.length > 120 || !/[A-Za-z\u00C0-\uFFFF]{3}/.test(t)) continue;
      if (expectedText.includes(t)) continue;
      if (include.some((w) => w.includes(t) || t.includes(w))) continue;
      candidates.push(t);
    }
    const exclude = spread([...new Set(candidates)], MAX_SNIPPETS);
    const gold = {
      site: "readability",
      url: "http://fakehost/test/page.html",
      headline: meta.title ?? null,
      include,
      exclude,
    };
    if (meta.byline) gold.author = meta.byline;
    if (meta.publishedTime) gold.published = String(meta.publishedTime).slice(0, 10);
    writePage(dir, safeName(name), fs.readFileSync(sourcePath), gold);
    listed.push(`readability/${safeName(name)}.html`);
  }
  return listed;
}

const [kind, src, out] = process.argv.slice(2);
if (!kind || !src || !out || !["trafilatura", "readability"].includes(kind)) {
  process.stderr.write("usage: node prepare-realpages.mjs trafilatura|readability SOURCE_DIR OUT_DIR\n");
  process.exit(2);
}
const listed = kind === "trafilatura" ? trafilatura(src, out) : readability(src, out);
process.stdout.write(listed.join("\n") + "\n");
