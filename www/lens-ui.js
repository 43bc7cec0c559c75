// The widget's own corner of the page at work: one host element (lens-host.js)
// with a shadow root holding the overlay boxes (where the Highlight API is
// missing), the focus ring, the keyboard handle and the tooltip. Highlights
// are not elements, so hover is a hit test (geometry.js: caret position ->
// text offset -> flag) and keyboard access goes through one focusable handle
// that walks the flags. Removing the host and the listeners undoes everything.
//
// One UI can serve several groups of flags (the extension analyses an
// article, its comments, text that arrives later, open shadow roots apart):
// they share one host, one handle and one tooltip, walked in document order.

import { words } from './labels.js';
import { fillTooltip, handleName } from './tooltip.js';
import { textRects, precedes, boxOf, flagAt, tipPosition, reveal } from './geometry.js';
import { buildHost } from './lens-host.js';

const uis = new Set(); // live UIs: the global shortcut goes to one of them

export class LensUI {
  // Made by build() (lens-host.js) and listen().
  /** @type {HTMLDivElement} */ host;
  /** @type {ShadowRoot} */ shadow;
  /** @type {HTMLElement} */ nav;
  /** @type {HTMLButtonElement} */ handle;
  /** @type {HTMLDivElement} */ tip;
  /** @type {HTMLDivElement} */ boxes;
  /** @type {HTMLDivElement} */ rings;
  /** @type {boolean} the tooltip is a popover (in the top layer) */ popover;
  /** @type {Array<() => void>} */ offs;

  /**
   * `doc`: the document. Options: `mode` ("highlight" | "overlay"), `lang`
   * (tooltip language), `after` (put the host right after this element, so
   * that Tab goes from the text to its flags; default: the end of the body),
   * `actions` ([{ id, label: { en, fr } }]: buttons in the tooltip) and
   * `onAction(id, flag)`.
   * @param {Document} doc
   * @param {import('./highlight.js').UIOptions & { mode: 'highlight' | 'overlay', lang: string, after?: Element | null }} options
   */
  constructor(doc, { mode, lang, after = null, actions = [], onAction = undefined }) {
    this.doc = doc;
    this.win = /** @type {Window} */ (doc.defaultView);
    this.mode = mode;
    this.lang = lang;
    this.after = after;
    this.actions = actions;
    this.onAction = onAction;
    this.groups = []; // [{ root, items, map }] in document order
    this.flat = []; // every group's [{ flag, range }], flattened (see `items`)
    this.stale = false; // groups changed since `flat` was built
    this.current = -1; // flag with keyboard focus
    this.last = -1; // the flag focused last: Tab back in resumes there
    this.hovered = -1;
    this.frame = 0;
    this.pending = null; // what the next animation frame redraws
    this.build();
    try {
      this.listen();
    } catch (error) {
      // A page that broke event listeners: nothing of ours stays in it.
      for (const off of this.offs || []) off();
      this.host.remove();
      throw error;
    }
    uis.add(this);
  }

  /** Every group's flags in document order: [{ flag, range }]. */
  get items() {
    if (this.stale) this.regroup();
    return this.flat;
  }

