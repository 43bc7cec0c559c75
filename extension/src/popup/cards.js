// The popup's figures as elements: the article's counts per label (each a
// toggle for the tab's highlights), the share of sentences sourced, who is
// quoted or cited (each a button that shows their next statement), the vague
// sources, the unsourced figures (each a button too); the comments apart
// (or, when the settings leave them out, a line saying the page has some).
// Unsourced claims are counted per kind too: figures, causes and judgements,
// which stand out in the page, and plain narration, marked quietly (or as
// the settings say).
// Drawn from the tab's figures (background/figures.js), which are the core's:
// nothing is counted here. What a click does is the popup's (`on`). Source
// names and sentences come from pages: they only ever go in as text.

import { t, tn, num, percent, el, swatch, labelWords, uiLang, uiTag, LABELS } from './ui.js';
import { languageName as nameOf } from '../../../www/labels.js';
import { sourceName } from './names.js';

/** @typedef {import('../shared/protocol.js').Figures} Figures */
/** @typedef {import('../shared/protocol.js').Tally} Tally */
/** @typedef {import('../shared/protocol.js').SourceFigure} SourceFigure */
/**
 * What the cards need of the popup: the labels shown, the page's address
 * (a link's source is named by its site), where stepping through each source
 * is ("2/3"), and what a click does.
 * @typedef {{
 *   shown: ReadonlyArray<import('../shared/protocol.js').Label>,
 *   page: string,
 *   positions: Map<string, string>,
 *   narration: import('../../../www/highlight.js').Narration,
 *   onLabels: () => void,
 *   onSource: (button: HTMLButtonElement, g: SourceFigure) => void,
 *   onStat: (button: HTMLButtonElement, x: Figures['statistics'][number]) => void,
 * }} Actions
 */

const colon = uiLang === 'fr' ? '\u00a0: ' : ': ';


/** @param {Tally['language']} lang */
const languageName = (lang) => (lang ? nameOf(lang, uiTag) : null);

/** The proportions of the labels (and of unmarked sentences) as one bar,
 * unsourced plain narration paler than the claims worth checking:
 * decoration, the numbers are in text. */
function bar(s) {
  const marked = LABELS.reduce((n, l) => n + s.counts[l], 0);
  const plain = Math.min(s.claims?.factual ?? 0, s.counts.unsourced);
  /** @type {Array<[string, number]>} */
  const parts = [...LABELS.map((l) => /** @type {[string, number]} */ ([l, s.counts[l] - (l === 'unsourced' ? plain : 0)])), ['unsourced-quiet', plain], ['none', Math.max(0, s.sentences - marked)]];
  return el('div', { className: 'bar', aria: { hidden: 'true' } },
    parts.filter(([, n]) => n > 0).map(([l, n]) => {
      const seg = el('span', { className: `seg ${l}` });
      seg.style.flexGrow = String(n);
      return seg;
    }));
}

function head(id, title, s) {
  const meta = [tn('sentences', s.sentences), languageName(s.language)].filter(Boolean).join(' · ');
  return el('div', { className: 'head' }, el('h2', { id }, title), el('span', { className: 'meta' }, meta));
}

/** The article's cards.
 * @param {Figures} s
 * @param {Actions} on */
export function articleCards(s, on) {
  const shown = on.shown;
  const rows = LABELS.map((l) => el('label', { className: `row ${l}`, dataset: { label: l } },
    el('input', { type: 'checkbox', value: l, checked: shown.includes(l), dataset: { key: `label:${l}` }, onchange: on.onLabels }),
    swatch(l),
    el('span', { className: 'name' }, labelWords[l]),
    el('span', { className: 'count' }, num(s.counts[l]))));
  rows.splice(LABELS.indexOf('unsourced') + 1, 0, claimKinds(s, on.narration));
  const marked = LABELS.reduce((n, l) => n + s.counts[l], 0);
  rows.push(el('div', { className: 'row none' },
    el('span', { className: 'nobox' }), swatch('none'),
    el('span', { className: 'name' }, t('unmarked')),
    el('span', { className: 'count' }, num(Math.max(0, s.sentences - marked)))));
  const cards = [el('section', { className: 'card article', aria: { labelledby: 'h-article' } },
    head('h-article', t('article'), s),
    bar(s),
    el('fieldset', { className: 'labels' }, el('legend', {}, t('labelsLegend')), rows),
    el('p', { className: 'share', id: 'share' }, ...shareText(s)))];

  const who = el('section', { className: 'card sources', aria: { labelledby: 'h-sources' } }, el('h2', { id: 'h-sources' }, t('sourcesTitle')));
  if (s.sources.length) {
    who.append(el('p', { className: 'hint' }, t('sourcesHint')),
      el('ul', { className: 'list' }, s.sources.map((g) => el('li', {}, sourceButton(g, on)))));
  } else who.append(el('p', { className: 'hint' }, t('sourcesNone')));
  if (s.vague.length) {
    who.append(el('h3', {}, swatch('vague'), t('vagueTitle')),
      el('ul', { className: 'vague' }, s.vague.map((g) => el('li', {}, el('span', { className: 'who' }, g.source), el('span', { className: 'n' }, num(g.count))))));
  }
  cards.push(who);

  if (s.statistics.length) {
    cards.push(el('section', { className: 'card stats', aria: { labelledby: 'h-stats' } },
      el('h2', { id: 'h-stats' }, swatch('unsourced'), t('statsTitle'), el('span', { className: 'meta' }, num(s.statistics.length))),
      el('p', { className: 'hint' }, t('statsHint')),
      el('ul', { className: 'list' }, s.statistics.map((x, k) => el('li', {}, el('button', {
        type: 'button', className: 'stat', title: x.text, dataset: { key: `stat:${k}` },
        onclick: (e) => on.onStat(e.currentTarget, x),
      }, el('span', { className: 'text' }, x.text)))))));
  }
  return cards;
}

