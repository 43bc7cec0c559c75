// The extension's settings as a reader meets them, each test in a new
// browser profile (the defaults): reader comments left out, the popup's line
// that says so and leads to the options page, whose switch reaches the page
// already highlighted; the options page saving each change; and a French
// browser, whose popup and options page speak French. On the site of
// popup-site.mjs.
// Run: node extension/build.mjs && node --test --test-concurrency=1 tests/extension/settings.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchExtension, ensureExtension, timeoutFor, clickAction, waitForHighlights, waitForReport, tabState, openPopup } from './harness.mjs';
import { startServer, CHROMIUM_ARGS, watchConsole } from '../browser/helpers.mjs';
import { ROUTES, shoot, rangesIn, waitForSettings } from './popup-site.mjs';

let server;

before(async () => {
  ensureExtension();
  server = await startServer({ routes: ROUTES });
});

after(() => server?.close());

test('by default reader comments are left out: none highlighted, the popup says so and leads to the setting, which reaches the page at once', async () => {
  const fresh = await launchExtension(); // a new profile: the default settings
  try {
    const news = await fresh.context.newPage();
    const pageErrors = watchConsole(news);
    await news.goto(`${server.url}/news.html`);
    await clickAction(fresh, news);
    const state = await waitForReport(fresh, news, { frames: 2 });
    await waitForHighlights(news);
    // A frame reports once its highlights are registered: none is in the comments.
    assert.ok(await rangesIn(news, 'article') > 0, 'the article is highlighted');
    assert.equal(await rangesIn(news, '#comments'), 0, 'the comment section is not');
    assert.equal(state.figures.comments, null, 'no figures of comments');
    assert.equal(state.figures.unreadComments, 1, 'one comment section left unread');

    const popup = await openPopup(fresh, news);
    await popup.waitForFunction(() => document.body.dataset.phase === 'ready' && document.querySelector('.card.comments-off'));
    assert.equal(await popup.locator('.card.comments').count(), 0, 'no comment counts');
    assert.equal(await popup.locator('.card.comments-off h2').textContent(), 'Reader commentsnot analysed');
    assert.match(await popup.locator('.card.comments-off').textContent(), /Comments are readers’ posts, not the article\./);
    // Its button opens the options page, where comments can be turned on.
    const [options] = await Promise.all([fresh.context.waitForEvent('page'), popup.getByRole('button', { name: 'Analyse them too (Settings)' }).click()]);
    await options.waitForFunction(() => document.body.dataset.ready);
    assert.equal(new URL(options.url()).pathname, '/options.html');
    const box = options.getByLabel(/Analyse reader comments/);
    assert.equal(await box.isChecked(), false, 'off by default');
    assert.match(await options.locator('#comments-section .help').textContent(), /Off by default: comments are what readers write, not the article\./);
    // On: the page already highlighted reads its comments, and the popup counts them apart.
    await box.check();
    await news.waitForFunction(() => [...CSS.highlights.get('claimlens-vague') ?? []].some((r) => document.querySelector('#comments').contains(r.startContainer)),
      null, { timeout: timeoutFor() });
    await popup.locator('.card.comments [data-label]').first().waitFor();
    assert.equal(await popup.locator('.card.comments-off').count(), 0, 'the note is gone');
    const on = await tabState(fresh, news);
    assert.equal(on.figures.unreadComments, 0);
    assert.ok(on.figures.comments.counts.vague > 0 && on.figures.comments.counts.attributed > 0, `comments counted: ${JSON.stringify(on.figures.comments.counts)}`);
    assert.equal(await rangesIn(news, '#comments'), on.figures.comments.counts.vague + on.figures.comments.counts.attributed + on.figures.comments.counts.unsourced + on.figures.comments.counts.quote,
      'every comment flag highlighted');
    // Off again: their highlights go, the note comes back.
    await box.uncheck();
    await news.waitForFunction(() => {
      const c = document.querySelector('#comments');
      return ['quote', 'attributed', 'vague', 'unsourced', 'unsourced-quiet'].every((m) => ![...CSS.highlights.get(`claimlens-${m}`) ?? []].some((r) => c.contains(r.startContainer)));
    }, null, { timeout: timeoutFor() });
    await popup.locator('.card.comments-off').waitFor();
    assert.ok(await rangesIn(news, 'article') > 0, 'the article stays highlighted');
    assert.deepEqual(pageErrors, []);
  } finally {
    await fresh.close();
  }
});

