// The extension on saved real pages (scripts/realpages/build.mjs), measured
// as a reader meets it: the built extension (its test build) in Chromium, the
// toolbar button pressed, then per page
//  - coverage: the share of the article's sentences (the fixture's expected
//    text, sentences of 6 words or more) found in the text the extension read;
//  - precision: the share of highlighted text (characters) that is article;
//  - no article found, page errors of ours, time from the click to the report;
// and Mozilla's Readability.js (npm @mozilla/readability, run in the same
// page on a clone of its document) on the same pages: coverage of its text,
// and the share of its text that is article.
// Pages are split by id into tune (read their misses) and check (figures only).
//
//   node scripts/realpages/measure.mjs [--dir target/realpages] [--split tune|check|all] [--misses] [--only ID] [--comments]
//
// The extension runs with its default settings, reader comments left out;
// --comments turns their reading on (a setting): they are highlighted
// apart, and count against precision (the benchmark's ground truth leaves
// comments out).
//
// Needs the fixtures (MIRRORS=… node scripts/realpages/build.mjs), the built
// extension (scripts/build_extension.sh) and Chromium (scripts/install_browser.sh).

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { startServer, ROOT, MARKS } from '../../tests/browser/helpers.mjs';
import { launchExtension, clickAction, tabState, timeoutFor } from '../../tests/extension/harness.mjs';

const READABILITY = fs.readFileSync(path.join(ROOT, 'node_modules', '@mozilla', 'readability', 'Readability.js'), 'utf8');
const CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; script-src 'none'";

function args() {
  const out = { dir: path.join(ROOT, 'target', 'realpages'), split: 'all', misses: false, only: null, comments: false };
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--dir') out.dir = path.resolve(a[++i]);
    else if (a[i] === '--split') out.split = a[++i];
    else if (a[i] === '--misses') out.misses = true;
    else if (a[i] === '--only') out.only = a[++i];
    else if (a[i] === '--comments') out.comments = true;
    else throw new Error(`unknown argument ${a[i]}`);
  }
  if (out.misses && out.split === 'check') throw new Error('--misses reads tune pages only: the check split is for figures');
  return out;
}

/** A page's split: a third of the pages, by a hash of the id, are check. */
export const splitOf = (id) => (crypto.createHash('sha256').update(id).digest()[0] % 3 === 0 ? 'check' : 'tune');

/** Letters and digits only, lower case, one space: typography does not count. */
export const norm = (s) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The sentences of a text, 6 words or more, normalised. */
export function sentences(text) {
  return text.split(/\n+/).flatMap((line) => line.split(/(?<=[.!?…])\s+/)).map(norm).filter((s) => s.split(' ').length >= 6);
}

/** Logs, in the background, the text of each analysis request per page URL. */
function recordTexts(ext) {
  return ext.worker.evaluate(() => {
    const h = globalThis.claimlens.handlers;
    const { analyze } = h;
    globalThis.__texts = {};
    h.analyze = (m, sender) => {
      (globalThis.__texts[sender.url] ||= []).push(m.text);
      return analyze(m, sender);
    };
  });
}

/** Waits for the top frame's report (or a bound: a page that never reports is a finding). */
async function report(ext, page, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const s = await tabState(ext, page).catch(() => null);
    if (s?.frames?.[0]) return s;
    if (Date.now() > deadline) return null;
    await new Promise((done) => setTimeout(done, 20)); // polling the background
  }
}

