// Hostile input through the BUILT WebAssembly module (www/pkg):
//
//   bash scripts/build_wasm.sh && node --test tests/wasm/
//
// Every family of hostile-texts.mjs analysed without a throw, with offsets
// that slice the JS string and the labels a reader expects; lone surrogates
// read as U+FFFD (what wasm-bindgen's TextEncoder makes of them), never an
// exception, with offsets that still index the caller's string.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generate, FAMILIES } from './hostile-texts.mjs';
import { analyze } from './module.mjs';

const isHigh = (u) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u) => u >= 0xdc00 && u <= 0xdfff;
/** Between the two halves of one surrogate pair. */
const splitsPair = (text, at) => isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

/** Offsets index `text` as JavaScript does: in order, apart, inside it, never inside a pair. */
function checkOffsets(text, r) {
  assert.ok(r.sentences >= r.flags.length);
  let previousEnd = 0;
  for (const f of r.flags) {
    const where = JSON.stringify(text.slice(f.start, f.start + 60));
    assert.ok(f.start >= previousEnd && f.start < f.end && f.end <= text.length, `${f.start}..${f.end} at ${where}`);
    assert.ok(!splitsPair(text, f.start) && !splitsPair(text, f.end), `inside a pair at ${where}`);
    assert.equal(f.start_utf16, f.start);
    if (f.quote) {
      assert.ok(f.quote.start >= f.start && f.quote.start < f.quote.end && f.quote.end <= f.end, where);
      assert.ok(!splitsPair(text, f.quote.start) && !splitsPair(text, f.quote.end), where);
    }
    previousEnd = f.end;
  }
}

/** Flagged sentences starting with `prefix` have `label`; every occurrence but the last is one. */
function expectPrefix(text, r, prefix, label) {
  const occurrences = text.split(prefix).length - 1;
  const hits = r.flags.slice(0, -1).filter((f) => text.slice(f.start, f.end).startsWith(prefix));
  for (const f of hits) assert.equal(f.label, label, text.slice(f.start, f.end));
  assert.ok(occurrences > 1 && hits.length + 1 >= occurrences, `${prefix}: ${occurrences} in the text, ${hits.length} flagged`);
}

const EXPECTED = {
  one_line: [['« Nous rouvrirons', 'quote'], ['Selon la préfecture', 'attributed'], ['Des sources', 'vague']],
  english: [['"We will not', 'quote'], ['According to', 'attributed'], ['Some analysts', 'vague']],
  unbalanced: [["Selon l'Insee", 'attributed'], ['« Le maire « a confirmé', 'attributed']],
  never_closed: [['« Nous rouvrirons', 'quote'], ['Selon la préfecture', 'attributed']],
  nested: [['« Mon adjoint', 'quote'], ['“She told me', 'quote']],
  digits: [],
  rtl: [['« Nous resterons', 'quote'], ["Selon l'agence", 'attributed']],
  emoji: [['« On a gagné', 'quote'], ['"Our family', 'quote'], ['Selon la mairie', 'attributed']],
  combining: [['« Nous tiendrons', 'quote'], ['D\'apre\u0300s', 'attributed']],
  controls: [['« Nous tiendrons', 'quote'], ["Selon l'Insee", 'attributed'], ['Experts say', 'vague']],
};

test('every hostile family: no throw, offsets slice the string, sentences keep their labels', () => {
  assert.deepEqual(Object.keys(EXPECTED).sort(), Object.keys(FAMILIES).sort());
  for (const [family, expected] of Object.entries(EXPECTED)) {
    const text = generate(family, 200_000);
    const r = analyze(text);
    checkOffsets(text, r);
    for (const [prefix, label] of expected) expectPrefix(text, r, prefix, label);
    if (family === 'digits') assert.deepEqual(r.flags, []);
    if (family === 'rtl') {
      // The Arabic and Hebrew sentences are not read: only the French ones are flagged.
      assert.ok(r.flags.every((f) => /^(« Nous|Selon)/.test(text.slice(f.start, f.end))));
    }
  }
});

