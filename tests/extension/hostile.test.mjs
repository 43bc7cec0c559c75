// The extension never changes what a page does (tests/extension/hostile-pages.mjs):
// a page with highlights of its own keeps them (entries, ranges, priorities,
// types, rules, adopted sheet), and may even empty the registry under us; a
// page that rewrote the platform (counting or throwing wrappers, frozen
// Object/Array prototypes) never sees our content script call its wrappers,
// since content scripts run in an isolated world, and keeps working; turning
// the extension on and off 100 times leaves the page exactly as it was, with
// no listener, host element or growing heap left behind.

import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { cliFlagsHtml, watchConsole, startServer } from '../browser/helpers.mjs';
import {
  ensureExtension, launchExtension, setSettings, watchWorker, closePages, timeoutFor, clickAction, waitForReport, waitForHighlights, setHidden,
  highlightsIn, highlightsTouching, highlightCount, waitForNoHighlights, waitForTopReport,
} from './harness.mjs';
import { FURNITURE, LATE_COMMENT, commentHtml } from './pages.mjs';
import { buildHostilePages, usePageApp, APP_WORKS, WRAPPED } from './hostile-pages.mjs';
import { pageState, stateDiff, rememberMarks, marksState, ourListeners, heapUsed } from './hostile-probes.mjs';

let ext, server, site, workerErrors, cli, total;

before(async () => {
  ensureExtension();
  site = buildHostilePages();
  server = await startServer({ routes: site.routes });
  ext = await launchExtension();
  workerErrors = watchWorker(ext);
  // Every variant carries the news page's article and comments, untouched;
  // both are read (comments are off by default).
  await setSettings(ext, { comments: true });
  cli = { article: cliFlagsHtml(site.pages.marks.article).flags, comments: cliFlagsHtml(site.pages.marks.comments).flags };
  total = cli.article.length + cli.comments.length;
});

after(async () => {
  await ext?.close();
  await server?.close();
});
afterEach(() => ext && closePages(ext)); // a failed test leaves no page for the next to mistake for its own

let opened = 0;

/** Opens page `name` in a new tab; its address is the tab's own (a control
 * tab of the same page beside it must never be taken for it). */
async function open(name) {
  const page = await ext.context.newPage();
  const errors = watchConsole(page);
  await page.goto(`${server.url}${site.pages[name].path}#tab-${++opened}`);
  await page.bringToFront();
  return { page, errors };
}

/** The highlights are the CLI's flags of the article and of the comments, nothing else. */
async function checkHighlights(page, what = '') {
  await waitForHighlights(page, total);
  assert.deepEqual(await highlightsIn(page, 'article.story'), cli.article, `${what}article highlights = CLI flags`);
  assert.deepEqual(await highlightsIn(page, '#comments'), cli.comments, `${what}comment highlights = CLI flags`);
  assert.equal(await highlightCount(page), total, `${what}nothing else highlighted`);
}

/** Clicks the toolbar button and checks the highlights. */
async function turnOn(page) {
  await clickAction(ext, page);
  await waitForReport(ext, page);
  await checkHighlights(page);
}

async function turnOff(page) {
  await setHidden(ext, page, true);
  await waitForNoHighlights(page, { ext, page });
}

test('a page with highlights of its own: its entries, ranges, priorities, types, ::highlight rules and adopted sheet untouched, on, off and on again', async () => {
  const { page, errors } = await open('marks');
  await page.evaluate(rememberMarks);
  const marks = await marksState(page);
  // What the page made (fixtures/hostile-highlights.js), as its rules paint it.
  assert.deepEqual(marks.names, ['search-hit', 'highlight', 'quote']);
  assert.ok(marks.entries['search-hit'].size >= 10, 'search hits over the article');
  assert.deepEqual(marks.computed, {
    'search-hit': { background: 'rgb(255, 236, 120)', color: 'rgb(20, 20, 20)', decoration: 'none' },
    highlight: { background: 'rgba(0, 0, 0, 0)', color: 'rgb(120, 0, 0)', decoration: 'underline wavy rgb(180, 0, 0)' },
    quote: { background: 'rgb(220, 235, 255)', color: 'rgb(0, 40, 90)', decoration: 'none' },
  }, 'the page\'s ::highlight() rules apply (getComputedStyle of the pseudo-element)');
  const before = await pageState(page);

  await turnOn(page);
  const during = await marksState(page);
  assert.deepEqual({ ...during, sheets: null }, { ...marks, sheets: null }, 'shown: the page\'s highlights and rules as they were');
  assert.deepEqual(during.sheets, { count: 2, pageFirst: true }, 'our sheet adopted after the page\'s, not instead');

  await turnOff(page);
  assert.deepEqual(await marksState(page), marks, 'off: the page\'s highlights as they were, our sheet gone');
  assert.equal(stateDiff(before, await pageState(page)), null, 'off: the page as it was');

  await setHidden(ext, page, false);
  await checkHighlights(page, 'on again: ');
  assert.deepEqual({ ...(await marksState(page)), sheets: null }, { ...marks, sheets: null }, 'on again: the page\'s highlights as they were');
  await turnOff(page);
  assert.deepEqual(await marksState(page), marks);
  assert.deepEqual(errors, [], 'no console or page error');
  assert.deepEqual(workerErrors, []);
  await page.close();
});