/** The unsourced claims per kind, under the unsourced row: what stands out
 * first, then plain narration with the look the settings give it.
 * @param {Figures} s
 * @param {Actions['narration']} narration */
function claimKinds(s, narration) {
  /** @type {Array<[keyof Figures['claims'], string]>} */
  const list = [['statistic', 'kindStatistic'], ['causal', 'kindCausal'], ['evaluative', 'kindEvaluative'], ['factual', 'kindFactual']];
  return el('ul', { className: 'kinds', aria: { label: t('kindsLegend') } }, list.map(([k, key]) => {
    const quiet = k === 'factual';
    const look = quiet && narration !== 'loud' ? (narration === 'hidden' ? el('span', { className: 'hidden-note' }, t('narrationHiddenShort')) : swatch('unsourced-quiet')) : null;
    return el('li', { dataset: { claim: k } }, el('span', { className: 'name' }, t(key)), look, el('span', { className: 'count' }, num(s.claims?.[k] ?? 0)));
  }));
}

/** @param {SourceFigure} g
 * @param {Actions} on */
function sourceButton(g, on) {
  const chips = [];
  /** @type {Array<['quote' | 'attributed', number]>} */
  const kinds = [['quote', g.quotes], ['attributed', g.count - g.quotes]];
  for (const [l, n] of kinds) {
    if (n > 0) chips.push(el('span', { className: `chip ${l}` }, el('span', { className: 'visually-hidden' }, `${labelWords[l]}${colon}`), num(n)));
  }
  return el('button', { type: 'button', className: 'source', dataset: { key: `source:${g.source}` }, onclick: (e) => on.onSource(e.currentTarget, g) },
    el('span', { className: 'who', title: g.source }, sourceName(g.source, on.page)),
    el('span', { className: 'pos' }, on.positions.get(g.source) || ''),
    el('span', { className: 'chips' }, chips));
}

/** The comments' card.
 * @param {Figures} s */
export function commentsCard(s) {
  const marked = LABELS.reduce((n, l) => n + s.counts[l], 0);
  return el('section', { className: 'card comments', aria: { labelledby: 'h-comments' } },
    head('h-comments', t('commentsTitle'), s),
    bar(s),
    el('ul', { className: 'mini' }, LABELS.map((l) => el('li', { dataset: { label: l } }, swatch(l), el('span', { className: 'name' }, labelWords[l]), el('span', { className: 'count' }, num(s.counts[l]))))),
    marked ? el('p', { className: 'share' }, ...shareText(s)) : null);
}

/** Reader comments left unread (the settings leave them out by default):
 * said in a line, with the way to the setting that reads them.
 * @param {() => void} onSettings */
export function commentsOffCard(onSettings) {
  return el('section', { className: 'card comments-off', aria: { labelledby: 'h-comments' } },
    el('h2', { id: 'h-comments' }, t('commentsTitle'), el('span', { className: 'meta' }, t('commentsOffMeta'))),
    el('p', { className: 'hint' }, t('commentsOffText'), ' ',
      el('button', { type: 'button', className: 'link inline', dataset: { key: 'comments-on' }, onclick: onSettings }, t('commentsOffButton'))));
}

function shareText(s) {
  const [before, after] = t('sourcedShare', '\uE000').split('\uE000');
  return [before, el('strong', {}, percent(s.sourcedShare)), after];
}
