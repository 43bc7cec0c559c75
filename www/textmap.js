// The visible text of a DOM subtree and the map back from its offsets to DOM
// positions, built in ONE walk: the analyser sees the text a reader sees
// (whitespace collapsed, one line per block, hidden content left out), and
// every offset of that text turns into a (text node, offset) for a Range
// without searching the DOM again. Mirrors the CLI's `--html` extraction
// (src/cli/html.rs) so that both read a page the same way.

import { runSync, CHUNK, charSteps } from './slicer.js';

/** Elements whose content a reader never sees as text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option',
  'datalist', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'audio', 'video',
  'head', 'dialog',
]);

/** Elements laid out as blocks: entering or leaving one breaks the line, so
 * that a heading and the paragraph after it never run into one sentence. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd',
  'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li',
  'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements the widget itself adds (its shadow host) carry this attribute. */
export const HOST_ATTR = 'data-claimlens-host';

const SPACE = /[ \t\n\r\f]+/g; // HTML whitespace; U+00A0 (French « ») is kept
const COLLAPSE = /[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+/g; // whitespace that is not one plain space
const isSpace = (c) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;

/**
 * Walks `root` (an element or a shadow root) once and returns `{ text, links,
 * range(start, end), position(offset, isEnd), offsetOf(node, offset) }`.
 * Offsets are UTF-16 code units (JavaScript string indices). A "\n" stands
 * between blocks and maps to no node. `options.skip(element)`: true leaves
 * out that element and everything in it.
 */
export function textMap(root, options = {}) {
  return runSync(walk(root, options));
}

/**
 * textMap() in short tasks (`slicer`: a Slicer of slicer.js), for long pages:
 * resolves to the same map, or rejects with Cancelled when the slicer stops.
 * A page that changes meanwhile may leave the map behind its DOM: whoever
 * reads a changing page re-reads it when its mutations are seen.
 */
export function textMapSliced(root, options, slicer) {
  return slicer.run(walk(root, options));
}

/**
 * True when a text map of `root` (same `options`) would hold some text;
 * found in short tasks, stopping at the first visible word. Cheaper than
 * the map when only "is there anything to read?" is asked.
 * @param {Element | ShadowRoot} root
 * @param {{ skip?: (el: Element) => boolean }} options
 * @param {import('./slicer.js').Slicer} slicer
 * @returns {Promise<boolean>}
 */
export function hasTextSliced(root, options, slicer) {
  return slicer.run(anyText(root, options));
}

function* anyText(root, options) {
  const walker = walkerOf(root, options.skip);
  let steps = 0;
  let found = false;
  for (let n = walker.nextNode(); n && !found; n = walker.nextNode()) {
    if (++steps >= CHUNK) {
      yield steps;
      steps = 0;
    }
    found = n.nodeType === 3 && /** @type {Text} */ (n).data.trim() !== '' && rendered(n.parentElement);
  }
  yield steps;
  return found;
}

/** The walker of a text map of `root`: elements and text, what is hidden by
 * markup or by `skip` left out with all it holds (never the root itself). */
function walkerOf(root, skip) {
  const doc = root.ownerDocument || document;
  return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.nodeType === 1 && n !== root && (hiddenByMarkup(/** @type {Element} */ (n)) || (skip && skip(/** @type {Element} */ (n))))
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
}

/** The walk of textMap(): a generator that reports its steps (nodes, and
 * characters of text) every CHUNK of them. */
function* walk(root, options) {
  const b = new Builder();
  const walker = walkerOf(root, options.skip);
  // Open elements, innermost last: a node's parent is always on it, so
  // popping up to that parent is how the walk "leaves" elements.
  const open = [];
  const visible = new Map(); // element -> rendered?, asked once per text parent
  let steps = 0;
  for (let n = walker.currentNode; n; n = walker.nextNode()) {
    if (steps >= CHUNK) {
      yield steps;
      steps = 0;
    }
    steps++;
    if (n !== root) {
      while (open.length && open[open.length - 1] !== n.parentNode) b.leave(open.pop());
    }
    if (n.nodeType === 1) {
      b.enter(n);
      open.push(n);
    } else if (n.nodeType !== 3) {
      open.push(n); // a shadow root as the root
    } else if (n.data.trim() !== '' || b.pre) {
      const parent = n.parentElement;
      let shown = visible.get(parent);
      if (shown === undefined) visible.set(parent, (shown = rendered(parent)));
      if (shown) {
        b.text(n);
        steps += charSteps(n.data.length);
      }
    } else if (n.data !== '') {
      b.pendingSpace(n, 0); // whitespace-only nodes only separate words
    }
  }
  while (open.length) b.leave(open.pop());
  yield steps;
  return b.finish();
}

/** Hidden by the markup alone, or text the reader is writing (an editor):
 * tested on every element, cheaply. */
function hiddenByMarkup(el) {
  return (
    SKIPPED.has(el.localName) ||
    el.hasAttribute('hidden') ||
    el.hasAttribute(HOST_ATTR) ||
    el.getAttribute('aria-hidden') === 'true' ||
    (el.hasAttribute('contenteditable') && el.isContentEditable)
  );
}

/** Hidden by CSS (display:none anywhere above, visibility:hidden): asked only
 * of elements that hold text, since style queries cost a layout. */
function rendered(el) {
  if (!el) return true;
  const view = el.ownerDocument.defaultView;
  // checkVisibility() alone is cheap; its visibilityProperty option costs
  // several times more than asking the computed style.
  if (el.checkVisibility) return el.checkVisibility() && view.getComputedStyle(el).visibility === 'visible';
  if (view.getComputedStyle(el).visibility !== 'visible') return false;
  for (let e = el; e; e = e.parentElement) if (view.getComputedStyle(e).display === 'none') return false;
  return true;
}

class Builder {
  constructor() {
    this.parts = [];
    this.length = 0;
    // Segments: text offset where a run of DOM characters starts, its node,
    // the offset in that node, its length. Parallel arrays, sorted by text offset.
    this.segAt = [];
    this.segNode = [];
    this.segOff = [];
    this.segLen = [];
    this.space = null; // [node, offset] of whitespace seen since the last character
    this.newline = false;
    this.pre = 0;
    this.openLinks = []; // [href, start] per open <a>, start null until text lands
    this.links = [];
  }

  enter(el) {
    const name = el.localName;
    if (BLOCKS.has(name)) this.newline = true;
    if (name === 'pre') this.pre++;
    if (name === 'a') this.openLinks.push([sourcingHref(el.getAttribute('href')), null]);
  }

  leave(el) {
    const name = el.localName;
    if (BLOCKS.has(name)) this.newline = true;
    if (name === 'pre') this.pre--;
    if (name === 'a') {
      const [href, start] = this.openLinks.pop();
      if (href && start !== null && start < this.length) this.links.push({ start, end: this.length, href });
    }
  }

  pendingSpace(node, offset) {
    if (!this.space) this.space = [node, offset];
  }

  text(node) {
    const data = node.data;
    if (this.pre) return this.preText(node, data);
    // Leading and trailing whitespace only separates words; inside, a single
    // space is already what a reader sees, so only other runs are cut (one
    // slice per text node in the usual case, not one per word).
    let start = 0;
    let end = data.length;
    while (start < end && isSpace(data.charCodeAt(start))) start++;
    if (start > 0) this.pendingSpace(node, 0);
    if (start === end) return;
    while (isSpace(data.charCodeAt(end - 1))) end--;
    let at = start;
    COLLAPSE.lastIndex = start;
    for (let m; (m = COLLAPSE.exec(data)) && m.index < end; ) {
      this.chars(node, at, data.slice(at, m.index));
      this.pendingSpace(node, m.index);
      at = m.index + m[0].length;
    }
    this.chars(node, at, data.slice(at, end));
    if (end < data.length) this.pendingSpace(node, end);
  }

  /** Inside <pre>: a newline breaks the line, other whitespace runs are one space. */
  preText(node, data) {
    let at = 0;
    SPACE.lastIndex = 0;
    for (let m; (m = SPACE.exec(data)); ) {
      if (m.index > at) this.chars(node, at, data.slice(at, m.index));
      if (m[0].includes('\n')) this.newline = true;
      else this.pendingSpace(node, m.index);
      at = m.index + m[0].length;
    }
    if (at < data.length) this.chars(node, at, data.slice(at));
  }

  chars(node, offset, s) {
    if (this.length > 0) {
      if (this.newline) this.push('\n', null, 0);
      else if (this.space) this.push(' ', this.space[0], this.space[1]);
    }
    this.newline = false;
    this.space = null;
    for (const l of this.openLinks) if (l[1] === null) l[1] = this.length;
    this.push(s, node, offset);
  }

  /** Appends `s`, mapped to `node` from `offset` (null: synthetic, unmapped). */
  push(s, node, offset) {
    if (node) {
      const i = this.segAt.length - 1;
      // Extend the previous run when the DOM characters follow on.
      if (i >= 0 && this.segNode[i] === node && this.segOff[i] + this.segLen[i] === offset && this.segAt[i] + this.segLen[i] === this.length) {
        this.segLen[i] += s.length;
      } else {
        this.segAt.push(this.length);
        this.segNode.push(node);
        this.segOff.push(offset);
        this.segLen.push(s.length);
      }
    }
    this.parts.push(s);
    this.length += s.length;
  }

  finish() {
    return new TextMap(this);
  }
}

/** Links that source something: not to the page itself, not to script.
 * Read as a browser reads a URL (and as the CLI's --html does): trimmed,
 * without its tabs and line breaks ("java\nscript:" is a script link).
 * @param {string | null} href */
function sourcingHref(href) {
  const h = (href || '').trim().replace(/[\t\n\r]/g, '');
  return h && !h.startsWith('#') && !/^javascript:/i.test(h) ? h : '';
}

class TextMap {
  constructor(b) {
    this.text = b.parts.join('');
    this.links = b.links.sort((x, y) => x.start - y.start || x.end - y.end);
    this.segAt = b.segAt;
    this.segNode = b.segNode;
    this.segOff = b.segOff;
    this.segLen = b.segLen;
    this.byNode = null; // node -> segment indices, built on first offsetOf()
  }

  /** The DOM position of text offset `offset`: a start looks forward past
   * unmapped characters, an end (`isEnd`) looks back. Null if none. */
  position(offset, isEnd = false) {
    const { segAt, segLen } = this;
    // Last segment starting at or before offset (before it, for an end).
    let lo = 0, hi = segAt.length - 1, i = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (isEnd ? segAt[mid] < offset : segAt[mid] <= offset) { i = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (isEnd) {
      if (i < 0) return null;
      const k = Math.min(offset - segAt[i], segLen[i]);
      return { node: this.segNode[i], offset: this.segOff[i] + k };
    }
    if (i >= 0 && offset < segAt[i] + segLen[i]) return { node: this.segNode[i], offset: this.segOff[i] + offset - segAt[i] };
    const j = i + 1; // offset in a gap: the next mapped character
    return j < segAt.length ? { node: this.segNode[j], offset: this.segOff[j] } : null;
  }

  /** A live DOM Range over text offsets [start, end), or null if empty. */
  range(start, end) {
    const a = this.position(start, false);
    const b = this.position(end, true);
    if (!a || !b) return null;
    const r = a.node.ownerDocument.createRange();
    // A page may have shortened a node since it was read (its change is read
    // again): an offset past its end is clamped, not thrown.
    r.setStart(a.node, Math.min(a.offset, a.node.length));
    r.setEnd(b.node, Math.min(b.offset, b.node.length));
    return r.collapsed ? null : r;
  }

  /** The text offset of a DOM position inside a mapped text node, or -1. */
  offsetOf(node, offset) {
    if (!this.byNode) {
      /** @type {Map<Node, number[]>} */
      const byNode = new Map();
      this.segNode.forEach((n, i) => {
        const list = byNode.get(n);
        if (list) list.push(i);
        else byNode.set(n, [i]);
      });
      this.byNode = byNode;
    }
    const list = this.byNode.get(node);
    if (!list) return -1;
    let best = -1;
    for (const i of list) {
      if (offset < this.segOff[i]) break;
      // Inside this run, or in collapsed whitespace after it: its last character.
      best = this.segAt[i] + Math.min(offset - this.segOff[i], this.segLen[i] - 1);
    }
    return best < 0 ? this.segAt[list[0]] : best;
  }
}