test('the page empties CSS.highlights while ours are shown: no error; shown again, ours are back (and not the page\'s)', async () => {
  const { page, errors } = await open('marks');
  await turnOn(page);
  await page.evaluate(() => CSS.highlights.clear());
  assert.equal(await highlightCount(page), 0);
  await turnOff(page);
  await setHidden(ext, page, false);
  await checkHighlights(page, 'shown again: ');
  const names = await page.evaluate(() => [...CSS.highlights.keys()].filter((n) => !n.startsWith('claimlens-')));
  assert.deepEqual(names, [], 'what the page cleared stays cleared: not ours to restore');
  await turnOff(page);
  assert.deepEqual(errors, []);
  assert.deepEqual(workerErrors, []);
  await page.close();
});

test('the page empties CSS.highlights, then a reader comment arrives: every highlight of ours is registered again', async () => {
  const { page, errors } = await open('marks');
  const late = cliFlagsHtml(commentHtml(LATE_COMMENT.fr, 'fr', { furniture: false })).flags;
  assert.ok(late.length > 0);
  await turnOn(page);
  await page.evaluate(() => CSS.highlights.clear());
  await page.evaluate((html) => document.querySelector('#comments .comment-list').insertAdjacentHTML('beforeend', html), commentHtml(LATE_COMMENT.fr, 'fr'));
  await waitForTopReport(ext, page, (r) => r.comments?.units >= 2, 'the late comment\'s report');
  try {
    assert.deepEqual(await highlightsIn(page, '#comments .comment-list > li:last-child'), late, 'the late comment highlighted');
    assert.equal(await highlightCount(page), total + late.length, 'and the others shown again');
    assert.deepEqual(errors, []);
  } finally {
    await turnOff(page);
    await page.close();
  }
});

for (const name of ['count', 'lockdown']) {
  const what = name === 'count' ? 'counting wrappers' : 'wrappers that throw at other scripts';
  test(`a page that rewrote the platform (${what}, frozen Object/Array prototypes): highlights = CLI flags, the page's wrappers never called by us, its app works, DOM restored`, async () => {
    // The same page in a tab the extension never touches: the DOM to get back to.
    const control = await open(name);
    const { page, errors } = await open(name);
    await turnOn(page);
    assert.deepEqual(await highlightsTouching(page, [...FURNITURE, '#page-tools']), [], 'no furniture highlighted');

    // The page's app, used while our highlights are shown, and in the control tab.
    for (const p of [page, control.page]) {
      const app = await usePageApp(p);
      assert.deepEqual(Object.fromEntries(Object.keys(APP_WORKS).map((k) => [k, app[k]])), APP_WORKS, 'the page\'s app works');
    }
    const calls = await page.evaluate(() => window.pageCalls);
    for (const w of WRAPPED) {
      const c = calls[w];
      assert.ok(c?.page > 0, `the page's own script went through its ${w}`);
      assert.equal(c.extension + c.other, 0, `no script but the page's called its ${w}:\n${c.stacks.join('\n\n')}`);
    }
    await checkHighlights(page, 'after the page\'s app ran: ');

    await turnOff(page);
    assert.equal(stateDiff(await pageState(control.page), await pageState(page)), null, 'off: the DOM the page built, nothing of ours left');
    assert.deepEqual(errors, [], 'no console or page error');
    assert.deepEqual(control.errors, []);
    assert.deepEqual(workerErrors, []);
    await control.page.close();
    await page.close();
  });
}

