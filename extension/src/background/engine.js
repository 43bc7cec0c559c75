// The analyser: the WebAssembly module, loaded here (the background) because
// a content script cannot compile wasm on a page whose Content-Security-Policy
// forbids it. It reads its own packaged file: no network involved. The page's
// figures are the module's too (summarize(), the core's summary).

import init, { analyze as analyzeText, summarize as summarizeUnits } from '../../../www/pkg/claimlens.js';
import { api } from '../shared/api.js';
import warmFr from '../../../samples/fr.txt';
import warmEn from '../../../samples/en.txt';

/** @typedef {import('../shared/protocol.js').UnitResult} UnitResult */
/** @typedef {import('../../../www/pkg/claimlens.js').SummarizeUnit} SummarizeUnit */
/** @typedef {import('../../../www/pkg/claimlens.js').Summary} Summary */

/** @type {Promise<void> | null} */
let ready = null;
/** How long loading took (ms): compiling the module, then building its tables.
 * @type {{ compile: number | null, tables: number | null }} */
export const loadTiming = { compile: null, tables: null };

/** Loads the module once; the first analysis builds the cue tables, so do one now. */
export function warm() {
  if (!ready) {
    const t0 = performance.now();
    ready = init({ module_or_path: api.runtime.getURL('claimlens_bg.wasm') }).then(() => {
      const t1 = performance.now();
      // A few real pages' worth: builds the cue tables, and makes the engine
      // hot so that the reader's page is not the one analysed by cold code.
      for (let i = 0; i < 3; i++) for (const text of [warmFr, warmEn]) analyzeText(text, {});
      loadTiming.compile = t1 - t0;
      loadTiming.tables = performance.now() - t1;
    });
    ready.catch(() => (ready = null)); // a failed load may be retried
  }
  return ready;
}

/**
 * Analyses `text` (links in UTF-16 offsets). Each flag keeps what a page
 * needs: `start`/`end` in UTF-16 code units (the byte offsets and quotation
 * span stay here: less to send through messaging); `statistics` are the
 * sentences of its unsourced statistics, as the core's summary cuts them
 * (the figures list them, and only the text's reader has the text).
 * @param {string} text
 * @param {{ lang?: import('../shared/settings.js').Settings['lang'], links?: import('../shared/protocol.js').TextLink[] }} [options]
 * @returns {Promise<UnitResult>}
 */
export async function analyze(text, { lang = 'auto', links = [] } = {}) {
  await warm();
  if (typeof text !== 'string') throw new TypeError('text must be a string');
  const r = analyzeText(text, { lang, links: Array.isArray(links) ? links : [] });
  const flags = r.flags.map((f) => ({
    label: f.label, start: f.start_utf16, end: f.end_utf16, source: f.source, cue: f.cue, rule: f.rule, claim: f.claim, reason: f.reason,
  }));
  const { statistics } = summarizeUnits({ units: [{ sentences: r.sentences, language: r.language, flags: r.flags, text }] });
  return { language: r.language, sentences: r.sentences, flags, statistics: statistics.map((s) => ({ index: s.index, text: s.text ?? '' })) };
}

/**
 * The core's summary of `units`.
 * @param {SummarizeUnit[]} units
 * @returns {Promise<Summary>}
 */
export async function summarize(units) {
  await warm();
  return summarizeUnits({ units });
}
