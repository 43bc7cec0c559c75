// Throughput of the WebAssembly module (www/pkg, built by scripts/build_wasm.sh)
// in Node: the development corpus (../shared/corpus/dev beside the repo, else
// samples/) concatenated and repeated to about 1 MB, one warm-up run, then RUNS
// timed runs of analyze(); prints MB/s (10^6 bytes of UTF-8 per second).
//
//   node bench/wasm.mjs            # RUNS=20 by default
//   RUNS=50 node bench/wasm.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = path.join(root, 'www', 'pkg');
const wasmPath = path.join(pkg, 'claimlens_bg.wasm');
if (!fs.existsSync(wasmPath)) {
  console.error(`${wasmPath} is missing: run scripts/build_wasm.sh first`);
  process.exit(1);
}
const { default: init, analyze, version } = await import(path.join(pkg, 'claimlens.js'));
await init({ module_or_path: fs.readFileSync(wasmPath) });

function corpus() {
  const dev = path.join(root, '..', 'shared', 'corpus', 'dev');
  for (const [dir, name] of [[dev, '../shared/corpus/dev'], [path.join(root, 'samples'), 'samples']]) {
    if (!fs.existsSync(dir)) continue;
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    if (files.length) return { name, texts: files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')) };
  }
  throw new Error('no corpus: neither ../shared/corpus/dev nor samples/ holds .txt files');
}

const { name, texts } = corpus();
const unit = texts.join('\n\n');
const target = 1_000_000;
const text = unit.repeat(Math.max(1, Math.ceil(target / Buffer.byteLength(unit))));
const bytes = Buffer.byteLength(text);
const runs = Number(process.env.RUNS || 20);

const first = analyze(text); // warm-up (also builds the cue tables once)
const times = [];
for (let i = 0; i < runs; i++) {
  const t0 = process.hrtime.bigint();
  analyze(text);
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const best = times[0];
const mbs = (s) => (bytes / 1e6 / s).toFixed(1);
console.log(`claimlens ${version()} (wasm) on ${name}: ${(bytes / 1e6).toFixed(2)} MB, ` +
  `${first.sentences} sentences, ${first.flags.length} flags, ${runs} runs`);
console.log(`median ${(median * 1e3).toFixed(1)} ms = ${mbs(median)} MB/s; best ${(best * 1e3).toFixed(1)} ms = ${mbs(best)} MB/s`);
