// What the popup and the options page share: their words (the browser's
// language picks _locales/en or _locales/fr; the label words come from
// www/labels.js, as in the highlights' tooltips), a DOM builder that only ever
// sets text (page data, such as source names, never goes through HTML), and
// the label colours as CSS variables, from the same table as the highlights.

import { api } from '../shared/api.js';
import { LABELS, MARKS, STYLES, INK, words, langOf } from '../../../www/labels.js';

/** "fr" or "en": the language of the messages the browser picked (each
 * messages.json says which it is), so the label words always match them. */
export const uiLang = langOf(api.i18n.getMessage('locale')) || 'en';
/** The browser's UI language ("en-US", "fr-CA") for <html lang> and number
 * formats; the messages' own language when the two disagree (a browser
 * started with --lang=fr may still report "en-US"). */
const browserTag = api.i18n.getUILanguage() || '';
export const uiTag = langOf(browserTag) === uiLang ? browserTag : uiLang;
/** The label words in the UI language (Direct quote / Citation directe…). */
export const labelWords = words(uiLang);

/** A message of _locales, substitutions in order; the key itself when missing (visible in tests). */
export function t(key, ...subs) {
  const s = api.i18n.getMessage(key, subs.map(String));
  return s || key;
}

const rules = new Intl.PluralRules(uiTag);
/** `key + "One"` or `key + "Other"`, as the language's plural rules say for `n`. */
export function tn(key, n) {
  return t(`${key}${rules.select(n) === 'one' ? 'One' : 'Other'}`, num(n));
}

const numbers = new Intl.NumberFormat(uiTag);
const percents = new Intl.NumberFormat(uiTag, { style: 'percent', maximumFractionDigits: 0 });
export const num = (n) => numbers.format(n);
export const percent = (x) => percents.format(x);

/**
 * An element: `el('button', { className: 'x', type: 'button', onclick }, 'text', child…)`.
 * Properties are set as properties (`dataset`, `aria` objects spread into
 * attributes); children are nodes or strings (text nodes, never HTML).
 */
export function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === undefined || v === null) continue;
    if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k === 'aria') for (const [a, x] of Object.entries(v)) e.setAttribute(`aria-${a}`, String(x));
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e[k] = v;
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

/** A label's colour sample, drawn as its highlight (tint and underline style). */
export const swatch = (label) => el('span', { className: `swatch ${label}`, aria: { hidden: 'true' } });

/** Sets <html lang>, the title, and the label colours as CSS variables
 * (--quote-tint, --quote-line, --quote-deco…, the quiet mark's too: --unsourced-quiet-tint…;
 * "wavy" borders do not exist: dotted). */
export function setupPage(titleKey) {
  const root = document.documentElement;
  root.lang = uiTag;
  document.title = t(titleKey);
  root.style.setProperty('--ink', INK);
  for (const l of MARKS) {
    const s = STYLES[l];
    root.style.setProperty(`--${l}-tint`, s.tint || 'transparent');
    root.style.setProperty(`--${l}-line`, s.line);
    root.style.setProperty(`--${l}-deco`, s.deco === 'wavy' ? 'dotted' : s.deco);
  }
}

export { LABELS };
