// The options page: labels highlighted by default, how unsourced plain
// narration is marked (quietly, like the rest, not at all), reader comments on
// or off (off by default: they are not the article),
// the language of the articles, the sites always analysed, and the false
// positives the reader reported from a tooltip (a table, exported as JSON,
// or cleared). Every change is saved at once; "Saved" says so. Follows
// changes made elsewhere (the popup adding a site, a new report) live.
//
// Reports hold text from pages: it only ever goes in as text.

import { api } from '../shared/api.js';
import { loadSettings, saveSettings, loadReports, originOf, patternOf, LANG_CHOICES } from '../shared/settings.js';
import { toBackground } from '../shared/protocol.js';
import { languageName, NARRATION } from '../../../www/labels.js';
import { t, tn, el, swatch, setupPage, labelWords, uiTag, LABELS } from '../popup/ui.js';

/** @typedef {import('../shared/settings.js').Settings} Settings */

const view = {};
/** @type {Settings | null} */
let settings = null;
let savedTimer = 0;

const dates = new Intl.DateTimeFormat(uiTag, { dateStyle: 'short', timeStyle: 'short' });

function section(id, title, ...content) {
  return el('section', { className: 'card', id, aria: { labelledby: `h-${id}` } }, el('h2', { id: `h-${id}` }, title), ...content);
}

function skeleton() {
  view.status = el('p', { className: 'status', role: 'status', id: 'status' });
  view.labels = LABELS.map((l) => el('input', { type: 'checkbox', value: l, name: 'labels', onchange: onLabels }));
  view.narration = NARRATION.map((v) => el('input', { type: 'radio', name: 'narration', value: v, onchange: onNarration }));
  view.comments = el('input', { type: 'checkbox', id: 'comments', onchange: () => save({ comments: view.comments.checked }) });
  view.lang = LANG_CHOICES.map((v) => el('input', { type: 'radio', name: 'lang', value: v, onchange: onLang }));
  view.sites = el('ul', { className: 'sites', id: 'sites' });
  view.reports = el('div', { className: 'reports', id: 'reports' });
  view.reportCount = el('span', { className: 'meta', id: 'report-count' });
  view.export = el('button', { type: 'button', id: 'export', onclick: exportReports }, t('exportJson'));
  view.clear = el('button', { type: 'button', id: 'clear', className: 'danger', onclick: clearReports }, t('clear'));

  /** "Detect on each page", then each language of data/languages.tsv in the UI's language.
   * @param {Settings['lang']} choice */
  const langName = (choice) => (choice === 'auto' ? t('langAuto') : languageName(choice, uiTag));
  /** @param {string} s */
  const capital = (s) => s.charAt(0).toLocaleUpperCase(uiTag) + s.slice(1);
  document.body.replaceChildren(
    el('header', { className: 'top' },
      el('div', { className: 'wrap' },
        el('img', { src: 'icons/48.png', alt: '', width: 40, height: 40 }),
        el('div', {}, el('h1', {}, t('optionsTitle')), el('p', { className: 'intro' }, t('optionsIntro'))),
        view.status)),
    el('main', { className: 'wrap' },
      section('labels', t('labelsTitle'),
        el('p', { className: 'help' }, t('labelsHelp')),
        el('fieldset', { className: 'choices' }, el('legend', { className: 'visually-hidden' }, t('labelsTitle')),
          LABELS.map((l, i) => el('label', { className: 'choice' }, view.labels[i], swatch(l), labelWords[l])))),
      section('narration', t('narrationTitle'),
        el('p', { className: 'help' }, t('narrationHelp')),
        el('fieldset', { className: 'choices' }, el('legend', { className: 'visually-hidden' }, t('narrationTitle')),
          view.narration.map((r, i) => el('label', { className: 'choice' }, r, narrationSample(NARRATION[i]), t(NARRATION_WORDS[NARRATION[i]]))))),
      section('comments-section', t('commentsTitle'),
        el('p', { className: 'help' }, t('commentsHelp')),
        el('label', { className: 'choice' }, view.comments, t('commentsOption'))),
      section('language', t('langTitle'),
        el('fieldset', { className: 'choices' }, el('legend', { className: 'visually-hidden' }, t('langTitle')),
          view.lang.map((r, i) => el('label', { className: 'choice' }, r, capital(langName(LANG_CHOICES[i])))))),
      section('sites-section', t('sitesTitle'), el('p', { className: 'help' }, t('sitesHelp')), view.sites),
      section('reports-section', t('reportsTitle'),
        el('p', { className: 'help' }, t('reportsHelp')),
        (view.toolbar = el('div', { className: 'toolbar' }, view.reportCount, view.export, view.clear)),
        view.reports)));
}

// ---------------------------------------------------------------------------
// Settings

function showSettings(s) {
  settings = s;
  for (const box of view.labels) box.checked = s.labels.includes(box.value);
  view.comments.checked = s.comments;
  for (const r of view.lang) r.checked = r.value === s.lang;
  for (const r of view.narration) r.checked = r.value === s.narration;
  showSites(s.sites);
}

async function save(patch) {
  try {
    settings = await saveSettings(patch);
    say(t('saved'));
  } catch (e) {
    say(t('saveFailed', e?.message || e), true);
  }
}

