// Drives the built extension in the system Firefox ESR (its test build,
// target/extension-test/firefox: dist/firefox plus the handle
// globalThis.claimlens on the background, src/background/testing.js) through
// puppeteer-core over WebDriver BiDi. The extension is installed as a
// temporary add-on at a fixed moz-extension:// address (the pref
// extensions.webextensions.uuids). Firefox is started with
// --remote-allow-system-access, so the tests can run code in the browser
// window's privileged (chrome) scope: that is how the toolbar button is
// pressed for real (browserAction.triggerAction, the code a click runs: it
// grants activeTab and opens the popup) and how every HTTP request of the
// browser is recorded. The background, an event page in Firefox, is reached
// from an extension page opened in a tab of its own (runtime.getBackgroundPage()).
// Prerequisites: scripts/build_extension.sh and scripts/install_firefox.sh.

import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { ROOT, LABELS, MARKS } from '../browser/helpers.mjs';
import { timeoutFor, highlightsInPage, snapshotInPage } from '../extension/harness.mjs';

export { timeoutFor };
export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const DIST = path.join(ROOT, 'target', 'extension-test', 'firefox');
/** The extension's moz-extension:// host in these tests (Firefox draws one at random otherwise). */
export const UUID = '5e1f0c2a-7b3d-4c8e-9a61-0d2f4b6c8e10';
export const ORIGIN = `moz-extension://${UUID}`;

/** Builds the extension when its Firefox test build is missing. */
export function ensureExtension() {
  if (fs.existsSync(path.join(DIST, 'manifest.json'))) return;
  const r = spawnSync('bash', ['scripts/build_extension.sh'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`scripts/build_extension.sh failed: ${path.relative(ROOT, DIST)} is missing`);
}

/** The add-on id the Firefox build declares (browser_specific_settings.gecko.id). */
export const addonId = () => JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;

/**
 * Headless Firefox with the extension installed, HTTP requests and the
 * extension's console errors recorded from the start; `prefs`: more
 * preferences. Resolves to { browser, id, bridge, close() }: `bridge` is the
 * tab holding an extension page that reaches the background.
 */
export async function launchFirefox(prefs = {}) {
  ensureExtension();
  const id = addonId();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [id]: UUID }), ...prefs },
    defaultViewport: { width: 1100, height: 800 },
  });
  const ff = { browser, id, bridge: null, close: () => browser.close() };
  try {
    await inChrome(ff, record, { uuid: UUID });
    const installed = await browser.installExtension(DIST);
    if (installed !== id) throw new Error(`installed ${installed}, expected ${id}`);
    ff.bridge = await openExtensionPage(ff, 'options.html');
    await waitFor(() => ff.bridge.evaluate(async () => typeof (await browser.runtime.getBackgroundPage())?.claimlens === 'object'),
      'the background\'s test handle (globalThis.claimlens)');
  } catch (e) {
    await browser.close();
    throw e;
  }
  return ff;
}

/** Runs `fn(arg)` (an async function, its source sent as text) in the browser
 * window's chrome scope; resolves to its result, through JSON. */
export async function inChrome(ff, fn, arg = null) {
  const conn = ff.browser.connection;
  const { result: tree } = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const win = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!win) throw new Error('no browser window in the chrome scope (is --remote-allow-system-access given?)');
  const expression = `(${fn})(${JSON.stringify(arg)}).then((v) => JSON.stringify(v ?? null))`;
  const { result } = await conn.send('script.evaluate', { expression, target: { context: win.context }, awaitPromise: true });
  if (result.type === 'exception') throw new Error(`in the chrome scope: ${result.exceptionDetails.text}`);
  return JSON.parse(result.result.value);
}

/** (Chrome scope) Records every HTTP request, who triggered it and from which
 * browsing context (0: the browser's own housekeeping), and the errors the
 * console gets from the extension's files (its background and content scripts). */
async function record({ uuid }) {
  const requests = (globalThis.__claimlensRequests = []);
  const errors = (globalThis.__claimlensErrors = []);
  Services.obs.addObserver({
    observe(subject) {
      const channel = subject.QueryInterface(Ci.nsIHttpChannel);
      const p = channel.loadInfo?.triggeringPrincipal;
      requests.push({ url: channel.URI.spec, by: p?.isSystemPrincipal ? 'system' : p?.origin ?? '', context: channel.loadInfo?.browsingContextID ?? 0 });
    },
  }, 'http-on-opening-request');
  Services.console.registerListener({
    observe(m) {
      if (!(m instanceof Ci.nsIScriptError) || (m.flags & Ci.nsIScriptError.warningFlag) || (m.flags & Ci.nsIScriptError.infoFlag)) return;
      if (m.sourceName?.startsWith(`moz-extension://${uuid}/`)) errors.push(`${m.errorMessage} (${m.sourceName}:${m.lineNumber})`);
    },
  });
}

