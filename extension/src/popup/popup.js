// The popup: opening it is what analyses the page (the background injects the
// content script in every frame). It shows the page's figures, which the
// background sums over the tab's frames with the core's summary, and updates
// live as frame reports arrive in storage.session: counts
// per label (each a toggle for this tab's highlights), the share of sentences
// sourced, who is quoted or cited (each a button that shows their next
// statement in the page), the unsourced figures, the reader comments apart
// (or a line saying they were left out, with the way to the setting),
// and two switches: hide the highlights on this tab, always analyse this site.
// Opened as a page (tests), `?tab=<id>` says which tab it speaks for.
//
// Source names and sentences come from pages: they only ever go in as text.

import { api } from '../shared/api.js';
import { tabKey, toBackground as send, failed } from '../shared/protocol.js';
import { loadSettings, saveSettings, originOf, patternOf } from '../shared/settings.js';
import { t, tn, num, percent, el, setupPage, LABELS } from './ui.js';
import { articleCards, commentsCard, commentsOffCard } from './cards.js';

/** @typedef {import('../shared/protocol.js').TabState} TabState */
/** @typedef {import('../shared/protocol.js').Figures} Figures */
/** @typedef {import('../shared/protocol.js').SourceFigure} SourceFigure */

/** How long the page may take to send its first report before the popup says it did not answer. */
const NO_ANSWER_MS = 20000;

const app = {
  /** The tab the popup speaks for (known before anything is sent). */
  tabId: -1,
  /** @type {TabState | null} the tab's state, figures included */
  state: null,
  /** @type {'waiting' | 'ready' | 'unreadable' | 'error' | 'gone'} */
  phase: 'waiting',
  error: '', // the browser's words, shown small under ours
  /** @type {import('../shared/settings.js').Settings | null} */
  settings: null,
  tabUrl: '',
  /** @type {TabState['figures'] | null} the figures drawn, when ready */
  figures: null,
  /** @type {string | null} the figures last drawn (JSON): unchanged figures are not redrawn */
  summaryKey: null,
  /** @type {Map<string, number>} source -> the statement shown last when stepping through its statements */
  cursors: new Map(),
  /** @type {Map<string, string>} source -> "2/3" */
  positions: new Map(),
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  timer: undefined,
  announced: '', // the last thing said in the status region
};

// ---------------------------------------------------------------------------
// The page's skeleton: header, the changing part, the switches

const view = {};

function skeleton() {
  view.main = el('main', { id: 'main', aria: { busy: 'true' } });
  view.announce = el('p', { className: 'visually-hidden', role: 'status' });
  view.hide = el('input', { type: 'checkbox', id: 'hide', role: 'switch', disabled: true, onchange: onHide });
  view.site = el('input', { type: 'checkbox', id: 'site', role: 'switch', disabled: true, onclick: onSite });
  view.siteNote = el('p', { className: 'note', id: 'site-note' });
  view.site.setAttribute('aria-describedby', 'site-note');
  const sw = (input, text) => el('label', { className: 'switch' }, input, el('span', { className: 'track', aria: { hidden: 'true' } }), el('span', {}, text));
  const header = el('header', { className: 'top' },
    el('img', { src: 'icons/32.png', alt: '', width: 24, height: 24 }),
    el('h1', {}, 'ClaimLens', el('span', { className: 'tagline' }, t('tagline'))),
    el('button', { type: 'button', className: 'link settings', id: 'settings', onclick: () => api.runtime.openOptionsPage() }, t('settings')));
  const controls = el('footer', { className: 'controls' }, sw(view.hide, t('hideSwitch')), sw(view.site, t('siteSwitch')), view.siteNote);
  document.body.replaceChildren(header, view.main, view.announce, controls);
}

// ---------------------------------------------------------------------------
// Drawing

function render() {
  const figures = app.phase === 'ready' ? app.state?.figures ?? null : null;
  if (figures && !figures.frames) app.phase = 'waiting';
  app.figures = figures;
  const key = JSON.stringify([app.phase, app.error, figures, narration()]);
  if (key !== app.summaryKey) {
    app.summaryKey = key;
    redraw(() => view.main.replaceChildren(...body(figures)));
  }
  document.body.dataset.phase = app.phase; // what the tests wait for
  view.main.setAttribute('aria-busy', String(app.phase === 'waiting'));
  syncControls();
  announce(figures);
}

/** Says what changed, once per change of state (the figures themselves are read on demand). */
function announce(figures) {
  const what = {
    waiting: t('analysing'),
    unreadable: t('cannotReadTitle'),
    error: t('errorTitle'),
    gone: t('goneTitle'),
    ready: figures?.article
      ? `${t('article')}, ${tn('sentences', figures.article.sentences)}. ${t('sourcedShare', percent(figures.article.sourcedShare))}`
      : t('noArticleTitle'),
  }[app.phase];
  if (what && what !== app.announced) view.announce.textContent = app.announced = what;
}

