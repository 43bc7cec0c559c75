// Tests of the BUILT WebAssembly module (www/pkg, from scripts/build_wasm.sh) in Node:
//
//   bash scripts/build_wasm.sh && node --test tests/wasm/*.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT as root, analyze, version } from './module.mjs';

/** The flags as [label, sentence text (sliced from the JS string), source, cue, claim]. */
const rows = (text, result) =>
  result.flags.map((f) => [f.label, text.slice(f.start, f.end), f.source, f.cue, f.claim]);

const FR = [
  "« Nous ne fermerons aucune école », a déclaré la ministre Élise Martin.",
  "Selon l'Insee, le chômage a reculé l'an dernier.",
  'Des sources indiquent que le projet sera abandonné.',
  'Le chômage a baissé de 4 % en 2023.',
];
const EN = [
  '"We will not close a single school," said Education Secretary Jane Miller.',
  'According to the Office for National Statistics, unemployment fell last year.',
  'Experts say the plan will fail.',
  'Unemployment fell by 4% in 2023.',
];

test('version() is the crate version in Cargo.toml', () => {
  const cargo = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  const pkgVersion = cargo.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m)[1];
  assert.equal(version(), pkgVersion);
});

test('a French paragraph: labels, sources, cues, claim kind', () => {
  const text = FR.join(' ');
  const r = analyze(text);
  assert.equal(r.language, 'fr');
  assert.equal(r.sentences, 4);
  assert.deepEqual(rows(text, r), [
    ['quote', FR[0], 'la ministre Élise Martin', 'déclaré', null],
    ['attributed', FR[1], "l'Insee", 'Selon', null],
    ['vague', FR[2], 'Des sources', 'indiquent', null],
    ['unsourced', FR[3], null, null, 'statistic'],
  ]);
  const q = r.flags[0].quote;
  assert.equal(text.slice(q.start, q.end), '« Nous ne fermerons aucune école »');
  for (const f of r.flags) assert.ok(typeof f.reason === 'string' && f.reason.length > 0);
});

test('an English paragraph: labels, sources, cues, claim kind', () => {
  const text = EN.join(' ');
  const r = analyze(text, { lang: 'auto' });
  assert.equal(r.language, 'en');
  assert.deepEqual(rows(text, r), [
    ['quote', EN[0], 'Education Secretary Jane Miller', 'said', null],
    ['attributed', EN[1], 'the Office for National Statistics', 'According to', null],
    ['vague', EN[2], 'Experts', 'say', null],
    ['unsourced', EN[3], null, null, 'statistic'],
  ]);
  const q = r.flags[0].quote;
  assert.equal(text.slice(q.start, q.end), '"We will not close a single school,"');
});

test('the result is plain JSON-shaped objects, start/end in UTF-16 units', () => {
  const r = analyze(FR.join(' '));
  assert.equal(Object.getPrototypeOf(r), Object.prototype);
  assert.ok(Array.isArray(r.flags));
  assert.deepEqual(Object.keys(r).sort(), ['flags', 'language', 'sentences']);
  for (const f of r.flags) {
    assert.equal(Object.getPrototypeOf(f), Object.prototype);
    assert.deepEqual(Object.keys(f).sort(), [
      'claim', 'cue', 'end', 'end_utf16', 'label', 'quote', 'reason', 'refers_to', 'rule', 'source', 'start',
      'start_utf16',
    ]);
    assert.equal(f.start, f.start_utf16);
    assert.equal(f.end, f.end_utf16);
    if (f.quote) {
      assert.equal(Object.getPrototypeOf(f.quote), Object.prototype);
      assert.equal(f.quote.start, f.quote.start_utf16);
      assert.equal(f.quote.end, f.quote.end_utf16);
    }
  }
  // JSON round trip loses nothing: no Map, no undefined, no BigInt.
  assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
});

