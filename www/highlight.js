// Shows the analyser's flags on a live page without changing its DOM: the CSS
// Custom Highlight API paints the ranges; where it is missing, boxes are drawn
// in the widget's own shadow root (lens-ui.js). Tooltips, keyboard handles and
// hover live there too. Used by the widget (claimlens.js) and, later, by the
// browser extension: it knows nothing of the demo page.

import { LABELS, STYLES, INK, langOf } from './labels.js';
import { textMap } from './textmap.js';
import { LensUI } from './lens-ui.js';

export { textMap } from './textmap.js';
export { LABELS } from './labels.js';

const PREFIX = 'claimlens-';
const active = new Set(); // live controllers, so that several widgets share one Highlight per label
let sheet = null; // the ::highlight() rules, adopted while any controller lives
let sheetDoc = null; // the document that adopted it
let styleEl = null; // <style> fallback where adoptedStyleSheets is missing

/** True where the CSS Custom Highlight API can paint ranges. */
export function supportsHighlights() {
  return typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';
}

/**
 * Highlights `flags` (offsets into `options.map.text`, or into `textMap(root).text`)
 * under `root`. Options: `map`, `lang` (tooltip language; default the nearest
 * `lang` attribute, then `analysisLang`), `analysisLang`, `mode`
 * ("highlight" | "overlay"; default: highlight where supported).
 * Returns a controller: `{ mode, map, items, focus(i), refresh(), clear() }`.
 */
export function highlight(root, flags, options = {}) {
  const map = options.map || textMap(root);
  const items = [];
  for (const flag of flags) {
    const range = map.range(flag.start_utf16 ?? flag.start, flag.end_utf16 ?? flag.end);
    if (range) items.push({ flag, range });
  }
  const mode = options.mode || (supportsHighlights() ? 'highlight' : 'overlay');
  if (mode === 'highlight' && !supportsHighlights()) throw new Error('CSS Custom Highlight API unavailable');
  const lang = langOf(options.lang) || langOf(root.closest?.('[lang]')?.lang) || langOf(options.analysisLang) || 'en';

  if (mode === 'highlight') {
    addStyles(root.ownerDocument || document);
    for (const { flag, range } of items) registryHighlight(flag.label).add(range);
  }
  const ui = new LensUI(root, items, { mode, lang, map });
  let cleared = false;
  const controller = {
    mode,
    map,
    items,
    lang,
    /** Moves keyboard focus to flag `i` and shows its tooltip. */
    focus: (i) => ui.focusItem(i),
    /** Re-measures boxes after a layout change the widget could not see. */
    refresh: () => ui.layout(),
    /** Removes this controller's highlights, boxes, host, listeners. */
    clear() {
      if (cleared) return;
      cleared = true;
      ui.destroy();
      if (mode === 'highlight') {
        for (const { flag, range } of items) {
          const hl = ours.get(flag.label);
          if (hl) hl.delete(range);
        }
        for (const [label, hl] of ours) {
          if (hl.size > 0) continue;
          // Only delete the entry if it is still ours: never touch anyone else's.
          if (CSS.highlights.get(PREFIX + label) === hl) CSS.highlights.delete(PREFIX + label);
          ours.delete(label);
        }
      }
      active.delete(controller);
      if (![...active].some((c) => c.mode === 'highlight')) removeStyles();
    },
  };
  active.add(controller);
  return controller;
}

/** Clears every highlight this module shows (all controllers). */
export function clear() {
  for (const c of [...active]) c.clear();
}

const ours = new Map(); // label -> the Highlight this module registered

function registryHighlight(label) {
  let hl = ours.get(label);
  if (!hl) {
    hl = new Highlight();
    ours.set(label, hl);
    CSS.highlights.set(PREFIX + label, hl);
  }
  return hl;
}

/** The ::highlight() rules: tint, forced ink for contrast, and the label's underline style. */
export function highlightCSS() {
  return LABELS.map((l) => {
    const s = STYLES[l];
    return `::highlight(${PREFIX}${l}) { color: ${INK}; background-color: ${s.tint}; ` +
      `text-decoration: underline ${s.deco} ${s.line} 2px; text-underline-offset: 0.2em; }`;
  }).join('\n');
}

function addStyles(doc) {
  if (sheet || styleEl) return;
  const css = highlightCSS();
  if ('adoptedStyleSheets' in doc && typeof CSSStyleSheet === 'function') {
    // A constructed sheet leaves the page's DOM untouched.
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheetDoc = doc;
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } else {
    styleEl = doc.createElement('style');
    styleEl.textContent = css;
    (doc.head || doc.documentElement).append(styleEl);
  }
}

function removeStyles() {
  if (sheet) {
    sheetDoc.adoptedStyleSheets = sheetDoc.adoptedStyleSheets.filter((s) => s !== sheet);
    sheet = sheetDoc = null;
  }
  if (styleEl) {
    styleEl.remove();
    styleEl = null;
  }
}
