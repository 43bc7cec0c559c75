// The extension on news pages in headless Chromium (tests/extension/pages.mjs
// builds them): a French news page with all the usual furniture, a page under
// a strict Content-Security-Policy, an article in a same-origin iframe and one
// in an open shadow root. On each: the highlights are the CLI's flags of the
// article (and, apart, of the comments), no furniture is highlighted, the
// extension logs no error, and turning it off gives the page back unchanged.
// Then a screenshot with an open tooltip, and no request made by the extension
// (its background, its popup and options pages included).

import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { cliFlagsHtml, watchConsole, screenshotPath, MARKS } from '../browser/helpers.mjs';
import {
  startSuite, clickAction, waitForReport, waitForHighlights, setHidden, tabState,
  highlightsIn, highlightsTouching, overlappingHighlights, highlightCount, waitForNoHighlights,
  countsOf, snapshot, foreignRequests, openPopup,
} from './harness.mjs';
import { FURNITURE, CSP } from './pages.mjs';

let suite, ext, server, site, requests, workerErrors;

before(async () => {
  // These pages' reader comments are checked too: the setting that reads them
  // is on (off by default: popup.test.mjs checks the default).
  suite = await startSuite({ settings: { comments: true } });
  ({ ext, server, site, requests, workerErrors } = suite);
});

after(() => suite?.close());
afterEach(() => suite?.closePages()); // a failed test leaves no page for the next to mistake for its own

/** Opens a fixture page in a new tab; resolves to { page, errors }. */
async function open(name, ready) {
  const page = await ext.context.newPage();
  const errors = watchConsole(page);
  const response = await page.goto(server.url + site.pages[name].path);
  if (ready) await page.waitForFunction(ready);
  await page.bringToFront();
  return { page, errors, response };
}

/**
 * Clicks the toolbar button on a page and checks everything about one
 * article (and its comments) shown in `frame` (the page, or its iframe),
 * maybe inside `host`'s shadow root. `frames`: how many frames report.
 */
async function checkPage(name, { frameOf = (p) => p.mainFrame(), host = null, frames = 1, during = null } = {}) {
  const spec = site.pages[name];
  const { page, errors, response } = await open(name, host ? `document.querySelector(${JSON.stringify(host)})?.shadowRoot` : null);
  const frame = frameOf(page);
  const before = await snapshot(page, frame, host);

  const article = cliFlagsHtml(spec.article);
  const comments = cliFlagsHtml(spec.comments);
  assert.ok(article.flags.length > 10, `the ${name} article has flags`);
  assert.ok(comments.flags.length >= 3, `the ${name} comments have flags`);

  await clickAction(ext, page);
  await waitForReport(ext, page, { frames });
  await waitForHighlights(frame, article.flags.length + comments.flags.length);

  // (a) Article and comments: the CLI's flags, each read apart.
  assert.deepEqual(await highlightsIn(frame, 'article.story', { host }), article.flags, 'article highlights = CLI flags');
  assert.deepEqual(await highlightsIn(frame, '#comments', { host }), comments.flags, 'comment highlights = CLI flags');
  assert.equal(await highlightCount(frame), article.flags.length + comments.flags.length, 'nothing else is highlighted');
  assert.deepEqual(await overlappingHighlights(frame), [], 'no text highlighted twice');

  // The figures, article and comments kept apart.
  const state = await tabState(ext, page);
  const reports = Object.values(state.frames);
  assert.equal(reports.length, frames);
  const report = reports.find((r) => r.article);
  assert.ok(report, 'a frame reports the article');
  assert.deepEqual(report.article.counts, countsOf(article.flags), 'article counts');
  assert.deepEqual(report.comments.counts, countsOf(comments.flags), 'comment counts');
  assert.equal(report.article.units, 1);
  assert.equal(report.comments.units, 1);
  assert.equal(report.article.language, spec.lang);
  for (const r of reports) if (r !== report) assert.equal(r.article, null, 'the other frames have no article');

  // (b) No furniture inside a highlight (the page's, and the shadow tree's).
  assert.deepEqual(await highlightsTouching(frame, FURNITURE), [], 'furniture is never highlighted');
  if (host) assert.deepEqual(await highlightsTouching(frame, FURNITURE, { host }), [], 'furniture in the shadow tree is never highlighted');

  if (during) await during({ page, frame, response });

  // (d) Off: the page exactly as it was.
  await setHidden(ext, page, true);
  await waitForNoHighlights(frame);
  assert.deepEqual(await snapshot(page, frame, host), before, 'the DOM is restored');
  assert.equal((await tabState(ext, page)).hidden, true);

  // (c) No error from the page, its frames or the background.
  assert.deepEqual(errors, [], 'no console or page error');
  assert.deepEqual(workerErrors, [], 'no error in the background');
  return { page, report, article, comments };
}

