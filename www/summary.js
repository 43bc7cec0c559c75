// The figures a reader wants after the highlights: counts per label, the share
// of sentences that quote or name their source, who is cited and how often,
// and the unsourced statistics (the claims most worth checking). Same rules
// as the CLI's summary (src/cli/summary.rs, src/cli/sources.rs).

import { LABELS } from './labels.js';

/** Builds the summary of an analysis of `text` (flags with UTF-16 offsets). */
export function summarize(analysis, text) {
  const counts = Object.fromEntries(LABELS.map((l) => [l, 0]));
  for (const f of analysis.flags) counts[f.label]++;
  const sentences = analysis.sentences;
  const slice = (f) => text.slice(f.start_utf16 ?? f.start, f.end_utf16 ?? f.end).replace(/\s+/g, ' ').trim();
  return {
    language: analysis.language,
    sentences,
    counts,
    sourcedShare: sentences ? (counts.quote + counts.attributed) / sentences : 0,
    sources: groupSources(analysis.flags.filter((f) => f.label === 'quote' || f.label === 'attributed')),
    vagueSources: groupSources(analysis.flags.filter((f) => f.label === 'vague')),
    statistics: analysis.flags.filter((f) => f.label === 'unsourced' && f.claim === 'statistic').map(slice),
  };
}

/** Flags grouped by source (without one, by cue), most frequent first, ties
 * in text order: `[{ source, count }]`. */
export function groupSources(flags) {
  return groupSourceFlags(flags).map(({ source, count }) => ({ source, count }));
}

/** groupSources() with each group's flags, in text order: `[{ source, count, flags }]`. */
export function groupSourceFlags(flags) {
  const groups = []; // { key, source, count, flags }
  for (const f of flags) {
    const name = f.source?.trim() || (f.cue?.trim() ? `“${f.cue.trim()}”` : '');
    if (!name) continue;
    const key = name.replace(/’/g, "'").toLowerCase().split(/\s+/).join(' ');
    const g = groups.find((x) => x.key === key);
    if (g) {
      g.count++;
      g.flags.push(f);
    } else groups.push({ key, source: name, count: 1, flags: [f] });
  }
  // "l'expert Luka Malle" and "Luka Malle, analyste" count under "Luka Malle"
  // (only names of two words or more absorb others: "le maire de Paris" never
  // becomes "Paris").
  mergeWhere(groups, (key, other) =>
    other.key.length < key.length && other.key.split(' ').length >= 2 &&
    (key.endsWith(` ${other.key}`) || key.startsWith(`${other.key},`) || key.startsWith(`${other.key} (`)));
  // "Osei" counts under "Daniel Osei" when exactly one full name ends with it.
  const fullNameEnding = (key, other) =>
    other.key.endsWith(` ${key}`) && /^\p{Lu}/u.test(other.source.split(/\s+/).slice(-2, -1)[0] || '');
  const surnames = new Set(groups
    .filter((g) => !g.key.includes(' ') && /^\p{Lu}/u.test(g.source))
    .filter((g) => groups.filter((o) => fullNameEnding(g.key, o)).length === 1)
    .map((g) => g.key));
  mergeWhere(groups, (key, other) => surnames.has(key) && fullNameEnding(key, other));
  // A stable sort keeps first appearance as the tie-break.
  return groups.sort((a, b) => b.count - a.count).map(({ source, count, flags }) => ({ source, count, flags }));
}

/** Folds each group into the first other group `into(key, other)` accepts. */
function mergeWhere(groups, into) {
  for (let i = 0; i < groups.length; ) {
    const j = groups.findIndex((o, k) => k !== i && into(groups[i].key, o));
    if (j < 0) {
      i++;
      continue;
    }
    groups[j].count += groups[i].count;
    groups[j].flags = [...groups[j].flags, ...groups[i].flags];
    groups.splice(i, 1);
  }
}
