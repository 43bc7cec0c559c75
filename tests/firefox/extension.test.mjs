// The extension in a real Firefox ESR (tests/firefox/harness.mjs): the
// toolbar button pressed through Firefox's own action code on the fixture
// news pages of tests/extension/pages.mjs (a French page, a strict CSP, an
// article in a same-origin iframe, one in an open shadow root). On each page
// the highlights are the CLI's flags of the article and of the comments,
// the figures the background keeps count them, and turning the highlights off
// gives the page back exactly. The popup, the real one and the page opened in
// a tab, reaches its figures every time, with the background's counts. No HTTP
// request leaves 127.0.0.1 and the extension.
// Run: bash scripts/build_extension.sh && node --test --test-concurrency=1 tests/firefox/

import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, cliFlagsHtml, LABELS } from '../browser/helpers.mjs';
import { buildPages } from '../extension/pages.mjs';
import { countsOf } from '../extension/harness.mjs';
import {
  launchFirefox, setSettings, pressAction, waitForReport, waitFor, tabIdOf, tabState, setHidden, shown, modeOf, highlightsIn,
  snapshot, watchPage, popupShows, expectedCounts, openExtensionPage, requestsSoFar, extensionErrors, timeoutFor, ORIGIN,
} from './harness.mjs';

let ff, server, site;
const opened = new Set(); // the pages a test opened (a failed test leaves its own open)

before(async () => {
  site = buildPages();
  server = await startServer({ routes: site.routes, headers: site.headers });
  ff = await launchFirefox();
  // The pages' reader comments are checked too: the setting that reads them is on (off by default).
  await setSettings(ff, { comments: true });
});

after(async () => {
  await ff?.close();
  await server?.close();
});

afterEach(async () => {
  for (const p of opened) await p.close().catch(() => {});
  opened.clear();
});

/** Opens a fixture page in a new tab, waits for `ready` (an expression, in the page) if given. */
async function open(name, ready = null) {
  const page = await ff.browser.newPage();
  opened.add(page);
  const errors = watchPage(page);
  await page.goto(server.url + site.pages[name].path, { waitUntil: 'load', timeout: timeoutFor() });
  if (ready) await waitFor(() => page.evaluate(ready), `${name} ready`);
  return { page, errors };
}

const total = (o) => Object.values(o).reduce((a, b) => a + b, 0);

/**
 * Presses the button on a fixture page and checks, in `frame` (the page's or
 * its iframe's) and maybe inside `host`'s shadow root: the highlights, the
 * background's counts, then the page restored once the highlights are off.
 */
async function checkPage(name, { frameOf = (p) => p.mainFrame(), host = null, frames = 1 } = {}) {
  const ready = host ? `!!document.querySelector(${JSON.stringify(host)})?.shadowRoot?.querySelector('article')` : null;
  const { page, errors } = await open(name, ready);
  const frame = frameOf(page);
  assert.ok(frame, 'the article\'s frame');
  // The top document, and the article's frame when it is another.
  const pageNow = async () => (frame === page.mainFrame() ? [await snapshot(frame, host)] : [await snapshot(page.mainFrame()), await snapshot(frame, host)]);
  const before = await pageNow();
  const article = cliFlagsHtml(site.pages[name].article);
  const comments = cliFlagsHtml(site.pages[name].comments);
  const expected = article.flags.length + comments.flags.length;
  assert.ok(article.flags.length > 10 && comments.flags.length >= 3, 'the fixture has flags to show');

  await pressAction(ff, page);
  const state = await waitForReport(ff, page, { frames });
  // (a) What the page shows: the registered ranges, or the overlay's boxes.
  const s = await waitFor(async () => {
    const now = await shown(frame);
    return (total(now.ranges) >= expected || total(now.boxes) >= expected) && now;
  }, `${expected} highlights in ${name}`, { timeout: timeoutFor({ flags: expected }), show: () => shown(frame).then(JSON.stringify) });
  const mode = modeOf(s);
  if (mode === 'highlight') {
    assert.deepEqual(await highlightsIn(frame, 'article.story', host), article.flags, 'article highlights = CLI flags');
    assert.deepEqual(await highlightsIn(frame, '#comments', host), comments.flags, 'comment highlights = CLI flags');
    assert.equal(total(s.ranges), expected, 'nothing else is highlighted');
    assert.equal(total(s.boxes), 0, 'no overlay boxes besides');
  } else {
    // The overlay (no CSS Custom Highlight API): a box per line of each flag.
    const all = countsOf([...article.flags, ...comments.flags]);
    for (const l of LABELS) assert.equal(s.boxes[l] > 0, all[l] > 0, `boxes for "${l}" exactly where the CLI flags "${l}"`);
  }
  assert.equal(s.hosts, 1, 'one ClaimLens host in the frame');

  // The background's figures count the same flags.
  const reports = Object.values(state.frames);
  assert.equal(reports.length, frames);
  const report = reports.find((r) => r.article);
  assert.ok(report, 'a frame reports the article');
  assert.deepEqual(report.article.counts, countsOf(article.flags), 'article counts');
  assert.deepEqual(report.comments.counts, countsOf(comments.flags), 'comment counts');
  assert.equal(report.article.language, site.pages[name].lang);

  // (c) Off, as the popup's switch does it: the page exactly as it was.
  const off = await setHidden(ff, page, true);
  assert.equal(off.hidden, true);
  await waitFor(async () => {
    const now = await shown(frame);
    return total(now.ranges) + total(now.boxes) + now.hosts === 0;
  }, 'no highlight left', { show: () => shown(frame).then(JSON.stringify) });
  assert.deepEqual(await pageNow(), before, 'the DOM is restored');
  // Firefox asks for /favicon.ico under the page's policy, which the strict CSP
  // page refuses: the browser's request, not the extension's.
  const own = errors.filter((e) => !/Content-Security-Policy: .*\/favicon\.ico /.test(e));
  assert.deepEqual(own, [], 'no console or page error');
  assert.deepEqual(await extensionErrors(ff), [], 'no error from the extension\'s scripts');
  return { page, mode };
}

