// Text that changes after load (live blogs, infinite scroll, single-page
// apps): a MutationObserver, debounced, hands the session only what changed.
// A new block inside an analysed unit becomes a unit of its own (nothing is
// analysed or highlighted twice); an edit inside a block re-reads its unit;
// an article that arrives where there was none is found as on the first run.

import { HOST_ATTR } from '../../../www/textmap.js';
import { findArticle, findComments, isComments } from './extract.js';

const QUIET = 250; // ms without changes before a batch is read
const MAX_WAIT = 1000; // ms: a page that never stops changing is still read this often
const BLOCK = new Set(['p', 'div', 'section', 'article', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'pre', 'table', 'dl', 'figure', 'main', 'aside', 'header', 'footer']);

export class Watcher {
  constructor(session) {
    this.session = session;
    this.records = [];
    this.timer = 0;
    this.first = 0; // when the pending batch started
    this.busy = null; // the batch being processed
    this.observer = new MutationObserver((records) => this.queue(records));
  }

  start(doc) {
    this.observer.observe(doc.body || doc.documentElement, { childList: true, subtree: true, characterData: true });
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
    const now = performance.now();
    if (!this.timer) this.first = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(QUIET, this.first + MAX_WAIT - now));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  async flush() {
    this.timer = 0;
    if (this.busy) {
      // One batch at a time: the next one waits for this one's analysis.
      await this.busy;
      if (this.timer) return;
    }
    const records = this.records;
    this.records = [];
    if (!records.length || !this.session.active) return;
    this.busy = this.process(records).catch((e) => console.debug('ClaimLens:', e)).finally(() => (this.busy = null));
  }

  async process(records) {
    const s = this.session;
    s.prune();
    const added = new Set();
    const changed = new Set();
    for (const r of records) {
      const nodes = r.type === 'childList' ? [...r.addedNodes] : [r.target];
      for (const n of nodes) {
        if (!n.isConnected || ours(n) || editable(n)) continue;
        // Whitespace that comes with inserted blocks (templates, pretty-printed HTML) adds no text.
        if (r.type === 'childList' && n.nodeType === 3 && !n.data.trim()) continue;
        const unit = s.unitOf(n);
        const el = n.nodeType === 1 ? n : n.parentElement;
        if (!el) continue;
        if (unit && r.type === 'childList' && n.nodeType === 1 && isBlock(n)) {
          if (!s.isNoiseIn(unit, n)) added.add(n);
        } else if (unit) {
          if (!s.isNoiseIn(unit, el)) changed.add(unit);
        } else if (n.nodeType === 1) {
          added.add(n);
        }
      }
    }
    // Keep the outermost of nested additions.
    const tops = [...added].filter((n) => ![...added].some((m) => m !== n && m.contains(n)));
    const found = [];
    const hasArticle = s.units.some((u) => u.kind === 'article');
    for (const n of tops) {
      const unit = s.unitOf(n);
      if (unit) {
        found.push({ kind: unit.kind, root: n });
      } else if (!hasArticle) {
        continue; // the whole page is searched again below
      } else if (isComments(n)) {
        if (s.settings.comments) found.push({ kind: 'comments', root: n });
      } else {
        const article = findArticle(n);
        if (article) found.push({ kind: 'article', root: article });
        if (s.settings.comments) for (const c of findComments(n, article)) found.push({ kind: 'comments', root: c });
      }
    }
    if (!hasArticle && tops.length) found.push(...s.detect(s.doc));
    for (const u of changed) if (tops.some((n) => n.contains(u.root))) changed.delete(u);
    // The new units first (their roots are registered at once): a unit re-read
    // below must leave their text out, or it would be highlighted twice.
    const adding = found.length ? s.addUnits(found) : null;
    if (changed.size) await s.refresh([...changed]);
    if (adding) await adding;
  }
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
