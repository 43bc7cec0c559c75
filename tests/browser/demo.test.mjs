// The demo page as a reader uses it: load a sample, see the same sentences
// highlighted with the same labels as the CLI gives, read the tooltip by
// keyboard and by pointer. Screenshots go to target/screenshots/.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launch, ensureWasm, cliFlags, readHighlights, watchConsole, screenshotPath, MARKS,
} from './helpers.mjs';
import { STYLES } from '../../www/labels.js';

let server, browser, page, errors;

before(async () => {
  ensureWasm();
  server = await startServer();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors = watchConsole(page);
  await page.goto(`${server.url}/www/index.html?ui=fr`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const tip = () => page.locator('[role=tooltip]');

/** Loads a sample and waits for the widget's signal that highlights are on. */
async function loadSample(lang) {
  await page.click(`button[data-sample=${lang}]`);
  await page.waitForSelector(`#result[data-status=done][data-lang=${lang}]`);
}

test('the French sample: same sentences, same labels as the CLI', async () => {
  await loadSample('fr');
  const cli = cliFlags('samples/fr.txt');
  assert.equal(cli.language, 'fr');
  assert.ok(cli.flags.length > 20, 'the CLI flags the French sample');
  assert.deepEqual(await readHighlights(page), cli.flags);
  // The summary panel agrees with the highlights.
  const counts = await page.$$eval('#counts td', (cells) => cells.map((c) => Number(c.textContent)));
  const cliCount = (l) => cli.flags.filter((f) => f.label === l).length;
  assert.deepEqual(counts.slice(0, 4), ['quote', 'attributed', 'vague', 'unsourced'].map(cliCount));
  assert.match(await page.textContent('#sources'), /Gérard Lécuyer\s*2/);
  assert.match(await page.textContent('#statistics'), /17 % en dix ans/);
});

test('the legend shows every mark the text is painted with, plain narration\'s quiet one too, in its look', async () => {
  const painted = await page.evaluate((marks) => marks.filter((m) => CSS.highlights.get(`claimlens-${m}`)?.size > 0), MARKS);
  assert.ok(painted.includes('unsourced-quiet'), `the sample has plain narration, marked quietly: ${painted}`);
  const legend = await page.$$eval('#legend .chip', (chips) => chips.map((c) => {
    const s = getComputedStyle(c);
    return { mark: c.className.replace('chip ', ''), text: c.textContent, background: s.backgroundColor, line: s.textDecorationStyle, colour: s.textDecorationColor };
  }));
  assert.deepEqual(painted.filter((m) => !legend.some((c) => c.mark === m)), [], 'a legend entry for each mark');
  const quiet = legend.find((c) => c.mark === 'unsourced-quiet');
  assert.equal(quiet.text, 'Simple récit');
  assert.deepEqual([quiet.background, quiet.line], ['rgba(0, 0, 0, 0)', 'dotted'], 'no tint, a dotted line');
  const hex = STYLES['unsourced-quiet'].line.slice(1).match(/../g).map((h) => parseInt(h, 16));
  assert.equal(quiet.colour, `rgb(${hex.join(', ')})`, 'in the highlight\'s colour');
  assert.match(await page.textContent('#legend'), /un simple fait, sans source : marqué discrètement/);
});

test('keyboard focus shows the tooltip: label in words, source, reason', async () => {
  await page.keyboard.press('Alt+Shift+N');
  await tip().waitFor({ state: 'visible' });
  assert.match(await tip().textContent(), /Affirmation non sourcée/);
  // Arrow keys walk the flags: the fifth is Gérard Lécuyer's quotation.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('[data-claimlens-host]')
    .shadowRoot.querySelector('[role=tooltip]').textContent.includes('Citation directe'));
  const text = await tip().textContent();
  assert.match(text, /Citation directe/);
  assert.match(text, /Gérard Lécuyer/);
  assert.match(text, /affirme/);
  const focused = await page.evaluate(() => {
    const host = document.activeElement;
    return host.hasAttribute('data-claimlens-host') && host.shadowRoot.activeElement.textContent;
  });
  assert.match(focused, /Phrase 5 sur \d+\s?: Citation directe — Gérard Lécuyer/);
  await page.screenshot({ path: screenshotPath('demo-fr-tooltip.png') });
  await page.keyboard.press('Escape');
  await tip().waitFor({ state: 'hidden' });
});

test('hovering a highlighted sentence shows its tooltip', async () => {
  await page.click('h1'); // moves focus off the flags: keyboard tooltip closes
  await tip().waitFor({ state: 'hidden' });
  const box = await page.evaluate(() => {
    const range = [...CSS.highlights.get('claimlens-attributed')].find((r) => r.toString().startsWith('Selon Météo-France'));
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0];
    return { x: r.left + 40, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await tip().waitFor({ state: 'visible' });
  const text = await tip().textContent();
  assert.match(text, /Source nommée/);
  assert.match(text, /Météo-France/);
  await page.screenshot({ path: screenshotPath('demo-fr-hover.png') });
  await page.mouse.move(5, 5);
  await tip().waitFor({ state: 'hidden' });
});

test('the English sample matches the CLI too', async () => {
  await page.click('#ui-lang'); // English page chrome
  await loadSample('en');
  assert.deepEqual(await readHighlights(page), cliFlags('samples/en.txt').flags);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath('demo-en.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath('demo-en-narrow.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('no console errors', () => {
  assert.deepEqual(errors, []);
});
