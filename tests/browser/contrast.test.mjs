// The label colours meet WCAG AA: text over each highlight tint (4.5:1), and
// each underline against its tint (3:1, non-text contrast). The quiet mark of
// plain narration has no tint and leaves the page's own text colour alone:
// its dotted line stands out from a white page (3:1). No browser needed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELS, MARKS, STYLES, INK } from '../../www/labels.js';
import { highlightCSS } from '../../www/highlight.js';

const channel = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (hex) => {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => channel(v / 255));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const tinted = MARKS.filter((m) => STYLES[m].tint);

test('text over every highlight tint passes AA (4.5:1)', () => {
  for (const l of LABELS) assert.ok(STYLES[l].tint, `${l} has a tint`);
  for (const l of tinted) assert.ok(contrast(INK, STYLES[l].tint) >= 4.5, `${l}: ${contrast(INK, STYLES[l].tint).toFixed(2)}`);
});

test('every underline stands out from its tint (3:1) and the styles all differ', () => {
  for (const l of tinted) assert.ok(contrast(STYLES[l].line, STYLES[l].tint) >= 3, `${l}: ${contrast(STYLES[l].line, STYLES[l].tint).toFixed(2)}`);
  assert.equal(new Set(MARKS.map((m) => STYLES[m].deco)).size, MARKS.length);
});

test('the quiet mark: no tint, no forced ink (the page keeps its contrast), a line that stands out from white (3:1)', () => {
  const quiet = STYLES['unsourced-quiet'];
  assert.equal(quiet.tint, null);
  assert.ok(contrast(quiet.line, '#ffffff') >= 3, `${contrast(quiet.line, '#ffffff').toFixed(2)}`);
  const rule = highlightCSS().split('\n').find((r) => r.startsWith('::highlight(claimlens-unsourced-quiet)'));
  assert.ok(rule, 'a rule for the quiet mark');
  assert.doesNotMatch(rule, /(^|[\s;{])color:|background/, 'sets neither colour nor background');
  // Every tinted mark forces the ink its contrast was computed with.
  for (const m of tinted) assert.match(highlightCSS(), new RegExp(`::highlight\\(claimlens-${m}\\) \\{ color: ${INK}; background-color: ${STYLES[m].tint};`));
});
