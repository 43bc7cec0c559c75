// This frame's figures for the popup and the badge: per kind of text (the
// article, the comments), counts per label, the share of sentences sourced,
// who is cited and how often, the unsourced statistics. Same rules as the
// widget's summary (www/summary.js), over several analysed units.

import { LABELS } from '../../../www/labels.js';
import { groupSourceFlags } from '../../../www/summary.js';

/** `units`: [{ id, kind, map, result }]. Resolves to { article, comments }
 * (null when none), built in short tasks (`slicer`, www/slicer.js). */
export async function summarizeUnits(units, slicer) {
  const out = { article: null, comments: null };
  for (const kind of ['article', 'comments']) {
    const mine = units.filter((u) => u.kind === kind && u.result);
    if (mine.length) out[kind] = await slicer.run(summarizeKind(mine));
  }
  return out;
}

function* summarizeKind(units) {
  const counts = Object.fromEntries(LABELS.map((l) => [l, 0]));
  let sentences = 0, chars = 0;
  const flags = []; // every flag with where it is: { flag, unit, index }
  for (const u of units) {
    yield;
    sentences += u.result.sentences;
    chars += u.map.text.length;
    u.result.flags.forEach((flag, index) => {
      counts[flag.label]++;
      flags.push({ flag, unit: u.id, index });
    });
  }
  yield;
  const by = (pred) => flags.filter((x) => pred(x.flag));
  const named = by((f) => f.label === 'quote' || f.label === 'attributed');
  const unitById = new Map(units.map((u) => [u.id, u]));
  const text = (x) => {
    const u = unitById.get(x.unit);
    const f = x.flag;
    return u.map.text.slice(f.start_utf16 ?? f.start, f.end_utf16 ?? f.end).replace(/\s+/g, ' ').trim();
  };
  const sources = groupSourceFlags(named.map((x) => x.flag)).map((g) => ({ source: g.source, count: g.count, quotes: g.flags.filter((f) => f.label === 'quote').length }));
  yield;
  const vagueSources = groupSourceFlags(by((f) => f.label === 'vague').map((x) => x.flag)).map(({ source, count }) => ({ source, count }));
  yield;
  return {
    language: units[0].result.language,
    units: units.length,
    chars,
    sentences,
    counts,
    sourcedShare: sentences ? (counts.quote + counts.attributed) / sentences : 0,
    sources,
    vagueSources,
    statistics: by((f) => f.label === 'unsourced' && f.claim === 'statistic').map((x) => ({ text: text(x), unit: x.unit, index: x.index })),
  };
}