/** Replaces the content, keeping the keyboard focus on the same control. */
function redraw(fill) {
  const focused = /** @type {HTMLElement | null | undefined} */ (document.activeElement?.closest?.('[data-key]'))?.dataset.key;
  fill();
  if (focused) /** @type {HTMLElement | null} */ (view.main.querySelector(`[data-key="${CSS.escape(focused)}"]`))?.focus();
}

function body(figures) {
  switch (app.phase) {
    case 'waiting':
      return [el('p', { className: 'state busy' }, el('span', { className: 'spinner', aria: { hidden: 'true' } }), t('analysing'))];
    case 'unreadable':
      return [message('cannotReadTitle', 'cannotReadText', app.error)];
    case 'error':
      return [message('errorTitle', 'errorText', app.error, true)];
    case 'gone':
      return [message('goneTitle', 'goneText', '', true)];
    default:
      break;
  }
  const out = [];
  const on = { shown: shownLabels(), page: app.state?.url || app.tabUrl || '', positions: app.positions, narration: narration(), onLabels, onSource: stepSource, onStat: stepFlag };
  if (figures.article) out.push(...articleCards(figures.article, on));
  else out.push(message('noArticleTitle', 'noArticleText'));
  if (figures.comments) out.push(commentsCard(figures.comments));
  else if (figures.unreadComments) out.push(commentsOffCard(() => api.runtime.openOptionsPage()));
  return out;
}

/** A state the reader should understand: title, explanation, the browser's words, "try again". */
function message(titleKey, textKey, detail = '', retry = false) {
  return el('section', { className: `state ${app.phase === 'ready' ? 'empty' : app.phase}` },
    el('h2', {}, t(titleKey)),
    el('p', {}, t(textKey)),
    detail ? el('p', { className: 'detail' }, detail) : null,
    retry ? el('button', { type: 'button', className: 'primary', dataset: { key: 'retry' }, onclick: () => open() }, t('retry')) : null);
}

/** How plain narration is marked (the settings'): the popup shows it beside its count. */
const narration = () => app.settings?.narration ?? 'quiet';

function shownLabels() {
  return app.state?.labels || app.settings?.labels || LABELS;
}

/** The switches and checkboxes follow the state without being redrawn (the focus stays). */
function syncControls() {
  // Something to hide: an article or comments were found (or are hidden already).
  const found = app.phase === 'ready' && !!(app.figures?.article || app.figures?.comments || app.state?.hidden);
  view.hide.disabled = !found;
  view.hide.checked = !!app.state?.hidden;
  const shown = shownLabels();
  for (const box of view.main.querySelectorAll('.labels input')) box.checked = shown.includes(box.value);
  for (const b of view.main.querySelectorAll('button.source, button.stat')) b.disabled = !!app.state?.hidden;
  const origin = originOf(app.state?.url || app.tabUrl);
  view.site.disabled = !origin || app.phase === 'unreadable' || !app.settings;
  view.site.checked = !!origin && !!app.settings?.sites.includes(origin);
  if (!view.siteNote.dataset.sticky) view.siteNote.textContent = origin ? new URL(origin).host : (app.tabUrl || app.state?.url || app.phase === 'unreadable' ? t('siteOnlyWeb') : '');
}

function note(text) {
  view.siteNote.textContent = text;
  view.siteNote.dataset.sticky = '1';
}

// ---------------------------------------------------------------------------
// The reader's actions

async function onLabels() {
  const boxes = /** @type {NodeListOf<HTMLInputElement>} */ (view.main.querySelectorAll('.labels input'));
  const labels = LABELS.filter((l) => [...boxes].some((b) => b.checked && b.value === l));
  if (app.state) app.state = { ...app.state, labels };
  const next = await send({ type: 'labels', tabId: app.tabId, labels });
  if (next && !failed(next)) update(next);
}

async function onHide() {
  const hidden = view.hide.checked;
  if (app.state) app.state = { ...app.state, hidden };
  syncControls();
  const next = await send({ type: 'hidden', tabId: app.tabId, hidden });
  if (next && !failed(next)) update(next);
}

/** "Always analyse on this site": asks the browser for the site first, inside the click. */
function onSite() {
  const origin = originOf(app.state?.url || app.tabUrl);
  if (!origin) return;
  const want = view.site.checked;
  const origins = [patternOf(origin)];
  // No await before this call: the browser only asks the user within the click.
  const asked = want ? api.permissions.request({ origins }) : api.permissions.remove({ origins }).then(() => true);
  asked.then(async (granted) => {
    if (want && !granted) {
      view.site.checked = false;
      return note(t('siteRefused'));
    }
    const current = await loadSettings();
    const sites = current.sites.filter((s) => s !== origin);
    if (want) sites.push(origin);
    app.settings = await saveSettings({ sites });
    await send({ type: 'sites-changed' });
    delete view.siteNote.dataset.sticky;
    syncControls();
  }).catch((e) => {
    view.site.checked = !want;
    note(t('siteFailed', e?.message || e));
  });
}

