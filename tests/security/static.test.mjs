// What SECURITY.md promises, checked on the built extension (dist/) and the
// widget (www/): no API that parses a string into markup or code, no network
// API but the one that loads the extension's own wasm file, HTML pages without
// inline script, manifests with only the permissions the review explains, and
// background commands taken only from the senders they are meant for.
// Run after scripts/build_extension.sh: node --test tests/security/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowed, PAGE_COMMANDS, CONTENT_COMMANDS } from '../../extension/src/background/senders.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILDS = ['chrome', 'firefox'].map((b) => path.join(ROOT, 'dist', b));

/** Turn a string into markup or code: none of these may appear in shipped JavaScript. */
const SINKS = [
  /innerHTML/, /outerHTML/, /insertAdjacentHTML/, /\bdocument\s*\.\s*write(ln)?\b/,
  /createContextualFragment/, /\bDOMParser\b/, /setHTMLUnsafe|parseHTMLUnsafe/, /\bsrcdoc\b/,
  /\beval\s*\(/, /\bnew\s+Function\s*\(/, /\bset(Timeout|Interval)\s*\(\s*['"`]/,
];
/** Ways to reach the network; the wasm glue's fetch() is checked apart. */
const NETWORK = [/XMLHttpRequest/, /\bWebSocket\b/, /\bEventSource\b/, /sendBeacon/, /importScripts/, /RTCPeerConnection/, /\bfetch\s*\(/];

/** Every `[line, pattern]` of `source` matching one of `patterns`; with
 * `vendored`, not in the bundle's copy of Readability.js (see below). */
function scan(source, patterns, { vendored = false } = {}) {
  const hits = [];
  let inReadability = false;
  source.split('\n').forEach((line, i) => {
    // esbuild heads each bundled module with a comment naming its file.
    const module = /^\s*\/\/ ((?:node_modules|extension|www)\/\S+)$/.exec(line);
    if (module) inReadability = module[1].startsWith(READABILITY);
    if (vendored && inReadability) return;
    for (const p of patterns) if (p.test(line)) hits.push(`${i + 1}: ${p} in ${line.trim().slice(0, 120)}`);
  });
  return hits;
}

/** Mozilla's Readability.js, bundled into the content script, rewrites the
 * document it is given with innerHTML. It is only ever given an inert copy
 * (readable.js: a document of the page's DOMImplementation, no window, no
 * script, nothing loaded), never the live page: checked below. */
const READABILITY = 'node_modules/@mozilla/readability/';

function files(dir, ext) {
  return fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, f)).filter((f) => ext.some((e) => f.endsWith(e)));
}

function built() {
  for (const dir of BUILDS) assert.ok(fs.existsSync(path.join(dir, 'manifest.json')), `${dir} is missing: run scripts/build_extension.sh first`);
  return BUILDS;
}

test('the scanner finds a planted sink and lets safe DOM code through', () => {
  assert.equal(scan('el.innerHTML = text;', SINKS).length, 1);
  assert.equal(scan("node.insertAdjacentHTML('beforeend', s)", SINKS).length, 1);
  assert.equal(scan('document.write(s)', SINKS).length, 1);
  assert.equal(scan("setTimeout('run()', 0)", SINKS).length, 1);
  assert.deepEqual(scan('tip.textContent = flag.source; el.append(document.createTextNode(t)); setTimeout(run, 0);', SINKS), []);
  // Only the bundled Readability.js is let through, not a module after it.
  const bundle = '  // node_modules/@mozilla/readability/Readability.js\n  a.innerHTML = s;\n  // www/labels.js\n  b.innerHTML = s;';
  assert.equal(scan(bundle, SINKS).length, 2);
  assert.deepEqual(scan(bundle, SINKS, { vendored: true }), ['4: /innerHTML/ in b.innerHTML = s;']);
  assert.equal(scan('navigator.sendBeacon(u, d)', NETWORK).length, 1);
});

test('no shipped script turns a string into markup or code', () => {
  const shipped = [
    ...built().flatMap((d) => files(d, ['.js'])),
    ...files(path.join(ROOT, 'www'), ['.js']).filter((f) => !f.includes(`${path.sep}pkg${path.sep}`) || f.endsWith('claimlens.js')),
  ];
  assert.ok(shipped.length >= 15, `expected the built scripts and the widget, found ${shipped.length}`);
  const hits = shipped.flatMap((f) => scan(fs.readFileSync(f, 'utf8'), SINKS, { vendored: true }).map((h) => `${path.relative(ROOT, f)}:${h}`));
  assert.deepEqual(hits, []);
  // The sinks of the bundled Readability.js are there, and it is given only
  // the inert copy: one call, on `copy`, made by createHTMLDocument and
  // filled with createElement, createTextNode and attribute setters.
  const content = fs.readFileSync(path.join(BUILDS[0], 'content.js'), 'utf8');
  assert.ok(scan(content, SINKS).length > scan(content, SINKS, { vendored: true }).length, 'the scanner sees the bundled Readability.js');
  const src = fs.readFileSync(path.join(ROOT, 'extension/src/content/readable.js'), 'utf8');
  assert.deepEqual(src.match(/new Readability\([^,]*/g), ['new Readability(copy']);
  assert.match(src, /const copy = doc\.implementation\.createHTMLDocument\(''\);/);
  assert.deepEqual(scan(src, SINKS), [], 'readable.js itself uses no sink');
  const users = files(path.join(ROOT, 'extension/src'), ['.js']).filter((f) => fs.readFileSync(f, 'utf8').includes('@mozilla/readability'));
  assert.deepEqual(users.map((f) => path.relative(ROOT, f)), ['extension/src/content/readable.js'], 'only readable.js imports Readability.js');
});

test('the extension reaches no network: its one fetch() loads its own wasm file', () => {
  for (const dir of built()) {
    for (const f of files(dir, ['.js'])) {
      const hits = scan(fs.readFileSync(f, 'utf8'), NETWORK);
      if (path.basename(f) === 'background.js') {
        // wasm-bindgen's loader: fetch(module_or_path), given runtime.getURL() by engine.js.
        assert.equal(hits.length, 1, `${f}: ${hits}`);
        assert.match(hits[0], /in (module_or_path = )?fetch\(module_or_path\);$/, f);
      } else {
        assert.deepEqual(hits, [], f);
      }
    }
  }
  const engine = fs.readFileSync(path.join(ROOT, 'extension/src/background/engine.js'), 'utf8');
  assert.match(engine, /module_or_path:\s*api\.runtime\.getURL\('claimlens_bg\.wasm'\)/);
});

test('the shipped extension has no test hook; the test build, which the end-to-end tests load, has', () => {
  const hook = /\bglobalThis\.claimlens\s*=/;
  for (const dir of built()) {
    for (const f of files(dir, ['.js'])) assert.doesNotMatch(fs.readFileSync(f, 'utf8'), hook, path.relative(ROOT, f));
  }
  // The scan sees the hook where it is: in the test build's background.
  const testBuild = path.join(ROOT, 'target', 'extension-test', 'chrome', 'background.js');
  assert.match(fs.readFileSync(testBuild, 'utf8'), hook, `${path.relative(ROOT, testBuild)}: run scripts/build_extension.sh`);
});

test('extension pages load scripts from the package only, with no inline script or handler', () => {
  for (const dir of built()) {
    for (const f of files(dir, ['.html'])) {
      const html = fs.readFileSync(f, 'utf8');
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        assert.match(m[1], /\bsrc="[\w./-]+\.js"/, `${f}: a script without a local src`);
        assert.equal(m[2].trim(), '', `${f}: inline script`);
      }
      assert.doesNotMatch(html, /\son[a-z]+\s*=/i, `${f}: inline event handler`);
      assert.doesNotMatch(html, /(src|href)\s*=\s*"(https?:)?\/\//i, `${f}: a remote resource`);
    }
    const kinds = new Set(files(dir, ['']).filter((f) => fs.statSync(f).isFile()).map((f) => path.extname(f)));
    assert.deepEqual([...kinds].sort(), ['.css', '.html', '.js', '.json', '.png', '.wasm'], `${dir}: unexpected file types`);
  }
});

test('the manifests ask for activeTab, scripting and storage, and for sites only as the reader chooses them', () => {
  for (const dir of built()) {
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    assert.equal(m.manifest_version, 3);
    assert.deepEqual(m.permissions, ['activeTab', 'scripting', 'storage']);
    assert.deepEqual(m.optional_host_permissions, ['http://*/*', 'https://*/*']);
    for (const key of ['host_permissions', 'content_scripts', 'externally_connectable', 'web_accessible_resources', 'update_url', 'optional_permissions']) {
      assert.equal(m[key], undefined, `${dir}: ${key}`);
    }
    assert.equal(m.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  }
  const gecko = JSON.parse(fs.readFileSync(path.join(BUILDS[1], 'manifest.json'), 'utf8')).browser_specific_settings.gecko;
  assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
});

test('background commands: the popup\'s only from extension pages, the content script\'s only from a tab', () => {
  const me = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
  const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
  const popupInTab = { ...popup, url: 'chrome-extension://ext-id/popup.html?tab=3', tab: { id: 9 } };
  const content = { id: 'ext-id', url: 'https://news.example/a', tab: { id: 3 }, frameId: 0 };
  const other = { ...content, id: 'someone-else' };
  for (const type of PAGE_COMMANDS) {
    assert.equal(allowed(type, popup, me), true, type);
    assert.equal(allowed(type, popupInTab, me), true, type);
    assert.equal(allowed(type, content, me), false, `${type} from a content script`);
  }
  for (const type of CONTENT_COMMANDS) {
    assert.equal(allowed(type, content, me), true, type);
    assert.equal(allowed(type, popup, me), false, `${type} from the popup`);
  }
  for (const type of [...PAGE_COMMANDS, ...CONTENT_COMMANDS]) assert.equal(allowed(type, other, me), false, `${type} from another extension`);
  assert.equal(allowed('toString', content, me), false);
  assert.equal(allowed('analyze', undefined, me), false);
});

test('every command the background handles is in exactly one sender list', () => {
  const main = fs.readFileSync(path.join(ROOT, 'extension/src/background/main.js'), 'utf8');
  const block = main.slice(main.indexOf('const handlers = {'), main.indexOf('\n};', main.indexOf('const handlers = {')));
  const names = [...block.matchAll(/^ {2}async (?:'([\w-]+)'|(\w+))\(/gm)].map((m) => m[1] || m[2]);
  assert.ok(names.length >= 9, `found ${names}`);
  for (const n of names) assert.ok(PAGE_COMMANDS.has(n) !== CONTENT_COMMANDS.has(n), n);
  assert.equal(names.length, PAGE_COMMANDS.size + CONTENT_COMMANDS.size);
});
