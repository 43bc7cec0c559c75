// Text that changes after load (live blogs, infinite scroll, single-page
// apps): a MutationObserver, debounced, hands the session only what changed.
// A new block inside an analysed unit becomes a unit of its own (nothing is
// analysed or highlighted twice); an edit inside a block re-reads its unit;
// an article that arrives where there was none is found as on the first run.
// A batch is processed in short tasks (www/slicer.js): a page that changes
// a thousand times a second keeps its main thread.

import { HOST_ATTR } from '../../../www/textmap.js';
import { Cancelled, CHUNK } from '../../../www/slicer.js';
import { findArticleSliced, findCommentsSliced, isComments } from './extract.js';

const QUIET = 250; // ms without changes before a batch is read
const MAX_WAIT = 1000; // ms: a page that never stops changing is still read this often
const BLOCK = new Set(['p', 'div', 'section', 'article', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'pre', 'table', 'dl', 'figure', 'main', 'aside', 'header', 'footer']);

export class Watcher {
  constructor(session) {
    this.session = session;
    this.records = [];
    this.timer = 0;
    this.first = 0; // when the pending batch's first change came
    this.last = 0; // and its last
    this.busy = null; // the batch being processed
    this.observer = new MutationObserver((records) => this.queue(records));
  }

  start(doc) {
    this.observer.observe(doc.body || doc.documentElement, { childList: true, subtree: true, characterData: true });
    // Changes the page made while the session read it for the first time.
    this.queue(this.session.takeMissed());
  }

  stop() {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.timer = 0;
    this.records = [];
  }

  queue(records) {
    for (const r of records) if (!ours(r.target)) this.records.push(r);
    if (!this.records.length) return;
    this.last = performance.now();
    if (!this.timer) {
      this.first = this.last;
      this.timer = setTimeout(() => this.tick(), QUIET);
    }
  }

  /** Reads the batch QUIET ms after its last change or MAX_WAIT ms after its
   * first, whichever comes first. The timer is never pushed back: on a page
   * that changes faster than a timer fires, pushing it back would starve it. */
  tick() {
    const now = performance.now();
    const due = Math.min(this.last + QUIET, this.first + MAX_WAIT);
    if (now + 1 < due) this.timer = setTimeout(() => this.tick(), due - now);
    else this.flush();
  }

  async flush() {
    this.timer = 0;
    // One batch at a time: the next one waits for this one's analysis.
    while (this.busy) await this.busy;
    if (this.timer) return; // changes came meanwhile: their batch takes these too
    const records = this.records;
    this.records = [];
    if (!records.length || !this.session.active) return;
    this.busy = this.process(records)
      .catch((e) => e instanceof Cancelled || console.debug('ClaimLens:', e))
      .finally(() => (this.busy = null));
  }

  async process(records) {
    const s = this.session;
    const slicer = s.slicer();
    const gone = new Set(s.prune()); // roots of units that left the page
    const unread = s.unread.count;
    const added = new Set();
    const changed = new Set();
    for (let i = 0; i < records.length; i++) {
      if (i % CHUNK === CHUNK - 1) await slicer.pause(CHUNK); // a record a step
      const r = records[i];
      if (r.type === 'childList' && r.removedNodes.length) {
        const unit = lostText(s, r, gone);
        if (unit) changed.add(unit);
      }
      const nodes = r.type === 'childList' ? r.addedNodes : [r.target];
      for (const n of nodes) {
        if (!n.isConnected || ours(n) || editable(n)) continue;
        // Whitespace that comes with inserted blocks (templates, pretty-printed HTML) adds no text.
        if (r.type === 'childList' && n.nodeType === 3 && !n.data.trim()) continue;
        const unit = s.unitOf(n);
        const el = n.nodeType === 1 ? n : n.parentElement;
        if (!el) continue;
        if (unit && r.type === 'childList' && n.nodeType === 1 && isBlock(n)) {
          // A block the unit's last reading already holds (it came while the
          // page was being read, or moved) is read again with it, not apart.
          if (s.isNoiseIn(unit, n)) continue;
          if (s.holds(unit, n)) changed.add(unit);
          else added.add(n);
        } else if (unit) {
          if (!s.isNoiseIn(unit, el)) changed.add(unit);
        } else if (n.nodeType === 1) {
          added.add(n);
        }
      }
    }
    // Keep the outermost of nested additions.
    const tops = [...added].filter((n) => !hasAncestorIn(n, added));
    const found = [];
    const hasArticle = s.units.some((u) => u.kind === 'article');
    for (const n of tops) {
      await slicer.pause(1);
      const unit = s.unitOf(n);
      if (unit) {
        found.push({ kind: unit.kind, root: n });
      } else if (!hasArticle) {
        continue; // the whole page is searched again below
      } else if (isComments(n)) {
        found.push(...(await s.commentUnits([n], slicer)));
      } else {
        // Text arriving in a comment section that is no unit (comments off, or
        // the section was empty) is comments still, never an article.
        const section = commentsAround(s, n);
        if (section) {
          found.push(...(await s.commentUnits([section], slicer)));
          continue;
        }
        const article = await findArticleSliced(n, slicer);
        if (article) found.push({ kind: 'article', root: article });
        found.push(...(await s.commentUnits(await findCommentsSliced(n, article, slicer), slicer)));
      }
    }
    if (!hasArticle && tops.length) found.push(...(await s.detect(s.doc, slicer)));
    const topSet = new Set(tops);
    for (const u of changed) if (hasAncestorIn(u.root, topSet, true)) changed.delete(u);
    // One read for both: the new units' roots are registered first, so that a
    // unit re-read leaves their text out (or it would be highlighted twice).
    if (found.length || changed.size) await s.update(found, [...changed], slicer);
    else if (s.unread.count !== unread) await s.report(slicer); // the popup's note on comments
  }
}

/** The unit that lost text in childList record `r` (not a unit of its own
 * that left with it, not noise, not whitespace), or null. */
function lostText(s, r, gone) {
  const t = r.target;
  if (!t.isConnected || ours(t)) return null;
  const unit = s.unitOf(t);
  const el = t.nodeType === 1 ? t : t.parentElement;
  if (!unit || !el || s.isNoiseIn(unit, el)) return null;
  for (const n of r.removedNodes) {
    if (gone.has(n) || !n.textContent.trim() || (n.nodeType === 1 && s.isNoiseIn(unit, n))) continue;
    return unit;
  }
  return null;
}

/** The comment section holding `node` (an element), or null; as
 * findComments() has it, a section never holds the article. */
function commentsAround(s, node) {
  for (let e = node.parentElement; e && e !== node.ownerDocument.body; e = e.parentElement) {
    if (isComments(e)) return s.units.some((u) => u.kind === 'article' && e.contains(u.root)) ? null : e;
  }
  return null;
}

/** True when an ancestor of `node` (or `node` itself, with `self`) is in the Set `set`. */
function hasAncestorIn(node, set, self = false) {
  for (let n = self ? node : node.parentNode; n; n = n.parentNode) if (set.has(n)) return true;
  return false;
}

function ours(node) {
  const el = node.nodeType === 1 ? node : node.parentElement;
  return !!el?.closest?.(`[${HOST_ATTR}]`);
}

function editable(node) {
  const el = node.nodeType === 1 ? node : node.parentElement;
  return !!el?.isContentEditable || !!el?.closest?.('textarea, input');
}

/** An element laid out as a block (or holding blocks): a paragraph that arrives, not a word. */
function isBlock(el) {
  return BLOCK.has(el.localName) || !!el.querySelector?.('p, div, li, blockquote, h2, h3');
}
