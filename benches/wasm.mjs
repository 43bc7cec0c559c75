// Throughput of the WebAssembly module (www/pkg, built by scripts/build_wasm.sh)
// in Node, in MB/s (10^6 bytes of UTF-8 per second of the process's CPU time,
// which a busy shared machine does not inflate as it does wall time; the JS
// string crossing into wasm and the result coming back included): the
// development corpus (../shared/corpus/dev beside the repo, else samples/)
// and a few hostile families (tests/wasm/hostile-texts.mjs) at 10 KB to
// 10 MB. Linear time reads as the same MB/s along a row. One warm-up run,
// then the median of RUNS timed runs (3 at 10 MB); a run analyses a small
// text several times, about 2 MB in all, for the CPU clock to resolve it.
//
//   node benches/wasm.mjs            # RUNS=11 by default, about a minute
//   RUNS=40 node benches/wasm.mjs
import fs from 'node:fs';
import path from 'node:path';
import { generate } from '../tests/wasm/hostile-texts.mjs';
import { ROOT as root, analyze, version } from '../tests/wasm/module.mjs';

function corpus() {
  const dev = path.join(root, '..', 'shared', 'corpus', 'dev');
  for (const [dir, name] of [[dev, 'dev corpus'], [path.join(root, 'samples'), 'samples']]) {
    if (!fs.existsSync(dir)) continue;
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    if (files.length) return { name, text: files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n\n') };
  }
  throw new Error('no corpus: neither ../shared/corpus/dev nor samples/ holds .txt files');
}

/** `unit` repeated, then cut to `bytes` of UTF-8 (a char cut in half is dropped). */
function fit(unit, bytes) {
  const text = unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)) + 1);
  return Buffer.from(text).subarray(0, bytes).toString().replace(/\ufffd$/, '');
}

const SIZES = [['10KB', 1e4], ['100KB', 1e5], ['1MB', 1e6], ['10MB', 1e7]];
const FAMILIES = ['one_line', 'english', 'unbalanced', 'never_closed', 'emoji', 'combining', 'controls'];
const runs = Number(process.env.RUNS || 11);

/** CPU seconds (user + system) spent in `f`. */
function cpuSeconds(f) {
  const before = process.cpuUsage();
  f();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1e6;
}

/** Median and best CPU seconds of analyze(text). */
function time(text, n) {
  analyze(text); // warm-up (the first call also builds the cue tables)
  const reps = Math.max(1, Math.round(2e6 / Buffer.byteLength(text)));
  const times = [];
  for (let i = 0; i < n; i++) {
    times.push(cpuSeconds(() => {
      for (let r = 0; r < reps; r++) analyze(text);
    }) / reps);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], best: times[0] };
}

const { name, text: corpusText } = corpus();
const rows = [[name, (bytes) => fit(corpusText, bytes)], ...FAMILIES.map((f) => [f, (bytes) => generate(f, bytes)])];
console.log(`claimlens ${version()} (wasm) in Node ${process.version}: MB per CPU second, median of ${runs} runs (3 at 10 MB)`);
console.log('family'.padEnd(14) + SIZES.map(([label]) => label.padStart(9)).join('') + '  10MB/10KB');
let headline;
for (const [row, make] of rows) {
  const cells = [];
  for (const [label, size] of SIZES) {
    const text = make(size);
    const bytes = Buffer.byteLength(text);
    const { median, best } = time(text, size >= 1e7 ? 3 : runs);
    cells.push(bytes / 1e6 / median);
    if (row === name && label === '1MB') headline = { bytes, median, best };
  }
  const ratio = (cells.at(-1) / cells[0]).toFixed(2);
  console.log(row.padEnd(14) + cells.map((c) => c.toFixed(1).padStart(9)).join('') + ratio.padStart(11));
}
const mbs = (s) => (headline.bytes / 1e6 / s).toFixed(1);
console.log(`${name} at 1 MB: median ${(headline.median * 1e3).toFixed(1)} ms = ${mbs(headline.median)} MB/s; ` +
  `best ${(headline.best * 1e3).toFixed(1)} ms = ${mbs(headline.best)} MB/s`);
