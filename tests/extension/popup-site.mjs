// The site the popup's tests read (popup.test.mjs, settings.test.mjs): a
// French news page (samples/fr.txt) with reader comments and a related
// article in a same-origin frame; a page whose article arrives later. And
// what those tests read of the popup, the badge and the settings.

import fs from 'node:fs';
import path from 'node:path';
import { timeoutFor, tabIdOf } from './harness.mjs';
import { ROOT, LABELS, MARKS, screenshotPath } from '../browser/helpers.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The news page: samples/fr.txt, a related article in a frame, three reader comments. */
export function newsHtml() {
  const paras = fs.readFileSync(path.join(ROOT, 'samples/fr.txt'), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const [title, ...rest] = paras;
  // Short lines without a full stop are the sample's subheadings.
  const body = rest.map((p) => (p.length < 60 && !/[.»!?]$/.test(p) ? `<h2>${esc(p)}</h2>` : `<p>${esc(p)}</p>`)).join('\n');
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body { font: 17px/1.6 Georgia, serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; } iframe { width: 100%; height: 16rem; border: 1px solid #ccc; }</style></head>
<body>
<nav><a href="/">Le Courrier des Monts</a> · <a href="/regions">Régions</a> · <a href="/sport">Sport</a></nav>
<article>
<h1>${esc(title)}</h1>
${body}
</article>
<aside><h2>À lire aussi</h2><iframe src="/related.html" title="À lire aussi"></iframe></aside>
<section id="comments" class="comments">
<h2>Commentaires</h2>
<div class="comment"><p>Selon l'Insee, la population du plateau a doublé en vingt ans.</p></div>
<div class="comment"><p>Les golfs consomment 30 % de l'eau du département, c'est un scandale.</p></div>
<div class="comment"><p>Des voisins disent que la mairie savait depuis longtemps.</p></div>
</section>
</body></html>`;
}

export const RELATED = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Canicule</title></head><body>
<article>
<h2>Canicule : les préfectures multiplient les arrêtés de restriction</h2>
<p>Selon le ministère de la Transition écologique, 62 départements sont désormais concernés par des restrictions d'usage de l'eau.</p>
<p>« Nous demandons à chacun de limiter sa consommation dès maintenant », a déclaré la ministre, Agnès Pannier, mardi soir.</p>
<p>Des experts estiment que la situation pourrait durer jusqu'au mois d'octobre dans le Sud-Est.</p>
<p>Les nappes phréatiques du bassin du Rhône ont perdu 30 % de leur niveau en deux mois.</p>
</article>
</body></html>`;

// A page with no article until the reader asks for it (window.loadArticle()).
export const LATER = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Bientôt</title></head><body>
<main id="slot"><p>Chargement…</p></main>
<script>
window.loadArticle = () => {
  document.getElementById('slot').innerHTML = '<article><h1>Orages</h1>'
    + '<p>Selon Météo-France, des orages violents sont attendus samedi sur tout le quart sud-est du pays.</p>'
    + '<p>Plus de 40 000 foyers ont été privés d\\'électricité après les orages de la nuit dernière.</p>'
    + '<p>« Nous n\\'avons jamais vu autant de grêle en août », affirme Paul Rivière, agriculteur à Montélimar.</p></article>';
};
</script>
</body></html>`;

/** The site's routes, for startServer(). */
export const ROUTES = {
  '/news.html': () => ({ body: newsHtml() }),
  '/related.html': () => ({ body: RELATED }),
  '/later.html': () => ({ body: LATER }),
};

// ---------------------------------------------------------------------------
// What the tests read

/** Counts summed over the tab's frames, as the popup must show them. */
export function summed(state, kind) {
  const out = Object.fromEntries(LABELS.map((l) => [l, 0]));
  let sentences = 0, any = false;
  for (const r of Object.values(state.frames)) {
    if (!r[kind]) continue;
    any = true;
    for (const l of LABELS) out[l] += r[kind].counts[l];
    sentences += r[kind].sentences;
  }
  return any ? { counts: out, sentences } : null;
}

/** The counts the popup shows in a card (article | comments). */
export function shownCounts(popup, card) {
  return popup.evaluate((card) => Object.fromEntries([...document.querySelectorAll(`.card.${card} [data-label]`)]
    .map((row) => [row.dataset.label, Number(row.querySelector('.count').textContent.replace(/\D/g, ''))])), card);
}

/** The unsourced claims per kind the popup shows under the unsourced row. */
export function shownKinds(popup) {
  return popup.evaluate(() => Object.fromEntries([...document.querySelectorAll('.card.article ul.kinds [data-claim]')]
    .map((li) => [li.dataset.claim, Number(li.querySelector('.count').textContent.replace(/\D/g, ''))])));
}

/** The popup as the toolbar shows it: its width, its height (600 px at most, its figures scrolling). */
export async function shoot(popup, name) {
  await popup.setViewportSize({ width: 360, height: 600 });
  const height = await popup.evaluate(() => document.body.getBoundingClientRect().height);
  await popup.setViewportSize({ width: 360, height: Math.ceil(height) });
  await popup.screenshot({ path: screenshotPath(name) });
}

/** Waits until the toolbar badge on `target`'s tab reads `want`. */
export async function badgeReads(x, target, want) {
  const tabId = await tabIdOf(x, target);
  const deadline = Date.now() + timeoutFor();
  for (;;) {
    const text = await x.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
    if (text === want) return;
    if (Date.now() > deadline) throw new Error(`the badge reads ${JSON.stringify(text)}, not ${JSON.stringify(want)}`);
    await new Promise((r) => setTimeout(r, 50)); // polling the background, not a fixed wait
  }
}

/** How many highlighted ranges start in the element `selector` of `target`. */
export function rangesIn(target, selector) {
  return target.evaluate(({ marks, selector }) => {
    const el = document.querySelector(selector);
    return marks.reduce((n, m) => n + [...(CSS.highlights.get(`claimlens-${m}`) ?? [])].filter((r) => el.contains(r.startContainer)).length, 0);
  }, { marks: MARKS, selector });
}

/** The settings stored. */
export async function settings(ext) {
  return ext.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
}

/** Waits until the settings stored satisfy `pred`; resolves to them. */
export async function waitForSettings(ext, pred, what) {
  const deadline = Date.now() + timeoutFor();
  for (;;) {
    const s = await settings(ext);
    if (s && pred(s)) return s;
    if (Date.now() > deadline) throw new Error(`settings never got ${what}: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 50)); // polling storage, not waiting for the page
  }
}
