// The four labels as a reader sees them: colours, underline styles and words
// in French and English. Shared by the highlighter, the widget and the demo so
// that legend, highlights and tooltips can never disagree.

/** Strongest first, as the taxonomy orders them. */
export const LABELS = ['quote', 'attributed', 'vague', 'unsourced'];

// Text is forced to INK over a pale tint: at least 13:1 whatever the page's own
// colours (WCAG AA asks 4.5:1). The underline colour is the label's strong
// shade, >= 4.5:1 against its tint, and each label has its own underline
// style so that the labels differ by more than colour.
export const INK = '#111827';
export const STYLES = {
  quote: { tint: '#dbeafe', line: '#1d4ed8', deco: 'solid' },
  attributed: { tint: '#dcfce7', line: '#15803d', deco: 'double' },
  vague: { tint: '#fef3c7', line: '#b45309', deco: 'dashed' },
  unsourced: { tint: '#ffe4e6', line: '#be123c', deco: 'wavy' },
};

const WORDS = {
  en: {
    quote: 'Direct quote',
    attributed: 'Named source',
    vague: 'Vague source',
    unsourced: 'Unsourced claim',
    statistic: 'figure',
    evaluative: 'judgement',
    causal: 'cause and effect',
    factual: 'fact',
    source: 'Source',
    cue: 'Cue',
    nobody: 'none named',
    flags: 'Flagged sentences',
    flag: (i, n) => `Sentence ${i} of ${n}:`,
    keys: 'Alt+Shift+N / Alt+Shift+P: next / previous flagged sentence',
    thanks: 'Noted, thank you',
  },
  fr: {
    quote: 'Citation directe',
    attributed: 'Source nommée',
    vague: 'Source vague',
    unsourced: 'Affirmation non sourcée',
    statistic: 'chiffre',
    evaluative: 'jugement',
    causal: 'lien de cause',
    factual: 'fait',
    source: 'Source',
    cue: 'Indice',
    nobody: 'aucune',
    flags: 'Phrases signalées',
    flag: (i, n) => `Phrase ${i} sur ${n}\u00a0:`,
    keys: 'Alt+Maj+N / Alt+Maj+P : phrase signalée suivante / précédente',
    thanks: 'Noté, merci',
  },
};

/** "fr" or "en" from a BCP 47 tag ("fr-CA" -> "fr"), or null. */
export function langOf(tag) {
  const base = String(tag || '').trim().toLowerCase().split(/[-_]/)[0];
  return base === 'fr' || base === 'en' ? base : null;
}

/** The word table for a language (English for anything else). */
export function words(lang) {
  return WORDS[langOf(lang) || 'en'];
}

/** "Affirmation non sourcée (chiffre)": the label in words, with the claim kind. */
export function labelText(flag, lang) {
  const w = words(lang);
  const kind = flag.claim && w[flag.claim];
  return kind ? `${w[flag.label]} (${kind})` : w[flag.label];
}
