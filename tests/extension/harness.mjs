// Drives the built extension in the system Chromium (its test build,
// target/extension-test/chrome: dist/chrome plus a handle on the background,
// globalThis.claimlens, which the shipped build has not): a fresh
// profile with the unpacked extension loaded, the toolbar button "clicked"
// through the DevTools protocol (Extensions.triggerAction, which opens the
// popup and grants activeTab exactly as a click does), and access to the
// background's state. Prerequisites: scripts/build_extension.sh (both builds) and
// scripts/install_browser.sh (Chromium, node_modules).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { ROOT, CHROMIUM, CHROMIUM_ARGS, LABELS, MARKS, startServer } from '../browser/helpers.mjs';
import { buildPages } from './pages.mjs';

export const DIST = path.join(ROOT, 'target', 'extension-test', 'chrome');

/** Builds the extension when its test build is missing (scripts/build_extension.sh). */
export function ensureExtension() {
  if (fs.existsSync(path.join(DIST, 'manifest.json'))) return;
  const r = spawnSync('bash', ['scripts/build_extension.sh'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`scripts/build_extension.sh failed: ${path.relative(ROOT, DIST)} is missing`);
}

/**
 * Chromium with the extension loaded, in a fresh profile. Resolves to
 * { context, worker, id, cdp, close() }: `worker` is the background service
 * worker, `cdp` a browser-level DevTools session.
 */
export async function launchExtension(dir = DIST) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below: the old headless mode runs no extensions
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--enable-unsafe-extension-debugging'],
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1100, height: 800 },
  });
  const worker = context.serviceWorkers()[0] || (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const cdp = await context.browser().newBrowserCDPSession();
  return {
    context,
    worker,
    id,
    cdp,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The one item of `list` for `page` (`what` names them): two tabs at the same
 * address would make a test act on a page it did not open. */
function only(list, page, what) {
  if (list.length === 1) return list[0];
  throw new Error(list.length ? `${list.length} ${what} show ${page.url()}: a page an earlier test opened is still open` : `no ${what} shows ${page.url()}`);
}

/** The DevTools target id of a page's tab. */
async function targetOf(ext, page) {
  const { targetInfos } = await ext.cdp.send('Target.getTargets', { filter: [{ type: 'tab', exclude: false }] });
  return only(targetInfos.filter((x) => x.url === page.url()), page, 'tab targets').targetId;
}

/** Clicks the toolbar button on `page`'s tab (the popup opens and analyses the page). */
export async function clickAction(ext, page) {
  await ext.cdp.send('Extensions.triggerAction', { id: ext.id, targetId: await targetOf(ext, page) });
}

/** The tab id of `page`, as the extension knows it. */
export async function tabIdOf(ext, page) {
  const ids = await ext.worker.evaluate(async (url) => (await chrome.tabs.query({})).filter((t) => t.url === url).map((t) => t.id), page.url());
  return only(ids, page, 'tabs');
}

/**
 * A bound (ms) on a wait for the extension's work on a page of `chars`
 * characters, `flags` flags and `nodes` DOM nodes: 15 s, and 1 s per 20,000
 * characters, per 1,000 flags and per 10,000 nodes. Generous for a loaded
 * machine: only a failure ever reaches it; it measures nothing.
 */
export function timeoutFor({ chars = 0, flags = 0, nodes = 0 } = {}) {
  return Math.round(15000 + chars / 20 + flags + nodes / 10);
}

/** What `frame` shows now, for a failure message: highlights per label,
 * ClaimLens hosts, and (given `ext` and `page`) the tab's state in the background. */
export async function pageStateOf(frame, { ext = null, page = null } = {}) {
  const shown = await frame.evaluate((labels) => ({
    highlights: Object.fromEntries(labels.map((l) => [l, CSS.highlights.get(`claimlens-${l}`)?.size ?? 0])),
    hosts: document.querySelectorAll('[data-claimlens-host]').length,
    readyState: document.readyState,
  }), MARKS).catch((e) => ({ unreadable: e.message.split('\n')[0] }));
  if (!ext || !page) return JSON.stringify(shown);
  const tab = await tabState(ext, page).catch((e) => ({ unreadable: e.message }));
  const frames = tab?.frames && Object.fromEntries(Object.entries(tab.frames).map(([id, f]) => [id, { article: f.article?.counts, comments: f.comments?.counts, work: f.work }]));
  return JSON.stringify({ ...shown, tab: tab && { hidden: tab.hidden, labels: tab.labels, frames } });
}

/** `promise`, its failure said with the page's state (pageStateOf). */
async function withState(promise, what, frame, context) {
  try {
    return await promise;
  } catch (e) {
    throw new Error(`${what}: ${e.message.split('\n')[0]}; the page shows ${await pageStateOf(frame, context)}`);
  }
}

/** The background's state of `page`'s tab: { url, hidden, labels, frames: { [frameId]: report } }. */
export async function tabState(ext, page) {
  const tabId = await tabIdOf(ext, page);
  return ext.worker.evaluate((id) => globalThis.claimlens.getTab(id), tabId);
}

/** Waits until the top frame's report is in (and, with `frames`, that many frames reported). */
export async function waitForReport(ext, page, { frames = 1, timeout = timeoutFor() } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const s = await tabState(ext, page);
    if (s && Object.keys(s.frames).length >= frames) return s;
    if (Date.now() > deadline) throw new Error(`no report from ${frames} frame(s) of ${page.url()} in ${timeout} ms; the page shows ${await pageStateOf(page, { ext, page })}`);
    await new Promise((r) => setTimeout(r, 50)); // polling the background, not a fixed wait for the page
  }
}

/** Polls the background until `pred(report of the top frame)` holds; `show(report)`
 * says what the last report held when it times out. */
export async function waitForTopReport(ext, page, pred, what, { timeout = timeoutFor(), show = (r) => JSON.stringify(r)?.slice(0, 400) } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const r = (await tabState(ext, page))?.frames?.[0];
    if (r && pred(r)) return r;
    if (Date.now() > deadline) throw new Error(`no ${what} in ${timeout} ms; last report: ${r && show(r)}; the page shows ${await pageStateOf(page, { ext, page })}`);
    await new Promise((done) => setTimeout(done, 50)); // polling the background, not a fixed wait for the page
  }
}

