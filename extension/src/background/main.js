// The background: runs the analyser for the content scripts, injects them when
// the toolbar button is clicked (the popup opening is the click), keeps each
// tab's state and badge, and the auto-analysis of the sites the user chose.

import { api } from '../shared/api.js';
import { loadSettings, LABELS } from '../shared/settings.js';
import { analyze, warm, loadTiming } from './engine.js';
import { getTab, updateTab, forgetTab } from './tabs.js';
import { syncSites, watchPermissions } from './sites.js';
import { allowed } from './senders.js';

/** False positives kept (the reader's own reports, shown in the options page). */
const MAX_REPORTS = 1000;

/** Injects the content script in every frame of the tab and starts it. */
async function analyseTab(tabId) {
  warm(); // compiling the module overlaps the injection
  const settings = await loadSettings();
  const tab = await api.tabs.get(tabId);
  const state = await updateTab(tabId, (s) => {
    if (s.url !== tab.url) Object.assign(s, { url: tab.url, frames: {}, labels: null });
    s.hidden = false;
  });
  await api.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['content.js'] });
  await api.tabs.sendMessage(tabId, { type: 'run', settings, labels: state.labels });
  return getTab(tabId);
}

/** Sends `message` to the tab's frames (or one), ignoring frames without our script. */
function tell(tabId, message, frameId) {
  const opts = frameId === undefined ? undefined : { frameId };
  return api.tabs.sendMessage(tabId, message, opts).catch(() => null);
}

const handlers = {
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
    if (tabId === undefined) return null;
    await updateTab(tabId, (s) => {
      if (sender.frameId === 0 && s.url !== sender.tab.url) Object.assign(s, { url: sender.tab.url, frames: {} });
      s.frames[sender.frameId] = m.report;
    });
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
    const origin = sender.origin || new URL(sender.url).origin;
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
    if (state && Object.keys(state.frames).length) {
      // Already analysed: check the content script is still there (not navigated away).
      const alive = await tell(m.tabId, { type: 'ping' }, 0);
      if (alive) return state;
    }
    return analyseTab(m.tabId);
  },
  async hidden(m) {
    await updateTab(m.tabId, (s) => (s.hidden = !!m.hidden));
    if (!m.hidden) {
      const alive = await tell(m.tabId, { type: 'ping' }, 0);
      if (!alive) return analyseTab(m.tabId);
    }
    await tell(m.tabId, { type: 'hidden', hidden: !!m.hidden });
    return getTab(m.tabId);
  },
  async labels(m) {
    const labels = LABELS.filter((l) => (m.labels || []).includes(l));
    await updateTab(m.tabId, (s) => (s.labels = labels));
    await tell(m.tabId, { type: 'labels', labels });
    return getTab(m.tabId);
  },
  async step(m) {
    return tell(m.tabId, { type: 'step', source: m.source, flag: m.flag }, m.frameId ?? 0);
  },
  async 'sites-changed'() {
    await syncSites();
    return null;
  },
};

const extension = { id: api.runtime.id, origin: api.runtime.getURL('') };

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = message && Object.hasOwn(handlers, message.type) && handlers[message.type];
  if (!handler || !allowed(message.type, sender, extension)) return false;
  handler(message, sender).then(sendResponse, (e) => sendResponse({ ok: false, error: String(e?.message || e) }));
  return true; // the answer comes asynchronously
});

// A new page in the tab: its old figures and badge go.
api.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url) forgetTab(tabId);
});
api.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
api.runtime.onInstalled.addListener(() => syncSites().catch(console.error));
api.runtime.onStartup?.addListener(() => syncSites().catch(console.error));
watchPermissions();

// For the end-to-end tests (and curious developers): the tab state as the popup sees it.
globalThis.claimlens = { getTab, analyseTab, handlers };
