// The extension on pages that change (tests/extension/pages.mjs): an article
// that arrives after the click and grows like infinite scroll, a page where
// the reader types into an editor, and a long article, timed. Every wait is
// on a signal (highlight counts, the background's report, the page's own
// "done" flag), never a fixed sleep.

import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, cliFlagsHtml, watchConsole, MARKS } from '../browser/helpers.mjs';
import {
  startSuite, timeoutFor, clickAction, waitForReport, waitForHighlights, setHidden,
  highlightsIn, highlightsTouching, overlappingHighlights, highlightCount, waitForNoHighlights,
  countsOf, snapshot, foreignRequests, waitForTopReport,
} from './harness.mjs';
import { FURNITURE } from './pages.mjs';

let suite, ext, server, site, requests, workerErrors;

before(async () => {
  // Comments that arrive and an editor in the comment section are checked:
  // the setting that reads comments is on (off by default).
  suite = await startSuite({ settings: { comments: true } });
  ({ ext, server, site, requests, workerErrors } = suite);
});

after(() => suite?.close());
afterEach(() => suite?.closePages()); // a failed test leaves no page for the next to mistake for its own

async function open(name, query = '') {
  const page = await ext.context.newPage();
  const errors = watchConsole(page);
  await page.goto(server.url + site.pages[name].path + query);
  return { page, errors };
}

test('growing page: clicked before the article exists; the article, each appended block and a second article highlighted once each', async () => {
  const spec = site.pages.live;
  // The same page in a tab the extension never touches: the DOM to get back to.
  const control = await open('live', '?control');
  const { page, errors } = await open('live');
  await page.bringToFront();
  await clickAction(ext, page);
  const first = await waitForReport(ext, page);
  assert.equal(first.frames[0].article, null, 'the click came before the article');

  const expected = [
    ...cliFlagsHtml(spec.articleFinal).flags,
    ...spec.blocks.flatMap((b) => (b.furniture ? [] : cliFlagsHtml(b.html).flags)),
    ...cliFlagsHtml(spec.second).flags,
  ];
  const units = 1 + spec.blocks.filter((b) => !b.furniture).length + 1;
  await page.waitForFunction(() => window.__grown === true, null, { timeout: timeoutFor() });
  const report = await waitForTopReport(ext, page, (r) => r.article?.units >= units, `${units} article units`);
  await waitForHighlights(page, expected.length);
  assert.equal(report.article.units, units, 'the article, each block, the second article: one unit each');

  assert.deepEqual(await highlightsIn(page, '#live'), expected, 'initial article + each block + second article, each as the CLI flags it');
  assert.equal(await highlightCount(page), expected.length, 'nothing else highlighted');
  assert.deepEqual(await overlappingHighlights(page), [], 'no text highlighted twice');
  assert.deepEqual(report.article.counts, countsOf(expected), 'article counts');
  for (const b of spec.blocks.filter((x) => !x.furniture)) {
    assert.deepEqual(await highlightsIn(page, b.selector), cliFlagsHtml(b.html).flags, `${b.selector}: highlighted as a unit of its own`);
  }
  assert.deepEqual(await highlightsTouching(page, FURNITURE), [], 'no furniture highlighted (the ad that arrived included)');

  // Off: the DOM the page has without the extension.
  await control.page.waitForFunction(() => window.__grown === true, null, { timeout: timeoutFor() });
  await setHidden(ext, page, true);
  await waitForNoHighlights(page, { ext, page });
  const [mine, theirs] = [await snapshot(page), await snapshot(control.page)];
  assert.deepEqual(mine, theirs, 'the DOM is what the page built, nothing of ours left');
  assert.deepEqual(errors, []);
  assert.deepEqual(control.errors, []);
  assert.deepEqual(workerErrors, []);
  await control.page.close();
  await page.close();
});