test('the options page saves its settings on change', async () => {
  const ext = await launchExtension(); // a new profile: the default settings
  try {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/options.html`);
    await options.waitForFunction(() => document.body.dataset.ready);
    assert.equal(await options.getByLabel(/Analyse reader comments/).isChecked(), false, 'reader comments: off by default');
    await options.getByLabel('Vague source').uncheck();
    await waitForSettings(ext, (s) => !s.labels.includes('vague'), 'vague unticked');
    await options.getByLabel(/Analyse reader comments/).check();
    await waitForSettings(ext, (s) => s.comments === true, 'comments on');
    await options.getByLabel('French').check();
    const saved = await waitForSettings(ext, (s) => s.lang === 'fr', 'French');
    assert.deepEqual(saved, { labels: ['quote', 'attributed', 'unsourced'], sites: [], comments: true, lang: 'fr', narration: 'quiet' });
    assert.equal(await options.getByLabel(/Marked quietly/).isChecked(), true, 'plain narration: quiet by default');
    await options.getByLabel(/Not highlighted/).check();
    await waitForSettings(ext, (s) => s.narration === 'hidden', 'plain narration hidden');
    await options.locator('#status', { hasText: 'Saved' }).waitFor();

    await options.reload();
    await options.waitForFunction(() => document.body.dataset.ready);
    assert.equal(await options.getByLabel('Vague source').isChecked(), false);
    assert.equal(await options.getByLabel('Direct quote').isChecked(), true);
    assert.equal(await options.getByLabel(/Analyse reader comments/).isChecked(), true);
    assert.equal(await options.getByLabel('French').isChecked(), true);
    assert.equal(await options.getByLabel('Detect on each page').isChecked(), false);
    assert.equal(await options.getByLabel(/Not highlighted/).isChecked(), true);

    // A site added elsewhere (the popup's switch) shows up; Remove takes it away.
    await ext.worker.evaluate(async (origin) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, sites: [origin] } });
    }, server.url);
    const remove = options.getByRole('button', { name: `Remove ${server.url}` });
    await remove.waitFor();
    await remove.click();
    await waitForSettings(ext, (s) => s.sites.length === 0, 'the site removed');
    await options.locator('#sites', { hasText: 'No site yet.' }).waitFor();

    // Back to the defaults.
    await options.getByLabel('Vague source').check();
    await options.getByLabel(/Analyse reader comments/).uncheck();
    await options.getByLabel('Detect on each page').check();
    await options.getByLabel(/Marked quietly/).check();
    await waitForSettings(ext, (s) => s.labels.length === 4 && !s.comments && s.lang === 'auto' && s.narration === 'quiet', 'the defaults');
    await options.close();
  } finally {
    await ext.close();
  }
});

test('in a French browser the popup and the options page speak French', async () => {
  // launchExtension() takes CHROMIUM_ARGS as they are: --lang=fr for this one launch.
  CHROMIUM_ARGS.push('--lang=fr');
  let fr;
  try {
    fr = await launchExtension();
  } finally {
    CHROMIUM_ARGS.pop();
  }
  try {
    const news = await fr.context.newPage();
    await news.goto(`${server.url}/news.html`);
    await clickAction(fr, news);
    await waitForReport(fr, news, { frames: 2 });
    const popup = await openPopup(fr, news);
    await popup.waitForFunction(() => document.body.dataset.phase === 'ready' && document.querySelector('.card.article'));
    assert.equal(await popup.evaluate(() => document.documentElement.lang.slice(0, 2)), 'fr');
    assert.ok(await popup.getByRole('heading', { name: 'Qui est cité' }).isVisible());
    assert.ok(await popup.getByText('Masquer les surlignages dans cet onglet').isVisible());
    const names = await popup.locator('.card.article [data-label] .name').allTextContents();
    assert.deepEqual(names, ['Citation directe', 'Source nommée', 'Source vague', 'Affirmation non sourcée']);
    assert.deepEqual(await popup.locator('ul.kinds .name').allTextContents(), ['Chiffres', 'Causes', 'Jugements', 'Simple récit']);
    assert.match(await popup.locator('#share').textContent(), /\d\s%\sdes phrases citent ou nomment leur source/);
    assert.match(await popup.locator('.card.article .meta').textContent(), /^\d+ phrases · français$/);
    // Reader comments, left out by default, in French too.
    assert.match(await popup.locator('.card.comments-off').textContent(), /^Commentairesnon analysésCe sont les messages des lecteurs, pas l’article\. Les analyser aussi \(Réglages\)$/);
    await shoot(popup, 'extension-popup-fr.png');
    const options = await fr.context.newPage();
    await options.goto(`chrome-extension://${fr.id}/options.html`);
    await options.waitForFunction(() => document.body.dataset.ready);
    assert.ok(await options.getByRole('heading', { name: 'Réglages de ClaimLens' }).isVisible());
    assert.ok(await options.getByLabel('Détecter sur chaque page').isChecked());
    assert.ok(await options.getByLabel(/Marqué discrètement/).isChecked());
  } finally {
    await fr.close();
  }
});
