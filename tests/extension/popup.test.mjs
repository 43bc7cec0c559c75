// The popup of the built extension (dist/chrome), driven in Chromium on the
// site of popup-site.mjs: the popup's figures against the background's tab
// state, its label toggles, source stepping and hide switch against the
// page's highlights, the badge, and a false positive reported from a tooltip
// through to the options page's exported JSON. Screenshots in
// target/screenshots/. The settings' defaults and the options page:
// settings.test.mjs.
// Run: node extension/build.mjs && node --test --test-concurrency=1 tests/extension/popup.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  launchExtension, ensureExtension, timeoutFor, tabIdOf, clickAction, waitForHighlights, waitForReport, tabState, openPopup, setSettings,
} from './harness.mjs';
import { startServer, MARKS, screenshotPath, watchConsole } from '../browser/helpers.mjs';
import { ROUTES, summed, shownCounts, shownKinds, shoot, badgeReads } from './popup-site.mjs';

let server, ext, page, errors;

before(async () => {
  ensureExtension();
  server = await startServer({ routes: ROUTES });
  ext = await launchExtension();
  // The popup's comments card is checked: the setting that reads reader
  // comments is on (off by default: settings.test.mjs).
  await setSettings(ext, { comments: true });
  page = await ext.context.newPage();
  errors = watchConsole(page);
  await page.goto(`${server.url}/news.html`);
  await clickAction(ext, page);
  await waitForReport(ext, page, { frames: 2 });
  await waitForHighlights(page);
});

after(async () => {
  await ext?.close();
  await server?.close();
});

// ---------------------------------------------------------------------------
// Helpers

async function readyPopup(target = page) {
  const popup = await openPopup(ext, target);
  await popup.waitForFunction(() => document.body.dataset.phase === 'ready' && document.querySelector('.card.article'));
  return popup;
}

/** Highlighted ranges of `label` in every frame of the page. */
function rangesOf(label) {
  return Promise.all(page.frames().map((f) => f.evaluate((name) => CSS.highlights.get(name)?.size || 0, `claimlens-${label}`)))
    .then((sizes) => sizes.reduce((a, b) => a + b, 0));
}

/** Waits until `check(frame)` holds in every frame of the page. */
async function waitAllFrames(fn, arg) {
  for (const f of page.frames()) await f.waitForFunction(fn, arg, { timeout: timeoutFor() });
}

// ---------------------------------------------------------------------------

test('the popup shows the counts of the tab state, summed over the frames', async () => {
  const popup = await readyPopup();
  const pageErrors = watchConsole(popup);
  const state = await tabState(ext, page);
  assert.equal(Object.keys(state.frames).length, 2, 'the page and its frame reported');
  const article = summed(state, 'article');
  assert.deepEqual(await shownCounts(popup, 'article'), article.counts);
  const frames = Object.values(state.frames).filter((r) => r.article);
  assert.equal(frames.length, 2, 'both frames have an article');
  // The share of sentences sourced, over both frames.
  const share = Math.round((100 * (article.counts.quote + article.counts.attributed)) / article.sentences);
  assert.match(await popup.locator('#share').textContent(), new RegExp(`\\b${share}\\s?%`));
  assert.match(await popup.locator('.card.article .meta').textContent(), new RegExp(`^${article.sentences} sentences · French$`));
  // Reader comments, apart.
  assert.deepEqual(await shownCounts(popup, 'comments'), summed(state, 'comments').counts);
  // Sources: names and counts as the frames reported them, the frame's sources included.
  const sources = await popup.locator('button.source .who').allTextContents();
  assert.ok(sources.includes('Gérard Lécuyer'));
  assert.ok(sources.some((s) => s.endsWith('Agnès Pannier')), `the frame's source is listed: ${sources}`);
  const stats = await popup.locator('button.stat').allTextContents();
  assert.ok(stats.some((s) => s.includes('4,2 mètres')), 'the unsourced figures');
  // Unsourced claims per kind: the core's, over both frames; they add up to the unsourced count.
  const { claims } = state.figures.article;
  const kinds = await shownKinds(popup);
  assert.deepEqual(kinds, { statistic: claims.statistic, causal: claims.causal, evaluative: claims.evaluative, factual: claims.factual });
  assert.equal(Object.values(kinds).reduce((a, b) => a + b, 0), article.counts.unsourced);
  assert.ok(kinds.statistic > 0 && kinds.factual > 0, `figures and plain narration: ${JSON.stringify(kinds)}`);
  assert.deepEqual(await popup.locator('ul.kinds .name').allTextContents(), ['Figures', 'Causes', 'Judgements', 'Plain narration']);
  assert.equal(await popup.locator('ul.kinds').getAttribute('aria-label'), 'Unsourced claims by kind');
  assert.equal(await popup.locator('ul.kinds [data-claim=factual] .swatch.unsourced-quiet').count(), 1, 'plain narration shows its quiet look');
  // The UI speaks the browser's language (English here), the page is French.
  assert.equal(await popup.evaluate(() => document.documentElement.lang.slice(0, 2)), 'en');
  assert.ok(await popup.getByRole('heading', { name: 'Who is quoted or cited' }).isVisible());
  assert.equal(await popup.locator('#site').isDisabled(), false, 'an http page can be analysed automatically');
  await shoot(popup, 'extension-popup.png');
  assert.deepEqual(pageErrors, []);
  await popup.close();
});

