// The widget on a page it does not own (tests/browser/fixture.html): the text
// it reads, attach/detach leaving the DOM byte-identical, <claim-lens>, and
// the overlay drawn in its shadow root where CSS.highlights is missing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, readHighlights, watchConsole, screenshotPath, LABELS } from './helpers.mjs';

const suite = browserSuite();
const allErrors = [];

/** A fresh page on the fixture; `init` runs before any page script. */
async function open(init) {
  const page = await suite.browser.newPage({ viewport: { width: 1000, height: 800 } });
  allErrors.push(watchConsole(page));
  if (init) await page.addInitScript(init);
  await page.goto(`${suite.server.url}/tests/browser/fixture.html`);
  return page;
}

const TEXT = [
  'Une nappe au plus bas',
  'Le niveau de la nappe a baissé de 4,2 mètres depuis mars. « Nous n’avons jamais vu la rivière aussi basse », affirme Gérard Lécuyer, président du syndicat.',
  'Selon Météo-France, le cumul n’atteint que 38\u00a0% de la normale.',
  'Des sources indiquent que la préfecture envisage d’étendre les coupures.',
  'La consommation a augmenté de 17\u00a0% en dix ans.',
  'Le gouvernement a annoncé un plan.',
].join('\n');

test('textMap reads the visible text, one line per block, and maps offsets back', async () => {
  const page = await open();
  const got = await page.evaluate(async () => {
    const { textMap } = await import('/www/highlight.js');
    const map = textMap(document.getElementById('story'));
    // Every line maps back to a DOM range holding exactly its text.
    const lines = [];
    let at = 0;
    for (const line of map.text.split('\n')) {
      lines.push(map.range(at, at + line.length).toString().replace(/\s+/g, ' '));
      at += line.length + 1;
    }
    const b = document.querySelector('b').firstChild;
    // Hrefs as a browser reads them: a script link on two lines is a script link.
    const extra = document.createElement('p');
    extra.append(Object.assign(document.createElement('a'), { textContent: 'Le rapport' }), ' le dit. ',
      Object.assign(document.createElement('a'), { textContent: 'Ici' }), ' aussi.');
    extra.children[0].setAttribute('href', ' https://x.org/\nrapport\t');
    extra.children[1].setAttribute('href', 'java\nscript:alert(1)');
    document.body.append(extra);
    const hrefs = textMap(extra).links.map((l) => l.href);
    extra.remove();
    return { text: map.text, links: map.links, lines, bold: map.offsetOf(b, 0), hrefs };
  });
  assert.deepEqual(got.hrefs, ['https://x.org/rapport']);
  assert.equal(got.text, TEXT);
  assert.deepEqual(got.lines, TEXT.split('\n').map((l) => l.replace(/\u00a0/g, ' ')));
  const at = TEXT.indexOf('Météo-France');
  assert.deepEqual(got.links, [{ start: at, end: at + 'Météo-France'.length, href: 'https://meteofrance.example/bilan' }]);
  assert.equal(got.bold, TEXT.indexOf('Gérard'));
  await page.close();
});

