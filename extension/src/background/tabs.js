// What the extension knows of each tab: the reports of its frames (their
// units, in short), their figures, whether its highlights are hidden, which
// labels it shows. Kept in storage.session (the service worker may stop at
// any time; the popup listens to changes there): the state the popup reads
// under tabKey(id), the frames' reports apart under unitsKey(id) (the popup
// has no use for them). Shown as the action's badge: the number of
// unsourced statements in the articles.

import { api } from '../shared/api.js';
import { tabKey } from '../shared/protocol.js';

/** @typedef {import('../shared/protocol.js').TabState} TabState */
/** @typedef {import('../shared/protocol.js').FrameReport} FrameReport */

const BADGE = '#be123c'; // the "unsourced" underline colour

/** @param {number} tabId */
const unitsKey = (tabId) => `units:${tabId}`;

/** @returns {TabState} */
const fresh = () => ({ rev: 0, url: '', hidden: false, labels: null, frames: {}, figures: { frames: 0, article: null, comments: null } });

/** @param {number} tabId
 * @returns {Promise<TabState | null>} */
export async function getTab(tabId) {
  const key = tabKey(tabId);
  const got = await api.storage.session.get(key);
  return got[key] || null;
}

// Changes to one tab's state are chained so that reports from several frames,
// arriving together, never overwrite each other.
/** @type {Map<number, Promise<unknown>>} */
const queues = new Map();

/**
 * Applies `change(state, reports)` to the tab's state (created if missing),
 * saves it, shows the badge. The frames' reports (every flag of every frame)
 * are read and written back only when `reports` asks: hiding or filtering
 * the highlights leaves them as they are.
 * @param {number} tabId
 * @param {(state: TabState, reports: Record<string, FrameReport>) => void | Promise<void>} change
 * @param {{ reports?: boolean }} [options]
 * @returns {Promise<TabState>}
 */
export function updateTab(tabId, change, { reports: withReports = false } = {}) {
  const prev = queues.get(tabId) || Promise.resolve();
  const next = prev.then(async () => {
    const [state, reports] = await Promise.all([getTab(tabId), withReports ? getReports(tabId) : {}]);
    const s = state ? { ...fresh(), ...state } : fresh();
    await change(s, reports);
    s.rev++;
    /** @type {Record<string, unknown>} */
    const saved = { [tabKey(tabId)]: s };
    if (withReports) saved[unitsKey(tabId)] = reports;
    await api.storage.session.set(saved);
    await showBadge(tabId, s);
    return s;
  });
  queues.set(tabId, next.catch(() => {}));
  return next;
}

/** @param {number} tabId
 * @returns {Promise<Record<string, FrameReport>>} */
async function getReports(tabId) {
  const key = unitsKey(tabId);
  const got = await api.storage.session.get(key);
  return got[key] || {};
}

/** @param {number} tabId */
export async function forgetTab(tabId) {
  queues.delete(tabId);
  await api.storage.session.remove([tabKey(tabId), unitsKey(tabId)]);
  await api.action.setBadgeText({ tabId, text: '' }).catch(() => {}); // the tab may be gone
}

/** @param {number} tabId
 * @param {TabState} state */
async function showBadge(tabId, state) {
  const analysed = state.figures.frames > 0;
  const text = analysed && !state.hidden ? String(state.figures.article?.counts.unsourced ?? 0) : '';
  try {
    await api.action.setBadgeText({ tabId, text });
    await api.action.setBadgeBackgroundColor({ tabId, color: BADGE });
    await api.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  } catch {
    // The tab closed meanwhile.
  }
}
