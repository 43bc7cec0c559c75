// The widget (www/claimlens.js) runs in the page's own JavaScript world, so
// whatever the page did to the built-ins reaches it. The pages
// (tests/extension/hostile-pages.mjs) load fixtures/hostile-prototypes.js
// first: wrappers around DOM methods, Array methods, JSON.stringify,
// Promise.prototype.then, setTimeout, MutationObserver, CSS.highlights.set;
// Object.prototype and Array.prototype frozen. With wrappers that only count,
// the widget must work exactly as on a plain page; with wrappers that throw at
// it, it must fail quietly (a rejected attach(), a claimlens-error event, no
// uncaught error) and the page's own app must keep working.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, ensureWasm, watchConsole } from './helpers.mjs';
import { widgetPage, usePageApp, APP_WORKS, WRAPPED } from '../extension/hostile-pages.mjs';

const PLAIN = '/hostile/widget-plain.html';
const COUNT = '/hostile/widget-count.html';
const lockdownPath = (name) => `/hostile/widget-lockdown-${name.replace(/\W/g, '-')}.html`;

let server, browser, plain;

before(async () => {
  ensureWasm();
  const routes = {
    [PLAIN]: () => ({ body: widgetPage() }),
    [COUNT]: () => ({ body: widgetPage({ mode: 'count' }) }),
  };
  for (const name of WRAPPED) routes[lockdownPath(name)] = () => ({ body: widgetPage({ mode: 'lockdown', only: [name] }) });
  server = await startServer({ routes });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const errors = watchConsole(page);
  await page.goto(server.url + path);
  return { page, errors };
}

/**
 * In the page: attach() on both articles, then a <claim-lens> element, each
 * read while shown and then removed. Resolves to { before, after, attach:
 * { fr, en }, element }: `before`/`after` the page (markup, adopted sheets,
 * highlight names, host), `attach.*` { ok, highlights, counts } or { ok:
 * false, error }, `element` { events, highlights, ready }.
 */
function runWidget(page) {
  return page.evaluate(async () => {
    const state = () => ({
      html: document.documentElement.outerHTML,
      sheets: document.adoptedStyleSheets.length,
      names: [...CSS.highlights.keys()].sort(),
      host: !!document.querySelector('[data-claimlens-host]'),
    });
    const shown = (el) => {
      const all = [];
      for (const mark of ['quote', 'attributed', 'vague', 'unsourced', 'unsourced-quiet']) {
        for (const range of CSS.highlights.get(`claimlens-${mark}`) ?? []) {
          if (el.contains(range.startContainer)) all.push({ label: mark.split('-')[0], range });
        }
      }
      all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      return all.map(({ label, range }) => ({ label, text: range.toString().replace(/\s+/g, ' ').trim() }));
    };
    const out = { before: state(), attach: {} };
    const { attach } = await import('/www/claimlens.js');
    for (const lang of ['fr', 'en']) {
      const el = document.getElementById(`story-${lang}`);
      try {
        const handle = await attach(el, { uiLang: 'text' });
        out.attach[lang] = { ok: true, highlights: shown(el), counts: handle.summary().counts };
        handle.detach();
      } catch (e) {
        out.attach[lang] = { ok: false, error: String(e), isError: e instanceof Error };
      }
    }
    const el = document.createElement('claim-lens');
    el.setAttribute('lang', 'fr');
    el.innerHTML = '<p>Selon la mairie, la piscine Jean-Bouin rouvrira le 2 mai.</p>' +
      '<p>« Nous avons tenu les délais », assure l’architecte Inès Calvet.</p>' +
      '<p>Des habitants affirment que le bassin fuit toujours.</p>';
    // Listeners called from the widget's dispatch: their frames count as the
    // widget's, so no wrapped method (push) in them.
    const events = [];
    let reported;
    const outcome = new Promise((resolve) => (reported = resolve));
    el.addEventListener('claimlens-highlighted', (e) => reported(events[events.length] = { type: 'highlighted', counts: e.detail.counts }));
    el.addEventListener('claimlens-error', (e) => reported(events[events.length] = { type: 'error', error: String(e.detail) }));
    document.body.append(el);
    // Nobody awaits el.ready here, as on a page that only listens for the
    // events. An element that never reports fails the test (bounded wait).
    const limit = setTimeout(reported, 10000);
    await outcome;
    clearTimeout(limit);
    // One task later, a rejection nobody handled has been reported to the page.
    await new Promise((resolve) => setTimeout(resolve, 0));
    let ready;
    try {
      ready = { ok: true, counts: (await el.ready)?.counts ?? null };
    } catch (e) {
      ready = { ok: false, error: String(e) };
    }
    out.element = { events, ready, highlights: shown(el) };
    el.remove();
    out.after = state();
    return out;
  });
}

/** The page's own app still works (its search highlight built, its observer seeing its list). */
async function checkPageApp(page) {
  const app = await usePageApp(page);
  assert.deepEqual({ saved: app.saved, log: app.log, items: app.items, badge: app.badge, clicks: app.clicks, confirmed: app.confirmed }, APP_WORKS);
  assert.ok(app.seen >= 1 && app.marks > 0);
}

test('plain page: the widget highlights both articles and a <claim-lens>, and leaves the page as it was', async () => {
  const { page, errors } = await open(PLAIN);
  plain = await runWidget(page);
  assert.equal(plain.attach.fr.ok, true);
  assert.equal(plain.attach.en.ok, true);
  assert.ok(plain.attach.fr.highlights.length >= 4 && plain.attach.en.highlights.length >= 4, 'both articles have flags');
  assert.deepEqual(plain.element.events.map((e) => e.type), ['highlighted']);
  assert.ok(plain.element.highlights.length >= 2);
  assert.deepEqual(plain.after, plain.before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('counting wrappers and frozen Object/Array prototypes: the widget works as on a plain page, through the page\'s wrappers', async () => {
  const { page, errors } = await open(COUNT);
  const got = await runWidget(page);
  assert.deepEqual(got.attach, plain.attach, 'attach(): the same highlights and figures');
  assert.deepEqual(got.element, plain.element, '<claim-lens>: the same');
  assert.deepEqual(got.after, got.before, 'the page as it was: markup, adopted sheets, the page\'s own highlight');
  assert.deepEqual(got.before.names, ['page-search']);
  // The widget did go through the page's wrappers (it shares the page's world).
  const widgetCalls = await page.evaluate(() => Object.fromEntries(Object.entries(window.pageCalls).map(([k, c]) => [k, c.widget])));
  for (const name of ['createTreeWalker', 'setStart', 'attachShadow', 'addEventListener', 'CSS.highlights.set', 'MutationObserver', 'push', 'map', 'filter']) {
    assert.ok(widgetCalls[name] > 0, `the widget called the page's ${name}`);
  }
  await checkPageApp(page);
  assert.deepEqual(errors, [], 'no error in the page');
  await page.close();
});

// name -> what a throwing wrapper left behind (checked in the last test).
const leftovers = {};
// The platform's methods, which pages do wrap (zone.js, polyfills, lockdown
// scripts): a failure there must leave nothing half done. Array methods,
// JSON or Promise.prototype.then throwing at every other script is beyond
// what a page does and still works: "fails quietly" is asked of those only.
const PLATFORM = WRAPPED.filter((name) => !['push', 'map', 'filter', 'JSON.stringify', 'then'].includes(name));

for (const name of WRAPPED) {
  test(`${name} throws at the widget: it works or fails quietly, and the page's own app keeps working`, async () => {
    const { page, errors } = await open(lockdownPath(name));
    const got = await runWidget(page);
    const types = got.element.events.map((e) => e.type);
    leftovers[name] = {
      attach: Object.values(got.attach).filter((a) => a.ok).flatMap((a) => a.highlights).length,
      expected: ['fr', 'en'].filter((l) => got.attach[l].ok).flatMap((l) => plain.attach[l].highlights).length,
      element: types[0] === 'highlighted' ? got.element.highlights.length : null,
      after: got.after,
      before: got.before,
    };
    for (const lang of ['fr', 'en']) {
      const a = got.attach[lang];
      if (a.ok) assert.deepEqual(a, plain.attach[lang], `attach() on ${lang}: the same highlights and figures as on a plain page`);
      else {
        assert.equal(a.isError, true, 'attach() rejects with an Error');
        assert.match(a.error, /locked down/, 'the page\'s own error, passed on');
      }
    }
    assert.ok(types.length === 1, `<claim-lens> reports once, success or failure (events: ${types})`);
    if (types[0] === 'highlighted') assert.equal(got.element.ready.ok, true);
    else assert.equal(got.element.ready.ok, false, 'el.ready rejects for whoever awaits it');
    assert.deepEqual(errors, [], 'no uncaught error or unhandled rejection in the page');
    await checkPageApp(page);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a throwing platform method leaves nothing half done: what is shown is painted, what fails leaves the page as it was', () => {
  const bad = [];
  for (const name of PLATFORM) {
    const l = leftovers[name];
    assert.ok(l, `${name} was tried`);
    const after = l.after;
    if (l.attach !== l.expected) bad.push(`${name}: attach() shown ${l.attach} of ${l.expected} highlights`);
    if (l.element !== null && l.element !== plain.element.highlights.length) bad.push(`${name}: <claim-lens> says highlighted, ${l.element} painted`);
    if (JSON.stringify(after) !== JSON.stringify(l.before)) {
      bad.push(`${name}: left ${JSON.stringify({ sheets: after.sheets, names: after.names, host: after.host, sameHtml: after.html === l.before.html })}`);
    }
  }
  assert.deepEqual(bad, []);
});