/** Changes the extension's settings as the options page does (storage.local):
 * `patch` over the settings stored. Resolves to them. */
export function setSettings(ext, patch) {
  return ext.worker.evaluate(async (patch) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, ...patch } });
    return (await chrome.storage.local.get('settings')).settings;
  }, patch);
}

/** Hides (true) or shows again (false) every highlight on the tab, as the popup's switch does. */
export async function setHidden(ext, page, hidden) {
  const tabId = await tabIdOf(ext, page);
  return ext.worker.evaluate(({ tabId, hidden }) => globalThis.claimlens.handlers.hidden({ tabId, hidden }), { tabId, hidden });
}

/** Waits until `frame` (a page or a frame) shows at least `min` highlighted
 * ranges; `timeout` defaults to timeoutFor() that many flags. */
export function waitForHighlights(frame, min = 1, timeout = timeoutFor({ flags: min })) {
  return withState(frame.waitForFunction(
    ({ labels, min }) => labels.reduce((n, l) => n + (CSS.highlights.get(`claimlens-${l}`)?.size || 0), 0) >= min,
    { labels: MARKS, min },
    { timeout },
  ), `${min} highlights awaited`, frame);
}

/** Opens the popup page for `page`'s tab in a tab of its own (the toolbar popup is
 * not a page Playwright can drive); `?tab=` tells it which tab it speaks for. */
