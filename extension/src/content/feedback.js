// What the tooltip's buttons do: the reader reports a false positive ("not a
// claim", "wrong source"), kept on this device with the sentence, the rule
// that flagged it and the page's address.

/** The tooltip's buttons, in the page's language. */
export const ACTIONS = [
  { id: 'not-a-claim', label: { en: 'Not a claim', fr: 'Pas une affirmation' } },
  { id: 'wrong-source', label: { en: 'Wrong source', fr: 'Mauvaise source' } },
];

/**
 * The report of `flag` of a unit whose text is `text`, analysed in `language`.
 * @param {string} kind an ACTIONS id
 * @param {import('../shared/protocol.js').PageFlag} flag
 * @param {{ text: string, language: import('../shared/protocol.js').FalsePositive['language'], url: string }} where
 * @returns {import('../shared/protocol.js').FalsePositive}
 */
export function falsePositive(kind, flag, { text, language, url }) {
  const sentence = text.slice(flag.start, flag.end).replace(/\s+/g, ' ').trim();
  return { kind, label: flag.label, claim: flag.claim, source: flag.source, cue: flag.cue, rule: flag.rule, text: sentence, language, url: url.split('#')[0] };
}
