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
let sheet = null; // the ::highlight() rules, constructed once
const adopted = new Map(); // document or shadow root -> how many controllers paint in it
let styleEl = null; // <style> fallback where adoptedStyleSheets is missing

/** True where the CSS Custom Highlight API can paint ranges. */
export function supportsHighlights() {
  return typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';
}

/**
 * A tooltip, focus ring and keyboard handle that several highlight() calls can
 * share (pass it as `options.ui`): one handle walks all their flags in
 * document order. Options: `mode`, `lang`, `actions` ([{ id, label: { en, fr } }],
 * buttons in the tooltip), `onAction(id, flag)`. The host goes at the end of
 * the body. Call `destroy()` once every controller using it is cleared.
 */
export function createUI(doc = document, options = {}) {
  const mode = pickMode(options.mode);
  const lang = langOf(options.lang) || langOf(doc.documentElement.lang) || 'en';
  return new LensUI(doc, { ...options, mode, lang });
}

/**
 * Highlights `flags` (offsets into `options.map.text`, or into `textMap(root).text`)
 * under `root` (an element, or an open shadow root). Options: `map`, `lang`
 * (tooltip language; default the nearest `lang` attribute, then
 * `analysisLang`), `analysisLang`, `mode` ("highlight" | "overlay"; default:
 * highlight where supported), `ui` (a createUI() to join instead of a UI of
 * its own), `note` ({ en, fr }: a line the tooltip adds, such as where the text is).
 * Returns a controller: `{ mode, map, items, focus(i), refresh(), clear() }`.
 */
export function highlight(root, flags, options = {}) {
  const map = options.map || textMap(root);
  const items = [];
  for (const flag of flags) {
    const range = map.range(flag.start_utf16 ?? flag.start, flag.end_utf16 ?? flag.end);
    if (range) items.push({ flag, range, note: options.note });
  }
  const shared = options.ui || null;
  const mode = shared ? shared.mode : pickMode(options.mode);
  const doc = root.ownerDocument || document;
  const lang = langOf(options.lang) || langOf(root.closest?.('[lang]')?.lang) || langOf(options.analysisLang) || 'en';
  const paintRoot = root.getRootNode ? root.getRootNode() : doc; // document, or the shadow root holding `root`

  if (mode === 'highlight') {
    addStyles(paintRoot, doc);
    for (const { flag, range } of items) registryHighlight(flag.label).add(range);
  }
  // A UI of its own sits right after the root: Tab goes from the text to its flags.
  const ui = shared || new LensUI(doc, { mode, lang, after: root.nodeType === 1 ? root : null });
  const group = ui.add(root, items, map);
  let cleared = false;
  const base = () => ui.items.indexOf(items[0]);
  const controller = {
    mode,
    map,
    items,
    lang,
    /** Moves keyboard focus to flag `i` and shows its tooltip (`moveFocus`
     * false: ring, tooltip and scrolling only). */
    focus: (i, moveFocus = true) => i >= 0 && i < items.length && ui.focusItem(base() + i, moveFocus),
    /** Re-measures boxes after a layout change the widget could not see. */
    refresh: () => ui.layout(),
    /** Removes this controller's highlights, boxes, host, listeners. */
    clear() {
      if (cleared) return;
      cleared = true;
      if (shared) ui.remove(group);
      else ui.destroy();
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
        removeStyles(paintRoot);
      }
      active.delete(controller);
    },
  };
  active.add(controller);
  return controller;
}

/** The mode asked for, else highlight where supported; an error if unavailable. */
function pickMode(asked) {
  const mode = asked || (supportsHighlights() ? 'highlight' : 'overlay');
  if (mode === 'highlight' && !supportsHighlights()) throw new Error('CSS Custom Highlight API unavailable');
  return mode;
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

/** Adopts the ::highlight() rules in `root` (a document or a shadow root:
 * a document's styles do not reach into shadow trees). Counted per root. */
function addStyles(root, doc) {
  const n = adopted.get(root) || 0;
  adopted.set(root, n + 1);
  if (n > 0) return;
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
    // A constructed sheet leaves the page's DOM untouched.
    if (!sheet || sheet.doc !== doc) {
      sheet = new doc.defaultView.CSSStyleSheet();
      sheet.replaceSync(highlightCSS());
      sheet.doc = doc;
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else if (!styleEl) {
    styleEl = doc.createElement('style');
    styleEl.textContent = highlightCSS();
    (doc.head || doc.documentElement).append(styleEl);
  }
}

function removeStyles(root) {
  const n = (adopted.get(root) || 1) - 1;
  if (n > 0) return void adopted.set(root, n);
  adopted.delete(root);
  if ('adoptedStyleSheets' in root && sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  if (adopted.size === 0 && styleEl) {
    styleEl.remove();
    styleEl = null;
  }
}
