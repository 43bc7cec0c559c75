// What this frame tells the background after each change: its units, each
// in short (its flags without offsets or reason, its statistics' sentences,
// as the background's analysis gave them). The background sums them over the
// tab's frames with the core's summary: no figure is computed here.

import { CHUNK } from '../../../www/slicer.js';

/** @typedef {import('../shared/protocol.js').UnitReport} UnitReport */
/** @typedef {import('../shared/protocol.js').UnitKind} UnitKind */
/** @typedef {import('../shared/protocol.js').UnitResult} UnitResult */

/**
 * The reports of the analysed `units`, built in short tasks (`slicer`,
 * www/slicer.js: a long page holds thousands of flags).
 * @param {Array<{ id: number, kind: UnitKind, result: UnitResult | null }>} units
 * @param {import('../../../www/slicer.js').Slicer} slicer
 * @returns {Promise<UnitReport[]>}
 */
export function unitReports(units, slicer) {
  return slicer.run((function* () {
    /** @type {UnitReport[]} */
    const out = [];
    for (const { id, kind, result } of units) {
      if (!result) continue;
      const flags = [];
      for (const { label, claim, source, cue } of result.flags) {
        flags.push({ label, claim, source, cue });
        if (flags.length % CHUNK === 0) yield CHUNK; // a step a flag
      }
      yield 1 + (flags.length % CHUNK);
      out.push({ id, kind, language: result.language, sentences: result.sentences, flags, statistics: result.statistics });
    }
    return out;
  })());
}
