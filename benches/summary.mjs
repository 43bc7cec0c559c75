// The widget's summary of a text naming N distinct sources (www/summary.js:
// the module's summarize(), the core's linear grouping), N = 1,000 to 16,000,
// in Node: CPU milliseconds per summary (the analysis itself not counted),
// median of RUNS. Linear time reads as a flat "µs per source" column.
//
//   node benches/summary.mjs                      # RUNS=9 by default, a few seconds
//   node benches/summary.mjs --baseline fb7a393   # also the widget's summary of that
//                                                 # commit (www/summary.js: the
//                                                 # JavaScript grouping before issue 14),
//                                                 # once, up to 8,000 sources (a minute)
//
// Needs www/pkg (scripts/build_wasm.sh) and, for --baseline, git.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, analyze, summarize as summarizeUnits } from '../tests/wasm/module.mjs';
import * as widget from '../www/summary.js';

const SIZES = [1000, 2000, 4000, 8000, 16000];
const runs = Number(process.env.RUNS || 9);

/** A capitalised made-up word, distinct for each `i` ("Lacen", "Pogucen"…). */
const SYLLABLES = ['ba', 'ce', 'di', 'fo', 'gu', 'la', 'me', 'ni', 'po', 'ru', 'sa', 'te', 'vi', 'zo', 'ka', 'lu'];
function word(i) {
  let s = '';
  do {
    s += SYLLABLES[i % 16];
    i = Math.floor(i / 16);
  } while (i);
  return `${s[0].toUpperCase()}${s.slice(1)}n`;
}

/** A text of `n` sentences, each attributed to a person of its own, and its analysis. */
function sources(n) {
  const text = Array.from({ length: n }, (_, i) => `Selon ${word(i + 17)} ${word(i * 7 + 300)}, le projet avance.`).join('\n');
  const analysis = analyze(text);
  if (analysis.flags.length !== n) throw new Error(`${n} sentences gave ${analysis.flags.length} flags`);
  return { text, analysis };
}

/** CPU milliseconds (user + system) spent in `f`. */
function cpuMs(f) {
  const before = process.cpuUsage();
  f();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The widget's summarize() of commit `rev`, loaded beside www/labels.js as it was. */
async function baseline(rev) {
  const file = path.join(ROOT, 'www', `.summary-${rev}.mjs`);
  fs.writeFileSync(file, execFileSync('git', ['show', `${rev}:www/summary.js`], { cwd: ROOT }));
  try {
    return (await import(file)).summarize;
  } finally {
    fs.rmSync(file);
  }
}

const at = process.argv.indexOf('--baseline');
const before = at > 0 ? await baseline(process.argv[at + 1]) : null;
const module = { summarize: summarizeUnits };

// The engine compiles the glue and the module's hot paths on first use: not counted.
for (let i = 0; i < 3; i++) {
  const warm = sources(2000);
  widget.summarize(module, warm.analysis, warm.text);
}
console.log(`widget summary, ${runs} runs, median CPU ms${before ? '; before: one run' : ''}`);
console.log(['sources', 'ms', 'µs/source', ...(before ? ['before ms', 'ratio'] : [])].join('\t'));
for (const n of SIZES) {
  const { text, analysis } = sources(n);
  const s = widget.summarize(module, analysis, text);
  if (s.sources.length !== n) throw new Error(`${n} sources grouped into ${s.sources.length}`);
  widget.summarize(module, analysis, text); // warm
  const ms = median(Array.from({ length: runs }, () => cpuMs(() => widget.summarize(module, analysis, text))));
  const row = [n, ms.toFixed(1), ((ms * 1000) / n).toFixed(2)];
  if (before && n <= 8000) { // quadratic: 16,000 sources take it half a minute
    const old = cpuMs(() => before(analysis, text));
    row.push(old.toFixed(0), `${(old / ms).toFixed(0)}×`);
  }
  console.log(row.join('\t'));
}
