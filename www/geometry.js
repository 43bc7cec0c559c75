// Where flags are: the boxes of a range's lines, the flag under a point,
// the document order of two roots (lens-ui.js draws and hit-tests with these).

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