test('unticking a label removes its highlights from the page, ticking brings them back', async () => {
  const popup = await readyPopup();
  const before = await rangesOf('vague');
  assert.ok(before > 0, 'vague sentences are highlighted');
  const quotes = await rangesOf('quote');
  await popup.locator('.card.article [data-label=vague]').click();
  await waitAllFrames(() => !(CSS.highlights.get('claimlens-vague')?.size > 0));
  assert.equal(await rangesOf('quote'), quotes, 'the other labels stay');
  assert.deepEqual((await tabState(ext, page)).labels, ['quote', 'attributed', 'unsourced']);
  assert.equal(await popup.locator('.card.article [data-label=vague] input').isChecked(), false);
  await popup.locator('.card.article [data-label=vague]').click();
  await page.waitForFunction(() => CSS.highlights.get('claimlens-vague')?.size > 0);
  await popup.waitForFunction(() => document.querySelector('.card.article [data-label=vague] input').checked);
  for (const f of page.frames()) await f.waitForFunction(() => CSS.highlights.get('claimlens-vague')?.size > 0);
  assert.equal(await rangesOf('vague'), before);
  await popup.close();
});

test('clicking a source shows its next statement in the page', async () => {
  const popup = await readyPopup();
  const button = popup.locator('button.source', { has: popup.locator('.who', { hasText: /^Gérard Lécuyer$/ }) });
  const count = Number(await button.locator('.chips').textContent().then((t) => t.replace(/\D/g, '')));
  assert.equal(count, 2, 'Gérard Lécuyer is quoted twice');
  await button.click();
  await page.waitForFunction(() => {
    const tip = document.querySelector('[data-claimlens-host]')?.shadowRoot.querySelector('[role=tooltip]');
    return tip?.matches(':popover-open') && tip.textContent.includes('Gérard Lécuyer');
  });
  assert.equal(await button.locator('.pos').textContent(), '1/2');
  const first = await page.evaluate(() => document.querySelector('[data-claimlens-host]').shadowRoot.querySelector('[role=tooltip]').textContent);
  assert.match(first, /Citation directe/);
  await button.click();
  await popup.waitForFunction(() => [...document.querySelectorAll('button.source')].find((b) => b.querySelector('.who').textContent === 'Gérard Lécuyer').querySelector('.pos').textContent === '2/2');
  await button.click();
  await popup.waitForFunction(() => [...document.querySelectorAll('button.source')].find((b) => b.querySelector('.who').textContent === 'Gérard Lécuyer').querySelector('.pos').textContent === '1/2');
  // An unsourced figure: its sentence's tooltip.
  await popup.locator('button.stat', { hasText: '4,2 mètres' }).click();
  await page.waitForFunction(() => {
    const tip = document.querySelector('[data-claimlens-host]').shadowRoot.querySelector('[role=tooltip]');
    return tip.matches(':popover-open') && /Affirmation non sourcée \(chiffre\)/.test(tip.textContent);
  });
  // A source quoted in the frame only: the step goes to that frame.
  const pannier = popup.locator('button.source', { hasText: 'Agnès Pannier' });
  await pannier.click();
  await popup.waitForFunction(() => [...document.querySelectorAll('button.source')].find((b) => b.textContent.includes('Agnès Pannier')).querySelector('.pos').textContent === '1/1');
  const frame = page.frames().find((f) => f.url().endsWith('/related.html'));
  await frame.waitForFunction(() => {
    const tip = document.querySelector('[data-claimlens-host]')?.shadowRoot.querySelector('[role=tooltip]');
    return tip?.matches(':popover-open') && tip.textContent.includes('Agnès Pannier');
  });
  await popup.close();
});

