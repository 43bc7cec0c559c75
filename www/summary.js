// The widget's summary() of an analysis: the core's figures (summarize() of
// the WebAssembly module: counts, share sourced, sources grouped as the CLI
// groups them, unsourced claims per kind, unsourced statistics), in the shape claimlens.d.ts documents.
// No figure is computed here.

/**
 * @param {Pick<typeof import('./pkg/claimlens.js'), 'summarize'>} module the initialised module
 * @param {import('./pkg/claimlens.js').Analysis} analysis
 * @param {string} text the text analysed (the statistics' sentences come from it)
 * @returns {import('./claimlens.js').Summary}
 */
export function summarize(module, analysis, text) {
  const s = module.summarize({ units: [{ sentences: analysis.sentences, language: analysis.language, flags: analysis.flags, text }] });
  const named = ({ source, count }) => ({ source, count });
  return {
    language: analysis.language,
    sentences: s.sentences,
    counts: s.counts,
    claims: s.claims,
    sourcedShare: s.sourcedShare,
    sources: s.sources.map(named),
    vagueSources: s.vagueSources.map(named),
    statistics: s.statistics.map((x) => x.text ?? ''),
    statisticFlags: s.statistics.map((x) => x.index),
  };
}
