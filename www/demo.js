// The demo page: paste or load a sample, analyse, see highlights, legend and
// summary. Everything page-specific lives here; the widget (claimlens.js)
// knows nothing of this page. Page text only ever goes in via textContent.

import { attach, LABELS } from './claimlens.js';
import { words, languageName } from './labels.js';
import { LANGUAGES } from './pkg/languages.js';

const UI = {
  en: {
    tagline: 'says who?',
    intro: 'Paste a news article: each sentence is marked by how it is sourced. The analysis runs in your browser; nothing is sent anywhere.',
    inputTitle: 'Text to analyse', textLabel: 'Article text (French or English)',
    placeholder: 'Paste an article here…', analyse: 'Analyse', or: 'or try a sample:',
    language: 'Language', auto: 'detect', resultTitle: 'Analysed text',
    empty: 'The analysed text appears here. Hover a highlighted sentence, or press Alt+Shift+N, to see why it is marked.',
    legend: 'Legend', legendHint: 'Untick a label to hide it.', summary: 'Summary',
    sources: 'Named sources', vagueSources: 'Vague sources', statistics: 'Unsourced figures',
    keys: 'Keyboard: Alt+Shift+N / Alt+Shift+P go to the next / previous marked sentence; arrow keys move between them; Esc hides the explanation.',
    footer: 'ClaimLens is a reading aid: a mark says how a sentence is sourced, not whether it is true.',
    switchTo: 'Français',
    legendWords: { quote: 'quoted word for word, speaker named', attributed: 'reported, source named', vague: 'source nobody can look up', unsourced: 'a figure, cause or judgement, no source' },
    quietWords: 'a plain fact, no source: marked quietly',
    share: 'of the sentences quote or name their source', sentences: (n) => `${n} sentence${n === 1 ? '' : 's'}`,
    notFlagged: 'not marked', none: 'None.', loading: 'Analysing…', hidden: 'hidden',
    done: (n, s, ms, lang) => `${n} of ${s} sentences marked · ${languageName(lang, 'en')} · ${ms} ms`,
    noText: 'Paste a text first, or pick a sample.',
    noWasm: 'The WebAssembly module is not built: run bash scripts/build_wasm.sh, then reload.',
    failed: 'Analysis failed: ',
  },
  fr: {
    tagline: 'qui le dit ?',
    intro: 'Collez un article de presse : chaque phrase est marquée selon sa source. L’analyse se fait dans votre navigateur ; rien n’est envoyé.',
    inputTitle: 'Texte à analyser', textLabel: 'Texte de l’article (français ou anglais)',
    placeholder: 'Collez un article ici…', analyse: 'Analyser', or: 'ou essayez un exemple :',
    language: 'Langue', auto: 'détecter', resultTitle: 'Texte analysé',
    empty: 'Le texte analysé s’affiche ici. Survolez une phrase surlignée, ou appuyez sur Alt+Maj+N, pour voir pourquoi elle est marquée.',
    legend: 'Légende', legendHint: 'Décochez une catégorie pour la masquer.', summary: 'Résumé',
    sources: 'Sources nommées', vagueSources: 'Sources vagues', statistics: 'Chiffres non sourcés',
    keys: 'Clavier : Alt+Maj+N / Alt+Maj+P vont à la phrase marquée suivante / précédente ; les flèches passent de l’une à l’autre ; Échap masque l’explication.',
    footer: 'ClaimLens aide à lire : une marque dit comment une phrase est sourcée, pas si elle est vraie.',
    switchTo: 'English',
    legendWords: { quote: 'citée mot pour mot, auteur nommé', attributed: 'rapportée, source nommée', vague: 'source impossible à identifier', unsourced: 'un chiffre, une cause ou un jugement, sans source' },
    quietWords: 'un simple fait, sans source : marqué discrètement',
    share: 'des phrases citent ou nomment leur source', sentences: (n) => `${n} phrase${n > 1 ? 's' : ''}`,
    notFlagged: 'non marquées', none: 'Aucune.', loading: 'Analyse…', hidden: 'masqué',
    done: (n, s, ms, lang) => `${n} phrases marquées sur ${s} · ${languageName(lang, 'fr')} · ${ms} ms`,
    noText: 'Collez d’abord un texte, ou choisissez un exemple.',
    noWasm: 'Le module WebAssembly n’est pas construit : lancez bash scripts/build_wasm.sh, puis rechargez.',
    failed: 'L’analyse a échoué : ',
  },
};