test('UTF-16 offsets are right after é, « », 😀 and 👍🏽 (surrogate pairs, a modifier)', () => {
  const sentences = [
    '👍🏽😀 Titre 😀 👍🏽 é.',
    '« Ça ne suffira pas », affirme Thérèse Rémond.',
    'Selon Météo-France, il a plu 38 % de la normale 😀.',
  ];
  const text = sentences.join(' ');
  assert.equal(text.indexOf('«'), 24); // 37 bytes in UTF-8: byte offsets would not slice
  const r = analyze(text);
  assert.deepEqual(
    r.flags.map((f) => text.slice(f.start, f.end)),
    sentences,
  );
  const quote = r.flags.find((f) => f.label === 'quote');
  assert.equal(quote.source, 'Thérèse Rémond');
  assert.equal(text.slice(quote.quote.start, quote.quote.end), '« Ça ne suffira pas »');
  const attributed = r.flags.find((f) => f.label === 'attributed');
  assert.equal(attributed.source, 'Météo-France');
});

test('a sentence with a link (UTF-16 range) is attributed to the href', () => {
  const text = "👍🏽 Le projet coûtera 3 millions d'euros. Les travaux ont commencé en mai 2023. Le pont a coûté 2 millions.";
  const href = 'https://example.org/budget';
  const without = analyze(text);
  assert.equal(without.flags[0].label, 'unsourced');
  const start = text.indexOf('3 millions');
  const r = analyze(text, { links: [{ start, end: start + '3 millions'.length, href }] });
  assert.deepEqual(rows(text, r)[0].slice(0, 3), ['attributed', "👍🏽 Le projet coûtera 3 millions d'euros.", href]);
  assert.equal(r.flags[1].label, 'unsourced');
  assert.equal(r.flags[2].label, 'unsourced');
  // A link over the last sentence, ending at the very end of the text, after the emoji.
  const last = text.indexOf('Le pont');
  const r2 = analyze(text, { links: [{ start: last, end: text.length, href }] });
  assert.equal(r2.flags[2].label, 'attributed');
  assert.equal(r2.flags[2].source, href);
  assert.equal(text.slice(r2.flags[2].start, r2.flags[2].end), 'Le pont a coûté 2 millions.');
  // Offsets at 0 and right after the surrogate pair are fine; an empty link is ignored.
  const r3 = analyze(text, { links: [{ start: 0, end: 2, href }, { start: 5, end: 5, href: 'x' }] });
  assert.equal(r3.flags[0].source, href);
  assert.equal(r3.flags[1].label, 'unsourced');
});

test('labels and lang options', () => {
  const text = FR.join(' ');
  const r = analyze(text, { labels: ['quote', 'vague'] });
  assert.deepEqual(r.flags.map((f) => f.label), ['quote', 'vague']);
  assert.equal(r.sentences, 4);
  assert.deepEqual(analyze(text, { labels: [] }).flags, []);
  assert.equal(analyze(text, { lang: 'en' }).language, 'en');
  assert.equal(analyze(EN.join(' '), { lang: 'fr' }).language, 'fr');
});

test('undefined, null and {} options are the defaults; empty text is fine', () => {
  const text = EN.join(' ');
  const expected = analyze(text, { lang: 'auto', labels: ['quote', 'attributed', 'vague', 'unsourced'], links: [] });
  assert.deepEqual(analyze(text), expected);
  assert.deepEqual(analyze(text, undefined), expected);
  assert.deepEqual(analyze(text, null), expected);
  assert.deepEqual(analyze(text, {}), expected);
  assert.deepEqual(analyze(text, { lang: undefined, labels: null, links: undefined }), expected);
  const empty = analyze('');
  assert.equal(empty.sentences, 0);
  assert.deepEqual(empty.flags, []);
});