export async function openPopup(ext, page, viewport = { width: 380, height: 600 }) {
  const tabId = await tabIdOf(ext, page);
  const popup = await ext.context.newPage();
  await popup.setViewportSize(viewport);
  await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${tabId}`);
  return popup;
}

// ---- Used by the page tests (pages.test.mjs, dynamic.test.mjs) ----

/** What a page test file starts with: the fixture pages served, the extension
 * launched (with `settings` over its defaults), its requests and its worker's
 * errors recorded. Resolves to { ext, server, site, requests, workerErrors, close() }. */
export async function startSuite({ settings = null } = {}) {
  ensureExtension();
  const site = buildPages();
  const server = await startServer({ routes: site.routes, headers: site.headers });
  const ext = await launchExtension();
  if (settings) await setSettings(ext, settings);
  return {
    ext, server, site,
    requests: recordRequests(ext),
    workerErrors: watchWorker(ext),
    /** Closes the pages a test opened (a failed test leaves its page open). */
    closePages: () => closePages(ext),
    async close() {
      await ext.close();
      await server.close();
    },
  };
}

/** Closes every page of `ext`'s browser but a blank one (the browser keeps a window). */
export async function closePages(ext) {
  for (const p of ext.context.pages()) if (p.url() !== 'about:blank') await p.close();
}

/** The highlights inside the element `selector` (of `host`'s shadow root with
 * `{ host }`), in document order: [{ label, text }]. Read in the page's main
 * world: the highlight registry is the document's, shared by every world. */
export function highlightsIn(frame, selector, { host = null } = {}) {
  return frame.evaluate(highlightsInPage, { labels: MARKS, selector, host });
}

/** snapshot()'s work in one document, run in the page (Playwright's or puppeteer's evaluate). */
export function snapshotInPage(host) {
  const sr = host ? document.querySelector(host)?.shadowRoot : null;
  return {
    html: document.documentElement.outerHTML,
    sheets: document.adoptedStyleSheets.length,
    shadow: sr ? sr.innerHTML : null,
    shadowSheets: sr ? sr.adoptedStyleSheets.length : null,
  };
}

/** highlightsIn()'s work, run in the page (Playwright's or puppeteer's evaluate);
 * `labels`: the marks (MARKS), each read as its label. */
export function highlightsInPage({ labels, selector, host }) {
  const el = (host ? document.querySelector(host)?.shadowRoot : document)?.querySelector(selector);
  if (!el) throw new Error(`no ${selector}${host ? ` in ${host}` : ''}`);
  const all = [];
  for (const label of labels) {
    for (const range of CSS.highlights.get(`claimlens-${label}`) ?? []) {
      if (el.contains(range.startContainer) && el.contains(range.endContainer)) all.push({ label: label.split('-')[0], range });
    }
  }
  all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) || a.range.compareBoundaryPoints(Range.END_TO_END, b.range));
  return all.map(({ label, range }) => ({ label, text: range.toString().replace(/\s+/g, ' ').trim() }));
}

/** Highlighted ranges that touch (intersect) any element matching `selectors`
 * (in the document, or in `host`'s shadow root): [{ selector, label, text }]. */
export function highlightsTouching(frame, selectors, { host = null } = {}) {
  return frame.evaluate(({ labels, selectors, host }) => {
    const scope = host ? document.querySelector(host).shadowRoot : document;
    const out = [];
    for (const label of labels) {
      for (const range of CSS.highlights.get(`claimlens-${label}`) ?? []) {
        for (const selector of selectors) {
          for (const el of scope.querySelectorAll(selector)) {
            if (range.startContainer.getRootNode() === el.getRootNode() && range.intersectsNode(el)) {
              out.push({ selector, label: label.split('-')[0], text: range.toString().replace(/\s+/g, ' ').trim() });
            }
          }
        }
      }
    }
    return out;
  }, { labels: MARKS, selectors, host });
}

/** Pairs of highlighted ranges sharing text (a text range highlighted twice). */
export function overlappingHighlights(frame) {
  return frame.evaluate((labels) => {
    const all = [];
    for (const label of labels) for (const range of CSS.highlights.get(`claimlens-${label}`) ?? []) all.push({ label, range });
    const out = [];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const [a, b] = [all[i].range, all[j].range];
        if (a.startContainer.getRootNode() !== b.startContainer.getRootNode()) continue;
        // Overlap: a starts before b ends and b starts before a ends.
        if (a.compareBoundaryPoints(Range.END_TO_START, b) < 0 && b.compareBoundaryPoints(Range.END_TO_START, a) < 0) {
          out.push([`${all[i].label}: ${a}`, `${all[j].label}: ${b}`]);
        }
      }
    }
    return out;
  }, MARKS);
}

/** How many ranges the extension highlights in `frame`. */
export function highlightCount(frame) {
  return frame.evaluate((labels) => labels.reduce((n, l) => n + (CSS.highlights.get(`claimlens-${l}`)?.size || 0), 0), MARKS);
}

/** Waits until `frame` shows no highlight and no ClaimLens host element;
 * `ext` and `page` add the tab's state to a failure's message. */
export function waitForNoHighlights(frame, { timeout = timeoutFor(), ext = null, page = null } = {}) {
  const context = { ext, page };
  return withState(frame.waitForFunction(
    (labels) => labels.every((l) => !CSS.highlights.has(`claimlens-${l}`)) && !document.querySelector('[data-claimlens-host]'),
    MARKS,
    { timeout },
  ), 'no highlight awaited', frame, context);
}

/**
 * Records every request made in the extension's browser context: pages,
 * frames, the popup and the background service worker. Returns the live
 * list: [{ url, method, type, worker, frame }].
 */
export function recordRequests(ext) {
  const log = [];
  ext.context.on('request', (r) => {
    let frame = null;
    try {
      frame = r.frame().url();
    } catch {
      // A service worker's request has no frame.
    }
    log.push({ url: r.url(), method: r.method(), type: r.resourceType(), worker: !!r.serviceWorker(), frame });
  });
  return log;
}

/** Console errors of the background service worker. */
export function watchWorker(ext) {
  const errors = [];
  ext.worker.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

/** Counts per label of a list of flags ({ label }), as the reports give them. */
export function countsOf(flags) {
  const counts = Object.fromEntries(LABELS.map((l) => [l, 0]));
  for (const f of flags) counts[f.label]++;
  return counts;
}

/** What "the page as it was" means: the markup of the top document, of `frame`
 * when it is a subframe, of `host`'s shadow root, and the adopted style sheets. */
export async function snapshot(page, frame = page.mainFrame(), host = null) {
  const one = (f) => f.evaluate(snapshotInPage, host);
  const top = await one(page.mainFrame());
  return frame === page.mainFrame() ? { top } : { top, frame: await one(frame) };
}

/**
 * The requests that are not the fixture pages' own: anything but
 * chrome-extension://<id>/ of the extension itself and the paths the pages
 * ask for on the fixture server (`origin`), in the browser's `requests`
 * (recordRequests) and in the server's `serverLog`. Empty when all is well.
 */
export function foreignRequests({ requests, serverLog, origin, id, expectedPaths }) {
  const bad = [];
  for (const r of requests) {
    let u;
    try {
      u = new URL(r.url);
    } catch {
      bad.push(r);
      continue;
    }
    if (u.protocol === 'chrome-extension:' && u.host === id) continue;
    if (u.origin === origin && expectedPaths.has(u.pathname)) continue;
    bad.push(r);
  }
  for (const p of serverLog) if (!expectedPaths.has(p)) bad.push({ server: p });
  return bad;
}