/** An element of the page (index.html has them all).
 * @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @param {string} id */
const field = (id) => /** @type {HTMLInputElement} */ ($(id));
/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} [cls]
 * @param {string} [text] */
const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

/** @type {keyof typeof UI} */
let ui = (new URLSearchParams(location.search).get('ui') || navigator.language || 'en').startsWith('fr') ? 'fr' : 'en';
/** @type {import('./claimlens.js').ClaimLensHandle | null} */
let handle = null;
const shown = new Set(LABELS); // labels ticked in the legend

function applyUi() {
  const t = UI[ui];
  document.documentElement.lang = ui;
  /** @param {string | undefined} key */
  const say = (key) => String(t[/** @type {keyof typeof t} */ (key)] ?? '');
  for (const n of document.querySelectorAll('[data-i18n]')) n.textContent = say(/** @type {HTMLElement} */ (n).dataset.i18n);
  for (const n of document.querySelectorAll('[data-i18n-placeholder]')) {
    /** @type {HTMLTextAreaElement} */ (n).placeholder = say(/** @type {HTMLElement} */ (n).dataset.i18nPlaceholder);
  }
  $('ui-lang').textContent = t.switchTo;
  $('ui-lang').lang = ui === 'fr' ? 'en' : 'fr';
  renderLegend();
  if (handle) renderSummary(handle.summary());
}

/** The legend: a checkbox per label, and under "unsourced" the quiet mark
 * of plain narration (the widget's default look for it), which that
 * checkbox shows or hides too. */
function renderLegend() {
  const t = UI[ui];
  $('legend').replaceChildren(...LABELS.map((label) => {
    const box = /** @type {HTMLInputElement} */ (el('input'));
    Object.assign(box, { type: 'checkbox', checked: shown.has(label), value: label });
    box.addEventListener('change', () => {
      box.checked ? shown.add(label) : shown.delete(label);
      if ($('result').dataset.status === 'done') analyse();
    });
    const name = el('span', 'legend-text');
    name.append(el('span', `chip ${label}`, words(ui)[label]), el('span', 'legend-desc', t.legendWords[label]));
    const lab = el('label');
    lab.append(box, name);
    const li = el('li');
    li.append(lab);
    if (label === 'unsourced') {
      const plain = words(ui).factual;
      const quiet = el('span', 'legend-text quiet');
      quiet.append(el('span', 'chip unsourced-quiet', plain.charAt(0).toUpperCase() + plain.slice(1)), el('span', 'legend-desc', t.quietWords));
      li.append(quiet);
    }
    return li;
  }));
}

/** Shows `text` one <p> per non-empty line, the way a page would. */
function renderText(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  $('article').replaceChildren(...lines.map((line, i) => el('p', i === 0 ? 'title' : '', line)));
}