test('bad options throw an Error naming the field and the value', () => {
  const text = '😀 Le projet coûtera 3 millions.';
  const link = (l) => ({ links: [{ start: 0, end: 2, href: 'h', ...l }] });
  const cases = [
    [42, /^options must be an object, got 42$/],
    ['fr', /^options must be an object, got "fr"$/],
    [[], /^options must be an object, got \[\]$/],
    [{ lnag: 'fr' }, /^unknown option "lnag" \(expected lang, labels or links\)$/],
    [{ lang: 'de' }, /^options\.lang: unknown language "de"/],
    [{ lang: 3 }, /^options\.lang: unknown language 3 /],
    [{ labels: 'quote' }, /^options\.labels must be an array of strings, got "quote"$/],
    [{ labels: ['quote', 7] }, /^options\.labels must be an array of strings: options\.labels\[1\] is 7$/],
    [{ labels: ['quote', 'maybe'] }, /^options\.labels\[1\]: unknown label "maybe"/],
    [{ links: 'x' }, /^options\.links must be an array of \{start, end, href\}, got "x"$/],
    [{ links: [null] }, /^options\.links\[0\] must be an object \{start, end, href\}, got null$/],
    [link({ start: 1.5 }), /^options\.links\[0\]\.start must be a non-negative integer \(a UTF-16 offset\), got 1\.5$/],
    [link({ start: -1 }), /^options\.links\[0\]\.start must be a non-negative integer .*got -1$/],
    [link({ start: '0' }), /^options\.links\[0\]\.start must be a non-negative integer .*got "0"$/],
    [link({ end: NaN }), /^options\.links\[0\]\.end must be a non-negative integer .*got NaN$/],
    [link({ end: Infinity }), /^options\.links\[0\]\.end must be a non-negative integer .*got Infinity$/],
    [link({ end: undefined }), /^options\.links\[0\]\.end must be a non-negative integer .*got undefined$/],
    [link({ start: 5, end: 3 }), /^options\.links\[0\]: start 5 is after end 3$/],
    [link({ end: 999 }), /^options\.links\[0\]\.end: 999 is beyond the end of the text \(32 UTF-16 code units\)$/],
    [{ links: [{ start: 0, end: 2, href: 'h' }, { start: 1, end: 4, href: 'h' }] },
      /^options\.links\[1\]\.start: 1 falls inside a surrogate pair/],
    [link({ href: undefined }), /^options\.links\[0\]\.href must be a string, got undefined$/],
    [link({ href: 42 }), /^options\.links\[0\]\.href must be a string, got 42$/],
  ];
  assert.equal(text.length, 32);
  for (const [options, message] of cases) {
    assert.throws(() => analyze(text, options), (e) => {
      assert.ok(e instanceof Error, `not an Error for ${JSON.stringify(options)}`);
      assert.match(e.message, message);
      return true;
    });
  }
  assert.throws(() => analyze(42), /^Error: text must be a string, got 42$/);
  // The module is still usable after the errors.
  assert.equal(analyze(text).flags.length, 1);
});

test('lone surrogates do not throw and offsets still slice the JS string', () => {
  // wasm-bindgen turns each lone surrogate into U+FFFD: one UTF-16 unit either way.
  const sentences = [
    '\uD800 Le chômage a baissé de 4 % en 2023.',
    "Selon l'Insee, \uDC00 le chômage a reculé l'an dernier 😀.",
    'Le pont \uDBFF a coûté 2 millions.',
  ];
  const text = sentences.join(' ') + ' \uDFFF';
  const r = analyze(text);
  assert.deepEqual(r.flags.map((f) => text.slice(f.start, f.end)), sentences);
  assert.equal(r.flags[1].source, "l'Insee");
  // Link offsets after lone surrogates convert right too.
  const start = text.indexOf('2 millions');
  const href = 'https://example.org/pont';
  const withLink = analyze(text, { links: [{ start, end: start + 10, href }] });
  assert.equal(withLink.flags[2].label, 'attributed');
  assert.equal(withLink.flags[2].source, href);
  assert.equal(text.slice(withLink.flags[2].start, withLink.flags[2].end), sentences[2]);
});
