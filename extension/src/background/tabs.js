// What the extension knows of each tab: the reports of its frames, whether its
// highlights are hidden, which labels it shows. Kept in storage.session (the
// service worker may stop at any time; the popup listens to changes there) and
// shown as the action's badge: the number of unsourced statements.

import { api } from '../shared/api.js';
import { tabKey } from '../shared/messages.js';

const BADGE = '#be123c'; // the "unsourced" underline colour

export async function getTab(tabId) {
  const key = tabKey(tabId);
  const got = await api.storage.session.get(key);
  return got[key] || null;
}

// Changes to one tab's state are chained so that reports from several frames,
// arriving together, never overwrite each other.
const queues = new Map();

/** Applies `change(state)` to the tab's state (created if missing) and saves it. */
export function updateTab(tabId, change) {
  const prev = queues.get(tabId) || Promise.resolve();
  const next = prev.then(async () => {
    const state = (await getTab(tabId)) || { url: '', hidden: false, labels: null, frames: {} };
    change(state);
    await api.storage.session.set({ [tabKey(tabId)]: state });
    await showBadge(tabId, state);
    return state;
  });
  queues.set(tabId, next.catch(() => {}));
  return next;
}

export async function forgetTab(tabId) {
  queues.delete(tabId);
  await api.storage.session.remove(tabKey(tabId));
  await api.action.setBadgeText({ tabId, text: '' }).catch(() => {}); // the tab may be gone
}

/** Unsourced statements in the articles of every frame (comments not counted). */
export function unsourcedCount(state) {
  let n = 0;
  for (const r of Object.values(state.frames || {})) n += r.article?.counts?.unsourced || 0;
  return n;
}

async function showBadge(tabId, state) {
  const analysed = Object.keys(state.frames || {}).length > 0;
  const text = analysed && !state.hidden ? String(unsourcedCount(state)) : '';
  try {
    await api.action.setBadgeText({ tabId, text });
    await api.action.setBadgeBackgroundColor({ tabId, color: BADGE });
    await api.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  } catch {
    // The tab closed meanwhile.
  }
}
