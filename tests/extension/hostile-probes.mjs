// What tests/extension/hostile.test.mjs reads of a page: its whole state (to
// compare before and after), the highlights it made itself, the event
// listeners our content script leaves (DevTools protocol, every world), and
// the renderer's heap.

/** The page as a user or site owner could inspect it: markup, every open
 * shadow root, adopted sheets, the highlight registry. Read in the main world. */
export function pageState(page) {
  return page.evaluate(() => {
    const shadows = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        shadows.push(`<${el.localName}> ${el.shadowRoot.adoptedStyleSheets.length} adopted sheet(s): ${el.shadowRoot.innerHTML}`);
        visit(el.shadowRoot);
      }
    };
    visit(document);
    return {
      html: document.documentElement.outerHTML,
      shadows,
      sheets: document.adoptedStyleSheets.length,
      highlights: [...CSS.highlights].map(([name, h]) => `${name}: ${h.size} ranges, priority ${h.priority}, ${h.type}`),
    };
  });
}

/** null when two pageState()s are equal, else where they first differ (not
 * two 100 kB strings in an assertion message). */
export function stateDiff(a, b) {
  for (const key of Object.keys(a)) {
    const [x, y] = [JSON.stringify(a[key]), JSON.stringify(b[key])];
    if (x === y) continue;
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    return `${key} differs at ${i}: …${x.slice(Math.max(0, i - 60), i + 60)}… became …${y.slice(Math.max(0, i - 60), i + 60)}…`;
  }
  return null;
}

const MARKS = ['search-hit', 'highlight', 'quote'];

/** In the page (page.evaluate(rememberMarks)): keeps the page's own Highlight
 * objects, their Range objects and each range's boundaries. */
export function rememberMarks() {
  const saved = {};
  for (const name of ['search-hit', 'highlight', 'quote']) {
    const hl = CSS.highlights.get(name);
    saved[name] = { hl, ranges: [...hl].map((r) => ({ r, sc: r.startContainer, so: r.startOffset, ec: r.endContainer, eo: r.endOffset })) };
  }
  window.__marks = saved;
}

/**
 * The page's own highlights (fixtures/hostile-highlights.js) against what
 * rememberMarks() kept: for each, still the same object in the registry, its
 * size, priority and type, the same Range objects with the same boundaries;
 * the page's highlight names in order, its <style> and adopted sheet rules,
 * the computed ::highlight() style of an element under each, the adopted
 * sheets (how many, the page's first).
 */
export function marksState(page) {
  return page.evaluate((marks) => {
    const entries = {};
    for (const name of marks) {
      const saved = window.__marks[name];
      const hl = CSS.highlights.get(name);
      const now = hl ? [...hl] : [];
      entries[name] = {
        sameObject: hl === saved.hl,
        size: hl?.size ?? 0,
        priority: hl?.priority,
        type: hl?.type,
        sameRanges: now.length === saved.ranges.length && now.every((r, i) => {
          const s = saved.ranges[i];
          return r === s.r && r.startContainer === s.sc && r.startOffset === s.so && r.endContainer === s.ec && r.endOffset === s.eo;
        }),
        text: now.map((r) => r.toString()).join(' | '),
      };
    }
    const under = { 'search-hit': '.story-body p', highlight: 'article h1', quote: '#comments .comment p:not(.comment-meta)' };
    const computed = {};
    for (const name of marks) {
      const cs = getComputedStyle(document.querySelector(under[name]), `::highlight(${name})`);
      const line = cs.textDecorationLine;
      computed[name] = {
        background: cs.backgroundColor,
        color: cs.color,
        decoration: line === 'none' ? 'none' : `${line} ${cs.textDecorationStyle} ${cs.textDecorationColor}`,
      };
    }
    return {
      names: [...CSS.highlights.keys()].filter((n) => !n.startsWith('claimlens-')),
      entries,
      computed,
      rules: [...document.getElementById('page-marks').sheet.cssRules].map((r) => r.cssText),
      adoptedRules: [...window.pageMarks.sheet.cssRules].map((r) => r.cssText),
      sheets: { count: document.adoptedStyleSheets.length, pageFirst: document.adoptedStyleSheets[0] === window.pageMarks.sheet },
      htmlClass: document.documentElement.className,
    };
  }, MARKS);
}

/**
 * Starts watching `page`'s scripts and JavaScript worlds through its DevTools
 * session `cdp`; resolves to a probe: () => { ours, page, ourWindow }, the
 * event listeners on the document and every node under it (open shadow trees
 * included) registered by the extension's scripts (`ours`) or by anyone else
 * (`page`), and how many listeners the extension's world has on its window
 * (a window's listeners are listed per world).
 */
export async function ourListeners(cdp, extensionId) {
  const origin = `chrome-extension://${extensionId}`;
  const contexts = new Map();
  const scripts = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, context));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  cdp.on('Debugger.scriptParsed', (s) => scripts.set(s.scriptId, s.url));
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  const listenersOf = async (expression, contextId) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression, ...(contextId ? { contextId } : {}) });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true });
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    return listeners;
  };
  const isOurs = (l) => (scripts.get(l.scriptId) || '').startsWith(`${origin}/`);
  const describe = (l) => `${l.type} on node ${l.backendNodeId ?? 'document'} (${scripts.get(l.scriptId) || `script ${l.scriptId}`})`;
  return async () => {
    const all = await listenersOf('document');
    let ourWindow = 0;
    for (const c of contexts.values()) if (c.origin === origin) ourWindow += (await listenersOf('window', c.id)).length;
    return { ours: all.filter(isOurs).map(describe), page: all.filter((l) => !isOurs(l)).map(describe).sort(), ourWindow };
  };
}

/** Bytes in use in the page's renderer after a garbage collection: the
 * JavaScript heap of every world and Blink's own (DOM ranges, highlights). */
export async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize = 0 } = await cdp.send('Runtime.getHeapUsage');
  return usedSize + embedderHeapUsedSize;
}
