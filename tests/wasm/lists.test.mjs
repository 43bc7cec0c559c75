// The lists written once: the languages of data/languages.tsv (the
// JavaScript list generated from it, www/pkg/languages.js, the module's
// TypeScript type and the analyser agree with it), and the labels of
// www/labels.js (the module's type and error messages, the analyser's output).
//
//   bash scripts/build_wasm.sh && node --test tests/wasm/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, PKG, analyze, summarize } from './module.mjs';
import { LANGUAGES, LANG_CODES } from '../../www/pkg/languages.js';
import { LABELS } from '../../www/labels.js';

const dts = fs.readFileSync(path.join(PKG, 'claimlens.d.ts'), 'utf8');
/** The string literals of `export type Name = "a" | "b";` in the module's .d.ts. */
const union = (name) => dts.match(new RegExp(`export type ${name} = ([^;]+);`))[1].split('|').map((s) => JSON.parse(s.trim()));

const table = fs.readFileSync(path.join(ROOT, 'data', 'languages.tsv'), 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t'))
  .map(([code, name, own]) => ({ code, name, own }));

test('languages.js lists the table, in its order', () => {
  assert.ok(table.length >= 2);
  assert.deepEqual(LANGUAGES.map((l) => ({ ...l })), table);
  assert.deepEqual(LANG_CODES, table.map((l) => l.code));
  assert.ok(Object.isFrozen(LANGUAGES) && Object.isFrozen(LANGUAGES[0]));
});

test('the module\'s LangCode type is the table\'s codes', () => {
  assert.deepEqual(union('LangCode'), table.map((l) => l.code));
  assert.match(dts, /lang\?: "auto" \| LangCode;/);
});

test('the labels: www/labels.js, the module\'s Label type, its messages and its output agree', () => {
  assert.deepEqual(union('Label'), [...LABELS]);
  const text = [
    '« Nous ne fermerons aucune école », a déclaré la ministre Élise Martin.',
    "Selon l'Insee, le chômage a reculé l'an dernier.",
    'Des sources indiquent que le projet sera abandonné.',
    'Le chômage a baissé de 4 % en 2023.',
  ].join(' ');
  assert.deepEqual(analyze(text).flags.map((f) => f.label), [...LABELS], 'one sentence of each, in order');
  for (const l of LABELS) assert.deepEqual(analyze(text, { labels: [l] }).flags.map((f) => f.label), [l]);
  assert.deepEqual(Object.keys(summarize({ units: [analyze(text)] }).counts), [...LABELS]);
  const expected = `${LABELS.slice(0, -1).join(', ')} or ${LABELS.at(-1)}`;
  assert.throws(() => analyze(text, { labels: ['maybe'] }), { message: `options.labels[0]: unknown label "maybe" (expected ${expected})` });
});

test('the analyser reads every language of the table, and no other', () => {
  for (const { code } of table) assert.equal(analyze('Le projet avance. The plan works.', { lang: code }).language, code);
  const list = ['"auto"', ...table.map((l) => `"${l.code}"`)];
  const expected = `${list.slice(0, -1).join(', ')} or ${list.at(-1)}`;
  assert.throws(() => analyze('x', { lang: 'xx' }), { message: `options.lang: unknown language "xx" (expected ${expected})` });
});
