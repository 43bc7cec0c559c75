// Shows the analyser's flags on a live page without changing its DOM: the CSS
// Custom Highlight API paints the ranges; where it is missing, boxes are drawn
// in the widget's own shadow root (lens-ui.js). Tooltips, keyboard handles and
// hover live there too. Used by the widget (claimlens.js) and, later, by the
// browser extension: it knows nothing of the demo page.

import { MARKS, STYLES, INK, langOf, markOf } from './labels.js';
import { textMap } from './textmap.js';
import { LensUI } from './lens-ui.js';
import { runSync, CHUNK } from './slicer.js';

export { textMap, textMapSliced } from './textmap.js';
export { Slicer, Cancelled } from './slicer.js';
export { LABELS } from './labels.js';

/** @typedef {import('./highlight.js').Flag} Flag */
/** @typedef {import('./highlight.js').TextMap} TextMap */
/** @typedef {import('./highlight.js').HighlightOptions} HighlightOptions */
/** @typedef {import('./highlight.js').HighlightController} HighlightController */
/** @typedef {import('./highlight.js').HighlightItem} HighlightItem */
/** @typedef {import('./highlight.js').UIOptions} UIOptions */

const PREFIX = 'claimlens-';
const active = new Set(); // live controllers, so that several widgets share one Highlight per mark
/** @type {(CSSStyleSheet & { doc?: Document }) | null} the ::highlight() rules, constructed once (for `doc`) */
let sheet = null;
const adopted = new Map(); // document or shadow root -> how many controllers paint in it
/** @type {HTMLStyleElement | null} <style> fallback where adoptedStyleSheets is missing */
let styleEl = null;

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
 * @param {Document} [doc]
 * @param {UIOptions} [options]
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
 * its own), `note` ({ en, fr }: a line the tooltip adds, such as where the
 * text is), `narration` ("quiet" | "loud" | "hidden": how unsourced plain
 * narration is marked; default quiet), `items` (the flags' ranges, already
 * built by itemsSliced() with the same note and narration).
 * Returns a controller: `{ mode, map, items, focus(i), refresh(), update(flags, map, items), clear() }`.
 * @param {Element | ShadowRoot} root
 * @param {readonly Flag[]} flags
 * @param {HighlightOptions} [options]
 * @returns {HighlightController}
 */
export function highlight(root, flags, options = {}) {
  const map = options.map || textMap(root);
  return present(root, options.items || runSync(itemsOf(flags, map, options)), map, options);
}

/**
 * The ranges of `flags` in `map`'s text ([{ flag, range, mark, note }]), built
 * in short tasks (`slicer`, see slicer.js) for highlight() or update() to
 * register at once (one repaint). `options`: `note`, `narration` (as
 * highlight()'s). Rejects with Cancelled when the slicer stops.
 * @param {readonly Flag[]} flags
 * @param {TextMap} map
 * @param {import('./highlight.js').Slicer} slicer
 * @param {import('./highlight.js').ItemOptions} [options]
 * @returns {Promise<HighlightItem[]>}
 */
export async function itemsSliced(flags, map, slicer, options = {}) {
  const items = await slicer.run(itemsOf(flags, map, options));
  slicer.check();
  return items;
}

/** The flags' ranges: [{ flag, range, mark, note }], a step each, reported
 * every CHUNK; a flag its narration setting hides gets none.
 * @param {readonly Flag[]} flags
 * @param {TextMap} map
 * @param {import('./highlight.js').ItemOptions} options
 * @returns {Generator<number, HighlightItem[]>} */
function* itemsOf(flags, map, { note, narration }) {
  /** @type {HighlightItem[]} */
  const items = [];
  for (let i = 0; i < flags.length; i++) {
    if (i % CHUNK === CHUNK - 1) yield CHUNK;
    const flag = flags[i];
    const mark = markOf(flag, narration);
    const range = mark && map.range(flag.start_utf16 ?? flag.start, flag.end_utf16 ?? flag.end);
    if (range) items.push({ flag, range, mark, note });
  }
  yield flags.length % CHUNK;
  return items;
}