test('the hide switch removes every highlight and the host, and brings them back', async () => {
  const popup = await readyPopup();
  await popup.locator('label.switch', { has: popup.locator('#hide') }).click();
  await waitAllFrames(({ labels }) => !document.querySelector('[data-claimlens-host]')
    && labels.every((l) => !(CSS.highlights.get(`claimlens-${l}`)?.size > 0)), { labels: MARKS });
  assert.equal((await tabState(ext, page)).hidden, true);
  assert.equal(await popup.locator('#hide').isChecked(), true);
  assert.equal(await popup.locator('button.source').first().isDisabled(), true, 'nothing to step through while hidden');
  // A popup opened later shows the switch on.
  const again = await readyPopup();
  assert.equal(await again.locator('#hide').isChecked(), true);
  await again.close();
  await popup.locator('label.switch', { has: popup.locator('#hide') }).click();
  await waitForHighlights(page);
  await popup.waitForFunction(() => !document.querySelector('#hide').checked && !document.querySelector('button.source').disabled);
  const state = await tabState(ext, page);
  assert.equal(state.hidden, false);
  assert.deepEqual(await shownCounts(popup, 'article'), summed(state, 'article').counts);
  await popup.close();
});

test('a false positive reported from the tooltip is listed in the options page and exported', async () => {
  await page.bringToFront();
  const point = await page.evaluate(() => {
    const range = [...CSS.highlights.get('claimlens-unsourced')].find((r) => r.toString().includes('4,2 mètres'));
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0];
    return { x: r.left + 30, y: r.top + r.height / 2 };
  });
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(() => {
    const tip = document.querySelector('[data-claimlens-host]').shadowRoot.querySelector('[role=tooltip]');
    return tip.matches(':popover-open') && tip.textContent.includes('chiffre') && tip.querySelector('button[data-action="not-a-claim"]');
  });
  await page.locator('[data-claimlens-host] button[data-action="not-a-claim"]').click();

  const options = await ext.context.newPage();
  const optionErrors = watchConsole(options);
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  await options.waitForFunction(() => document.body.dataset.ready);
  const row = options.locator('#reports tbody tr', { hasText: '4,2 mètres' });
  await row.waitFor();
  const cells = await row.locator('td').allTextContents();
  assert.equal(cells[1], 'Not a claim');
  assert.equal(cells[2], 'Unsourced claim');
  assert.match(cells[3], /^Le niveau de la nappe de la Sérène a baissé de 4,2 mètres/);
  assert.equal(cells[5], 'builtin/statistic', 'the report names the rule that flagged the sentence');
  assert.match(cells[6], /127\.0\.0\.1:\d+\/news\.html/);
  assert.equal(await options.locator('#report-count').textContent(), '1 report');

  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('#export').click()]);
  assert.equal(download.suggestedFilename(), 'claimlens-reports.json');
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.length, 1);
  const [entry] = exported;
  assert.equal(entry.kind, 'not-a-claim');
  assert.equal(entry.label, 'unsourced');
  assert.equal(entry.claim, 'statistic');
  assert.equal(entry.rule, 'builtin/statistic');
  assert.equal(entry.language, 'fr');
  assert.equal(entry.url, `${server.url}/news.html`);
  assert.match(entry.text, /4,2 mètres depuis le mois de mars\.$/);
  assert.ok(!Number.isNaN(Date.parse(entry.reported)));
  await options.screenshot({ path: screenshotPath('extension-options.png'), fullPage: true });
  assert.deepEqual(optionErrors, []);
  await options.close();
});

