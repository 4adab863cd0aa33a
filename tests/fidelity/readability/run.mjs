#!/usr/bin/env node
// Measuring tool only: runs Mozilla Readability.js over every snapshot of a fidelity corpus so that
// MarketDesk's own reading can be compared with it. It is never a runtime dependency of MarketDesk.
//
//   node run.mjs CORPUS_DIR > results.json
//
// Output: one JSON object keyed by the path relative to CORPUS_DIR (sorted), each value
//   {"headline", "author", "published", "body", "paragraphs", "ms"}   or   {"error": "..."}
// with null where Readability gives nothing. "ms" is the time of JSDOM construction + parse().

import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const EXTENSIONS = new Set([".html", ".htm", ".mhtml", ".mht", ".txt"]);

function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      walk(full, out);
    } else if (entry.isFile()) {
      if (entry.name.endsWith(".gold.json")) continue;
      if (EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
    }
  }
  return out;
}

// ---------- byte decoding ----------

function decoderFor(label) {
  try {
    return new TextDecoder(label || "utf-8");
  } catch {
    return new TextDecoder("utf-8");
  }
}

// Decodes bytes the way a browser would for a file with no HTTP headers: BOM first, then (for HTML)
// a <meta charset> in the first 1024 bytes, then UTF-8 if it is valid, else windows-1252.
function decodeBytes(bytes, { html = false, charset = null } = {}) {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decoderFor("utf-8").decode(bytes.subarray(3));
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return decoderFor("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return decoderFor("utf-16be").decode(bytes.subarray(2));
  // UTF-16 without a BOM: many NUL bytes in odd (LE) or even (BE) positions.
  const probe = bytes.subarray(0, Math.min(bytes.length, 512));
  let oddNul = 0, evenNul = 0;
  for (let i = 0; i < probe.length; i++) if (probe[i] === 0) (i % 2 ? oddNul++ : evenNul++);
  if (probe.length >= 8 && oddNul > probe.length / 4 && evenNul === 0) return decoderFor("utf-16le").decode(bytes);
  if (probe.length >= 8 && evenNul > probe.length / 4 && oddNul === 0) return decoderFor("utf-16be").decode(bytes);
  if (charset) return decoderFor(charset).decode(bytes);
  if (html) {
    const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
    const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i);
    if (m) return decoderFor(m[1].toLowerCase()).decode(bytes);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decoderFor("windows-1252").decode(bytes);
  }
}

// ---------- MHTML ----------

function parseHeaders(text) {
  // Unfold continuation lines, then split "Name: value".
  const headers = {};
  const unfolded = text.replace(/\r?\n[ \t]+/g, " ");
  for (const line of unfolded.split(/\r?\n/)) {
    const m = line.match(/^([!-9;-~]+):\s*(.*)$/);
    if (m) headers[m[1].toLowerCase()] = m[2].trim();
  }
  return headers;
}

function headerParam(value, name) {
  if (!value) return null;
  const re = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i");
  const m = value.match(re);
  return m ? (m[1] ?? m[2]) : null;
}

function decodeQuotedPrintable(body) {
  const noSoft = body.replace(/=\r?\n/g, "");
  const out = [];
  for (let i = 0; i < noSoft.length; i++) {
    const c = noSoft.charCodeAt(i);
    if (c === 0x3d /* = */ && /^[0-9A-Fa-f]{2}$/.test(noSoft.substr(i + 1, 2))) {
      out.push(parseInt(noSoft.substr(i + 1, 2), 16));
      i += 2;
    } else {
      out.push(c & 0xff);
    }
  }
  return Uint8Array.from(out);
}

