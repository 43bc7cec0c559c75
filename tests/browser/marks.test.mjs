// How the marks look on a page: a mark never reaches into the line below
// (where the next line's tint, painted later, would hide it, and the gap
// between two sentences would show a sliver of it), and plain narration is
// marked as the `narration` option says (quiet by default, loud, hidden)
// while the summary still counts it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, readHighlights, watchConsole, MARKS } from './helpers.mjs';

const suite = browserSuite();
const allErrors = [];

async function open() {
  const page = await suite.browser.newPage({ viewport: { width: 760, height: 900 } });
  allErrors.push(watchConsole(page));
  await page.goto(`${suite.server.url}/tests/browser/fixture.html`);
  return page;
}

/** The pixels of a region of the page that are not white (the page's
 * background): [{ x, y }] in the region, read from a screenshot. */
async function inked(page, clip) {
  const png = await page.screenshot({ clip });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, img.width, img.height).data;
    const out = [];
    for (let i = 0; i < d.length; i += 4) if (d[i] < 245 || d[i + 1] < 245 || d[i + 2] < 245) out.push({ x: (i / 4) % img.width, y: Math.floor(i / 4 / img.width) });
    return out;
  }, png.toString('base64'));
}

/** A page of paragraphs in `font` with the line height browsers default to
 * (the tightest), flags of every mark over them; resolves to each mark's
 * range boxes and the gaps between two highlighted sentences of one line. */
function paint(page, font) {
  return page.evaluate(async ({ font, marks }) => {
    const { highlight } = await import('/www/highlight.js');
    document.body.replaceChildren();
    document.body.style.cssText = `margin: 20px; font: ${font}; line-height: normal; background: #fff; color: #111827`;
    const kinds = { quote: ['quote', null], attributed: ['attributed', null], vague: ['vague', null], unsourced: ['unsourced', 'statistic'], 'unsourced-quiet': ['unsourced', 'factual'] };
    const sentence = 'Rivers rose quickly and the gypsum quarry flooded.';
    const out = [];
    for (const mark of marks) {
      // Four sentences per paragraph, wrapped over several lines.
      const p = document.createElement('p');
      p.style.cssText = 'width: 560px; margin: 0 0 28px';
      p.textContent = Array(4).fill(sentence).join(' ');
      document.body.append(p);
      const [label, claim] = kinds[mark];
      const flags = [0, 1, 2, 3].map((i) => ({ label, claim, start: i * (sentence.length + 1), end: i * (sentence.length + 1) + sentence.length, source: null, quote: null, cue: null, reason: '' }));
      const c = highlight(p, flags, { lang: 'en' });
      const rects = c.items.map((it) => [...it.range.getClientRects()].map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })));
      const gaps = [];
      for (let i = 0; i + 1 < rects.length; i++) {
        const a = rects[i][rects[i].length - 1], b = rects[i + 1][0];
        if (Math.abs(a.top - b.top) < 1 && b.left - a.right > 2) gaps.push({ x: a.right + 1, y: b.top, width: b.left - a.right - 2, height: b.bottom - b.top });
      }
      const box = p.getBoundingClientRect();
      out.push({ mark, items: c.items.map((it) => it.mark), gaps, last: { left: box.left, right: box.right, bottom: Math.max(...rects.flat().map((r) => r.bottom)) } });
    }
    return out;
  }, { font, marks: MARKS });
}

for (const font of ['16px sans-serif', '14px sans-serif', '18px Georgia, serif']) {
  test(`${font}, tight lines: a mark stays inside its line, so no sliver shows between two sentences`, async () => {
    const page = await open();
    for (const p of await paint(page, font)) {
      assert.ok(p.items.every((m) => m === p.mark), `${p.mark}: painted as ${p.items}`);
      // Below the last line there is only the page: whatever is drawn there
      // would sit under the next line's tint, as under every line but the last.
      const below = await inked(page, { x: p.last.left, y: Math.ceil(p.last.bottom), width: p.last.right - p.last.left, height: 10 });
      assert.deepEqual(below.slice(0, 3), [], `${p.mark}: ${below.length} pixels drawn below the line`);
      // Between two sentences of a line: the page, no sliver of the line above.
      assert.ok(p.gaps.length > 0, `${p.mark}: two sentences share a line`);
      for (const g of p.gaps) {
        const sliver = await inked(page, g);
        assert.deepEqual(sliver.slice(0, 3), [], `${p.mark}: a sliver in the gap at ${JSON.stringify(g)}`);
      }
    }
    await page.close();
  });
}

