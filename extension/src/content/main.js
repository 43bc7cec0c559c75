// The content script: injected in every frame when the toolbar button is
// clicked (or as pages load on the sites the user chose). It reads the
// article's text, has the background analyse it (the WebAssembly module
// cannot load in a page whose CSP forbids it), and highlights the result.
// Injected twice, it keeps the first instance.
//
// It runs in the extension's isolated world: the page's own scripts share the
// DOM with it but not the JavaScript built-ins, so a page that rewrote them
// does not reach it. A failure is the extension's business, never the page's:
// nothing stays half shown, and no error reaches the page's console as an
// uncaught one (the popup's "run" gets it as an answer).

import { api } from '../shared/api.js';
import { toBackground } from '../shared/protocol.js';
import { clean } from '../shared/settings.js';
import { Session } from './session.js';
import { Watcher } from './watch.js';

/** @typedef {import('../shared/protocol.js').ToContent} ToContent */
/** @typedef {import('../shared/protocol.js').Label} Label */
/** @typedef {import('../shared/settings.js').Settings} Settings */

/** This frame's instance, for a second injection and autorun.js.
 * @type {{ __claimlens?: { session: Session, run: (settings: Settings, labels?: Label[] | null) => Promise<unknown>, stop: () => void } }} */
const global = /** @type {any} */ (globalThis);

if (!global.__claimlens) {
  const session = new Session(document, toBackground);
  const watcher = new Watcher(session);
  /** @type {{ settings: Settings, labels: Label[] | null | undefined } | null} the latest run's, for "show again" */
  let last = null;
  let runs = 0; // the latest run's number: a failed older run must not stop a newer one

  /** @param {Settings} settings
   * @param {Label[] | null} [labels] */
  const run = async (settings, labels = last?.labels) => {
    last = { settings, labels };
    const mine = ++runs;
    watcher.stop();
    try {
      const timing = await session.run(settings, labels);
      if (mine === runs && session.active) watcher.start(document);
      return timing;
    } catch (e) {
      // Nothing half shown, and "show again" starts afresh.
      if (mine === runs) stop();
      throw e;
    }
  };
  const stop = () => {
    watcher.stop();
    session.off();
  };
  /** A run nobody awaits (show again, the sites chosen in the options).
   * @param {Settings} settings
   * @param {Label[] | null} [labels] */
  const runQuietly = (settings, labels) => run(settings, labels).catch((e) => {
    console.debug('ClaimLens:', e);
    return null;
  });

  api.runtime.onMessage.addListener((/** @type {ToContent} */ m, sender, reply) => {
    if (sender.id !== api.runtime.id || !m) return false;
    switch (m.type) {
      case 'ping':
        reply(true);
        return false;
      case 'run':
        run(m.settings, m.labels ?? undefined).then(reply, (e) => reply({ error: String(e?.message || e) }));
        return true;
      case 'hidden':
        if (m.hidden) stop();
        else if (!session.active && last) runQuietly(last.settings);
        reply(true);
        return false;
      case 'labels':
        if (last) last.labels = m.labels;
        if (session.active) session.setLabels(m.labels);
        reply(true);
        return false;
      case 'step':
        reply(session.step(m.flag));
        return false;
      default:
        return false;
    }
  });

  // The options page changed how plain narration is marked, or turned reader
  // comments on or off: pages already highlighted follow at once (the other
  // settings apply at the next run).
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes.settings || !last) return;
    const { narration, comments } = clean(changes.settings.newValue);
    last.settings = { ...last.settings, narration, comments };
    if (session.active) {
      session.setNarration(narration);
      session.setComments(comments);
    }
  });

  global.__claimlens = { session, run: runQuietly, stop };
}
