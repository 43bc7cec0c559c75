// The article as Mozilla's Readability.js finds it, on the live page. It runs
// on an inert copy of the document (it rewrites what it is given), each of
// the copy's elements marked with the index of its live element (a mark
// that survives its rewrites: attributes are copied when it renames an
// element, and kept when it restores a page from HTML to try again). The text
// it keeps is traced back through those marks to the live elements that
// held it: the article is their nearest common ancestor, minus the blocks
// in it that hold none of that text.

import { Readability } from '@mozilla/readability';
import { CHUNK, charSteps } from '../../../www/slicer.js';

const MARK = 'data-claimlens-i';

/** Pages whose copy would hold more elements are left to our own finder:
 * Readability's run is one task, not sliced, and grows with the page (CPU
 * time on the 2-core development machine: 40-50 ms for 5,000 elements of
 * dense text, 120-150 ms for 10,000 to 15,000). */
export const MAX_ELEMENTS = 5000;

/** Blocks of running text: an element inside one is words of a sentence. */
export const RUNNING_TEXT = 'p, li, blockquote, dd, h1, h2, h3, h4, h5, h6';
/** Inline elements: their text is part of the block around them. */
export const INLINE = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'font', 'u', 'small', 'sup', 'sub', 'mark', 'abbr', 'cite', 'q', 'time']);

/** Characters of text Readability must keep for its choice to be taken. */
const MIN_TEXT = 500;

/**
 * The article of `doc` by Readability.js: `{ root, dropped }`, the live
 * element holding it and the elements in it left out (each the outermost of
 * its kind), or null (too large a page, too little kept, or Readability
 * failed). The live DOM is never modified.
 * @param {Document} doc
 * @param {import('../../../www/slicer.js').Slicer} slicer
 * @returns {Promise<{ root: Element, dropped: Set<Element> } | null>}
 */
export function readableSliced(doc, slicer) {
  return slicer.run(scan(doc));
}

/** @param {Document} doc */
function* scan(doc) {
  if (!doc.body || !doc.documentElement) return null;
  const copied = yield* copyOf(doc, MAX_ELEMENTS);
  if (!copied) return null;
  const { copy, live, texts } = copied;
  /** @type {Element | null} */
  let content = null;
  try {
    const parsed = new Readability(copy, { serializer: (el) => el }).parse();
    if (parsed && (parsed.length ?? 0) >= MIN_TEXT) content = /** @type {Element} */ (/** @type {unknown} */ (parsed.content));
  } catch {
    return null; // a page Readability cannot read is left to our own finder
  }
  yield live.length >> 2; // Readability's run: a pass or so over the page
  if (!content) return null;
  // The live elements that held the text kept, and every element above them.
  const holds = new Set();
  const leaves = new Set(); // the elements whose own text was kept
  // A text node Readability rebuilt (it restores the page from HTML when a
  // first try keeps too little) is found by its text under its marked ancestor.
  const unclaimed = new Map(); // live element -> its text nodes by their text
  let steps = 0;
  const liveText = (t, data) => {
    const marked = t.parentElement?.closest(`[${MARK}]`);
    const el = marked && live[Number(marked.getAttribute(MARK))];
    if (!el) return null;
    let byData = unclaimed.get(el);
    if (!byData) {
      unclaimed.set(el, (byData = new Map()));
      const w = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode(), steps++) {
        const d = /** @type {Text} */ (n).data;
        if (byData.has(d)) byData.get(d).push(n);
        else byData.set(d, [n]);
      }
    }
    return byData.get(data)?.shift() ?? null;
  };
  const walker = copy.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode(), steps++) {
    if (steps >= CHUNK) {
      yield steps;
      steps = 0;
    }
    const data = /** @type {Text} */ (t).data;
    if (!data.trim()) continue;
    const el = (texts.get(t) ?? liveText(t, data))?.parentElement;
    if (!el || leaves.has(el) || !el.isConnected) continue;
    leaves.add(el);
    for (let e = /** @type {Element | null} */ (el); e && !holds.has(e); e = e.parentElement, steps++) holds.add(e);
  }
  if (!leaves.size) return null;
  const root = commonAncestor([...leaves], holds);
  if (!root || root === doc.documentElement) return null;
  // The blocks of the root that hold no kept text: left out of its reading.
  // Not the words of a sentence Readability took out (the name in "…, said
  // <span class="author">…</span>" it took for a byline): they stay, and our
  // own rules decide (articleSkip).
  const dropped = new Set();
  const dropUnheld = (el) => {
    const words = el.closest(RUNNING_TEXT);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling, steps++) {
      if (c.firstChild && !holds.has(c) && !(words && INLINE.has(c.localName))) dropped.add(c);
    }
  };
  const inside = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (n) => (holds.has(n) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  steps = 0;
  for (let el = /** @type {Element | null} */ (inside.firstChild()); el; el = /** @type {Element | null} */ (inside.nextNode()), steps++) {
    if (steps >= CHUNK) {
      yield steps;
      steps = 0;
    }
    dropUnheld(el);
  }
  dropUnheld(root);
  yield steps;
  return { root, dropped };
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Not copied: elements without the article's text, and attributes that
 * would load something or hold the page's script. */
const UNCOPIED = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas',
  'svg', 'math', 'noscript', 'select', 'button', 'input', 'textarea']);
