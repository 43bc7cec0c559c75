// The user's settings, kept in storage.local (never synced anywhere): what
// the options page edits, the popup reads, and the background hands to each
// content script with the order to analyse.

import { api } from './api.js';

export const LABELS = ['quote', 'attributed', 'vague', 'unsourced'];

export const DEFAULTS = Object.freeze({
  labels: LABELS, // shown by default (the popup can hide some on one tab)
  sites: [], // origins analysed as their pages load ("https://example.org")
  comments: true, // analyse reader comments, apart from the article
  lang: 'auto', // language of the text: auto | fr | en
});

/** The settings, every missing or malformed field replaced by its default. */
export async function loadSettings() {
  const { settings } = await api.storage.local.get('settings');
  return clean(settings);
}

/** Saves a change (`patch` merged into the current settings); resolves to the result. */
export async function saveSettings(patch) {
  const next = clean({ ...(await loadSettings()), ...patch });
  await api.storage.local.set({ settings: next });
  return next;
}

export function clean(s) {
  const o = s && typeof s === 'object' ? s : {};
  const labels = Array.isArray(o.labels) ? LABELS.filter((l) => o.labels.includes(l)) : DEFAULTS.labels;
  const sites = Array.isArray(o.sites) ? [...new Set(o.sites.filter((x) => typeof x === 'string' && originOf(x) === x))] : [];
  return {
    labels,
    sites,
    comments: typeof o.comments === 'boolean' ? o.comments : DEFAULTS.comments,
    lang: ['auto', 'fr', 'en'].includes(o.lang) ? o.lang : DEFAULTS.lang,
  };
}

/** "https://example.org" for an http(s) URL, else null (no auto-analysis there). */
export function originOf(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The match pattern of an origin's pages, as permissions and content scripts want it. */
export const patternOf = (origin) => `${origin}/*`;

/** The false positives the user reported from tooltips (storage.local "reports"). */
export async function loadReports() {
  const { reports } = await api.storage.local.get('reports');
  return Array.isArray(reports) ? reports : [];
}
