// The BUILT WebAssembly module (www/pkg, from scripts/build_wasm.sh), loaded
// once in Node for the tests of tests/wasm/ and the benchmarks of benches/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PKG = path.join(ROOT, 'www', 'pkg');
for (const file of ['claimlens.js', 'claimlens_bg.wasm', 'languages.js']) {
  if (!fs.existsSync(path.join(PKG, file))) {
    throw new Error(`www/pkg/${file} is missing: run scripts/build_wasm.sh first`);
  }
}
const glue = await import(path.join(PKG, 'claimlens.js'));
await glue.default({ module_or_path: fs.readFileSync(path.join(PKG, 'claimlens_bg.wasm')) });

export const { analyze, summarize, version } = glue;