test('attach highlights; detach restores the DOM and leaves others’ highlights alone', async () => {
  const page = await open();
  const result = await page.evaluate(async () => {
    const before = document.documentElement.outerHTML;
    const foreign = new Highlight(document.createRange());
    CSS.highlights.set('someone-else', foreign);
    const { attach } = await import('/www/claimlens.js');
    const story = document.getElementById('story');
    let event = null;
    story.addEventListener('claimlens-highlighted', (e) => (event = e.detail));
    const handle = await attach(story, { uiLang: 'text' });
    const during = {
      names: [...CSS.highlights.keys()].sort(),
      sheets: document.adoptedStyleSheets.length,
      host: !!document.querySelector('[data-claimlens-host]'),
      summary: handle.summary(),
      event: event?.sentences,
    };
    window.__handle = handle;
    return { before, during };
  });
  // The first sentence is plain narration nobody vouches for: its quiet mark.
  assert.deepEqual(result.during.names, ['claimlens-attributed', 'claimlens-quote', 'claimlens-unsourced', 'claimlens-unsourced-quiet', 'claimlens-vague', 'someone-else']);
  assert.equal(result.during.sheets, 1);
  assert.ok(result.during.host);
  const s = result.during.summary;
  assert.equal(s.language, 'fr');
  assert.equal(result.during.event, s.sentences);
  assert.equal(s.sentences, 7);
  assert.deepEqual(s.counts, { quote: 1, attributed: 2, vague: 1, unsourced: 2 });
  assert.equal(s.sourcedShare, 3 / 7);
  assert.deepEqual(s.sources, [{ source: 'Gérard Lécuyer', count: 1 }, { source: 'Météo-France', count: 1 }, { source: 'Le gouvernement', count: 1 }]);
  assert.deepEqual(s.vagueSources, [{ source: 'Des sources', count: 1 }]);
  assert.ok(s.statistics.some((t) => t.startsWith('La consommation a augmenté de 17')));

  const hl = await readHighlights(page);
  assert.deepEqual(hl.map((h) => h.label), ['unsourced', 'quote', 'attributed', 'vague', 'unsourced', 'attributed']);
  assert.deepEqual(hl.map((h) => h.text), [
    'Le niveau de la nappe a baissé de 4,2 mètres depuis mars.',
    '« Nous n’avons jamais vu la rivière aussi basse », affirme Gérard Lécuyer, président du syndicat.',
    ...TEXT.split('\n').slice(2).map((l) => l.replace(/\u00a0/g, ' ')),
  ]);

  // update() re-reads edited text.
  const after = await page.evaluate(async () => {
    const p = document.createElement('p');
    p.textContent = 'Selon certains experts, le plan échouera.';
    document.getElementById('story').append(p);
    const s = await window.__handle.update();
    p.remove();
    await window.__handle.update();
    window.__handle.detach();
    return {
      html: document.documentElement.outerHTML,
      names: [...CSS.highlights.keys()],
      sheets: document.adoptedStyleSheets.length,
      vague: s.counts.vague,
    };
  });
  assert.equal(after.vague, 2);
  assert.equal(after.html, result.before);
  assert.deepEqual(after.names, ['someone-else']);
  assert.equal(after.sheets, 0);
  await page.close();
});

test('Tab goes from the text to its flags; arrows walk them; Shift+Tab leaves', async () => {
  const page = await open();
  await page.evaluate(async () => {
    const { attach } = await import('/www/claimlens.js');
    await attach(document.getElementById('story'), { uiLang: 'en' });
    document.querySelector('#story a').focus();
  });
  const tip = page.locator('[role=tooltip]');
  await page.keyboard.press('Tab');
  await tip.waitFor({ state: 'visible' });
  assert.match(await tip.textContent(), /^Unsourced claim \(plain narration\)/);
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.querySelector('[data-claimlens-host]').shadowRoot
    .querySelector('[role=tooltip]').textContent.includes('Le gouvernement'));
  assert.match(await tip.textContent(), /^Named source.*Le gouvernement/s);
  await page.keyboard.press('Shift+Tab');
  await tip.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Météo-France');
  await page.close();
});

test('<claim-lens> highlights its content with the labels asked, and detaches when removed', async () => {
  const page = await open();
  const got = await page.evaluate(async () => {
    await import('/www/claimlens.js');
    const el = document.createElement('claim-lens');
    el.setAttribute('lang', 'en');
    el.setAttribute('labels', 'quote,vague');
    for (const line of ['“We will be watching the figures,” the finance chief, Daniel Osei, said.',
      'Experts say the route misses the poorest districts.', 'Unemployment rose by 4% last year.']) {
      const p = document.createElement('p');
      p.textContent = line;
      el.append(p);
    }
    const html = document.body.innerHTML;
    document.body.append(el);
    const summary = await el.ready;
    const names = [...CSS.highlights.keys()].sort();
    el.setAttribute('labels', 'unsourced');
    await el.ready;
    const relabelled = [...CSS.highlights.keys()];
    el.remove();
    return { summary, names, relabelled, left: [...CSS.highlights.keys()], host: !!document.querySelector('[data-claimlens-host]'), same: document.body.innerHTML === html };
  });
  assert.deepEqual(got.summary.counts, { quote: 1, attributed: 0, vague: 1, unsourced: 0 });
  assert.deepEqual(got.names, ['claimlens-quote', 'claimlens-vague']);
  assert.deepEqual(got.relabelled, ['claimlens-unsourced']);
  assert.deepEqual(got.left, []);
  assert.equal(got.host, false);
  assert.ok(got.same);
  await page.close();
});

