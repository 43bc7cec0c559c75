// The label colours meet WCAG AA: text over each highlight tint (4.5:1), and
// each underline against its tint (3:1, non-text contrast). No browser needed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELS, STYLES, INK } from '../../www/labels.js';

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

test('text over every highlight tint passes AA (4.5:1)', () => {
  for (const l of LABELS) assert.ok(contrast(INK, STYLES[l].tint) >= 4.5, `${l}: ${contrast(INK, STYLES[l].tint).toFixed(2)}`);
});

test('every underline stands out from its tint (3:1) and the styles all differ', () => {
  for (const l of LABELS) assert.ok(contrast(STYLES[l].line, STYLES[l].tint) >= 3, `${l}: ${contrast(STYLES[l].line, STYLES[l].tint).toFixed(2)}`);
  assert.equal(new Set(LABELS.map((l) => STYLES[l].deco)).size, LABELS.length);
});