function say(text, error = false) {
  view.status.textContent = text;
  view.status.classList.toggle('error', error);
  view.status.classList.add('shown');
  clearTimeout(savedTimer);
  if (!error) savedTimer = setTimeout(() => view.status.classList.remove('shown'), 4000);
}

function onLabels() {
  save({ labels: view.labels.filter((b) => b.checked).map((b) => b.value) });
}

function onLang(e) {
  if (e.target.checked) save({ lang: e.target.value });
}

const NARRATION_WORDS = { quiet: 'narrationQuiet', loud: 'narrationLoud', hidden: 'narrationHidden' };

/** The look of each choice: the quiet mark, the loud one, none. */
const narrationSample = (v) => (v === 'hidden' ? el('span', { className: 'swatch blank', aria: { hidden: 'true' } }) : swatch(v === 'quiet' ? 'unsourced-quiet' : 'unsourced'));

function onNarration(e) {
  if (e.target.checked) save({ narration: e.target.value });
}

function showSites(sites) {
  if (!sites.length) return void view.sites.replaceChildren(el('li', { className: 'empty' }, t('sitesNone')));
  view.sites.replaceChildren(...sites.map((origin) => el('li', {},
    el('span', { className: 'origin' }, origin),
    el('button', { type: 'button', className: 'remove', aria: { label: t('removeSite', origin) }, onclick: () => removeSite(origin) }, t('remove')))));
}

async function removeSite(origin) {
  try {
    await api.permissions.remove({ origins: [patternOf(origin)] });
    const current = await loadSettings();
    await save({ sites: current.sites.filter((s) => s !== origin) });
    showSites(settings?.sites ?? []);
    view.sites.querySelector('button')?.focus(); // the next site's, if any
    await toBackground({ type: 'sites-changed' });
  } catch (e) {
    say(t('saveFailed', e?.message || e), true);
  }
}

// ---------------------------------------------------------------------------
// Reported false positives

const KIND = { 'not-a-claim': 'kindNotAClaim', 'wrong-source': 'kindWrongSource' };

function showReports(reports) {
  view.reportCount.textContent = reports.length ? tn('reports', reports.length) : '';
  view.toolbar.hidden = !reports.length;
  if (!reports.length) return void view.reports.replaceChildren(el('p', { className: 'empty' }, t('reportsNone')));
  const cols = ['colDate', 'colKind', 'colLabel', 'colSentence', 'colSource', 'colRule', 'colPage'];
  const rows = [...reports].reverse().map((r) => { // newest first
    const when = new Date(r.reported);
    const label = LABELS.includes(r.label) ? el('span', { className: 'label' }, swatch(r.label), labelWords[r.label]) : String(r.label ?? '');
    const origin = originOf(r.url);
    // Only http(s) addresses become links (never javascript: or data: from a page).
    const page = origin ? el('a', { href: r.url, target: '_blank', rel: 'noopener noreferrer', title: r.url }, shortUrl(r.url)) : String(r.url ?? '');
    return el('tr', {},
      el('td', { className: 'date' }, Number.isNaN(when.getTime()) ? '' : dates.format(when)),
      el('td', {}, KIND[r.kind] ? t(KIND[r.kind]) : String(r.kind ?? '')),
      el('td', {}, label),
      el('td', { className: 'sentence', lang: r.language || '' }, String(r.text ?? '')),
      r.source ? el('td', { lang: r.language || '' }, String(r.source)) : el('td', { className: 'none' }, '—'),
      r.rule ? el('td', { className: 'rule' }, el('code', {}, ruleParts(String(r.rule)))) : el('td', { className: 'none' }, '—'),
      el('td', { className: 'page' }, page));
  });
  view.reports.replaceChildren(el('div', { className: 'scroll', tabIndex: 0, role: 'region', aria: { labelledby: 'h-reports-section' } },
    el('table', {},
      el('thead', {}, el('tr', {}, cols.map((c) => el('th', { scope: 'col' }, t(c))))),
      el('tbody', {}, rows))));
}

/** "fr/reporting_verbs/affirmer" with a line break allowed after each slash
 * only: the column stays as wide as its longest part, no word is cut. */
function ruleParts(rule) {
  const parts = rule.split('/');
  return parts.flatMap((p, i) => (i < parts.length - 1 ? [`${p}/`, el('wbr')] : [p]));
}

/** "lemonde.fr/article/…" for a table cell. */
function shortUrl(url) {
  const u = new URL(url);
  const path = u.pathname.length > 32 ? `${u.pathname.slice(0, 31)}…` : u.pathname;
  return u.host + (path === '/' ? '' : path);
}

async function exportReports() {
  const reports = await loadReports();
  const blob = new Blob([JSON.stringify(reports, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: 'claimlens-reports.json', hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000); // the download reads it after the click returns
}

async function clearReports() {
  await api.storage.local.remove('reports');
  showReports([]);
  say(t('cleared'));
  const heading = document.getElementById('h-reports-section'); // the buttons are gone: the focus goes to the section
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}

// ---------------------------------------------------------------------------

async function main() {
  setupPage('optionsTitle');
  skeleton();
  const [s, reports] = await Promise.all([loadSettings(), loadReports()]);
  showSettings(s);
  showReports(reports);
  document.body.dataset.ready = 'true'; // what the tests wait for
  // Changes made elsewhere: the popup adds a site, a tooltip adds a report.
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (changes.settings) loadSettings().then(showSettings);
    if (changes.reports) loadReports().then(showReports);
  });
}

main();
