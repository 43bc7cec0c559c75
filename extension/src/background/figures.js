// The page's figures, from what the content scripts report of their units:
// per frame (counts, for the tests and the badge's history) and summed over
// the tab's frames, top frame first (what the popup shows: sources grouped
// across frames, each statement located by frame, unit and flag). Every
// figure is the core's summary (engine.summarize); here the units are only
// gathered and each flag named by where it is.

import { summarize } from './engine.js';

/** @typedef {import('../shared/protocol.js').FrameReport} FrameReport */
/** @typedef {import('../shared/protocol.js').UnitReport} UnitReport */
/** @typedef {import('../shared/protocol.js').UnitKind} UnitKind */
/** @typedef {import('../shared/protocol.js').Tally} Tally */
/** @typedef {import('../shared/protocol.js').Figures} Figures */
/** @typedef {import('../shared/protocol.js').TabState} TabState */

/** @type {ReadonlyArray<UnitKind>} */
const KINDS = ['article', 'comments'];

/**
 * One frame's tallies, article and comments apart.
 * @param {FrameReport} report
 * @returns {Promise<{ article: Tally | null, comments: Tally | null }>}
 */
export async function frameTallies(report) {
  /** @type {{ article: Tally | null, comments: Tally | null }} */
  const out = { article: null, comments: null };
  for (const kind of KINDS) {
    const s = await summed([{ frameId: 0, report }], kind);
    out[kind] = s && { units: s.summary.units, language: s.summary.language, sentences: s.summary.sentences, counts: s.summary.counts };
  }
  return out;
}

/**
 * The tab's figures over its frames' reports (by frame id).
 * @param {Record<string, FrameReport>} reports
 * @returns {Promise<TabState['figures']>}
 */
export async function tabFigures(reports) {
  const frames = Object.entries(reports)
    .map(([id, report]) => ({ frameId: Number(id), report }))
    .sort((a, b) => Number(b.report.top) - Number(a.report.top) || a.frameId - b.frameId);
  /** @type {TabState['figures']} */
  const out = { frames: frames.length, article: null, comments: null, unreadComments: 0 };
  for (const kind of KINDS) out[kind] = figures(await summed(frames, kind));
  for (const { report } of frames) out.unreadComments += report.unreadComments ?? 0;
  return out;
}

/**
 * The summary of the units of `kind` in `frames`, in order, with where each unit is.
 * @param {Array<{ frameId: number, report: FrameReport }>} frames
 * @param {UnitKind} kind
 */
async function summed(frames, kind) {
  /** @type {Array<{ frameId: number, unit: UnitReport }>} */
  const where = [];
  for (const { frameId, report } of frames) {
    for (const unit of report.units) if (unit.kind === kind) where.push({ frameId, unit });
  }
  if (!where.length) return null;
  const summary = await summarize(where.map(({ unit }) => ({ sentences: unit.sentences, language: unit.language, flags: unit.flags })));
  return { summary, where };
}

/**
 * The popup's figures: the summary, each flag named by frame, unit and index.
 * @param {Awaited<ReturnType<typeof summed>>} s
 * @returns {Figures | null}
 */
function figures(s) {
  if (!s) return null;
  const { summary, where } = s;
  /** @param {{ unit: number, index: number }} ref */
  const at = (ref) => ({ frameId: where[ref.unit].frameId, unit: where[ref.unit].unit.id, index: ref.index });
  /** @type {Map<UnitReport, Map<number, string>>} */
  const sentences = new Map();
  /** @param {{ unit: number, index: number }} ref */
  const sentence = (ref) => {
    const unit = where[ref.unit].unit;
    if (!sentences.has(unit)) sentences.set(unit, new Map(unit.statistics.map((x) => [x.index, x.text])));
    return sentences.get(unit)?.get(ref.index) ?? '';
  };
  return {
    units: summary.units,
    language: summary.language,
    sentences: summary.sentences,
    counts: summary.counts,
    claims: summary.claims,
    sourcedShare: summary.sourcedShare,
    sources: summary.sources.map((g) => ({ source: g.source, count: g.count, quotes: g.quotes, flags: g.flags.map(at) })),
    vague: summary.vagueSources.map((g) => ({ source: g.source, count: g.count })),
    statistics: summary.statistics.map((x) => ({ ...at(x), text: sentence(x) })),
  };
}