test('French news page: the button pressed, highlights = CLI flags, figures, DOM restored', async (t) => {
  const { mode } = await checkPage('news');
  t.diagnostic(`highlighting mode: ${mode}`); // which one this Firefox uses, for the log
});

test('strict CSP page (default-src \'none\'): the same', async () => {
  await checkPage('csp');
});

test('article in a same-origin iframe: highlighted in the frame only', async () => {
  const inner = site.pages.frame.innerPath;
  const { page } = await checkPage('frame', { frameOf: (p) => p.frames().find((f) => f.url().endsWith(inner)), frames: 2 });
  assert.equal(total((await shown(page.mainFrame())).ranges), 0, 'nothing highlighted in the outer page');
});

test('article in an open shadow root: highlighted inside it, restored', async () => {
  await checkPage('shadow', { host: 'news-story' });
});

test('the popup reaches its figures every time, with the background\'s counts, and keeps them', async () => {
  const { page } = await open('news');
  await pressAction(ff, page);
  await waitForReport(ff, page);
  /** Ready, showing the background's counts; once ready, never drawn otherwise
   * (an older answer to "open" must not send it back to "Analysing…"). */
  const settled = async (read, what) => {
    const shows = await waitFor(async () => {
      const s = await read();
      return s?.phase === 'ready' && s;
    }, `${what} ready`, { show: async () => JSON.stringify(await read()) });
    assert.deepEqual(shows.counts, expectedCounts(await tabState(ff, page)), `${what} shows the background's counts`);
    return shows;
  };
  const keptReady = (shows, what) => assert.deepEqual(shows.phases.slice(shows.phases.indexOf('ready')).filter((p) => p !== 'ready'), [], `${what}: ${shows.phases.join(' → ')}`);
  // The real popup, which the press opened, and again on each new press.
  for (let i = 1; i <= 3; i++) {
    if (i > 1) await pressAction(ff, page);
    await settled(() => popupShows(ff), `the toolbar popup (press ${i})`);
    keptReady(await popupShows(ff), `the toolbar popup (press ${i})`);
  }
  // The popup page opened in a tab for that tab, five times.
  const tabId = await tabIdOf(ff, page);
  const url = `${ORIGIN}/popup.html?tab=${tabId}`;
  for (let i = 1; i <= 5; i++) {
    const popup = await openExtensionPage(ff, `popup.html?tab=${tabId}`);
    opened.add(popup);
    await settled(() => popupShows(ff, url), `the popup page (opening ${i})`);
    keptReady(await popupShows(ff, url), `the popup page (opening ${i})`);
    await popup.close();
    opened.delete(popup);
  }
  keptReady(await popupShows(ff), 'the toolbar popup, still open');
  assert.ok(total(expectedCounts(await tabState(ff, page)).article) > 10, 'the figures are the article\'s');
  assert.deepEqual(await extensionErrors(ff), []);
});

test('no HTTP request leaves 127.0.0.1 and the extension', async () => {
  const requests = await requestsSoFar(ff);
  const origin = new URL(server.url).origin;
  // Firefox's own housekeeping (remote settings…): the system's, outside any tab or extension page.
  const browsers = (r) => r.by === 'system' && r.context === 0;
  const foreign = requests.filter((r) => !browsers(r) && !(new URL(r.url).origin === origin && site.expectedPaths.has(new URL(r.url).pathname)));
  assert.ok(requests.some((r) => r.by === origin), 'the recorder sees the pages\' own requests');
  assert.deepEqual(foreign, [], 'only the pages\' own resources');
  assert.deepEqual(server.log.filter((p) => !site.expectedPaths.has(p)), [], 'the server was asked for nothing else');
});
