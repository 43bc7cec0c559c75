// The extension never slows a page (tests/extension/load-pages.mjs): on a page
// of more than 50,000 text nodes, and on a page making 1,000 DOM changes a
// second for 5 s, the extension's work comes in slices of a bounded size,
// with the thread given back between them; the highlights are exactly the
// CLI's flags, registered at once, no text is highlighted twice, and the
// storm is followed in batches.
//
// What is asserted is what the code controls, whatever the machine's load:
// the steps of work per slice (www/slicer.js: nodes visited, ranges built,
// records and flags handled, characters read), as the content script counts
// and reports them. How long the tasks take on this machine is measured by
// the benchmark `node benches/long_tasks.mjs` (a DevTools trace of the page's
// main thread), never asserted. Every wait is on a signal; its timeout is
// scaled to the page's work and only bounds a failure.

import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { cliFlagsHtml, LABELS, MARKS } from '../browser/helpers.mjs';
import {
  startSuite, clickAction, waitForReport, setHidden, highlightsIn, highlightCount, timeoutFor,
  waitForNoHighlights, overlappingHighlights, countsOf, snapshot, foreignRequests, waitForTopReport,
} from './harness.mjs';
import { buildLoadPages } from './load-pages.mjs';
import { openObserved, highlightedAt } from './load-probe.mjs';
import { SLICE_STEPS, CHUNK, charSteps } from '../../www/slicer.js';

/** The most steps a slice may hold: its budget, and what its last report
 * added past it: a chunk of work with one item's characters (the pages'
 * paragraphs are short), or one piece that cannot be cut (`work.maxItem`: a
 * unit's text copied into its analysis request, or the links of an article
 * candidate counted, 256 characters a step). */
const maxSlice = (work) => SLICE_STEPS + Math.max(2 * CHUNK, work.maxItem);

let suite, ext, server, load, requests, workerErrors;

before(async () => {
  // The load pages' hundreds of comments are part of the load: the setting
  // that reads comments is on (off by default).
  suite = await startSuite({ settings: { comments: true } });
  ({ ext, server, requests, workerErrors } = suite);
  load = buildLoadPages();
  // The fixture server looks its routes up per request: the load pages join them.
  Object.assign(suite.site.routes, load.routes);
  await recordAnalyses();
});

after(() => suite?.close());
afterEach(() => suite?.closePages()); // a failed test leaves no page for the next to mistake for its own

const open = (spec) => openObserved(ext, server, spec);

/** Wraps the background's handlers to log each analyse request ({ url,
 * chars, text }) and when each report came ({ url, at, figures }: Date.now()). */
function recordAnalyses() {
  return ext.worker.evaluate(() => {
    const h = globalThis.claimlens.handlers;
    const { analyze, report } = h;
    globalThis.__analyses = [];
    globalThis.__reports = [];
    h.analyze = (m, sender) => {
      globalThis.__analyses.push({ url: sender.url, chars: m.text.length, text: m.text });
      return analyze(m, sender);
    };
    h.report = async (m, sender) => {
      const at = Date.now();
      const answer = await report(m, sender);
      // The frame's figures as the background made them of this report.
      const frame = (await globalThis.claimlens.getTab(sender.tab.id))?.frames[sender.frameId];
      globalThis.__reports.push({ url: sender.url, at, figures: { article: frame?.article, comments: frame?.comments } });
      return answer;
    };
  });
}

/** How many reports of `url` came between `from` and `to` (Date.now()). */
const reportsBetween = (url, from, to) => ext.worker.evaluate(({ url, from, to }) => globalThis.__reports.filter((r) => r.url === url && r.at >= from && r.at <= to).length, { url, from, to });

/** When (Date.now()) the first report of `url` whose figures satisfy `pred` came, or null. */
const reportedAt = (url, pred) => ext.worker.evaluate((url) => globalThis.__reports.filter((r) => r.url === url), url)
  .then((list) => list.find((r) => pred(r.figures))?.at ?? null);