const PLAIN = 'Le préfet a démissionné mardi soir.';
const FIGURE = 'La consommation a augmenté de 17\u00a0% en dix ans.';

/** Attaches the widget to a story of a plain narration and a figure, nobody
 * sourcing either; `narration` as asked. */
async function narrated(page, narration) {
  return page.evaluate(async ({ narration, text }) => {
    const { attach } = await import('/www/claimlens.js');
    window.__lens?.detach();
    const story = document.createElement('article');
    story.lang = 'fr';
    for (const t of text) story.append(Object.assign(document.createElement('p'), { textContent: t }));
    document.body.replaceChildren(story);
    const lens = (window.__lens = await attach(story, { lang: 'fr', ...(narration ? { narration } : {}) }));
    const flags = lens.analysis().flags.map((f) => [f.label, f.claim]);
    const summary = lens.summary();
    lens.focus(1); // the figure: the tooltip shows it, whatever is hidden
    const tip = document.querySelector('[data-claimlens-host]').shadowRoot.querySelector('[role=tooltip]');
    return { flags, counts: summary.counts, claims: summary.claims, tip: tip.textContent, tipClass: tip.className };
  }, { narration, text: [PLAIN, FIGURE] });
}

test('plain narration is marked quietly by default, loud or not at all on demand, and counted whatever its look', async () => {
  const page = await open();
  const quiet = await narrated(page, undefined);
  assert.deepEqual(quiet.flags, [['unsourced', 'factual'], ['unsourced', 'statistic']]);
  assert.deepEqual(await readHighlights(page, { marks: true }), [
    { label: 'unsourced', mark: 'unsourced-quiet', text: PLAIN },
    { label: 'unsourced', mark: 'unsourced', text: FIGURE.replace('\u00a0', ' ') },
  ]);
  assert.match(quiet.tip, /chiffre/, 'focus(1) is the figure');

  await narrated(page, 'loud');
  assert.deepEqual((await readHighlights(page, { marks: true })).map((h) => h.mark), ['unsourced', 'unsourced']);

  const hidden = await narrated(page, 'hidden');
  assert.deepEqual(await readHighlights(page, { marks: true }), [{ label: 'unsourced', mark: 'unsourced', text: FIGURE.replace('\u00a0', ' ') }]);
  assert.match(hidden.tip, /chiffre/, 'focus(1) is still the figure: flags are indexed in the analysis');
  assert.deepEqual(hidden.counts, { quote: 0, attributed: 0, vague: 0, unsourced: 2 }, 'a hidden narration is counted');
  assert.deepEqual(hidden.claims, { statistic: 1, evaluative: 0, causal: 0, factual: 1, other: 0 });
  await page.close();
});

test('the tooltip of a quiet mark explains it, with the quiet swatch; <claim-lens narration> is followed', async () => {
  const page = await open();
  const got = await page.evaluate(async (text) => {
    const { attach } = await import('/www/claimlens.js');
    const story = document.createElement('article');
    story.append(Object.assign(document.createElement('p'), { textContent: text }));
    document.body.replaceChildren(story);
    const lens = await attach(story, { lang: 'fr', uiLang: 'en' });
    lens.focus(0);
    const tip = document.querySelector('[data-claimlens-host]').shadowRoot.querySelector('[role=tooltip]');
    const shown = { text: tip.textContent, className: tip.className };
    lens.detach();
    const el = document.createElement('claim-lens');
    el.setAttribute('narration', 'hidden');
    el.textContent = text;
    document.body.append(el);
    await el.ready;
    const hidden = CSS.highlights.has('claimlens-unsourced-quiet') || CSS.highlights.has('claimlens-unsourced');
    el.setAttribute('narration', 'loud');
    await el.ready;
    return { shown, hidden, loud: CSS.highlights.get('claimlens-unsourced')?.size ?? 0 };
  }, PLAIN);
  assert.match(got.shown.text, /^Unsourced claim \(plain narration\)/);
  assert.match(got.shown.className, /\bunsourced-quiet\b/);
  assert.equal(got.hidden, false, 'narration="hidden": nothing highlighted');
  assert.equal(got.loud, 1, 'narration="loud": the loud mark');
  await page.close();
});

test('no console errors', () => {
  assert.deepEqual(allErrors.flat(), []);
});
