// Where flags are: the boxes of a range's lines, the flag under a point,
// the document order of two roots, where the tooltip goes, how a sentence is
// scrolled into view (lens-ui.js draws, hit-tests and places with these).

/** One box per line of a range's text. getClientRects() also lists the
 * border box of every element the range contains (double-painting inline
 * elements, covering whole blocks) and splits a line at each element: drop
 * boxes that enclose others, then join neighbours on the same line. */
export function textRects(range) {
  const rects = [...range.getClientRects()].filter((r) => r.width >= 1 && r.height >= 1);
  const inside = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
  const lines = [];
  rects.forEach((r, i) => {
    // An enclosing box goes; of identical boxes, the first stays.
    if (rects.some((o, j) => j !== i && inside(o, r) && (!inside(r, o) || j < i))) return;
    const last = lines[lines.length - 1];
    const overlap = last && Math.min(last.bottom, r.bottom) - Math.max(last.top, r.top);
    if (last && overlap > Math.min(last.bottom - last.top, r.height) / 2 && r.left <= last.right + 3 && r.right >= last.left - 3) {
      Object.assign(last, {
        left: Math.min(last.left, r.left), right: Math.max(last.right, r.right),
        top: Math.min(last.top, r.top), bottom: Math.max(last.bottom, r.bottom),
      });
    } else lines.push({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
  });
  for (const l of lines) Object.assign(l, { width: l.right - l.left, height: l.bottom - l.top });
  return lines;
}

/** The index in `g.items` of the flag at DOM point (node, offset), or -1. */
export function hitIn(g, node, offset, x, y) {
  const t = g.map.offsetOf(node, offset);
  if (t < 0) return -1;
  // A caret sits between characters: the flag ending at t and the one
  // starting there are both candidates; the pointer's box decides.
  const items = g.items;
  let lo = 0, hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (end(items[mid].flag) < t) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let i = lo; i < items.length && start(items[i].flag) <= t; i++) {
    for (const r of items[i].range.getClientRects()) {
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return i;
    }
  }
  return -1;
}

/**
 * The flag under the viewport point (x, y) in `groups` ([{ root, items, map }]
 * in document order), as an index into all their items, or -1: the caret
 * position there, turned into a text offset of the group holding it.
 * @param {Document} doc
 * @param {Array<{ root: Element | ShadowRoot, items: any[], map: any }>} groups
 * @param {number} x
 * @param {number} y
 */
export function flagAt(doc, groups, x, y) {
  let node, offset;
  if (doc.caretPositionFromPoint) {
    // Open shadow roots holding flags must be named, or the caret stops at their host.
    const shadowRoots = /** @type {ShadowRoot[]} */ (groups.map((g) => g.root.getRootNode()).filter((r) => r !== doc && hostOf(r)));
    const p = doc.caretPositionFromPoint(x, y, shadowRoots.length ? { shadowRoots } : undefined);
    if (p) [node, offset] = [p.offsetNode, p.offset];
  } else if (doc.caretRangeFromPoint) {
    const r = doc.caretRangeFromPoint(x, y);
    if (r) [node, offset] = [r.startContainer, r.startOffset];
  }
  if (!node || node.nodeType !== 3) return -1;
  let base = 0;
  for (const g of groups) {
    if (g.root.contains(node)) {
      const i = hitIn(g, node, offset, x, y);
      return i < 0 ? -1 : base + i;
    }
    base += g.items.length;
  }
  return -1;
}

/**
 * Where the tooltip of `range` goes (viewport px): under the line the
 * pointer is on (hover), or under the whole sentence (keyboard, which stays
 * readable); above it when there is no room below; inside the viewport.
 * @param {Range} range
 * @param {{ x: number, y: number } | null} pointer
 * @param {{ width: number, height: number }} tip the tooltip's size
 * @param {{ width: number, height: number }} view the viewport's
 */
export function tipPosition(range, pointer, tip, view) {
  const rects = textRects(range);
  const whole = range.getBoundingClientRect();
  const line = pointer && rects.find((r) => pointer.y >= r.top - 1 && pointer.y <= r.bottom + 1);
  const below = line || rects[rects.length - 1] || whole;
  const above = line || rects[0] || whole;
  let top = below.bottom + 8;
  if (top + tip.height > view.height - 8 && above.top - tip.height - 8 >= 8) top = above.top - tip.height - 8;
  const x = pointer ? pointer.x - 24 : (rects[0] || whole).left;
  return { left: Math.max(8, Math.min(x, view.width - tip.width - 8)), top };
}

/** Scrolls `range` into view in `win`: its element first (inner scrollers),
 * then the window, since a long element can be in view while the sentence is not.
 * @param {Window} win
 * @param {Range} range */
export function reveal(win, range) {
  const vh = win.innerHeight;
  const off = (r) => r.top < 0 || r.bottom > vh;
  if (!off(range.getBoundingClientRect())) return;
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  const r = range.getBoundingClientRect();
  if (off(r)) win.scrollBy({ top: r.top - vh / 3, behavior: 'instant' });
}

/** The host of `n` if it is a shadow root, else null. (Only a shadow root's
 * `host` is a host: a link's or an area's `host` is its URL's host name.) */
export const hostOf = (n) => (n?.nodeType === 11 && n.host) || null;

/** `root` itself, or its host when it is a shadow root: the element that lays it out. */
export const boxOf = (root) => hostOf(root) || root;

/** True if `a` comes before `b` in the page (a shadow root stands where its host is). */
export function precedes(a, b) {
  const inPage = (n) => {
    while (hostOf(n.getRootNode?.())) n = hostOf(n.getRootNode());
    return hostOf(n) || n;
  };
  const [x, y] = [inPage(a), inPage(b)];
  if (x === y) return false;
  return !!(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) && !x.contains(y);
}

const start = (f) => f.start_utf16 ?? f.start;
const end = (f) => f.end_utf16 ?? f.end;