/** The analyse requests logged for `url` since `from` (an index in the log). */
const analysesOf = (url, from = 0) => ext.worker.evaluate(({ url, from }) => globalThis.__analyses.slice(from).filter((a) => a.url === url), { url, from });
const analysesLogged = () => ext.worker.evaluate(() => globalThis.__analyses.length);

/** Pairs of highlighted ranges sharing text, in O(n log n) (for thousands of ranges). */
function overlaps(page) {
  return page.evaluate((labels) => {
    const all = labels.flatMap((l) => [...(CSS.highlights.get(`claimlens-${l}`) ?? [])]);
    all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const out = [];
    let reach = null; // the range reaching furthest so far
    for (const r of all) {
      if (reach && r.compareBoundaryPoints(Range.END_TO_START, reach) < 0) out.push([String(reach), String(r)]); // r starts before reach ends
      if (!reach || r.compareBoundaryPoints(Range.END_TO_END, reach) > 0) reach = r;
    }
    return out;
  }, MARKS);
}

test('50,000 text nodes: the work in slices of bounded steps, yielding between them; highlights = CLI flags, painted in one frame; off mid-run leaves nothing', async () => {
  const spec = load.pages.huge;
  const { page, errors } = await open(spec);
  const [textNodes, pageChars] = await page.evaluate(() => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    while (w.nextNode()) n++;
    return [n, document.body.textContent.length];
  });
  assert.ok(textNodes >= 50000, `the page has ${textNodes} text nodes`);
  const cli = { article: cliFlagsHtml(spec.article), comments: cliFlagsHtml(spec.comments) };
  const [article, comments] = [cli.article.flags, cli.comments.flags];
  const total = article.length + comments.length;
  assert.ok(article.length >= 1000, `${article.length} flags in the article`);
  const before = await snapshot(page);
  const timeout = timeoutFor({ chars: cli.article.text.length + cli.comments.text.length, flags: total, nodes: textNodes });

  // The frames in which the first and the last highlight appear.
  await page.evaluate(({ labels, total }) => {
    let frame = 0;
    const tick = () => {
      const n = labels.reduce((k, l) => k + (CSS.highlights.get(`claimlens-${l}`)?.size || 0), 0);
      frame++;
      if (n > 0 && window.__firstFrame === undefined) window.__firstFrame = frame;
      if (n >= total) window.__allFrame = frame;
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, { labels: MARKS, total });
  await clickAction(ext, page);
  await highlightedAt(page, total, timeout);
  const state = await waitForReport(ext, page, { timeout });
  const { timing, work } = state.frames[0];
  console.log(`50k page: ${textNodes} text nodes, ${timing.chars} characters, ${total} flags;`,
    `timing ${JSON.stringify(timing)}; work ${JSON.stringify(work)} (steps; at most ${maxSlice(work)} a slice)`);
  assert.ok(work.steps >= 20 * SLICE_STEPS, `${work.steps} steps of work: the page needs many slices`);
  assert.ok(work.maxItem <= 1 + charSteps(pageChars),
    `the largest uncut piece, ${work.maxItem} steps, is at most one pass over the page's text (a text sent for analysis, a candidate's links counted)`);
  assert.ok(work.maxSlice <= maxSlice(work), `the largest slice held ${work.maxSlice} steps (budget ${SLICE_STEPS})`);
  // A slice ends by giving the thread back, but for the one that awaits the analysis and the last.
  assert.ok(work.yields >= Math.ceil(work.steps / (SLICE_STEPS + 2 * CHUNK)) - 2, `${work.yields} yields to the page for ${work.steps} steps`);
  const painted = await page.evaluate(() => [window.__firstFrame, window.__allFrame]);
  assert.equal(painted[0], painted[1], 'every highlight appears in the same frame (the page repaints them once)');

  assert.deepEqual(await highlightsIn(page, 'article.story'), article, 'article highlights = CLI flags');
  assert.deepEqual(await highlightsIn(page, '#comments'), comments, 'comment highlights = CLI flags');
  assert.equal(await highlightCount(page), total, 'nothing else highlighted');
  assert.deepEqual(await overlaps(page), [], 'no text highlighted twice');
  assert.deepEqual(state.frames[0].article.counts, countsOf(article));
  assert.equal((await analysesOf(page.url())).length, 2, 'one analysis for the article, one for the comments');

  // Off during a run: while the page is read, then while its text is
  // analysed or its ranges built (once the background has the text). Each
  // leaves the page as it was, and the next run shows each flag once
  // (nothing left over from the cancelled ones).
  await setHidden(ext, page, true);
  await waitForNoHighlights(page, { ext, page });
  assert.deepEqual(await snapshot(page), before, 'off: the DOM is restored');
  await setHidden(ext, page, false);
  await setHidden(ext, page, true);
  await waitForNoHighlights(page, { ext, page });
  assert.deepEqual(await snapshot(page), before, 'off while the page was read: the DOM is restored');
  const asked = await analysesLogged();
  await setHidden(ext, page, false);
  for (const deadline = Date.now() + timeout; (await analysesLogged()) < asked + 2;) {
    assert.ok(Date.now() < deadline, `the background was not asked to analyse the page again in ${timeout} ms`);
    await new Promise((done) => setTimeout(done, 20)); // polling the background's log
  }
  await setHidden(ext, page, true);
  console.log(`off with ${await highlightCount(page)} of ${total} highlights shown`);
  await waitForNoHighlights(page, { ext, page });
  assert.deepEqual(await snapshot(page), before, 'off while the text was analysed: the DOM is restored');
  await setHidden(ext, page, false);
  await highlightedAt(page, total, timeout);
  await waitForReport(ext, page, { timeout });
  assert.equal(await highlightCount(page), total, 'shown again: each flag once');
  assert.deepEqual(await highlightsIn(page, 'article.story'), article);

  await setHidden(ext, page, true);
  await waitForNoHighlights(page, { ext, page });
  assert.deepEqual(errors, []);
  assert.deepEqual(workerErrors, []);
  await page.close();
});

/** What the storm page's DOM holds now, cut as the extension's units are:
 * the article and the comments without what arrived later, and each
 * paragraph or comment that arrived (a unit of its own), in page order. */
function stormUnits(page) {
  return page.evaluate(() => {
    const story = document.querySelector('article.story');
    const comments = document.querySelector('#comments');
    const late = (root) => [...root.querySelectorAll('.late')].map((e) => e.outerHTML);
    const clean = (el, furniture) => {
      const copy = el.cloneNode(true);
      copy.querySelectorAll(`.late, ${furniture}`).forEach((e) => e.remove());
      return copy.outerHTML;
    };
    return {
      article: clean(story, '.share, .ad-slot, aside'), added: late(story),
      comments: clean(comments, 'form, button'), arrived: late(comments),
    };
  });
}

const cliOf = (html) => cliFlagsHtml(html).flags;

/** A bound on the storm's 5 s (page clock) on a loaded machine: only a failure reaches it. */
const STORM_TIMEOUT = 12 * 5000;

test('mutation storm (1,000 DOM changes a second for 5 s): the extension keeps up, in batches of bounded slices, each text highlighted once', async () => {
  const spec = load.pages.storm;
  const { page, errors } = await open(spec);
  const article = cliOf(spec.article);
  const comments = cliOf(spec.comments);
  const timeout = timeoutFor({ chars: spec.article.length + spec.comments.length, flags: article.length + comments.length });
  await clickAction(ext, page);
  await highlightedAt(page, article.length + comments.length, timeout);
  const first = (await waitForReport(ext, page, { timeout })).frames[0].work;
  assert.deepEqual(await highlightsIn(page, 'article.story'), article, 'before the storm: article = CLI flags');

  // The ranges of the article now: those in paragraphs the storm never edits must survive it.
  await page.evaluate((labels) => {
    const story = document.querySelector('article.story');
    window.__before = labels.flatMap((l) => [...(CSS.highlights.get(`claimlens-${l}`) ?? [])]
      .filter((r) => story.contains(r.startContainer)).map((range) => [l, range]));
  }, MARKS);
  const logged = await analysesLogged();
  await page.evaluate(() => window.__storm.start());
  await page.waitForFunction(() => window.__storm.done, null, { timeout: STORM_TIMEOUT, polling: 100 });
  const storm = await page.evaluate(() => ({
    changes: window.__storm.changes, start: window.__storm.startedAt, end: window.__storm.endedAt, endedAt: performance.timeOrigin + window.__storm.endedAt,
  }));
  assert.equal(storm.changes, 5000);

  // What the highlights must end as: the CLI's flags of each unit of the final DOM.
  const units = await stormUnits(page);
  const expected = {
    article: [...cliOf(units.article), ...units.added.flatMap(cliOf)],
    comments: [...cliOf(units.comments), ...units.arrived.flatMap(cliOf)],
  };
  assert.ok(units.added.length >= 150 && units.arrived.length >= 40, `${units.added.length} paragraphs and ${units.arrived.length} comments arrived`);
  // Caught up: the report (sent once highlights are shown) has the final figures.
  const inOrder = (counts) => LABELS.map((l) => counts?.[l]);
  const want = JSON.stringify([inOrder(countsOf(expected.article)), 1 + units.added.length, inOrder(countsOf(expected.comments))]);
  const figures = (r) => JSON.stringify([inOrder(r.article?.counts), r.article?.units, inOrder(r.comments?.counts)]);
  const stormTimeout = timeoutFor({ chars: units.added.join('').length + units.arrived.join('').length, flags: expected.article.length + expected.comments.length });
  const report = await waitForTopReport(ext, page, (r) => figures(r) === want, `the final figures ${want}`, { timeout: stormTimeout, show: figures });
  const caughtUp = (await reportedAt(page.url(), (r) => figures(r) === want)) - storm.endedAt;
  const during = await reportsBetween(page.url(), storm.endedAt - (storm.end - storm.start), storm.endedAt);
  const work = report.work;

  const analyses = await analysesOf(page.url(), logged);
  const texts = new Set(analyses.map((a) => a.text));
  const big = analyses.filter((a) => a.chars > 10000).length; // the article itself
  const seconds = (storm.end - storm.start) / 1000;
  console.log(`storm: ${storm.changes} changes in ${seconds.toFixed(1)} s; ${during} reports during it; final figures reported ${Math.round(caughtUp)} ms after it ended;`,
    `${analyses.length} analyse requests (${big} of the whole article, ${analyses.reduce((n, a) => n + a.chars, 0)} characters);`,
    `work ${JSON.stringify(work)} (steps; ${JSON.stringify(first)} before the storm)`);
  assert.ok(work.steps - first.steps >= 5 * SLICE_STEPS, `${work.steps - first.steps} steps of work for the storm`);
  assert.ok(work.maxSlice <= maxSlice(work), `the largest slice held ${work.maxSlice} steps (budget ${SLICE_STEPS})`);
  assert.ok(work.yields > first.yields, 'the batches gave the thread back to the page');

  assert.deepEqual(await highlightsIn(page, 'article.story'), expected.article, 'after the storm: the article and each paragraph that arrived = CLI flags');
  assert.deepEqual(await highlightsIn(page, '#comments'), expected.comments, 'the comments and each comment that arrived = CLI flags');
  const total = expected.article.length + expected.comments.length;
  assert.equal(await highlightCount(page), total, 'nothing else highlighted (removed paragraphs included)');
  assert.deepEqual(await overlappingHighlights(page), [], 'no text highlighted twice, no range twice');
  assert.equal(report.article.units, 1 + units.added.length);

  const kept = await page.evaluate(() => {
    const untouched = window.__before.filter(([, r]) => !r.startContainer.parentElement.closest('p[data-edited]'));
    return { untouched: untouched.length, kept: untouched.filter(([l, r]) => CSS.highlights.get(`claimlens-${l}`)?.has(r)).length };
  });
  assert.ok(kept.untouched >= 20, `${kept.untouched} highlights in paragraphs the storm did not edit`);
  assert.equal(kept.kept, kept.untouched, 'text the storm did not change keeps its highlight (never re-highlighted)');

  // A batch is read at most a second after its first change (the watcher's
  // MAX_WAIT, on the page's clock, as the storm's own timers are): the
  // highlights follow the storm while it lasts, not only once it ends.
  assert.ok(during >= 1, `${during} reports in the ${seconds.toFixed(1)} s of the storm`);
  assert.equal(texts.size, analyses.length, 'no text sent twice for analysis (unchanged text is not re-analysed)');
  assert.ok(analyses.length <= units.added.length + units.arrived.length + 50 + 3 * Math.ceil(seconds + 1),
    `${analyses.length} analyses for 5,000 changes: one per new paragraph or comment, and a few per batch`);
  assert.ok(big <= Math.ceil(seconds) + 3, `the article re-read ${big} times: once per batch at most`);

  await setHidden(ext, page, true);
  await waitForNoHighlights(page, { ext, page });
  assert.deepEqual(errors, []);
  assert.deepEqual(workerErrors, []);
  await page.close();
});

test('a storm from the click on: what the page changes while it is first read is caught up; highlights = CLI flags, each text once', async () => {
  const spec = load.pages.storm;
  const { page, errors } = await open(spec);
  await clickAction(ext, page);
  await page.evaluate(() => window.__storm.start());
  await page.waitForFunction(() => window.__storm.done, null, { timeout: STORM_TIMEOUT, polling: 100 });
  const units = await stormUnits(page);
  // A paragraph that came while the article was read may be read with it:
  // each paragraph's flags are the same either way (none leans on the one before).
  const expected = {
    article: [...cliOf(units.article), ...units.added.flatMap(cliOf)],
    comments: [...cliOf(units.comments), ...units.arrived.flatMap(cliOf)],
  };
  const inOrder = (counts) => LABELS.map((l) => counts?.[l]);
  const want = JSON.stringify([inOrder(countsOf(expected.article)), inOrder(countsOf(expected.comments))]);
  const figures = (r) => JSON.stringify([inOrder(r.article?.counts), inOrder(r.comments?.counts)]);
  const timeout = timeoutFor({ chars: units.article.length + units.comments.length + units.added.join('').length + units.arrived.join('').length,
    flags: expected.article.length + expected.comments.length });
  await waitForTopReport(ext, page, (r) => figures(r) === want, `the final figures ${want}`, { timeout, show: figures });
  assert.deepEqual(await highlightsIn(page, 'article.story'), expected.article, 'the article and each paragraph that arrived = CLI flags');
  assert.deepEqual(await highlightsIn(page, '#comments'), expected.comments, 'the comments and each comment that arrived = CLI flags');
  assert.equal(await highlightCount(page), expected.article.length + expected.comments.length, 'nothing else highlighted');
  assert.deepEqual(await overlappingHighlights(page), [], 'no text highlighted twice');
  await setHidden(ext, page, true);
  await waitForNoHighlights(page, { ext, page });
  assert.deepEqual(errors, []);
  assert.deepEqual(workerErrors, []);
  await page.close();
});

test('no network request made by the extension on the load pages', () => {
  const expectedPaths = new Set([...suite.site.expectedPaths, ...load.paths]);
  const bad = foreignRequests({ requests, serverLog: server.log, origin: server.url, id: ext.id, expectedPaths });
  assert.deepEqual(bad, []);
});