/** The controller of `items` read from `root` through `map`: registers their ranges, joins or builds the UI. */
function present(root, items, map, options) {
  const shared = options.ui || null;
  const mode = shared ? shared.mode : pickMode(options.mode);
  const doc = root.ownerDocument || document;
  const lang = langOf(options.lang) || langOf(root.closest?.('[lang]')?.lang) || langOf(options.analysisLang) || 'en';
  const paintRoot = root.getRootNode ? root.getRootNode() : doc; // document, or the shadow root holding `root`

  // The UI first (a UI of its own sits right after the root: Tab goes from
  // the text to its flags): on a page that broke what it needs, nothing of
  // ours is registered yet. Whatever fails after it is undone.
  const ui = shared || new LensUI(doc, { mode, lang, after: root.nodeType === 1 ? root : null });
  let styled = false;
  let group = null;
  const added = [];
  try {
    if (mode === 'highlight') {
      reregister();
      styled = true;
      addStyles(paintRoot, doc);
      for (const it of items) {
        registryHighlight(it.mark).add(it.range);
        added.push(it);
      }
    }
    group = ui.add(root, items, map);
  } catch (error) {
    for (const { mark, range } of added) ours.get(mark)?.delete(range);
    dropEmpty();
    if (styled) removeStyles(paintRoot);
    if (!shared) ui.destroy();
    throw error;
  }
  let cleared = false;
  const base = () => ui.items.indexOf(items[0]);
  /** Shows `next` instead of the current items: an item whose mark and
   * range are unchanged stays (same object, same registered range), so that
   * text a re-read did not change is not highlighted again. */
  const replace = (next, newMap) => {
    const before = new Map(); // start node -> current items starting there
    for (const it of items) {
      const list = before.get(it.range.startContainer);
      if (list) list.push(it);
      else before.set(it.range.startContainer, [it]);
    }
    const kept = new Set();
    const out = next.map((n) => {
      const old = before.get(n.range.startContainer)?.find((o) => !kept.has(o) && o.mark === n.mark && sameRange(o.range, n.range));
      if (!old) return n;
      kept.add(old);
      old.flag = n.flag; // the same sentence, at its new offsets
      old.note = n.note;
      return old;
    });
    if (mode === 'highlight') {
      reregister();
      for (const it of items) if (!kept.has(it)) ours.get(it.mark)?.delete(it.range);
      for (const it of out) if (!kept.has(it)) registryHighlight(it.mark).add(it.range);
      dropEmpty();
    }
    items.splice(0, items.length, ...out);
    controller.map = newMap;
    ui.replace(group, newMap);
  };
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
    /** Shows `flags` read through `newMap` (the root's text read again)
     * instead; `next`: their ranges, already built by itemsSliced(). */
    update(flags, newMap = map, next = undefined) {
      if (!cleared) replace(next || runSync(itemsOf(flags, newMap, options)), newMap);
    },
    /** Removes this controller's highlights, boxes, host, listeners. */
    clear() {
      if (cleared) return;
      cleared = true;
      if (shared) ui.remove(group);
      else ui.destroy();
      if (mode === 'highlight') {
        for (const { mark, range } of items) ours.get(mark)?.delete(range);
        dropEmpty();
        removeStyles(paintRoot);
      }
      active.delete(controller);
    },
  };
  active.add(controller);
  return controller;
}

const sameRange = (a, b) => a.startContainer === b.startContainer && a.startOffset === b.startOffset &&
  a.endContainer === b.endContainer && a.endOffset === b.endOffset;

/** Unregisters this module's highlights that hold no range any more. */
function dropEmpty() {
  for (const [mark, hl] of ours) {
    if (hl.size > 0) continue;
    // Only delete the entry if it is still ours: never touch anyone else's.
    if (CSS.highlights.get(PREFIX + mark) === hl) CSS.highlights.delete(PREFIX + mark);
    ours.delete(mark);
  }
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

const ours = new Map(); // mark (a label, or "unsourced-quiet") -> the Highlight this module registered

function registryHighlight(mark) {
  let hl = ours.get(mark);
  if (!hl) {
    hl = new Highlight();
    CSS.highlights.set(PREFIX + mark, hl);
    ours.set(mark, hl); // kept only once registered: a registry that refused it holds nothing of ours
  }
  return hl;
}

/** Registers ours again where the page emptied the registry (a name the
 * page gave a highlight of its own stays the page's). */
function reregister() {
  for (const [mark, hl] of ours) if (!CSS.highlights.has(PREFIX + mark)) CSS.highlights.set(PREFIX + mark, hl);
}

/** The ::highlight() rules: tint and forced ink for contrast (a quiet mark
 * has neither), the mark's underline style, kept inside the line (labels.js). */
export function highlightCSS() {
  return MARKS.map((m) => {
    const s = STYLES[m];
    const tint = s.tint ? `color: ${INK}; background-color: ${s.tint}; ` : '';
    // A wave crosses the descenders: cut by them, it would be dashes.
    const skip = s.deco === 'wavy' ? ' text-decoration-skip-ink: none;' : '';
    return `::highlight(${PREFIX}${m}) { ${tint}text-decoration: underline ${s.deco} ${s.line} ${s.thick}; ` +
      `text-underline-offset: ${s.offset};${skip} }`;
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
      const made = /** @type {CSSStyleSheet & { doc?: Document }} */ (new (doc.defaultView || window).CSSStyleSheet());
      made.replaceSync(highlightCSS());
      made.doc = doc;
      sheet = made;
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else if (!styleEl) {
    const style = doc.createElement('style');
    style.textContent = highlightCSS();
    (doc.head || doc.documentElement).append(style);
    styleEl = style;
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

// The declarations (highlight.d.ts) hold for this code (tsc; no code here).
/** @typedef {Conforms<typeof highlight, typeof import('./highlight.js').highlight>} _Highlight */
/** @typedef {Conforms<typeof itemsSliced, typeof import('./highlight.js').itemsSliced>} _ItemsSliced */
/** @typedef {Conforms<typeof createUI, typeof import('./highlight.js').createUI>} _CreateUI */
/** @typedef {Conforms<typeof clear, typeof import('./highlight.js').clear>} _Clear */
/** @typedef {Conforms<typeof supportsHighlights, typeof import('./highlight.js').supportsHighlights>} _Supports */
/** @typedef {Conforms<typeof highlightCSS, typeof import('./highlight.js').highlightCSS>} _CSS */
/** @typedef {Conforms<typeof import('./textmap.js').textMap, typeof import('./highlight.js').textMap>} _TextMap */
/** @typedef {Conforms<typeof import('./textmap.js').textMapSliced, typeof import('./highlight.js').textMapSliced>} _TextMapSliced */
/** @typedef {Conforms<typeof import('./slicer.js').Slicer, typeof import('./highlight.js').Slicer>} _Slicer */
/** @typedef {Conforms<typeof import('./slicer.js').Cancelled, typeof import('./highlight.js').Cancelled>} _Cancelled */
/** @typedef {Conforms<typeof import('./labels.js').LABELS, typeof import('./highlight.js').LABELS>} _Labels */