const UNCOPIED_ATTR = /^(?:on|src$|srcset$|poster$|data$)/i;

/**
 * A copy of `doc` in an inert document (a parser's: no window, scripting
 * disabled, nothing loaded), built node by node without the page's scripts
 * and event handlers: a clone would hold them, and its images would load and
 * run their `onerror`. Each copied element has MARK, its index in `live`.
 * Null past `max` elements copied.
 * @param {Document} doc
 */
function* copyOf(doc, max = Infinity) {
  const copy = doc.implementation.createHTMLDocument('');
  /** @type {Element[]} */
  const live = [];
  /** @type {Map<Node, Text>} each copied text node -> its live one */
  const texts = new Map();
  const top = copyElement(copy, doc.documentElement, live);
  copy.replaceChild(top, copy.documentElement);
  /** @type {Array<[Node | null, Element]>} the next live node to copy, where */
  const stack = [[doc.documentElement.firstChild, top]];
  let steps = 0;
  while (stack.length) {
    if (steps >= CHUNK) {
      yield steps;
      steps = 0;
    }
    steps++;
    const at = stack[stack.length - 1];
    const n = at[0];
    if (!n) {
      stack.pop();
      continue;
    }
    at[0] = n.nextSibling;
    if (n.nodeType === 3) {
      texts.set(at[1].appendChild(copy.createTextNode(/** @type {Text} */ (n).data)), /** @type {Text} */ (n));
      steps += charSteps(/** @type {Text} */ (n).data.length);
    } else if (n.nodeType === 1 && !uncopied(/** @type {Element} */ (n))) {
      if (live.length >= max) return null; // too large a page: the copy is dropped
      const c = copyElement(copy, /** @type {Element} */ (n), live);
      at[1].appendChild(c);
      stack.push([n.firstChild, c]);
    }
  }
  yield steps;
  return { copy, live, texts };
}

/** Left out of the copy: no article text there (hidden by its markup, or not prose). */
function uncopied(el) {
  return UNCOPIED.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** A copy of element `el` (its tag and harmless attributes) in `copy`, marked and listed in `live`. */
function copyElement(copy, el, live) {
  let c;
  try {
    c = el.namespaceURI === HTML_NS ? copy.createElement(el.localName) : copy.createElementNS(el.namespaceURI, el.localName);
  } catch {
    c = copy.createElement('span'); // a name the parser took that createElement refuses
  }
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i];
    if (UNCOPIED_ATTR.test(a.name)) continue;
    try {
      c.setAttribute(a.name, a.value);
    } catch {
      // a name the parser took that setAttribute refuses
    }
  }
  c.setAttribute(MARK, String(live.length));
  live.push(el);
  return c;
}

/** The innermost element holding all of `leaves` (each in `holds` with its ancestors). */
function commonAncestor(leaves, holds) {
  // Up from the first leaf, the first element that every other leaf sits under.
  const depth = new Map();
  let d = 0;
  for (let e = leaves[0]; e; e = e.parentElement) depth.set(e, d++);
  let best = 0;
  for (const leaf of leaves) {
    let e = leaf;
    while (e && !depth.has(e)) e = e.parentElement;
    if (!e) return null;
    best = Math.max(best, depth.get(e));
  }
  for (let e = leaves[0], i = 0; e; e = e.parentElement, i++) if (i === best) return holds.has(e) ? e : null;
  return null;
}