test('no article: the popup says so, then shows the article when it arrives', async () => {
  const later = await ext.context.newPage();
  await later.goto(`${server.url}/later.html`);
  await clickAction(ext, later);
  await waitForReport(ext, later);
  const popup = await openPopup(ext, later);
  await popup.getByRole('heading', { name: 'No article found on this page' }).waitFor();
  assert.equal(await popup.getByRole('status').textContent(), 'No article found on this page');
  assert.equal(await popup.locator('#hide').isDisabled(), true);
  await later.evaluate(() => window.loadArticle());
  // The content script sees the new text and reports; the popup follows storage.session.
  await popup.waitForFunction(() => document.querySelector('.card.article'));
  const state = await tabState(ext, later);
  assert.deepEqual(await shownCounts(popup, 'article'), summed(state, 'article').counts);
  assert.ok(await popup.locator('button.source', { hasText: 'Paul Rivière' }).isVisible());
  await popup.close();
  await later.close();
});

test('the popup keeps the newest state: an answer to "open" read before the report storage already brought does not undo it', async () => {
  // Firefox's order of events: the content script's report reaches
  // storage.session (and the popup) before the answer to "open", which was
  // read earlier, before the report. Here the background, asked "open",
  // analyses the page again and, once the popup has drawn the new report,
  // answers with the state as it was before it. The popup must keep its figures.
  const race = await ext.context.newPage();
  await race.goto(`${server.url}/news.html#race`);
  await clickAction(ext, race); // the reader's click: activeTab, a first analysis
  await waitForReport(ext, race, { frames: 2 });
  const tabId = await tabIdOf(ext, race);
  await ext.worker.evaluate(() => {
    const { handlers: h, getTab, analyseTab } = globalThis.claimlens;
    globalThis.__open = h.open;
    h.open = async (m) => {
      const before = await getTab(m.tabId);
      await analyseTab(m.tabId); // its report reaches storage, and the popup
      while (!globalThis.__release) await new Promise((done) => setTimeout(done, 20)); // the test says when
      return { ...before, rev: before.rev + 1, frames: {}, figures: { frames: 0, article: null, comments: null } };
    };
  });
  try {
    const popup = await ext.context.newPage();
    // A task after the popup's code has taken the answer to "open", it says so.
    await popup.addInitScript(() => {
      for (const runtime of new Set([globalThis.browser?.runtime, globalThis.chrome?.runtime].filter(Boolean))) {
        const send = runtime.sendMessage.bind(runtime);
        runtime.sendMessage = (message, ...rest) => {
          const answer = send(message, ...rest);
          if (message?.type === 'open') answer.then(() => setTimeout(() => (window.__opened = true)));
          return answer;
        };
      }
    });
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => document.body.dataset.phase === 'ready', null, { timeout: timeoutFor() });
    assert.equal(await popup.evaluate(() => window.__opened), undefined, 'ready from the report alone, "open" not answered yet');
    await ext.worker.evaluate(() => (globalThis.__release = true));
    await popup.waitForFunction(() => window.__opened === true, null, { timeout: timeoutFor() });
    assert.equal(await popup.evaluate(() => document.body.dataset.phase), 'ready', 'the older answer did not send the popup back to "Analysing…"');
    assert.deepEqual(await shownCounts(popup, 'article'), summed(await tabState(ext, race), 'article').counts);
    await popup.close();
  } finally {
    await ext.worker.evaluate(() => {
      globalThis.__release = true;
      globalThis.claimlens.handlers.open = globalThis.__open;
    });
    await race.close();
  }
});