/** Shows the source's next statement, in the page's order, from frame to frame.
 * @param {HTMLButtonElement} button
 * @param {SourceFigure} g */
async function stepSource(button, g) {
  const k = ((app.cursors.get(g.source) ?? -1) + 1) % g.flags.length;
  const { frameId, unit, index } = g.flags[k];
  const answer = await send({ type: 'step', tabId: app.tabId, frameId, flag: { unit, index } }).catch(() => null);
  if (!answer || failed(answer)) return;
  app.cursors.set(g.source, k);
  const position = `${num(k + 1)}/${num(g.flags.length)}`;
  app.positions.set(g.source, position);
  const pos = button.querySelector('.pos');
  if (pos) pos.textContent = position;
  button.classList.toggle('unshown', !answer.shown);
  button.title = answer.shown ? '' : t('stepHidden');
  const said = t('stepShown', g.source, position);
  view.announce.textContent = answer.shown ? said : `${said} (${t('stepHidden')})`;
}

/** Shows an unsourced statistic in the page.
 * @param {HTMLButtonElement} button
 * @param {Figures['statistics'][number]} x */
async function stepFlag(button, x) {
  const answer = await send({ type: 'step', tabId: app.tabId, frameId: x.frameId, flag: { unit: x.unit, index: x.index } }).catch(() => null);
  const hidden = !!answer && !failed(answer) && !answer.shown;
  button.classList.toggle('unshown', hidden);
  if (hidden) view.announce.textContent = t('stepHidden');
}

// ---------------------------------------------------------------------------
// The tab's state: the answer to "open", then every change in storage.session

/** Takes the tab's state, unless the popup holds a newer one (an answer to
 * "open" may be read before a report that storage.session already brought).
 * @param {TabState | null} state */
function update(state) {
  if (!state || (app.state && state.rev < app.state.rev)) return;
  app.state = state;
  if (state.figures?.frames) {
    app.phase = 'ready';
    clearTimeout(app.timer);
  }
  render();
}

/** True when the browser refused the page to extensions (its own pages, the stores, other extensions). */
function unreadable(error) {
  if (app.tabUrl && !originOf(app.tabUrl)) return true;
  return /cannot (be )?(access|script)|gallery|extensions? (page|store)|chrome:|edge:|about:|moz-extension|missing host permission|permission to access/i.test(error);
}

async function open() {
  app.phase = 'waiting';
  app.error = '';
  render();
  let answer;
  try {
    answer = await send({ type: 'open', tabId: app.tabId });
  } catch (e) {
    answer = { ok: /** @type {const} */ (false), error: String(e?.message || e) };
  }
  if (!answer || failed(answer)) {
    const error = answer?.error || '';
    app.phase = unreadable(error) ? 'unreadable' : 'error';
    app.error = error;
    return render();
  }
  app.tabUrl ||= answer.url || '';
  update(answer);
  if (app.phase === 'waiting') {
    // The frames report as they finish; storage.session's changes bring them.
    clearTimeout(app.timer);
    app.timer = setTimeout(() => {
      if (app.phase !== 'waiting') return;
      app.phase = 'error';
      app.error = t('noAnswer');
      render();
    }, NO_ANSWER_MS);
  }
}

function listen() {
  const key = tabKey(app.tabId);
  const onChanged = (changes) => {
    if (!(key in changes)) return;
    const next = changes[key].newValue;
    if (next) return update(next);
    // The tab went to another page: its figures went with it.
    const was = app.phase;
    app.state = null; // the next page's state counts its changes afresh
    if (was === 'ready') {
      app.phase = 'gone';
      app.cursors.clear();
      app.positions.clear();
      render();
    }
  };
  if (api.storage.session.onChanged) api.storage.session.onChanged.addListener(onChanged);
  else api.storage.onChanged.addListener((changes, area) => area === 'session' && onChanged(changes));
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.settings) {
      loadSettings().then((s) => {
        app.settings = s;
        render();
      });
    }
  });
}

async function main() {
  setupPage('extName');
  skeleton();
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param ? await api.tabs.get(Number(param)).catch(() => null) : (await api.tabs.query({ active: true, currentWindow: true }))[0];
  const tabId = tab?.id ?? (param ? Number(param) : null);
  app.tabUrl = tab?.url || '';
  loadSettings().then((s) => {
    app.settings = s;
    render();
  });
  if (tabId === null) {
    app.phase = 'unreadable';
    return render();
  }
  app.tabId = tabId;
  listen();
  await open();
}

main();