test('without CSS.highlights, boxes are drawn in the shadow root and removed on detach', async () => {
  const page = await open(() => {
    delete CSS.highlights;
    delete window.Highlight;
  });
  const got = await page.evaluate(async () => {
    const before = document.documentElement.outerHTML;
    const { attach } = await import('/www/claimlens.js');
    const handle = await attach(document.getElementById('story'));
    const shadow = document.querySelector('[data-claimlens-host]').shadowRoot;
    const boxes = [...shadow.querySelectorAll('.box')].map((b) => b.classList[1]);
    window.__handle = handle;
    return { before, boxes, highlights: 'highlights' in CSS };
  });
  assert.equal(got.highlights, false);
  for (const label of LABELS) assert.ok(got.boxes.includes(label), `a ${label} box`);
  // A box sits over its sentence: hit-test the box of the quotation.
  const hit = await page.evaluate(() => {
    const shadow = document.querySelector('[data-claimlens-host]').shadowRoot;
    const b = document.querySelector('b').getBoundingClientRect();
    const over = [...shadow.querySelectorAll('.box.quote')].map((box) => box.getBoundingClientRect())
      .filter((r) => r.left <= b.left + 1 && r.right >= b.right - 1 && r.top <= b.top + 1 && r.bottom >= b.bottom - 1);
    return over.length === 1; // exactly one: the <b> element's own box is not painted twice
  });
  assert.ok(hit, 'the quote box covers Gérard Lécuyer');
  // The tooltip works the same in overlay mode (page language: fr).
  await page.keyboard.press('Alt+Shift+N');
  await page.keyboard.press('ArrowDown');
  const tip = page.locator('[role=tooltip]');
  await tip.waitFor({ state: 'visible' });
  assert.match(await tip.textContent(), /Citation directe.*Gérard Lécuyer/s);
  await page.screenshot({ path: screenshotPath('widget-overlay.png') });
  const after = await page.evaluate(() => {
    window.__handle.detach();
    return { html: document.documentElement.outerHTML, host: !!document.querySelector('[data-claimlens-host]') };
  });
  assert.equal(after.host, false);
  assert.equal(after.html, got.before);
  await page.close();
});

test('no console errors', () => {
  assert.deepEqual(allErrors.flat(), []);
});

test('a link as the root (a teaser card): highlighted like any element (its `host` is a URL\'s, not a shadow host)', async () => {
  const page = await open();
  const got = await page.evaluate(async () => {
    const { attach } = await import('/www/claimlens.js');
    const card = Object.assign(document.createElement('a'), { href: 'https://example.org/story' });
    card.innerHTML = '<p>La consommation a augmenté de 17 % en dix ans.</p><p>Selon Météo-France, le cumul n’atteint que 38 % de la normale.</p>';
    const second = card.cloneNode(true);
    document.body.append(card, second);
    const handles = [await attach(card), await attach(second)];
    const shown = ['quote', 'attributed', 'vague', 'unsourced', 'unsourced-quiet'].reduce((n, l) => n + (CSS.highlights.get(`claimlens-${l}`)?.size ?? 0), 0);
    for (const h of handles) h.detach();
    return { host: card.host, shown, left: !!document.querySelector('[data-claimlens-host]') };
  });
  assert.equal(got.host, 'example.org');
  assert.ok(got.shown >= 4, `${got.shown} highlights in the two cards`);
  assert.equal(got.left, false);
});
