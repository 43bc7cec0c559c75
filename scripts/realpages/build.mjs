// Builds the real-page fixtures from fetched mirrors: saved news and blog
// pages with the article text a reader would call the article, for
// scripts/realpages/measure.mjs. Nothing of them is committed (the pages
// are their publishers'); they are rebuilt from the mirrors:
//  - scrapinghub/article-extraction-benchmark (MIT): html/<id>.html.gz and
//    ground-truth.json (articleBody), 181 pages;
//  - mozilla/readability (Apache-2.0): test/test-pages/<name>/source.html and
//    expected.html (Readability's own output: its figures there flatter it),
//    minus the pages the project holds out for its own measurement (never
//    read here: HELD_OUT) and the unit tests of single HTML features.
// Each page is made offline: scripts, <base>, refreshes and preloads taken
// out; the server adds a CSP that blocks any other load.
//
//   MIRRORS=/work/.mirror node scripts/realpages/build.mjs [--out target/realpages]
//
// Writes <out>/pages/<id>.html and <out>/pages.json: [{ id, source, file, expected }].

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** Readability test pages held out for the project's own measurement: never opened. */
export const HELD_OUT = new Set(['lemonde-1', 'liberation-1', 'videos-2', 'bbc-1', 'cnn', 'guardian-1', 'nytimes-1',
  'nytimes-2', 'telegraph', 'wapo-1', 'wapo-2', 'herald-sun-1', 'seattletimes-1']);

/** Readability's tests of one HTML feature on a made-up page, not pages as published. */
const SYNTHETIC = /^(\d{3}(-|$)|base-url|basic-tags|clean-links|comment-inside|data-url|embedded-videos|hidden-nodes|invalid-attributes|js-link|keep-|lazy-image|links-in-tables|metadata-|missing-paragraphs|normalize-spaces|ol$|parsely-metadata|remove-|reordering-|replace-|rtl-|schema-org|social-buttons|style-tags|svg-parsing|table-style|title-|toc-missing|visibility-hidden|article-author-tag|mathjax)/;

function args() {
  const out = { out: path.join(ROOT, 'target', 'realpages'), mirrors: process.env.MIRRORS || '' };
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--out') out.out = path.resolve(a[++i]);
    else if (a[i] === '--mirrors') out.mirrors = a[++i];
    else throw new Error(`unknown argument ${a[i]} (--out DIR, --mirrors DIR)`);
  }
  return out;
}

const git = (dir, ...a) => execFileSync('git', ['--git-dir', dir, ...a], { maxBuffer: 1 << 28 });

/** A script showing the document its style sheet hides (the frame-busting
 * idiom `html { display: none }` undone by `if (self == top)
 * document.documentElement.style.display = 'block'`): what it sets. */
const SHOWS_PAGE = /<script\b[^>]*>[^<]*?documentElement\.style\.display\s*=\s*["'](\w+)["']/i;

/** The page made offline: no script, no <base>, no refresh, no preload; a
 * page its own removed script would show is shown, as a reader sees it. */
export function offline(html) {
  const shown = SHOWS_PAGE.exec(html)?.[1];
  if (shown) html = html.replace(/<html\b/i, `<html style="display:${shown}"`);
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/>/gi, '')
    .replace(/<base\b[^>]*>/gi, '')
    .replace(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi, '')
    .replace(/<link\b[^>]*rel\s*=\s*["']?(preload|prefetch|preconnect|dns-prefetch|modulepreload)[^>]*>/gi, '');
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', laquo: '«', raquo: '»' };

/** The text of an HTML fragment, a line per block (for expected.html). */
export function htmlText(html) {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?(p|div|li|h[1-6]|blockquote|pre|tr|br|figcaption|section|article|ul|ol|table|dd|dt)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t\r\f]+/g, ' ')
    .replace(/\n\s*/g, '\n')
    .trim();
}

function scrapinghub(mirror) {
  const truth = JSON.parse(git(mirror, 'show', 'HEAD:ground-truth.json').toString('utf8'));
  return Object.keys(truth).sort().map((id) => ({
    id: `sh-${id.slice(0, 12)}`,
    source: 'scrapinghub',
    url: truth[id].url,
    html: zlib.gunzipSync(git(mirror, 'show', `HEAD:html/${id}.html.gz`)).toString('utf8'),
    expected: truth[id].articleBody,
  }));
}

function readability(mirror) {
  const names = git(mirror, 'ls-tree', '--name-only', 'HEAD', 'test/test-pages/').toString().trim().split('\n').map((p) => p.split('/').pop());
  const out = [];
  for (const name of names) {
    if (HELD_OUT.has(name) || SYNTHETIC.test(name)) continue; // held-out pages are never read
    const dir = `test/test-pages/${name}`;
    out.push({
      id: `rd-${name}`,
      source: 'readability',
      url: null,
      html: git(mirror, 'show', `HEAD:${dir}/source.html`).toString('utf8'),
      expected: htmlText(git(mirror, 'show', `HEAD:${dir}/expected.html`).toString('utf8')),
    });
  }
  return out;
}

function main() {
  const { out, mirrors } = args();
  if (!mirrors) throw new Error('MIRRORS (or --mirrors) must name the folder of fetched mirrors');
  const sources = [
    ['scrapinghub+article-extraction-benchmark', scrapinghub],
    ['mozilla+readability', readability],
  ];
  const pages = [];
  for (const [name, read] of sources) {
    const mirror = path.join(mirrors, name, 'repo');
    if (!fs.existsSync(mirror)) {
      console.error(`no mirror ${mirror}: its pages are left out`);
      continue;
    }
    pages.push(...read(mirror));
  }
  fs.rmSync(path.join(out, 'pages'), { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'pages'), { recursive: true });
  const list = [];
  for (const p of pages) {
    const file = `pages/${p.id}.html`;
    fs.writeFileSync(path.join(out, file), offline(p.html));
    list.push({ id: p.id, source: p.source, url: p.url, file, expected: p.expected });
  }
  fs.writeFileSync(path.join(out, 'pages.json'), JSON.stringify(list, null, 1) + '\n');
  const by = {};
  for (const p of list) by[p.source] = (by[p.source] || 0) + 1;
  console.log(`${list.length} pages in ${path.relative(process.cwd(), out) || out}: ${Object.entries(by).map(([s, n]) => `${s} ${n}`).join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
