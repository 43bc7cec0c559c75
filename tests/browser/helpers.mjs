// Shared by the browser tests: a static server over the repository root, the
// system Chromium driven by playwright-core, the CLI's flags for comparison,
// and a console watcher. Prerequisites: scripts/install_browser.sh (Chromium,
// node_modules) and scripts/build_wasm.sh (www/pkg/), which before() runs when
// www/pkg/ is missing.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const LABELS = ['quote', 'attributed', 'vague', 'unsourced'];
/** The highlights' names, `claimlens-<mark>`: a label's, and the quiet mark of
 * unsourced plain narration (its label is the part before "-"). */
export const MARKS = [...LABELS, 'unsourced-quiet'];
export const SHOTS = path.join(ROOT, 'target', 'screenshots');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.ts': 'text/plain; charset=utf-8',
};

/** Serves the repository root on 127.0.0.1, a free port. Resolves to
 * { url, log, close() }. Options: `headers(pathname)` -> extra response
 * headers (a page's CSP), `routes` { pathname: () => { type, body } } for
 * pages built on the fly. `log` lists every path requested. */
export function startServer({ headers, routes = {} } = {}) {
  const log = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    log.push(url.pathname);
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end(); // browsers ask for it
    const extra = headers?.(url.pathname) || {};
    const route = routes[url.pathname];
    if (route) {
      const { type = '.html', body } = route();
      res.writeHead(200, { 'content-type': TYPES[type], 'cache-control': 'no-store', ...extra });
      return void res.end(body);
    }
    const pathname = decodeURIComponent(url.pathname).replace(/\/$/, '/index.html');
    const file = path.join(ROOT, path.normalize(pathname)); // normalize keeps it under ROOT
    if (!file.startsWith(ROOT + path.sep)) return void res.writeHead(403).end();
    fs.readFile(file, (err, body) => {
      if (err) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store', ...extra });
      res.end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}`,
      log,
      close: () => new Promise((done) => server.close(done)),
    }));
  });
}

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The system Chromium, headless. */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Builds www/pkg/ when it is missing (scripts/build_wasm.sh). */
export function ensureWasm() {
  if (fs.existsSync(path.join(ROOT, 'www/pkg/claimlens.js'))) return;
  const r = spawnSync('bash', ['scripts/build_wasm.sh'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('scripts/build_wasm.sh failed: www/pkg/ is missing');
}

/** The CLI's flags for a file, as [{ label, text }] (building the binary if missing). */
export function cliFlags(file) {
  return cliFlagsOf(fs.readFileSync(path.resolve(ROOT, file)), file);
}

/** The CLI's flags for a text (bytes or string), as { language, flags: [{ label, text }] }. */
export function cliFlagsOf(text, name = 'text') {
  const bytes = Buffer.from(text);
  const out = cliJson([], bytes, name);
  return { language: out.language, flags: labelled(out.flags, bytes) };
}

/** The CLI's flags for an HTML fragment read as a page (`--html`: visible text,
 * links as sources): { language, text, flags: [{ label, text }] }. */
export function cliFlagsHtml(html) {
  const out = cliJson(['--html'], html, 'an HTML fragment');
  return { language: out.language, text: out.text, flags: labelled(out.flags, Buffer.from(out.text)) };
}

/** Whether this process has brought the release CLI up to date with the tree. */
let cliBuilt = false;

/** The release CLI's JSON analysis of `input` (stdin) with `args`. The binary
 * is built once per process, not only when missing: a binary left by an older
 * tree would disagree with the module built from this one. */
function cliJson(args, input, name) {
  const bin = path.join(path.resolve(ROOT, process.env.CARGO_TARGET_DIR || 'target'), 'release', 'claimlens');
  if (!cliBuilt) {
    const r = spawnSync('cargo', ['build', '--release', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('cargo build --release failed');
    cliBuilt = true;
  }
  const out = JSON.parse(execFileSync(bin, ['analyze', '--format', 'json', ...args, '-'], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 256 << 20 }));
  if (!out || !Array.isArray(out.flags)) throw new Error(`claimlens gave no flags for ${name}`);
  return out;
}

/** Flags as [{ label, text }], `text` being the flagged bytes of `bytes`, whitespace squashed. */
const labelled = (flags, bytes) => flags.map((f) => ({ label: f.label, text: squash(bytes.subarray(f.start, f.end).toString('utf8')) }));

export const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** Every highlighted range on the page, in document order: [{ label, text }]
 * (`mark` too with `{ marks: true }`). */
export function readHighlights(page, { marks = false } = {}) {
  return page.evaluate(({ names, marks }) => {
    if (!globalThis.CSS?.highlights) return [];
    const all = [];
    for (const mark of names) {
      for (const range of CSS.highlights.get(`claimlens-${mark}`) ?? []) all.push({ label: mark.split('-')[0], mark, range });
    }
    all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return all.map(({ label, mark, range }) => ({ label, ...(marks ? { mark } : {}), text: range.toString().replace(/\s+/g, ' ').trim() }));
  }, { names: MARKS, marks });
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchConsole(page) {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`));
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

export function screenshotPath(name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  return path.join(SHOTS, name);
}

/** The setup of a test file on the widget: the wasm module built if missing,
 * a server and Chromium started before its tests and closed after them. The
 * object's `server` and `browser` are set once they are started. */
export function browserSuite() {
  /** @type {{ server: any, browser: any }} */
  const suite = { server: null, browser: null };
  before(async () => {
    ensureWasm();
    suite.server = await startServer();
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
