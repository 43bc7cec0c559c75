// summarize() of the BUILT WebAssembly module: the core's figures over one
// analysis or several units, as the widget and the extension call it.
//
//   bash scripts/build_wasm.sh && node --test tests/wasm/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, summarize } from './module.mjs';

const TEXT = [
  "« Nous ne fermerons aucune école », a déclaré l'expert Luka Malle.",
  'Selon Luka Malle, analyste, le chômage a reculé.',
  'Des sources indiquent que le projet sera abandonné.',
  '« Il faudra bien trancher un jour ou l’autre », entend-on dans les couloirs.',
  'Le chômage a baissé de 4\u00a0%   en 2023.',
  'Le projet est un échec.',
].join('\n');

test('one analysis: counts, share, sources grouped as the CLI groups them, statistics with their sentence', () => {
  const a = analyze(TEXT);
  const s = summarize({ units: [{ ...a, text: TEXT }] });
  assert.equal(Object.getPrototypeOf(s), Object.prototype, 'a plain object');
  assert.equal(s.units, 1);
  assert.equal(s.language, 'fr');
  assert.equal(s.sentences, a.sentences);
  const counts = { quote: 0, attributed: 0, vague: 0, unsourced: 0 };
  for (const f of a.flags) counts[f.label]++;
  assert.deepEqual(s.counts, counts);
  assert.deepEqual(Object.keys(s.counts), ['quote', 'attributed', 'vague', 'unsourced'], 'in the labels\' order');
  assert.equal(s.sourced, counts.quote + counts.attributed);
  assert.equal(s.sourcedShare, s.sourced / a.sentences);
  assert.deepEqual(s.claims, { statistic: 1, evaluative: 1, causal: 0, factual: 0, other: 0 });
  // "l'expert Luka Malle" and "Luka Malle, analyste" are one person.
  assert.deepEqual(s.sources, [{ source: 'Luka Malle', count: 2, quotes: 1, flags: [{ unit: 0, index: 0 }, { unit: 0, index: 1 }] }]);
  assert.deepEqual(s.vagueSources.map((g) => g.source), ['Des sources'], 'an unattributed quotation names no source');
  const stat = a.flags.findIndex((f) => f.claim === 'statistic');
  assert.deepEqual(s.statistics, [{ unit: 0, index: stat, text: 'Le chômage a baissé de 4 % en 2023.' }]);
});

test('units summed: figures added, sources grouped across them, flags named by unit and index', () => {
  const fr = 'Selon Anne Roy, le projet avance.';
  const en = 'Roy said the plan would work. Unemployment fell by 4% in 2023.';
  const units = [analyze(fr), analyze(en)];
  const s = summarize({ units });
  assert.equal(s.units, 2);
  assert.equal(s.language, null, 'French and English');
  assert.equal(s.sentences, 3);
  assert.deepEqual(s.counts, { quote: 0, attributed: 2, vague: 0, unsourced: 1 });
  assert.deepEqual(s.sources, [{ source: 'Anne Roy', count: 2, quotes: 0, flags: [{ unit: 0, index: 0 }, { unit: 1, index: 0 }] }]);
  assert.deepEqual(s.statistics, [{ unit: 1, index: 1 }], 'no text given: no sentence');
  assert.equal(summarize({ units: [units[0], units[0]] }).language, 'fr');
  const none = summarize({ units: [] });
  assert.deepEqual([none.units, none.language, none.sentences, none.sourcedShare, none.sources], [0, null, 0, 0, []]);
});

test('compact flags will do: label, claim, source, cue', () => {
  const flags = [
    { label: 'quote', source: 'Daniel Osei' },
    { label: 'attributed', source: 'Osei', claim: null, cue: 'selon' },
    { label: 'vague', cue: 'experts say' },
  ];
  const s = summarize({ units: [{ sentences: 4, flags }] });
  assert.equal(s.language, null);
  assert.deepEqual(s.sources.map((g) => [g.source, g.count, g.quotes]), [['Daniel Osei', 2, 1]]);
  assert.deepEqual(s.vagueSources.map((g) => g.source), ['“experts say”']);
});

test('8,000 distinct sources: every one listed once', () => {
  const flags = Array.from({ length: 8000 }, (_, i) => ({ label: 'attributed', source: `Personne${i} Nom${i}` }));
  const s = summarize({ units: [{ sentences: 8000, flags }] });
  assert.equal(s.sources.length, 8000);
  assert.deepEqual(s.sources[7999], { source: 'Personne7999 Nom7999', count: 1, quotes: 0, flags: [{ unit: 0, index: 7999 }] });
});

test('bad input throws an Error naming the field and the value', () => {
  const unit = (u) => ({ units: [{ sentences: 1, flags: [], ...u }] });
  const stat = { label: 'unsourced', claim: 'statistic', start: 0, end: 4 };
  const cases = [
    [undefined, /^options must be an object \{units\}, got undefined$/],
    [{ units: 3 }, /^options\.units must be an array of \{sentences, language, flags, text\}, got 3$/],
    [{ unit: [] }, /^unknown option "unit" \(expected units\)$/],
    [{ units: [null] }, /^options\.units\[0\] must be an object \{sentences, language, flags, text\}, got null$/],
    [{ units: [{ flags: [] }] }, /^options\.units\[0\]\.sentences is missing$/],
    [unit({ sentences: -1 }), /^options\.units\[0\]\.sentences must be a non-negative integer, got -1$/],
    [unit({ txt: 'x' }), /^unknown field of options\.units\[0\]: "txt" \(expected sentences, language, flags or text\)$/],
    [unit({ language: 'de' }), /^options\.units\[0\]\.language: unknown language "de" \(expected "fr" or "en"\)$/],
    [unit({ flags: {} }), /^options\.units\[0\]\.flags must be an array of flags \{label, claim, source, cue\}, got \{\}$/],
    [unit({ flags: [{ label: 'maybe' }] }), /^options\.units\[0\]\.flags\[0\]\.label: unknown label "maybe"/],
    [unit({ flags: [{}] }), /^options\.units\[0\]\.flags\[0\]\.label must be a string, got undefined$/],
    [unit({ flags: [{ label: 'unsourced', claim: 'rumour' }] }), /^options\.units\[0\]\.flags\[0\]\.claim: unknown claim kind "rumour"/],
    [unit({ flags: [{ label: 'quote', source: 7 }] }), /^options\.units\[0\]\.flags\[0\]\.source must be a string, got 7$/],
    [unit({ text: 'é', flags: [stat] }), /^options\.units\[0\]\.flags\[0\]\.end: 4 is beyond the end of the text \(1 UTF-16 code units\)$/],
    [unit({ text: '😀 x', flags: [{ ...stat, start: 1 }] }), /^options\.units\[0\]\.flags\[0\]\.start: 1 falls inside a surrogate pair/],
    [unit({ text: 'abcd', flags: [{ ...stat, end: undefined }] }), /^options\.units\[0\]\.flags\[0\]\.end must be a non-negative integer \(a UTF-16 offset\), got undefined$/],
  ];
  for (const [options, message] of cases) {
    assert.throws(() => summarize(options), (e) => {
      assert.ok(e instanceof Error, `not an Error for ${JSON.stringify(options)}`);
      assert.match(e.message, message);
      return true;
    });
  }
  assert.equal(summarize(unit({ text: 'abcd', flags: [stat] })).statistics[0].text, 'abcd', 'still usable after the errors');
});