test('editor page: nothing in the contenteditable editor or the textarea is highlighted; typing there re-highlights nothing', async () => {
  const spec = site.pages.editor;
  const { page, errors } = await open('editor');
  const before = await snapshot(page);
  const article = cliFlagsHtml(spec.article).flags;
  const comments = cliFlagsHtml(spec.comments).flags;
  const editors = ['.comment-editor', 'textarea', ...FURNITURE];
  await page.bringToFront();
  await clickAction(ext, page);
  await waitForReport(ext, page);
  await waitForHighlights(page, article.length + comments.length);

  assert.deepEqual(await highlightsIn(page, 'article.story'), article, 'article = CLI flags (textarea left out)');
  assert.deepEqual(await highlightsIn(page, '#comments'), comments, 'comments = CLI flags (editor left out)');
  assert.equal(await highlightCount(page), article.length + comments.length);
  assert.deepEqual(await highlightsTouching(page, editors), [], 'editor, textarea and furniture untouched');

  // Off: the page exactly as before; on again: the same highlights.
  await setHidden(ext, page, true);
  await waitForNoHighlights(page, { ext, page });
  assert.deepEqual(await snapshot(page), before, 'the DOM is restored');
  await setHidden(ext, page, false);
  await waitForHighlights(page, article.length + comments.length);
  assert.deepEqual(await highlightsIn(page, 'article.story'), article, 'shown again');
  assert.equal(await highlightCount(page), article.length + comments.length);

  // Keep the live ranges: re-highlighting would replace them.
  await page.evaluate((labels) => {
    window.__ranges = labels.flatMap((l) => [...(CSS.highlights.get(`claimlens-${l}`) ?? [])].map((range) => [l, range]));
  }, MARKS);

  // The reader writes: claims typed into the editor (two paragraphs) and the textarea.
  await page.click('.comment-editor p:last-child');
  await page.keyboard.press('End');
  await page.keyboard.type(' Selon l’Insee, 40 % des ménages ont renoncé aux vacances.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Des experts affirment que la situation va empirer. « Rien ne va plus », a déclaré Jean Morel.');
  await page.click('textarea[name="mistake"]');
  await page.keyboard.press('End');
  await page.keyboard.type(' Le bilan officiel a été relevé à 30 morts, selon le ministère.');
  assert.match(await page.textContent('.comment-editor'), /Rien ne va plus/);
  assert.match(await page.inputValue('textarea[name="mistake"]'), /30 morts/);

  // A comment arrives after the typing: once it is highlighted, every change
  // before it (the typing) has been through the extension's watcher.
  const late = cliFlagsHtml(spec.late.clean).flags;
  assert.ok(late.length > 0);
  await page.evaluate((html) => document.querySelector('#comments .comment-list').insertAdjacentHTML('beforeend', html), spec.late.html);
  await waitForHighlights(page, article.length + comments.length + late.length);
  const report = await waitForTopReport(ext, page, (r) => r.comments?.units >= 2, 'the late comment\'s report');
  assert.equal(report.comments.units, 2, 'the comment section and the late comment');

  assert.equal(await highlightCount(page), article.length + comments.length + late.length, 'only the new comment was added');
  assert.equal(await page.evaluate(() => window.__ranges.every(([l, r]) => CSS.highlights.get(`claimlens-${l}`)?.has(r))), true,
    'the earlier highlights are the same ranges: nothing re-highlighted');
  assert.deepEqual(await highlightsIn(page, 'article.story'), article);
  assert.deepEqual(await highlightsIn(page, '#comments .comment-list > li:last-child'), late, 'the late comment as the CLI flags it');
  assert.deepEqual(await highlightsTouching(page, editors), [], 'still nothing in the editor or the textarea');
  assert.deepEqual(report.article.counts, countsOf(article), 'article figures unchanged by the typing');
  assert.deepEqual(report.comments.counts, countsOf([...comments, ...late]));

  await setHidden(ext, page, true);
  await waitForNoHighlights(page, { ext, page });
  assert.deepEqual(errors, []);
  assert.deepEqual(workerErrors, []);
  await page.close();
});

test('long article (100 000+ characters): highlights = CLI flags; time from click to highlights', async () => {
  const spec = site.pages.long;
  const { page, errors } = await open('long');
  const cli = cliFlagsHtml(spec.article);
  assert.ok(cli.text.length >= 100000, `the article has ${cli.text.length} characters`);
  const before = await snapshot(page);
  await page.bringToFront();

  const t0 = performance.now();
  await clickAction(ext, page);
  await page.waitForFunction(
    ({ labels, n }) => labels.reduce((k, l) => k + (CSS.highlights.get(`claimlens-${l}`)?.size || 0), 0) >= n,
    { labels: MARKS, n: cli.flags.length },
    { polling: 'raf', timeout: timeoutFor({ chars: cli.text.length, flags: cli.flags.length }) },
  );
  const wall = performance.now() - t0;
  const state = await waitForReport(ext, page);
  const timing = state.frames[0].timing;

  assert.deepEqual(await highlightsIn(page, 'article.story'), cli.flags, 'highlights = CLI flags');
  assert.equal(await highlightCount(page), cli.flags.length);
  assert.deepEqual(state.frames[0].article.counts, countsOf(cli.flags));
  assert.deepEqual(await highlightsTouching(page, FURNITURE), []);

  const out = {
    page: spec.path,
    chars: timing.chars,
    flags: cli.flags.length,
    corpus: site.fromDev ? 'dev articles' : 'samples',
    timing: Object.fromEntries(Object.entries(timing).map(([k, v]) => [k, Math.round(v * 10) / 10])),
    wallClickToHighlightsMs: Math.round(wall),
    measured: new Date().toISOString(),
  };
  console.log('extension timing (content script, ms):', JSON.stringify(out.timing), `| click to highlights seen by the test: ${out.wallClickToHighlightsMs} ms`);
  fs.mkdirSync(path.join(ROOT, 'target'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'target', 'extension-timing.json'), JSON.stringify(out, null, 2) + '\n');

  await setHidden(ext, page, true);
  await waitForNoHighlights(page, { ext, page });
  assert.deepEqual(await snapshot(page), before, 'the DOM is restored');
  assert.deepEqual(errors, []);
  assert.deepEqual(workerErrors, []);
  await page.close();
});

test('no network request made by the extension', () => {
  assert.ok(requests.some((r) => r.worker), 'the recorder sees the background\'s requests');
  const bad = foreignRequests({ requests, serverLog: server.log, origin: server.url, id: ext.id, expectedPaths: site.expectedPaths });
  assert.deepEqual(bad, [], 'only the pages\' own resources and the extension\'s own files');
});
