// Builds the extension for both browsers from this one source:
//   dist/chrome/   Manifest V3, background service worker
//   dist/firefox/  Manifest V3, background scripts, gecko id
//   dist/claimlens-{chrome,firefox}-<version>.zip, ready for the stores
//   target/extension-test/{chrome,firefox}/   the test builds: the same, but
//     for a background that the end-to-end tests can reach
//     (src/background/testing.js); never shipped, never zipped
// Bundles the scripts with esbuild (the shared highlighting module comes from
// www/, not a copy), copies the wasm module from www/pkg/ (scripts/build_wasm.sh
// makes it), draws the icons. Run through scripts/build_extension.sh.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { zipSync } from 'fflate';
import { drawIcon } from './icons.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const dist = path.join(root, 'dist');
const testBuild = path.join(root, 'target', 'extension-test');
const wasm = path.join(root, 'www/pkg/claimlens_bg.wasm');

const GECKO = {
  id: 'claimlens@claimlens.org',
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'] },
};

const ENTRIES = {
  background: 'src/background/main.js',
  content: 'src/content/main.js',
  autorun: 'src/content/autorun.js',
  popup: 'src/popup/popup.js',
  options: 'src/options/options.js',
};
const STATIC = ['src/popup/popup.html', 'src/popup/popup.css', 'src/options/options.html', 'src/options/options.css'];

function manifest(browser) {
  const m = JSON.parse(fs.readFileSync(path.join(here, 'manifest.json'), 'utf8'));
  if (browser === 'chrome') {
    m.background = { service_worker: 'background.js' };
    m.minimum_chrome_version = '121';
  } else {
    m.background = { scripts: ['background.js'] };
    m.browser_specific_settings = { gecko: GECKO, gecko_android: { strict_min_version: '142.0' } };
  }
  return m;
}

/** The test build's background: the shipped one with a handle for the tests. */
const TEST_ENTRIES = { ...ENTRIES, background: 'src/background/testing.js' };

async function bundle(outdir, entries = ENTRIES) {
  await esbuild.build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, path.join(here, v)])),
    outdir,
    bundle: true,
    format: 'iife',
    target: ['chrome121', 'firefox128'],
    charset: 'utf8',
    loader: { '.txt': 'text' }, // the warm-up texts of the background (samples/)
    legalComments: 'none',
    logLevel: 'warning',
    // The wasm-bindgen glue's default path uses import.meta.url; the
    // background passes the module's URL itself, so it is never read.
    logOverride: { 'empty-import-meta': 'silent' },
  });
}

function copyDir(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const [a, b] = [path.join(from, e.name), path.join(to, e.name)];
    if (e.isDirectory()) copyDir(a, b);
    else fs.copyFileSync(a, b);
  }
}

/** Every file under `dir`, as { "relative/path": bytes }, sorted (reproducible zips). */
function files(dir, base = dir, out = {}) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files(p, base, out);
    else out[path.relative(base, p).split(path.sep).join('/')] = [fs.readFileSync(p), { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
  return out;
}

/** The unpacked extension for `browser` in `out`, its scripts from `scripts`. */
function assemble(out, browser, scripts, icons) {
  copyDir(scripts, out);
  for (const f of STATIC) fs.copyFileSync(path.join(here, f), path.join(out, path.basename(f)));
  copyDir(path.join(here, '_locales'), path.join(out, '_locales'));
  fs.mkdirSync(path.join(out, 'icons'));
  for (const [s, png] of Object.entries(icons)) fs.writeFileSync(path.join(out, 'icons', `${s}.png`), png);
  fs.copyFileSync(wasm, path.join(out, 'claimlens_bg.wasm'));
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest(browser), null, 2) + '\n');
}

async function main() {
  if (!fs.existsSync(wasm)) throw new Error(`${path.relative(root, wasm)} is missing: run scripts/build_wasm.sh first`);
  fs.rmSync(dist, { recursive: true, force: true });
  fs.rmSync(testBuild, { recursive: true, force: true });
  const scratch = path.join(dist, '.bundle');
  const testScratch = path.join(testBuild, '.bundle');
  await bundle(scratch);
  await bundle(testScratch, TEST_ENTRIES);
  const version = JSON.parse(fs.readFileSync(path.join(here, 'manifest.json'), 'utf8')).version;
  const icons = Object.fromEntries([16, 32, 48, 128].map((s) => [s, drawIcon(s)]));
  for (const browser of ['chrome', 'firefox']) {
    assemble(path.join(testBuild, browser), browser, testScratch, icons);
    console.log(`==> ${path.relative(root, testBuild)}/${browser}/ (the test build)`);
  }
  fs.rmSync(testScratch, { recursive: true, force: true });
  for (const browser of ['chrome', 'firefox']) {
    const out = path.join(dist, browser);
    assemble(out, browser, scratch, icons);
    const zip = path.join(dist, `claimlens-${browser}-${version}.zip`);
    fs.writeFileSync(zip, zipSync(files(out), { level: 9 }));
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    const size = Object.values(files(out)).reduce((n, [b]) => n + b.length, 0);
    console.log(`==> dist/${browser}/ (${kb(size)}), ${path.relative(root, zip)} (${kb(fs.statSync(zip).size)})`);
  }
  fs.rmSync(scratch, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(`build failed: ${e.message}`);
  process.exit(1);
});