/** Every HTTP request recorded so far: [{ url, by, context }]. */
export const requestsSoFar = (ff) => inChrome(ff, async () => globalThis.__claimlensRequests);
/** The console errors of the extension's own files so far. */
export const extensionErrors = (ff) => inChrome(ff, async () => globalThis.__claimlensErrors);

/** Opens `moz-extension://<uuid>/<file>` in a new tab. puppeteer's goto() waits
 * for navigation events Firefox does not send for extension pages: the tab is
 * navigated through BiDi, then its document is awaited. */
export async function openExtensionPage(ff, file) {
  const page = await ff.browser.newPage();
  await ff.browser.connection.send('browsingContext.navigate', { context: page.mainFrame()._id, url: `${ORIGIN}/${file}`, wait: 'complete' });
  await waitFor(() => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete'), `${file} loaded`);
  return page;
}

/**
 * Polls `probe()` from Node (never a timer of a page, which Firefox throttles
 * in background tabs) until it returns a truthy value, which it resolves to.
 * `what` names the wait; `show()` says what the page shows when it times out.
 */
export async function waitFor(probe, what, { timeout = timeoutFor(), show = null } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
      last = v;
    } catch (e) {
      last = `error: ${e.message.split('\n')[0]}`;
    }
    if (Date.now() > deadline) {
      const state = show ? await show().catch((e) => `unreadable: ${e.message}`) : '';
      throw new Error(`${what}: not reached in ${timeout} ms (last: ${JSON.stringify(last)?.slice(0, 300)}) ${state}`);
    }
    await new Promise((r) => setTimeout(r, 50)); // the polling interval, not a wait for the page
  }
}

// ---- The background, through the bridge page

/** The tab id of `page`, as the extension knows it (exactly one tab shows its address). */
export async function tabIdOf(ff, page) {
  const ids = await ff.bridge.evaluate(async (url) => (await browser.tabs.query({})).filter((t) => t.url === url).map((t) => t.id), page.url());
  if (ids.length !== 1) throw new Error(`${ids.length} tabs show ${page.url()}`);
  return ids[0];
}

/** The background's state of `page`'s tab: { rev, url, hidden, labels, frames, figures }. */
export async function tabState(ff, page) {
  const tabId = await tabIdOf(ff, page);
  return ff.bridge.evaluate(async (id) => JSON.parse(JSON.stringify(await (await browser.runtime.getBackgroundPage()).claimlens.getTab(id))), tabId);
}

/** Changes the extension's settings as the options page does (storage.local): `patch` over the settings stored. */
export function setSettings(ff, patch) {
  return ff.bridge.evaluate(async (patch) => {
    const { settings } = await browser.storage.local.get('settings');
    await browser.storage.local.set({ settings: { ...settings, ...patch } });
  }, patch);
}

/** Hides (true) or shows again (false) the tab's highlights, as the popup's switch does. */
export async function setHidden(ff, page, hidden) {
  const tabId = await tabIdOf(ff, page);
  return ff.bridge.evaluate(async (tabId, hidden) => {
    const bg = await browser.runtime.getBackgroundPage();
    return JSON.parse(JSON.stringify(await bg.claimlens.handlers.hidden({ tabId, hidden })));
  }, tabId, hidden);
}

/** Waits until the background holds reports from `frames` frames of `page`'s tab. */
export function waitForReport(ff, page, { frames = 1, timeout = timeoutFor() } = {}) {
  return waitFor(async () => {
    const s = await tabState(ff, page);
    return s && Object.keys(s.frames).length >= frames && s;
  }, `reports from ${frames} frame(s) of ${page.url()}`, { timeout, show: () => shown(page.mainFrame()).then(JSON.stringify) });
}

// ---- The toolbar button and the popup

/**
 * Presses the extension's toolbar button on `page`'s tab, as a click does:
 * Firefox's own browserAction.triggerAction(window), in the chrome scope. The
 * tab is brought to the front first (the action acts on the selected tab) and
 * a popup still open is closed (a press would only close it). Resolves once
 * the real popup is open.
 */
