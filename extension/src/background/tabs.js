// What the extension knows of each tab: the reports of its frames (their
// units, in short), their figures, whether its highlights are hidden, which
// labels it shows. Kept in storage.session (the service worker may stop at
// any time; the popup listens to changes there): the state the popup reads
// under tabKey(id), the frames' reports apart under unitsKey(id) (the popup
// has no use for them). Shown as the action's badge: the number of
// unsourced statements that stand out in the articles (badgeCount).

import { api } from '../shared/api.js';
import { tabKey, tabOfKey } from '../shared/protocol.js';
import { loadSettings } from '../shared/settings.js';

/** @typedef {import('../shared/protocol.js').TabState} TabState */
/** @typedef {import('../shared/protocol.js').FrameReport} FrameReport */

const BADGE = '#be123c'; // the "unsourced" underline colour

/** @param {number} tabId */
const unitsKey = (tabId) => `units:${tabId}`;

/** The figures of a tab nothing has reported from yet.
 * @returns {TabState['figures']} */
export const noFigures = () => ({ frames: 0, article: null, comments: null, unreadComments: 0 });

/** @returns {TabState} */
const fresh = () => ({ rev: 0, url: '', hidden: false, labels: null, frames: {}, figures: noFigures() });

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
  return inTurn(tabId, async () => {
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
}

/**
 * Runs `work` after the tab's earlier changes, and before its later ones.
 * @template T
 * @param {number} tabId
 * @param {() => Promise<T>} work
 * @returns {Promise<T>}
 */
function inTurn(tabId, work) {
  const next = (queues.get(tabId) || Promise.resolve()).then(work);
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

/**
 * The badge's number: the articles' unsourced statements that stand out in
 * the page (figures, causes, judgements), and plain narration only when the
 * settings mark it as loudly as they are (quiet by default: a number most of
 * a news page's sentences would swell tells the reader nothing).
 * @param {import('../shared/protocol.js').Figures | null} article
 * @param {import('../shared/settings.js').Settings['narration']} narration
 */
export function badgeCount(article, narration) {
  if (!article) return 0;
  const plain = narration === 'loud' ? 0 : article.claims.factual ?? 0;
  return Math.max(0, article.counts.unsourced - plain);
}

/** Shows every analysed tab's badge again (how plain narration is marked
 * changed), each in turn with the tab's other changes. */
export async function refreshBadges() {
  const all = await api.storage.session.get(null);
  for (const key of Object.keys(all)) {
    const tabId = tabOfKey(key);
    if (tabId === null) continue;
    await inTurn(tabId, async () => {
      const state = await getTab(tabId);
      if (state) await showBadge(tabId, state);
    });
  }
}

/** @param {number} tabId
 * @param {TabState} state */
async function showBadge(tabId, state) {
  const analysed = state.figures.frames > 0;
  const text = analysed && !state.hidden ? String(badgeCount(state.figures.article, (await loadSettings()).narration)) : '';
  try {
    await api.action.setBadgeText({ tabId, text });
    await api.action.setBadgeBackgroundColor({ tabId, color: BADGE });
    await api.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  } catch {
    // The tab closed meanwhile.
  }
}
