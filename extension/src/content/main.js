// The content script: injected in every frame when the toolbar button is
// clicked (or as pages load on the sites the user chose). It reads the
// article's text, has the background analyse it (the WebAssembly module
// cannot load in a page whose CSP forbids it), and highlights the result.
// Injected twice, it keeps the first instance.

import { api } from '../shared/api.js';
import { Session } from './session.js';
import { Watcher } from './watch.js';

if (!globalThis.__claimlens) {
  const session = new Session(document, (message) => api.runtime.sendMessage(message));
  const watcher = new Watcher(session);
  let last = null; // { settings, labels } of the latest run, for "show again"

  const run = async (settings, labels = last?.labels) => {
    last = { settings, labels };
    watcher.stop();
    const timing = await session.run(settings, labels);
    if (session.active) watcher.start(document);
    return timing;
  };
  const stop = () => {
    watcher.stop();
    session.off();
  };

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
        else if (!session.active && last) run(last.settings);
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

  globalThis.__claimlens = { session, run, stop };
}