// Returns {html, url} of the main text/html part. We decode the archive ourselves: read it as latin1
// so that every byte survives, split on the boundary, decode the chosen part's transfer encoding,
// then its charset.
function mhtmlToHtml(bytes) {
  const raw = Buffer.from(bytes).toString("latin1");
  const headerEnd = raw.search(/\r?\n\r?\n/);
  if (headerEnd < 0) throw new Error("MHTML: no header block");
  const top = parseHeaders(raw.slice(0, headerEnd));
  const contentType = top["content-type"] || "";
  const boundary = headerParam(contentType, "boundary");
  if (!boundary) throw new Error("MHTML: no multipart boundary");
  const start = headerParam(contentType, "start");
  const location = top["snapshot-content-location"] || top["content-location"] || null;

  const pieces = raw.split("--" + boundary);
  const parts = [];
  for (const piece of pieces.slice(1)) {
    if (piece.startsWith("--")) break; // closing delimiter
    const p = piece.replace(/^\r?\n/, "");
    const sep = p.search(/\r?\n\r?\n/);
    if (sep < 0) continue;
    const headers = parseHeaders(p.slice(0, sep));
    const body = p.slice(sep).replace(/^\r?\n\r?\n/, "").replace(/\r?\n$/, "");
    parts.push({ headers, body });
  }
  const isHtml = (part) => /^text\/html/i.test(part.headers["content-type"] || "");
  let main =
    (start && parts.find((q) => q.headers["content-id"] === start && isHtml(q))) ||
    (location && parts.find((q) => q.headers["content-location"] === location && isHtml(q))) ||
    parts.find(isHtml);
  if (!main) throw new Error("MHTML: no text/html part");

  const cte = (main.headers["content-transfer-encoding"] || "").toLowerCase();
  let partBytes;
  if (cte === "quoted-printable") partBytes = decodeQuotedPrintable(main.body);
  else if (cte === "base64") partBytes = Uint8Array.from(Buffer.from(main.body.replace(/\s+/g, ""), "base64"));
  else partBytes = Uint8Array.from(Buffer.from(main.body, "latin1"));
  const charset = headerParam(main.headers["content-type"], "charset");
  return {
    html: decodeBytes(partBytes, { html: true, charset }),
    url: main.headers["content-location"] || location,
  };
}

// ---------- plain text ----------

const escapeHtml = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// Readability reads HTML only. A plain-text copy has no markup, so the fairest input is the text as
// the reader saw it: every non-empty line as its own <p> (HTML-escaped) in a minimal document.
function textToHtml(text) {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  return (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>\n' +
    lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("\n") +
    "\n</body></html>"
  );
}

// ---------- main ----------

function plausibleUrl(rel) {
  const site = rel.split(/[\\/]/)[0];
  const hosts = {
    dawn: "https://www.dawn.com",
    tribune: "https://tribune.com.pk",
    geo: "https://www.geo.tv",
    arynews: "https://arynews.tv",
    dunya: "https://dunyanews.tv",
    thenews: "https://www.thenews.com.pk",
    samaa: "https://www.samaa.tv",
    nation: "https://www.nation.com.pk",
    pakistantoday: "https://profit.pakistantoday.com.pk",
    dailytimes: "https://dailytimes.com.pk",
    propakistani: "https://propakistani.pk",
    politifact: "https://www.politifact.com",
    bbc: "https://www.bbc.com",
  };
  const host = hosts[site] || "https://www.brecorder.com";
  const slug = path.basename(rel).replace(/\.[^.]+$/, "").replace(/[^A-Za-z0-9-]+/g, "-");
  return `${host}/news/${slug}`;
}

// A real-page set's gold file (prepare-realpages.mjs) names the address the page was saved from.
function goldUrl(file) {
  try {
    const gold = JSON.parse(fs.readFileSync(file.replace(/\.[^.]+$/, ".gold.json"), "utf8"));
    return typeof gold.url === "string" && /^https?:\/\//i.test(gold.url) ? gold.url : null;
  } catch {
    return null;
  }
}

function readOne(file, rel) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const ext = path.extname(file).toLowerCase();
  let html;
  let url = goldUrl(file) || plausibleUrl(rel);
  if (ext === ".mhtml" || ext === ".mht") {
    const m = mhtmlToHtml(bytes);
    html = m.html;
    if (m.url && /^https?:\/\//i.test(m.url)) url = m.url;
  } else if (ext === ".txt") {
    html = textToHtml(decodeBytes(bytes));
  } else {
    html = decodeBytes(bytes, { html: true });
  }

  const virtualConsole = new VirtualConsole(); // swallow the pages' CSS/script noise
  const t0 = performance.now();
  const dom = new JSDOM(html, { url, virtualConsole });
  const article = new Readability(dom.window.document).parse();
  const ms = performance.now() - t0;

  const nz = (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
  let paragraphs = null;
  if (article && typeof article.content === "string") {
    const frag = JSDOM.fragment(article.content);
    paragraphs = frag.querySelectorAll("p").length;
  }
  dom.window.close();
  return {
    headline: nz(article?.title),
    author: nz(article?.byline),
    published: nz(article?.publishedTime),
    body: nz(article?.textContent),
    paragraphs,
    ms: Math.round(ms * 100) / 100,
  };
}

function main() {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("usage: node run.mjs CORPUS_DIR > results.json\n");
    process.exit(2);
  }
  const root = path.resolve(dir);
  const files = walk(root)
    .map((f) => ({ f, rel: path.relative(root, f).split(path.sep).join("/") }))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const results = {};
  for (const { f, rel } of files) {
    try {
      results[rel] = readOne(f, rel);
    } catch (err) {
      results[rel] = { error: String(err && err.message ? err.message : err) };
    }
  }
  process.stdout.write(JSON.stringify(results, null, 2) + "\n");
}

main();