export async function pressAction(ff, page) {
  await page.bringToFront();
  await inChrome(ff, async ({ id }) => {
    const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
    ViewPopup.for(WebExtensionPolicy.getByID(id).extension, window)?.closePopup();
  }, { id: ff.id });
  await waitFor(async () => (await popupViews(ff)) === 0, 'the previous popup closed');
  const selected = await inChrome(ff, async ({ id, url }) => {
    const now = gBrowser.selectedBrowser.currentURI.spec;
    if (now !== url) return now;
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    ExtensionParent.apiManager.global.browserActionFor(WebExtensionPolicy.getByID(id).extension).triggerAction(window);
    return null;
  }, { id: ff.id, url: page.url() });
  if (selected !== null) throw new Error(`the selected tab shows ${selected}, not ${page.url()}`);
  await waitFor(async () => (await popupViews(ff)) === 1, 'the toolbar popup open');
}

/** How many toolbar popups of the extension are open. */
const popupViews = (ff) => ff.bridge.evaluate(() => browser.extension.getViews({ type: 'popup' }).length);

/** What a popup shows: { phase, counts: { [card]: { label: n } }, phases }, or
 * null when it is not open. The toolbar popup by default; with `url`, the popup
 * page opened in a tab at that address. Read from the bridge page
 * (extension.getViews()): extension pages share one process. `phases`: every
 * phase the popup drew since it was first read (a MutationObserver). */
export function popupShows(ff, url = null) {
  return ff.bridge.evaluate((url) => {
    const view = url ? browser.extension.getViews({ type: 'tab' }).find((v) => v.location.href === url) : browser.extension.getViews({ type: 'popup' })[0];
    if (!view) return null;
    const doc = view.document;
    if (!view.claimlensPhases) {
      const phases = (view.claimlensPhases = [doc.body.dataset.phase]);
      new view.MutationObserver(() => phases.push(doc.body.dataset.phase)).observe(doc.body, { attributes: true, attributeFilter: ['data-phase'] });
    }
    const counts = {};
    for (const card of ['article', 'comments']) {
      const rows = [...doc.querySelectorAll(`.card.${card} [data-label]`)];
      if (rows.length) counts[card] = Object.fromEntries(rows.map((r) => [r.dataset.label, Number(r.querySelector('.count').textContent.replace(/\D/g, ''))]));
    }
    return { phase: doc.body.dataset.phase, counts, phases: [...view.claimlensPhases] };
  }, url);
}

/** Counts summed over the tab's frames per card, as the popup must show them. */
export function expectedCounts(state) {
  const out = {};
  for (const card of ['article', 'comments']) {
    for (const r of Object.values(state.frames)) {
      if (!r[card]) continue;
      out[card] ??= Object.fromEntries(LABELS.map((l) => [l, 0]));
      for (const l of LABELS) out[card][l] += r[card].counts[l];
    }
  }
  return out;
}

// ---- What the page shows

/** The highlighting the page shows: ranges in the CSS highlight registry
 * (per label), overlay boxes in ClaimLens's shadow root, ClaimLens hosts. */
export function shown(frame) {
  return frame.evaluate(({ labels, marks }) => {
    const hosts = [...document.querySelectorAll('[data-claimlens-host]')];
    // Per label: the quiet mark of plain narration counts as unsourced.
    const sum = (count) => Object.fromEntries(labels.map((l) => [l, marks.filter((m) => m.split('-')[0] === l).reduce((n, m) => n + count(m), 0)]));
    return {
      ranges: sum((m) => globalThis.CSS?.highlights?.get(`claimlens-${m}`)?.size ?? 0),
      boxes: sum((m) => hosts.reduce((n, h) => n + (h.shadowRoot?.querySelectorAll(`.box.${m}`).length ?? 0), 0)),
      hosts: hosts.length,
    };
  }, { labels: LABELS, marks: MARKS });
}

/** "highlight" when the page shows registered ranges, "overlay" when boxes, else null. */
export function modeOf(s) {
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  return sum(s.ranges) > 0 ? 'highlight' : sum(s.boxes) > 0 ? 'overlay' : null;
}

/** The highlighted ranges inside `selector` (of `host`'s shadow root with
 * `host`), in document order: [{ label, text }], read in the page's world. */
export function highlightsIn(frame, selector, host = null) {
  return frame.evaluate(highlightsInPage, { labels: MARKS, selector, host });
}

/** The page as it is: the top document's markup, its adopted sheets, and
 * those of `host`'s shadow root (in `frame`, the page's frame by default). */
export function snapshot(frame, host = null) {
  return frame.evaluate(snapshotInPage, host);
}

/** Collects a page's console errors and uncaught exceptions. */
export function watchPage(page) {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}
