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
import { Session } from './session.js';
import { Watcher } from './watch.js';

if (!globalThis.__claimlens) {
  const session = new Session(document, (message) => api.runtime.sendMessage(message));
  const watcher = new Watcher(session);
  let last = null; // { settings, labels } of the latest run, for "show again"
  let runs = 0; // the latest run's number: a failed older run must not stop a newer one

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
  /** A run nobody awaits (show again, the sites chosen in the options). */
  const runQuietly = (settings, labels) => run(settings, labels).catch((e) => {
    console.debug('ClaimLens:', e);
    return null;
  });

  api.runtime.onMessage.addListener((m, sender, reply) => {
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
        reply(m.source !== undefined && m.source !== null ? session.step(m.source) : session.stepFlag(m.flag));
        return false;
      default:
        return false;
    }
  });

  globalThis.__claimlens = { session, run: runQuietly, stop };
}
