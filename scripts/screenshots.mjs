// Screenshots of the built extension as a reader meets it, written to
// target/screenshots/: an English real page (a saved news article, the
// fixtures of scripts/realpages/build.mjs, served as measure.mjs serves them)
// and a French news page, each with its highlights and a tooltip open (on
// plain narration, marked quietly, in English; on an unsourced claim worth
// checking in French), and the popup of each, in the page's language. No French news page is among the real-page fixtures:
// the French page is the repository's sample (samples/fr.txt) laid out as a
// news site by the extension tests' fixtures (tests/extension/pages.mjs).
//
//   node scripts/screenshots.mjs [--page rd-nytimes-3]
//
// Needs the fixtures (MIRRORS=… node scripts/realpages/build.mjs), the built
// extension (scripts/build_extension.sh) and Chromium (scripts/install_browser.sh).

import fs from 'node:fs';
import path from 'node:path';
import { startServer, ROOT, MARKS, CHROMIUM_ARGS, screenshotPath } from '../tests/browser/helpers.mjs';

// The French sample, not the development articles: samples/ is in the
// repository. Set before the fixtures' module is read (it reads it once).
process.env.CLAIMLENS_DEV_DIR = path.join(ROOT, 'target', 'no-dev-articles');
const { buildPages } = await import('../tests/extension/pages.mjs');
const { launchExtension, ensureExtension, clickAction, waitForReport, openPopup, timeoutFor } = await import('../tests/extension/harness.mjs');

const REAL = path.join(ROOT, 'target', 'realpages');
const CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; script-src 'none'";
const english = process.argv.includes('--page') ? process.argv[process.argv.indexOf('--page') + 1] : 'rd-nytimes-3';

/** Scrolls the article's first quotation to a third of the viewport, then
 * points at a highlighted sentence in view (of the mark `prefer` if any, else
 * a quote) so that its tooltip opens. Resolves to the sentence pointed at. */
async function pointAtFlag(page, prefer) {
  const target = await page.evaluate(({ marks, prefer }) => {
    const all = marks.flatMap((m) => [...(CSS.highlights.get(`claimlens-${m}`) ?? [])].map((range) => ({ m, range })));
    all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    const quote = all.find((x) => x.m === 'quote') || all[0];
    if (!quote) return null;
    window.scrollBy({ top: quote.range.getBoundingClientRect().top - innerHeight / 3, behavior: 'instant' });
    const inView = (x) => {
      const r = x.range.getClientRects()[0];
      return r && r.top > 80 && r.bottom < innerHeight * 0.55 && r.width > 40;
    };
    const pick = all.find((x) => x.m === prefer && inView(x)) || all.find((x) => x.m === 'quote' && inView(x)) || all.find(inView);
    if (!pick) return null;
    const r = pick.range.getClientRects()[0];
    return { x: r.left + Math.min(40, r.width / 2), y: r.top + r.height / 2, text: pick.range.toString().slice(0, 80) };
  }, { marks: MARKS, prefer });
  if (!target) throw new Error(`no highlighted sentence to point at on ${page.url()}`);
  await page.mouse.move(target.x, target.y);
  await page.waitForFunction(() => document.querySelector('[data-claimlens-host]')?.shadowRoot
    ?.querySelector('[role=tooltip]')?.matches(':popover-open'), null, { timeout: timeoutFor() });
  return target.text;
}

/** The popup as the toolbar shows it: 360 px wide, as tall as its content (600 px at most). */
async function shootPopup(ext, page, name) {
  const popup = await openPopup(ext, page);
  await popup.waitForFunction(() => document.body.dataset.phase === 'ready', null, { timeout: timeoutFor() });
  await popup.setViewportSize({ width: 360, height: 600 });
  const height = await popup.evaluate(() => document.body.getBoundingClientRect().height);
  await popup.setViewportSize({ width: 360, height: Math.ceil(height) });
  await popup.screenshot({ path: screenshotPath(name) });
  await popup.close();
}

async function shoot(ext, url, name, prefer) {
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  await clickAction(ext, page);
  await waitForReport(ext, page);
  const pointed = await pointAtFlag(page, prefer);
  await page.screenshot({ path: screenshotPath(`${name}.png`) });
  await shootPopup(ext, page, `${name}-popup.png`);
  await page.close();
  console.log(`${name}: ${url} (tooltip on "${pointed}…")`);
}

/** Runs `fn` with the extension loaded in a browser speaking `lang`. */
async function withBrowser(lang, fn) {
  CHROMIUM_ARGS.push(`--lang=${lang}`); // launchExtension() takes the arguments as they are
  let ext;
  try {
    ext = await launchExtension();
  } finally {
    CHROMIUM_ARGS.pop();
  }
  try {
    await fn(ext);
  } finally {
    await ext.close();
  }
}

async function main() {
  ensureExtension();
  const spec = JSON.parse(fs.readFileSync(path.join(REAL, 'pages.json'), 'utf8')).find((p) => p.id === english);
  if (!spec) throw new Error(`no fixture ${english} in ${REAL}: build them (MIRRORS=… node scripts/realpages/build.mjs)`);
  const site = buildPages();
  const routes = { ...site.routes, [`/${spec.file}`]: () => ({ body: fs.readFileSync(path.join(REAL, spec.file)) }) };
  const server = await startServer({ routes, headers: (p) => (p === `/${spec.file}` ? { 'content-security-policy': CSP } : site.headers?.(p) || {}) });
  try {
    await withBrowser('en', (ext) => shoot(ext, `${server.url}/${spec.file}`, 'reader-en', 'unsourced-quiet'));
    // A French reader's browser: the popup and the tooltips' buttons in French.
    await withBrowser('fr', (ext) => shoot(ext, `${server.url}${site.pages.news.path}`, 'reader-fr', 'unsourced'));
  } finally {
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