async function analyse() {
  const text = field('text').value;
  const status = $('status');
  const result = $('result');
  if (!text.trim()) {
    status.textContent = UI[ui].noText;
    return;
  }
  result.dataset.status = 'loading';
  result.setAttribute('aria-busy', 'true');
  status.textContent = UI[ui].loading;
  handle?.detach();
  handle = null;
  renderText(text);
  $('empty').hidden = true;
  const t0 = performance.now();
  try {
    const lang = /** @type {import('./claimlens.js').AttachOptions['lang']} */ (field('lang').value);
    handle = await attach($('article'), { lang, labels: LABELS.filter((l) => shown.has(l)), uiLang: 'text' });
  } catch (e) {
    result.dataset.status = 'error';
    result.removeAttribute('aria-busy');
    const missing = /import|fetch|module/i.test(String(e?.message));
    status.textContent = missing ? UI[ui].noWasm : UI[ui].failed + (e?.message || e);
    return;
  }
  const s = /** @type {import('./claimlens.js').Summary} */ (handle.summary());
  $('article').lang = s.language; // screen readers read the text in its language
  renderSummary(s);
  const flagged = LABELS.reduce((n, l) => n + s.counts[l], 0);
  status.textContent = UI[ui].done(flagged, s.sentences, Math.round(performance.now() - t0), s.language);
  result.dataset.lang = s.language;
  result.removeAttribute('aria-busy');
  result.dataset.status = 'done'; // the signal tests wait for
}

/** @param {import('./claimlens.js').Summary | null} s */
function renderSummary(s) {
  if (!s) return;
  const t = UI[ui];
  $('summary').hidden = false;
  $('share').textContent = `${Math.round(s.sourcedShare * 100)} %`.replace(' ', ui === 'fr' ? '\u202f' : '');
  $('share-text').textContent = t.share;
  const flagged = LABELS.reduce((n, l) => n + s.counts[l], 0);
  const rest = Math.max(0, s.sentences - flagged);
  /** @type {Array<[string, number]>} */
  const parts = [...LABELS.map((l) => /** @type {[string, number]} */ ([l, s.counts[l]])), ['none', rest]];
  const bar = parts.filter(([, n]) => n > 0);
  $('bar').replaceChildren(...bar.map(([l, n]) => {
    const seg = el('span', `seg ${l}`);
    seg.style.flexGrow = String(n);
    return seg;
  }));
  const row = (label, cls, n, note) => {
    const tr = el('tr');
    tr.append(el('th', '', label), el('td', cls, note ?? String(n)));
    tr.cells[0].prepend(el('span', `dot ${cls}`));
    return tr;
  };
  $('counts').replaceChildren(
    ...LABELS.map((l) => row(words(ui)[l], l, s.counts[l], shown.has(l) ? undefined : t.hidden)),
    row(t.notFlagged, 'none', rest),
  );
  const list = (id, items, make) => $(id).replaceChildren(...(items.length ? items.map(make) : [el('li', 'none', t.none)]));
  const named = ({ source, count }) => {
    const li = el('li');
    li.append(el('span', 'who', source), el('span', 'count', String(count)));
    return li;
  };
  list('sources', s.sources, named);
  list('vague-sources', s.vagueSources, named);
  // Each figure is a button that takes the reader to the sentence.
  list('statistics', s.statistics, (sentence, k) => {
    const li = el('li');
    const b = el('button', 'link', sentence);
    b.type = 'button';
    b.addEventListener('click', () => handle?.focus(s.statisticFlags[k]));
    li.append(b);
    return li;
  });
}

async function loadSample(lang) {
  const status = $('status');
  try {
    // Relative to this page (www/): the repository's own samples/.
    const res = await fetch(new URL(`../samples/${lang}.txt`, location.href));
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    field('text').value = await res.text();
  } catch (e) {
    status.textContent = UI[ui].failed + e.message;
    return;
  }
  field('lang').value = 'auto';
  await analyse();
}

// The languages the analyser reads, each in its own words (data/languages.tsv).
$('lang').append(...LANGUAGES.map((l) => {
  const option = el('option', '', l.own);
  option.value = l.code;
  option.lang = l.code;
  return option;
}));
$('analyse').addEventListener('click', analyse);
for (const b of document.querySelectorAll('[data-sample]')) b.addEventListener('click', () => loadSample(/** @type {HTMLElement} */ (b).dataset.sample));
$('ui-lang').addEventListener('click', () => {
  ui = ui === 'fr' ? 'en' : 'fr';
  applyUi();
});
$('text').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) analyse();
});
applyUi();
