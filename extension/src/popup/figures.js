// The figures the popup shows, summed over the tab's frames (an article in an
// iframe counts with the page's): counts per label, share sourced, sources
// merged by name with the frames they appear in, vague sources, statistics.

import { LABELS } from '../shared/settings.js';

/** The article's and the comments' figures over the tab's frames (top frame first). */
export function combine(state) {
  const frames = Object.entries(state?.frames || {})
    .map(([id, report]) => ({ frameId: Number(id), report }))
    .filter((f) => f.report)
    .sort((a, b) => Number(!!b.report.top) - Number(!!a.report.top) || a.frameId - b.frameId);
  const out = { frames: frames.length, article: null, comments: null };
  for (const kind of ['article', 'comments']) {
    const parts = frames.filter((f) => f.report[kind]);
    if (!parts.length) continue;
    const counts = Object.fromEntries(LABELS.map((l) => [l, 0]));
    let sentences = 0;
    const languages = new Set();
    const sources = [], vague = [], statistics = [];
    for (const { frameId, report } of parts) {
      const s = report[kind];
      for (const l of LABELS) counts[l] += s.counts?.[l] || 0;
      sentences += s.sentences || 0;
      if (s.language) languages.add(s.language);
      for (const x of s.sources || []) {
        let g = sources.find((y) => y.source === x.source);
        if (!g) sources.push((g = { source: x.source, count: 0, quotes: 0, frames: [] }));
        g.count += x.count;
        g.quotes += x.quotes || 0;
        g.frames.push({ frameId, count: x.count });
      }
      for (const x of s.vagueSources || []) {
        if (!/\p{L}/u.test(x.source)) continue; // a quotation with no speaker: its cue is a quotation mark
        const g = vague.find((y) => y.source === x.source);
        if (g) g.count += x.count;
        else vague.push({ source: x.source, count: x.count });
      }
      for (const x of s.statistics || []) statistics.push({ text: x.text, unit: x.unit, index: x.index, frameId });
    }
    sources.sort((a, b) => b.count - a.count); // stable: ties keep the page's order
    vague.sort((a, b) => b.count - a.count);
    const sourced = counts.quote + counts.attributed;
    out[kind] = {
      counts,
      sentences,
      share: sentences ? sourced / sentences : 0,
      language: languages.size === 1 ? [...languages][0] : null,
      sources,
      vague,
      statistics,
    };
  }
  return out;
}