test('a 2 MB line: one analysis, offsets to its end', () => {
  const text = generate('one_line', 2_000_000);
  const r = analyze(text);
  checkOffsets(text, r);
  assert.ok(r.flags.length > 20_000, `${r.flags.length} flags`);
  assert.ok(r.flags.at(-1).end > text.length - 200);
});

test('lone surrogates read as U+FFFD: the analysis of the well-formed string', () => {
  // Pairs broken by a space between their halves, halves dropped, lone halves added.
  const emoji = generate('emoji', 30_000);
  const broken = [
    emoji.replace(/([\ud800-\udbff])([\udc00-\udfff])/g, '$1 $2'),
    emoji.replace(/[\udc00-\udfff]/g, (m, at) => (at % 3 ? m : '')),
    generate('one_line', 30_000).replace(/« Nous /g, '« Nous \ud800').replace(/ foyers/g, '\udfff foyers'),
    generate('controls', 30_000).replace(/Selon/g, '\udc00Selon\ud83d'),
  ];
  for (const text of broken) {
    assert.ok(!text.isWellFormed());
    const r = analyze(text);
    checkOffsets(text, r);
    assert.deepEqual(r, analyze(text.toWellFormed()));
    assert.ok(r.flags.some((f) => f.label === 'quote'));
  }
});

test('only lone surrogates, and a high surrogate at the very end', () => {
  for (const text of ['\ud800', '\udfff', '\ud800'.repeat(5000), '\udc00\ud800'.repeat(5000), '\ud83d \udc4d. '.repeat(100)]) {
    const r = analyze(text);
    assert.deepEqual(r.flags, [], JSON.stringify(text.slice(0, 8)));
  }
  const sentence = '« Nous tiendrons », a déclaré la maire Anne Roy.';
  for (const end of [' \ud83d', '\ud83d', ' 👍\ud83d', ' \udbff\udbff']) {
    const text = sentence + end;
    const r = analyze(text);
    checkOffsets(text, r);
    assert.equal(r.flags.length, 1, JSON.stringify(end));
    assert.equal(r.flags[0].source, 'la maire Anne Roy');
    const flagged = text.slice(r.flags[0].start, r.flags[0].end);
    assert.ok(flagged === sentence || flagged === text, JSON.stringify(flagged));
    const q = r.flags[0].quote;
    assert.equal(text.slice(q.start, q.end), '« Nous tiendrons »');
  }
});

test('link offsets next to and over lone surrogates', () => {
  const sentences = ['\udc00Le pont \ud800a coûté 2 millions\udbff.', "Les travaux dureront jusqu'en mai 😀\ud83d."];
  const text = sentences.join(' ');
  const href = 'https://example.org/pont';
  for (const [start, end] of [
    [text.indexOf('a coûté'), text.indexOf('\udbff')], // right after a lone high surrogate
    [text.indexOf('\ud800'), text.indexOf('\udbff') + 1], // over lone surrogates
    [0, 1], // over the lone low surrogate that opens the text
  ]) {
    const r = analyze(text, { links: [{ start, end, href }] });
    checkOffsets(text, r);
    assert.equal(r.flags[0].label, 'attributed', `${start}..${end}`);
    assert.equal(r.flags[0].source, href);
    assert.equal(text.slice(r.flags[0].start, r.flags[0].end), sentences[0]);
  }
  // Between the halves of the real pair (😀) next to a lone one: a clear error.
  const inside = text.indexOf('😀') + 1;
  assert.throws(
    () => analyze(text, { links: [{ start: inside, end: inside + 2, href }] }),
    /^Error: options\.links\[0\]\.start: \d+ falls inside a surrogate pair/,
  );
  // After the lone high surrogate at the end of 😀\ud83d: a valid offset.
  const after = text.indexOf('😀') + 3;
  const r = analyze(text, { links: [{ start: after, end: after + 1, href }] });
  assert.equal(r.flags[1].source, href);
});
