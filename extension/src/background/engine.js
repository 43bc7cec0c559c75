// The analyser: the WebAssembly module, loaded here (the background) because
// a content script cannot compile wasm on a page whose Content-Security-Policy
// forbids it. It reads its own packaged file: no network involved.

import init, { analyze as analyzeText } from '../../../www/pkg/claimlens.js';
import { api } from '../shared/api.js';

let ready = null;

/** Loads the module once; the first analysis builds the cue tables, so do one now. */
export function warm() {
  if (!ready) {
    ready = init({ module_or_path: api.runtime.getURL('claimlens_bg.wasm') }).then(() => {
      analyzeText('Il a dit.', {});
    });
    ready.catch(() => (ready = null)); // a failed load may be retried
  }
  return ready;
}

/** Analyses `text` (links in UTF-16 offsets); resolves to the module's plain object. */
export async function analyze(text, { lang = 'auto', links = [] } = {}) {
  await warm();
  if (typeof text !== 'string') throw new TypeError('text must be a string');
  return analyzeText(text, { lang, links: Array.isArray(links) ? links : [] });
}