test('French news page: article and comments highlighted apart as the CLI flags them, no furniture, DOM restored', async () => {
  const { page } = await checkPage('news');
  await page.close();
});

test('strict CSP page (default-src \'none\'): same results, no CSP violation', async () => {
  const { page } = await checkPage('csp', {
    async during({ page, response }) {
      assert.equal(response.headers()['content-security-policy'], CSP, 'the page is served with the strict policy');
      // The highlight rules (a constructed sheet) and the tooltip's styles (in
      // our shadow root) apply all the same.
      const styled = await page.evaluate(() => {
        const host = document.querySelector('[data-claimlens-host]');
        const tip = host.shadowRoot.querySelector('.tip');
        return {
          adopted: document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(claimlens-'))),
          tip: getComputedStyle(tip).position,
        };
      });
      assert.deepEqual(styled, { adopted: true, tip: 'fixed' });
    },
  });
  await page.close();
});

test('article in a same-origin iframe: highlighted in the frame, the outer page untouched', async () => {
  const inner = site.pages.frame.innerPath;
  const { page } = await checkPage('frame', { frameOf: (p) => p.frames().find((f) => f.url().endsWith(inner)), frames: 2 });
  assert.equal(await highlightCount(page.mainFrame()), 0, 'nothing highlighted in the outer page');
  await page.close();
});

test('article in an open shadow root: highlighted inside it, styles adopted there and removed', async () => {
  const { page } = await checkPage('shadow', { host: 'news-story' });
  await page.close();
});

test('a reader comment of a few words is read in the page\'s language, not guessed from them', async () => {
  const { page } = await open('short-comments');
  await clickAction(ext, page);
  await waitForReport(ext, page);
  const report = Object.values((await tabState(ext, page)).frames).find((r) => r.article);
  assert.equal(report.article.language, 'en');
  assert.equal(report.comments?.units, 1, 'the comment is read');
  assert.equal(report.comments.language, 'en', 'the comment says English, as its page');
  await page.close();
});

test('the byline, the date line and the author\'s box are left out; a date or a name inside a sentence stays in it', async () => {
  const spec = site.pages.about;
  for (const html of spec.about) assert.ok(cliFlagsHtml(html).flags.length > 0, `the core flags ${html}`);
  const article = cliFlagsHtml(spec.article).flags;
  assert.ok(article.some((f) => f.label === 'attributed' && f.text.includes('on 2 March after 14,000 passengers') && f.text.endsWith('said Renée Béchard.')),
    'the sentence holding a <time> and an author\'s name is flagged whole');
  const { page, errors } = await open('about');
  await clickAction(ext, page);
  await waitForReport(ext, page);
  await waitForHighlights(page, article.length);
  assert.deepEqual(await highlightsIn(page, 'article.story'), article, 'article highlights = CLI flags of the article without them');
  assert.deepEqual(await highlightsTouching(page, spec.selectors), [], 'nothing of them highlighted');
  assert.deepEqual(errors, []);
  await page.close();
});

test('screenshot: the French news page with highlights and a tooltip open on hover', async () => {
  const { page, errors } = await open('news');
  const article = cliFlagsHtml(site.pages.news.article);
  await clickAction(ext, page);
  await waitForReport(ext, page);
  await waitForHighlights(page, article.flags.length);
  // Scroll the article's first long quotation (several lines) to the upper
  // third and hover its last line: the tooltip opens under it.
  const point = await page.evaluate(() => {
    const body = document.querySelector('.story-body');
    const range = [...(CSS.highlights.get('claimlens-quote') ?? [])]
      .find((r) => body.contains(r.startContainer) && r.toString().length > 150);
    if (!range) return null;
    window.scrollBy({ top: range.getBoundingClientRect().top - 220, behavior: 'instant' });
    const rects = [...range.getClientRects()];
    const r = rects[rects.length - 1];
    return { x: r.left + Math.min(30, r.width / 2), y: r.top + r.height / 2 };
  });
  assert.ok(point, 'a quote in the article body');
  await page.mouse.move(point.x, point.y);
  const tip = await page.waitForFunction(() => {
    const tip = document.querySelector('[data-claimlens-host]')?.shadowRoot?.querySelector('.tip');
    return tip?.matches(':popover-open') && tip.textContent.trim() ? { text: tip.textContent, quote: tip.classList.contains('quote') } : null;
  });
  const shown = await tip.jsonValue();
  assert.equal(shown.quote, true, 'the tooltip is the hovered quote\'s');
  assert.match(shown.text, /Citation directe/, 'in French');
  assert.doesNotMatch(shown.text, /commentaire de lecteur/, 'an article sentence is not marked as a comment');
  await page.screenshot({ path: screenshotPath('extension-fr.png') });

  // A flag in the reader comments says so in its tooltip. The pointer leaves
  // first (the open tooltip keeps itself open while the pointer is over it).
  await page.mouse.move(1090, 5);
  await page.waitForFunction(() => !document.querySelector('[data-claimlens-host]')?.shadowRoot?.querySelector('.tip')?.matches(':popover-open'));
  const inComment = await page.evaluate((marks) => {
    const comments = document.querySelector('#comments');
    const ranges = marks.flatMap((l) => [...(CSS.highlights.get(`claimlens-${l}`) ?? [])]);
    const range = ranges.find((r) => comments.contains(r.startContainer));
    if (!range) return null;
    window.scrollBy({ top: range.getBoundingClientRect().top - 220, behavior: 'instant' });
    const r = range.getClientRects()[0];
    return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
  }, MARKS);
  assert.ok(inComment, 'a flag in the comments');
  await page.mouse.move(inComment.x, inComment.y);
  await page.waitForFunction(() => {
    const tip = document.querySelector('[data-claimlens-host]')?.shadowRoot?.querySelector('.tip');
    return tip?.matches(':popover-open') && /Dans un commentaire de lecteur/.test(tip.querySelector('.note')?.textContent || '');
  });
  assert.deepEqual(errors, []);

  // The extension's own pages, opened as tabs so that their requests are
  // recorded too (the toolbar's popup is not a page Playwright attaches to).
  const popup = await openPopup(ext, page);
  await popup.waitForLoadState('networkidle');
  await popup.close();
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  await options.waitForLoadState('networkidle');
  await options.close();
  await page.close();
});

test('no network request made by the extension', async () => {
  const bad = foreignRequests({ requests, serverLog: server.log, origin: server.url, id: ext.id, expectedPaths: site.expectedPaths });
  assert.ok(requests.some((r) => r.worker), 'the recorder sees the background\'s requests');
  const seen = new Set(requests.map((r) => new URL(r.url).pathname));
  assert.ok(seen.has('/popup.html') && seen.has('/options.html'), 'and the extension pages\'');
  assert.deepEqual(bad, [], 'only the pages\' own resources and the extension\'s own files');
});
