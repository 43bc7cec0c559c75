// The user's settings, kept in storage.local (never synced anywhere): what
// the options page edits, the popup reads, and the background hands to each
// content script with the order to analyse.

import { api } from './api.js';
import { LABELS, NARRATION } from '../../../www/labels.js';
import { LANG_CODES } from '../../../www/pkg/languages.js';

/**
 * @typedef {{
 *   labels: Array<import('./protocol.js').Label>,
 *   sites: string[],
 *   comments: boolean,
 *   lang: 'auto' | import('./protocol.js').LangCode,
 *   narration: import('../../../www/highlight.js').Narration,
 * }} Settings
 */

/** @type {Readonly<Settings>} */
export const DEFAULTS = Object.freeze({
  labels: [...LABELS], // shown by default (the popup can hide some on one tab)
  sites: [], // origins analysed as their pages load ("https://example.org")
  // Reader comments are not the article: analysed (apart) only when asked for.
  comments: false,
  lang: 'auto', // language of the text: auto, or one of data/languages.tsv
  // Unsourced plain narration (claim "factual"): quiet (a fine dotted line),
  // loud (like the other unsourced claims) or hidden (counted, not highlighted).
  narration: 'quiet',
});

/** The languages the settings may force: "auto", then data/languages.tsv's.
 * @type {ReadonlyArray<Settings['lang']>} */
export const LANG_CHOICES = Object.freeze(['auto', ...LANG_CODES]);

/** The settings, every missing or malformed field replaced by its default.
 * @returns {Promise<Settings>} */
export async function loadSettings() {
  const { settings } = await api.storage.local.get('settings');
  return clean(settings);
}

/** Saves a change (`patch` merged into the current settings); resolves to the result.
 * @param {Partial<Settings>} patch
 * @returns {Promise<Settings>} */
export async function saveSettings(patch) {
  const next = clean({ ...(await loadSettings()), ...patch });
  await api.storage.local.set({ settings: next });
  return next;
}

/** Settings from anything (storage may hold an older shape).
 * @param {any} s
 * @returns {Settings} */
export function clean(s) {
  const o = s && typeof s === 'object' ? s : {};
  const labels = Array.isArray(o.labels) ? LABELS.filter((l) => o.labels.includes(l)) : DEFAULTS.labels;
  const sites = Array.isArray(o.sites) ? [...new Set(o.sites.filter((/** @type {unknown} */ x) => typeof x === 'string' && originOf(x) === x))] : [];
  return {
    labels: [...labels],
    sites,
    comments: typeof o.comments === 'boolean' ? o.comments : DEFAULTS.comments,
    lang: LANG_CHOICES.find((l) => l === o.lang) ?? DEFAULTS.lang,
    narration: NARRATION.find((n) => n === o.narration) ?? DEFAULTS.narration,
  };
}

/** "https://example.org" for an http(s) URL, else null (no auto-analysis there).
 * @param {string} url
 * @returns {string | null} */
export function originOf(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The match pattern of an origin's pages, as permissions and content scripts want it.
 * @param {string} origin */
export const patternOf = (origin) => `${origin}/*`;

/** The false positives the user reported from tooltips (storage.local "reports").
 * @returns {Promise<Array<import('./protocol.js').FalsePositive & { reported: string }>>} */
export async function loadReports() {
  const { reports } = await api.storage.local.get('reports');
  return Array.isArray(reports) ? reports : [];
}