test('the background cannot analyse when the reader shows the highlights again: the page sees no error, nothing is half shown; once it can, "show" brings them all back', async () => {
  const { page, errors } = await open('marks');
  const before = await pageState(page);
  await turnOn(page);
  await turnOff(page);
  // The engine fails (as when the service worker is stopped mid-answer).
  await ext.worker.evaluate(() => {
    const h = globalThis.claimlens.handlers;
    globalThis.__analyze = h.analyze;
    globalThis.__failed = 0;
    h.analyze = async () => {
      globalThis.__failed++;
      throw new Error('engine down');
    };
  });
  try {
    await setHidden(ext, page, false);
    for (const deadline = Date.now() + timeoutFor(); (await ext.worker.evaluate(() => globalThis.__failed)) < 1;) {
      if (Date.now() > deadline) throw new Error('the content script never asked for an analysis');
      await new Promise((done) => setTimeout(done, 50)); // polling the background
    }
  } finally {
    await ext.worker.evaluate(() => (globalThis.claimlens.handlers.analyze = globalThis.__analyze));
  }
  assert.equal(await highlightCount(page), 0, 'nothing shown');
  assert.equal(stateDiff(before, await pageState(page)), null, 'the page as it was: no host, no sheet of ours');

  await setHidden(ext, page, false);
  await checkHighlights(page, 'shown once the engine works: ');
  await turnOff(page);
  assert.equal(stateDiff(before, await pageState(page)), null);
  assert.deepEqual(errors, [], 'no error reaches the page\'s console');
  assert.deepEqual(workerErrors, []);
  await page.close();
});

/**
 * Turns the extension on and off `cycles` times on page `name` (the first "on"
 * the toolbar button, then the popup's switch), checking after each "on" that
 * every highlight is there once, after each "off" that the page is as it was;
 * then that no listener of ours is left (on the document, any node, any open
 * shadow tree, or our world's window) and that the heap did not grow.
 */
async function onOff(name, cycles) {
  const spec = site.pages[name];
  const n = cliFlagsHtml(spec.article).flags.length + cliFlagsHtml(spec.comments).flags.length;
  const { page, errors } = await open(name);
  if (name === 'shadow') await page.waitForFunction(() => document.querySelector('news-story')?.shadowRoot);
  const cdp = await page.context().newCDPSession(page);
  const listeners = await ourListeners(cdp, ext.id);
  const base = await listeners();
  const before = await pageState(page);
  const t0 = performance.now();
  let heapAfterFirst = 0;
  let seenOurs = null;
  for (let i = 1; i <= cycles; i++) {
    if (i === 1) await clickAction(ext, page);
    else await setHidden(ext, page, false);
    await waitForHighlights(page, n);
    assert.equal(await highlightCount(page), n, `cycle ${i}: every highlight, once`);
    if (i === 1) seenOurs = await listeners();
    await setHidden(ext, page, true);
    await waitForNoHighlights(page, { ext, page });
    assert.equal(stateDiff(before, await pageState(page)), null, `cycle ${i}: the page as it was`);
    if (i === 1) heapAfterFirst = await heapUsed(cdp);
  }
  const ms = performance.now() - t0;
  const heapAfterLast = await heapUsed(cdp);
  const left = await listeners();
  console.log(`${name}: on/off ×${cycles} in ${(ms / 1000).toFixed(1)} s (${(ms / cycles).toFixed(0)} ms a cycle), ` +
    `heap ${(heapAfterFirst / 1e6).toFixed(2)} MB after the first, ${(heapAfterLast / 1e6).toFixed(2)} MB after the last; ` +
    `listeners of ours while shown: ${seenOurs.ours.length} + ${seenOurs.ourWindow} on the window`);

  // The probe does see our listeners while shown (or the checks below prove nothing).
  assert.ok(seenOurs.ours.length >= 5 && seenOurs.ourWindow >= 1, 'our listeners are seen while shown');
  assert.deepEqual(left.ours, [], 'no listener of ours left on the document or any node');
  assert.equal(left.ourWindow, 0, 'no listener of ours left on the window');
  assert.deepEqual(left.page, base.page, 'the page\'s own listeners as they were');
  assert.ok(heapAfterLast < 2 * heapAfterFirst, `the heap does not grow with cycles (${heapAfterFirst} -> ${heapAfterLast} bytes)`);
  assert.deepEqual(errors, []);
  assert.deepEqual(workerErrors, []);
  await cdp.detach();
  await page.close();
  return before;
}

test('on / off ×100 on a news page with highlights of its own: the page as it was after every off; no listener, host or growing heap left', async () => {
  const before = await onOff('marks', 100);
  assert.equal(before.highlights.length, 3, 'the page\'s three highlights, back after every off');
  assert.equal(before.sheets, 1, 'and its adopted sheet');
});

test('on / off ×20 with the article in an open shadow root: our sheet adopted there and taken out each time', async () => {
  const before = await onOff('shadow', 20);
  assert.equal(before.shadows.length, 1, 'the shadow tree\'s markup is compared too');
});