test('a page the extension cannot read, and an error: clear states', async () => {
  // Opened for the extension's own options tab: the browser refuses to script it.
  const other = await ext.context.newPage();
  await other.goto(`chrome-extension://${ext.id}/options.html`);
  const tabId = await ext.worker.evaluate(async (url) => (await chrome.tabs.query({ url })).at(-1)?.id, other.url());
  assert.ok(tabId, 'the tab id');
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 360, height: 500 });
  await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${tabId}`);
  await popup.waitForFunction(() => document.body.dataset.phase === 'unreadable');
  assert.ok(await popup.getByRole('heading', { name: 'ClaimLens cannot read this page' }).isVisible());
  assert.equal(await popup.locator('#site').isDisabled(), true);
  assert.equal(await popup.locator('#hide').isDisabled(), true);
  // A tab that does not exist: an error the reader can retry.
  await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=987654`);
  await popup.waitForFunction(() => document.body.dataset.phase !== 'waiting');
  assert.equal(await popup.evaluate(() => document.body.dataset.phase), 'error');
  assert.ok(await popup.getByRole('heading', { name: 'The analysis failed' }).isVisible());
  assert.ok(await popup.getByRole('button', { name: 'Analyse again' }).isVisible());
  await popup.close();
  await other.close();
});

test('plain narration as the settings say: quiet, loud or not highlighted, counted in the popup all the same', async () => {
  const setNarration = (narration) => ext.worker.evaluate(async (narration) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, narration } });
  }, narration);
  /** Ranges of the loud and the quiet unsourced marks in the top frame, once `pred` holds of them. */
  const marks = async (pred, what) => {
    const deadline = Date.now() + timeoutFor();
    for (;;) {
      const got = await page.evaluate(() => ({
        loud: CSS.highlights.get('claimlens-unsourced')?.size ?? 0, quiet: CSS.highlights.get('claimlens-unsourced-quiet')?.size ?? 0,
      }));
      if (pred(got)) return got;
      if (Date.now() > deadline) throw new Error(`never ${what}: ${JSON.stringify(got)}`);
      await new Promise((r) => setTimeout(r, 50)); // polling the page, not a fixed wait
    }
  };
  await page.bringToFront();
  const quiet = await marks((g) => g.quiet > 0 && g.loud > 0, 'both marks');
  // The badge counts the unsourced statements that stand out in the page:
  // figures, causes and judgements; plain narration only when it is loud.
  const { counts, claims } = (await tabState(ext, page)).figures.article;
  assert.ok(claims.factual > 0 && counts.unsourced > claims.factual, `plain narration and claims that stand out: ${JSON.stringify(claims)}`);
  await badgeReads(ext, page, String(counts.unsourced - claims.factual));
  try {
    // The options page's change reaches the page already highlighted.
    await setNarration('loud');
    const loud = await marks((g) => g.quiet === 0 && g.loud > quiet.loud, 'loud narration');
    assert.equal(loud.loud, quiet.loud + quiet.quiet, 'plain narration joins the loud mark');
    await badgeReads(ext, page, String(counts.unsourced));
    await setNarration('hidden');
    const hidden = await marks((g) => g.quiet === 0 && g.loud === quiet.loud, 'narration hidden');
    assert.equal(hidden.loud, quiet.loud, 'figures, causes and judgements stay');
    await badgeReads(ext, page, String(counts.unsourced - claims.factual));
    const popup = await readyPopup();
    const state = await tabState(ext, page);
    assert.ok(state.figures.article.claims.factual > 0);
    await popup.locator('ul.kinds [data-claim=factual] .hidden-note').waitFor();
    assert.equal((await shownKinds(popup)).factual, state.figures.article.claims.factual, 'still counted');
    assert.equal(await popup.locator('ul.kinds [data-claim=factual] .hidden-note').textContent(), 'not shown');
    await popup.close();
  } finally {
    await setNarration('quiet');
    await marks((g) => g.quiet === quiet.quiet && g.loud === quiet.loud, 'back to quiet');
    await badgeReads(ext, page, String(counts.unsourced - claims.factual));
  }
});

test('the page itself logged no errors', () => {
  assert.deepEqual(errors, []);
});
