// The languages of data/languages.tsv, the one table: the JavaScript list
// generated from it (www/pkg/languages.js), the module's TypeScript type and
// the analyser agree with it.
//
//   bash scripts/build_wasm.sh && node --test tests/wasm/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, PKG, analyze } from './module.mjs';
import { LANGUAGES, LANG_CODES } from '../../www/pkg/languages.js';

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
  const dts = fs.readFileSync(path.join(PKG, 'claimlens.d.ts'), 'utf8');
  const union = table.map((l) => `"${l.code}"`).join(' | ');
  assert.ok(dts.includes(`export type LangCode = ${union};`), dts.slice(0, 400));
  assert.match(dts, /lang\?: "auto" \| LangCode;/);
});

test('the analyser reads every language of the table, and no other', () => {
  for (const { code } of table) assert.equal(analyze('Le projet avance. The plan works.', { lang: code }).language, code);
  const list = ['"auto"', ...table.map((l) => `"${l.code}"`)];
  const expected = `${list.slice(0, -1).join(', ')} or ${list.at(-1)}`;
  assert.throws(() => analyze('x', { lang: 'xx' }), { message: `options.lang: unknown language "xx" (expected ${expected})` });
});