async function measure(ext, server, spec, dir) {
  const page = await ext.context.newPage();
  const ours = [];
  page.on('pageerror', (e) => ours.push(String(e)));
  const origin = `chrome-extension://${ext.id}/`; // errors of ours: our files, or naming us
  page.on('console', (m) => m.type() === 'error' && (m.location().url.startsWith(origin) || /claimlens/i.test(m.text())) && ours.push(m.text()));
  const url = `${server.url}/${spec.file}`;
  await page.goto(url, { waitUntil: 'load', timeout: 60000 }).catch(() => page.waitForLoadState('domcontentloaded'));
  await page.bringToFront();
  const t0 = Date.now();
  await clickAction(ext, page);
  const chars = fs.statSync(path.join(dir, spec.file)).size;
  const state = await report(ext, page, timeoutFor({ chars }));
  const ms = Date.now() - t0;
  const texts = await ext.worker.evaluate((u) => globalThis.__texts[u] || [], page.url());
  const highlights = await page.evaluate((labels) => labels.flatMap((l) => [...(CSS.highlights.get(`claimlens-${l}`) ?? [])].map(String)), MARKS);
  const rd = await page.evaluate(`(() => { ${READABILITY}; const r = new Readability(document.cloneNode(true)).parse(); return r ? r.textContent : ''; })()`).catch(() => '');
  await page.close();

  const truth = sentences(spec.expected);
  const article = ` ${norm(spec.expected)} `;
  const read = ` ${norm(texts.join('\n'))} `;
  const found = truth.filter((s) => read.includes(` ${s} `));
  const marks = highlights.map((h) => norm(h)).filter(Boolean);
  const good = marks.filter((m) => article.includes(` ${m} `));
  const len = (l) => l.reduce((n, s) => n + s.length, 0);
  const rdText = ` ${norm(rd)} `;
  const rdSentences = sentences(rd);
  return {
    id: spec.id, split: splitOf(spec.id),
    article: !!state?.frames?.[0]?.article, reported: !!state, ms,
    sentences: truth.length, coverage: truth.length ? found.length / truth.length : null,
    highlighted: len(marks), precision: marks.length ? len(good) / len(marks) : null,
    readability: {
      coverage: truth.length ? truth.filter((s) => rdText.includes(` ${s} `)).length / truth.length : null,
      precision: rdSentences.length ? len(rdSentences.filter((s) => article.includes(` ${s} `))) / len(rdSentences) : null,
    },
    errors: ours,
    missed: truth.filter((s) => !read.includes(` ${s} `)),
    outside: marks.filter((m) => !article.includes(` ${m} `)),
  };
}

const mean = (xs) => {
  const v = xs.filter((x) => x !== null);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
};
const f = (x) => (x === null ? '—' : x.toFixed(3));

async function main() {
  const opts = args();
  const list = JSON.parse(fs.readFileSync(path.join(opts.dir, 'pages.json'), 'utf8'))
    .filter((p) => (opts.only ? p.id === opts.only : opts.split === 'all' || splitOf(p.id) === opts.split));
  const routes = {};
  for (const p of list) routes[`/${p.file}`] = () => ({ body: fs.readFileSync(path.join(opts.dir, p.file)) });
  const server = await startServer({ routes, headers: () => ({ 'content-security-policy': CSP }) });
  const ext = await launchExtension();
  const results = [];
  try {
    await recordTexts(ext);
    if (opts.comments) await ext.worker.evaluate(() => chrome.storage.local.set({ settings: { comments: true } }));
    for (const spec of list) {
      const r = await measure(ext, server, spec, opts.dir);
      results.push(r);
      console.log(`${r.id.padEnd(28)} ${r.split.padEnd(5)} coverage ${f(r.coverage)} precision ${f(r.precision)} | readability ${f(r.readability.coverage)} ${f(r.readability.precision)} | ${r.article ? '' : 'NO ARTICLE '}${r.errors.length ? `ERRORS ${r.errors.length} ` : ''}${r.ms} ms`);
      if (opts.misses && r.split === 'tune') {
        for (const s of r.missed.slice(0, 3)) console.log(`    missed: ${s.slice(0, 140)}`);
        for (const s of r.outside.slice(0, 3)) console.log(`    outside: ${s.slice(0, 140)}`);
      }
    }
  } finally {
    await ext.close();
    await server.close();
  }
  const out = {};
  for (const split of ['tune', 'check', 'all']) {
    const rs = results.filter((r) => split === 'all' || r.split === split);
    if (!rs.length) continue;
    const ms = rs.map((r) => r.ms).sort((a, b) => a - b);
    out[split] = {
      pages: rs.length, coverage: mean(rs.map((r) => r.coverage)), precision: mean(rs.map((r) => r.precision)),
      noArticle: rs.filter((r) => !r.article).length, withErrors: rs.filter((r) => r.errors.length).length,
      readability: { coverage: mean(rs.map((r) => r.readability.coverage)), precision: mean(rs.map((r) => r.readability.precision)) },
      clickToReportMs: { median: ms[ms.length >> 1], p90: ms[Math.floor(ms.length * 0.9)], max: ms[ms.length - 1] },
    };
    const o = out[split];
    console.log(`${split}: ${o.pages} pages; coverage ${f(o.coverage)}, precision ${f(o.precision)}; no article ${o.noArticle}; pages with errors of ours ${o.withErrors};`,
      `Readability.js coverage ${f(o.readability.coverage)}, precision ${f(o.readability.precision)}; click to report ${o.clickToReportMs.median} ms median, ${o.clickToReportMs.p90} p90`);
  }
  fs.writeFileSync(path.join(opts.dir, 'results.json'), JSON.stringify({ summary: out, pages: results.map(({ missed, outside, ...r }) => r) }, null, 1) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
