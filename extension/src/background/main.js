// The background: runs the analyser for the content scripts, injects them when
// the toolbar button is clicked (the popup opening is the click), keeps each
// tab's state, figures and badge, and the auto-analysis of the sites the user
// chose. The messages it takes and sends are typed in shared/protocol.js.

import { api } from '../shared/api.js';
import { loadSettings, clean } from '../shared/settings.js';
import { toContent } from '../shared/protocol.js';
import { LABELS } from '../../../www/labels.js';
import { analyze, warm, loadTiming } from './engine.js';
import { frameTallies, tabFigures } from './figures.js';
import { getTab, updateTab, forgetTab, noFigures, refreshBadges } from './tabs.js';
import { syncSites, watchPermissions } from './sites.js';
import { allowed } from './senders.js';

/** @typedef {import('../shared/protocol.js').BackgroundHandlers} BackgroundHandlers */
/** @typedef {import('../shared/protocol.js').ToContent} ToContent */

/** False positives kept (the reader's own reports, shown in the options page). */
const MAX_REPORTS = 1000;

/** Injects the content script in every frame of the tab and starts it.
 * @param {number} tabId */
export async function analyseTab(tabId) {
  warm(); // compiling the module overlaps the injection
  const settings = await loadSettings();
  const tab = await api.tabs.get(tabId);
  const state = await updateTab(tabId, (s, reports) => {
    if (s.url !== tab.url) {
      Object.assign(s, { url: tab.url, frames: {}, labels: null, figures: noFigures() });
      for (const id of Object.keys(reports)) delete reports[id];
    }
    s.hidden = false;
  }, { reports: true });
  // At once, not at each frame's "idle": a frame that never finishes loading
  // (an ad, a blocked embed) held the click's answer for as long as it loaded.
  await api.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['content.js'], injectImmediately: true });
  await toContent(tabId, { type: 'run', settings, labels: state.labels });
  return getTab(tabId);
}

/** Sends `message` to the tab's frames (or one), ignoring frames without our script.
 * @template {ToContent} M
 * @param {number} tabId
 * @param {M} message
 * @param {number} [frameId] */
function tell(tabId, message, frameId) {
  return toContent(tabId, message, frameId).catch(() => null);
}

/** @type {BackgroundHandlers} */
export const handlers = {
  // content script
  async analyze(m) {
    const t0 = performance.now();
    await warm();
    const t1 = performance.now();
    const result = await analyze(m.text, { lang: m.lang, links: m.links });
    // Where the time went, for the content script's timing report.
    const timing = { waitedForModule: t1 - t0, engine: performance.now() - t1, ...loadTiming };
    return { ok: true, result, timing };
  },
  async report(m, sender) {
    const tabId = sender.tab?.id;
    const frameId = sender.frameId ?? 0;
    if (tabId === undefined) return null;
    const tally = await frameTallies(m.report);
    await updateTab(tabId, async (s, reports) => {
      const url = sender.tab?.url ?? '';
      if (frameId === 0 && s.url !== url) {
        Object.assign(s, { url, frames: {} });
        for (const id of Object.keys(reports)) delete reports[id];
      }
      reports[frameId] = m.report;
      s.frames[frameId] = { url: m.report.url, top: m.report.top, timing: m.report.timing, work: m.report.work, ...tally };
      s.figures = await tabFigures(reports);
    }, { reports: true });
    return null;
  },
  async 'false-positive'(m) {
    const { reports = [] } = await api.storage.local.get('reports');
    reports.push({ ...m.entry, reported: new Date().toISOString() });
    reports.splice(0, reports.length - MAX_REPORTS); // the oldest go: storage stays bounded
    await api.storage.local.set({ reports });
    return null;
  },
  async auto(m, sender) {
    // A script registered for a chosen site asks whether to run.
    const settings = await loadSettings();
    const origin = sender.origin || new URL(sender.url ?? '').origin;
    const tabId = sender.tab?.id;
    if (!settings.sites.includes(origin) && tabId !== undefined) {
      // A subframe of a chosen site's page: runs if its top page is chosen.
      const top = sender.tab?.url ? new URL(sender.tab.url).origin : '';
      if (!settings.sites.includes(top)) return { run: null };
    }
    warm();
    const state = tabId === undefined ? null : await getTab(tabId);
    return { run: state?.hidden ? null : settings };
  },
  // popup
  async open(m) {
    const state = await getTab(m.tabId);
    if (state?.figures?.frames) {
      // Already analysed: check the content script is still there (not navigated away).
      const alive = await tell(m.tabId, { type: 'ping' }, 0);
      if (alive) return state;
    }
    return analyseTab(m.tabId);
  },
  async hidden(m) {
    await updateTab(m.tabId, (s) => {
      s.hidden = !!m.hidden;
    });
    if (!m.hidden) {
      const alive = await tell(m.tabId, { type: 'ping' }, 0);
      if (!alive) return analyseTab(m.tabId);
    }
    await tell(m.tabId, { type: 'hidden', hidden: !!m.hidden });
    return getTab(m.tabId);
  },
  async labels(m) {
    const labels = LABELS.filter((l) => (m.labels || []).includes(l));
    await updateTab(m.tabId, (s) => {
      s.labels = labels;
    });
    await tell(m.tabId, { type: 'labels', labels });
    return getTab(m.tabId);
  },
  async step(m) {
    return tell(m.tabId, { type: 'step', flag: m.flag }, m.frameId ?? 0);
  },
  async 'sites-changed'() {
    await syncSites();
    return null;
  },
};

const extension = { id: api.runtime.id, origin: api.runtime.getURL('') };

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const type = message?.type;
  const handler = typeof type === 'string' && Object.hasOwn(handlers, type) && handlers[/** @type {keyof BackgroundHandlers} */ (type)];
  if (!handler || !allowed(type, sender, extension)) return false;
  /** @type {(m: unknown, s: unknown) => Promise<unknown>} */ (handler)(message, sender)
    .then(sendResponse, (e) => sendResponse({ ok: false, error: String(e?.message || e) }));
  return true; // the answer comes asynchronously
});

// A new page in the tab: its old figures and badge go.
api.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url) forgetTab(tabId);
});
api.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
// The badge counts plain narration only when it is marked loud.
api.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !changes.settings) return;
  if (clean(changes.settings.oldValue).narration !== clean(changes.settings.newValue).narration) refreshBadges().catch(console.error);
});
api.runtime.onInstalled.addListener(() => syncSites().catch(console.error));
api.runtime.onStartup?.addListener(() => syncSites().catch(console.error));
watchPermissions();