  /** Adds the flags `items` ([{ flag, range }] in text order) read from `root`
   * through `map`. Returns the group, for remove(). */
  add(root, items, map) {
    const group = { root, items, map };
    // Groups are in document order: a binary search (a page may add hundreds).
    let lo = 0, hi = this.groups.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (precedes(root, this.groups[mid].root)) hi = mid;
      else lo = mid + 1;
    }
    this.groups.splice(lo, 0, group);
    this.ro?.observe(boxOf(root));
    this.changed();
    return group;
  }

  /** A group's items changed (in place) and were read through `map`. */
  replace(group, map) {
    group.map = map;
    this.changed();
  }

  /** Removes a group's flags. */
  remove(group) {
    const i = this.groups.indexOf(group);
    if (i < 0) return;
    this.groups.splice(i, 1);
    if (!this.groups.some((g) => boxOf(g.root) === boxOf(group.root))) this.ro?.unobserve(boxOf(group.root));
    this.changed();
  }

  /** Groups changed: the flat list is rebuilt when next needed (at the
   * latest in the next frame), once for any number of changes. */
  changed() {
    this.stale = true;
    if (this.mode === 'overlay') this.layout(); // boxes show at once
    else this.schedule('layout');
  }

  /** Rebuilds the flat list, keeping focus and hover on the same flags. */
  regroup() {
    this.stale = false;
    const keep = (i) => this.flat[i];
    const [cur, last, tip] = [keep(this.current), keep(this.last), keep(this.tipItem)];
    this.flat = this.groups.flatMap((g) => g.items);
    const find = (item) => (item ? this.flat.indexOf(item) : -1);
    this.current = find(cur);
    this.last = find(last);
    this.hovered = -1;
    if (tip && find(tip) < 0) this.hideTip();
    else this.tipItem = find(tip);
    this.handle.disabled = this.flat.length === 0;
    if (this.current < 0) this.handle.textContent = `${words(this.lang).flags} (${this.flat.length}). ${words(this.lang).keys}`;
  }

  build() {
    ({ host: this.host, shadow: this.shadow, boxes: this.boxes, rings: this.rings, nav: this.nav, handle: this.handle, tip: this.tip, popover: this.popover } =
      buildHost(this.doc, { lang: this.lang, after: this.after }));
    if (this.actions.length) {
      this.tip.classList.add('actionable');
      // The tooltip's buttons (drawn by fillTooltip()) act on the flag it shows.
      this.tip.addEventListener('click', (e) => {
        const button = /** @type {HTMLButtonElement | null} */ (/** @type {Element} */ (e.target).closest?.('button[data-action]'));
        const id = button?.dataset.action;
        const item = this.items[this.tipItem];
        if (!button || !id || !item) return;
        this.onAction?.(id, item.flag);
        button.disabled = true;
        button.textContent = words(this.lang).thanks;
      });
    }
  }

  listen() {
    const on = (target, type, fn, opts) => {
      target.addEventListener(type, fn, opts);
      this.offs.push(() => target.removeEventListener(type, fn, opts));
    };
    this.offs = [];
    on(this.handle, 'focus', () => this.moving || this.focusItem(Math.max(0, this.last), false));
    on(this.handle, 'blur', () => this.blurItem());
    on(this.handle, 'keydown', (e) => this.onListKey(e));
    on(this.doc, 'keydown', (e) => this.onShortcut(e));
    on(this.doc, 'pointermove', (e) => this.schedule('hover', e), { passive: true });
    if (this.actions.length) on(this.tip, 'pointerleave', () => this.hover(-1));
    on(this.doc.documentElement, 'pointerleave', () => this.hover(-1));
    on(this.win, 'resize', () => this.schedule('layout'), { passive: true });
    // Scrolling the window moves text and boxes together: only the fixed
    // tooltip follows; an inner scroller moves the text alone: redraw.
    on(this.doc, 'scroll', (e) => this.schedule(e.target === this.doc ? 'tip' : 'layout'), { passive: true, capture: true });
    if (typeof ResizeObserver === 'function') {
      const ro = (this.ro = new ResizeObserver(() => this.schedule('layout')));
      this.offs.push(() => ro.disconnect());
    }
    this.afterFonts();
  }

  /** Once web fonts are in, text moved: redraw in the next frame (a layout
   * forced at once would cost a long page a long task). Awaited, not .then():
   * the page may have replaced Promise.prototype.then. */
  async afterFonts() {
    try {
      await this.doc.fonts?.ready;
    } catch {
      return;
    }
    if (this.host.isConnected) this.schedule('layout');
  }

  /** Coalesces bursts of events into one redraw per frame. */
  schedule(what, event) {
    if (this.destroyed) return;
    const rank = { hover: 0, tip: 1, layout: 2 };
    if (what === 'hover') this.lastPointer = event;
    if (!this.pending || rank[what] > rank[this.pending]) this.pending = what;
    if (this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => {
      const redraw = this.pending;
      this.frame = 0;
      this.pending = null;
      if (this.stale) this.regroup();
      if (redraw === 'layout') this.layout();
      else if (redraw === 'tip') this.placeTip();
      const p = this.lastPointer;
      if (p && !this.overTip(p.clientX, p.clientY)) this.hover(this.hit(p.clientX, p.clientY));
      this.lastPointer = null;
    });
  }

  /** Redraws the overlay boxes, the focus ring and the tooltip position. */
  layout() {
    // Highlights paint themselves: with no ring or tooltip shown there is
    // nothing to measure (measuring forces the page's style and layout).
    if (this.mode !== 'overlay' && this.current < 0 && !(this.tipItem >= 0)) {
      if (this.rings.firstChild) this.rings.replaceChildren();
      return;
    }
    const origin = this.host.getBoundingClientRect();
    if (this.mode === 'overlay') {
      const frag = this.doc.createDocumentFragment();
      for (const { mark, range } of this.items) {
        for (const r of textRects(range)) frag.append(this.box(`box ${mark}`, r, origin));
      }
      this.boxes.replaceChildren(frag);
    }
    this.drawRing(origin);
    this.placeTip();
  }

  box(className, r, origin, pad = 0) {
    const b = this.doc.createElement('div');
    b.className = className;
    b.style.cssText = `left:${r.left - origin.left - pad}px;top:${r.top - origin.top - pad}px;width:${r.width + 2 * pad}px;height:${r.height + 2 * pad}px`;
    return b;
  }

  drawRing(origin = this.host.getBoundingClientRect()) {
    const item = this.items[this.current];
    if (!item) return this.rings.replaceChildren();
    const rects = textRects(item.range);
    this.rings.replaceChildren(...rects.map((r) => this.box('ring', r, origin, 2)));
  }

  /** Keyboard focus on flag `i`: ring, tooltip, and the sentence scrolled into view. */
  focusItem(i, moveFocus = true) {
    if (!(i >= 0 && i < this.items.length)) return;
    this.current = this.last = i;
    this.handle.textContent = handleName(this.items[i].flag, i, this.items.length, this.lang);
    reveal(this.win, this.items[i].range);
    if (moveFocus && this.shadow.activeElement !== this.handle) {
      this.moving = true; // the focus event must not jump back to the last flag
      this.handle.focus({ preventScroll: true });
      this.moving = false;
    }
    this.drawRing();
    this.showTip(i);
  }

  blurItem() {
    this.current = -1;
    this.drawRing();
    if (this.hovered >= 0) this.showTip(this.hovered);
    else this.hideTip();
  }

  onListKey(e) {
    const n = this.items.length;
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key];
    if (step) this.focusItem((this.current + step + n) % n);
    else if (e.key === 'Home') this.focusItem(0);
    else if (e.key === 'End') this.focusItem(n - 1);
    else if (e.key === 'Escape') this.hideTip();
    else return;
    e.preventDefault();
  }

  /** Alt+Shift+N / Alt+Shift+P from anywhere: next / previous flag. One UI
   * answers: the one holding focus, else the first attached. */
  onShortcut(e) {
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
    const step = { KeyN: 1, KeyP: -1 }[e.code];
    if (!step) return;
    const live = [...uis].filter((u) => u.items.length);
    if ((live.find((u) => u.doc.activeElement === u.host) || live[0]) !== this) return;
    e.preventDefault();
    const n = this.items.length;
    const from = this.current >= 0 ? this.current : this.last; // resume where the reader left
    this.focusItem(from < 0 ? (step > 0 ? 0 : n - 1) : (from + step + n) % n);
  }

  /** The flag under the viewport point (x, y), or -1. */
  hit(x, y) {
    return flagAt(this.doc, this.groups, x, y);
  }

  /** True when the point is over the tooltip (whose buttons the pointer may be heading for). */
  overTip(x, y) {
    if (!this.actions.length || this.tipItem < 0) return false;
    const r = this.tip.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  hover(i) {
    if (i === this.hovered) return;
    this.hovered = i;
    if (i >= 0) this.showTip(i, this.lastPointer);
    else if (this.current >= 0) this.showTip(this.current);
    else this.hideTip();
  }

  showTip(i, pointer) {
    this.tipItem = i;
    this.tipPointer = pointer ? { x: pointer.clientX, y: pointer.clientY } : null;
    const item = this.items[i];
    fillTooltip(this.tip, item.flag, this.lang, this.actions, item.note, item.mark);
    if (this.popover) {
      if (!this.tip.matches(':popover-open')) this.tip.showPopover();
    } else this.tip.hidden = false;
    this.placeTip();
  }

  hideTip() {
    this.tipItem = -1;
    if (this.popover) {
      if (this.tip.matches(':popover-open')) this.tip.hidePopover();
    } else this.tip.hidden = true;
  }

  /** Puts the tooltip by its sentence (geometry.js's tipPosition()). */
  placeTip() {
    const item = this.items[this.tipItem];
    if (!item) return;
    const view = { width: this.doc.documentElement.clientWidth, height: this.win.innerHeight };
    const { left, top } = tipPosition(item.range, this.tipPointer ?? null, this.tip.getBoundingClientRect(), view);
    this.tip.style.left = `${left}px`;
    this.tip.style.top = `${top}px`;
  }

  destroy() {
    this.destroyed = true;
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    for (const off of this.offs) off();
    this.host.remove();
    uis.delete(this);
  }
}
