// The content script's article finder (extension/src/content/extract.js,
// readable.js) in Chromium: Readability.js's choice, traced back to the live
// page, is the article (sibling blocks of a story joined, what it drops left
// out of the reading); where it keeps too little, our own finder's choice;
// the live page unchanged and none of its handlers run by the copy.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { startServer, launch, watchConsole, ROOT } from './helpers.mjs';

let server, browser;

/** The finder bundled for a page: window.finder.{ find(), readable(), read(root) }. */
async function bundle() {
  const entry = `
    import { findArticleSliced, skipFor } from './extension/src/content/extract.js';
    import { readableSliced } from './extension/src/content/readable.js';
    import { textMap, Slicer } from './www/highlight.js';
    window.finder = {
      find: () => findArticleSliced(document, new Slicer()),
      readable: async () => !!(await readableSliced(document, new Slicer())),
      read: (root) => textMap(root, { skip: skipFor('article', root) }).text,
    };`;
  const out = await esbuild.build({ stdin: { contents: entry, resolveDir: ROOT }, bundle: true, format: 'iife', write: false, logLevel: 'silent' });
  return out.outputFiles[0].text;
}

const para = (topic, n) => `<p>${`The council said ${topic} would be reviewed next spring, according to the minutes of the meeting held on Tuesday. `.repeat(n)}</p>`;

/** A story in two sibling blocks with a list of links between them (left out by a class word only
 * Readability knows), no <article>. */
const SPLIT = `<!doctype html><html lang="en"><head><title>Bridge repairs</title></head><body>
<div class="top"><a href="/">Home</a> <a href="/news">News</a></div>
<div id="main">
  <div class="part">${para('the bridge', 3)}${para('the ferry', 3)}${para('the tunnel', 3)}</div>
  <div class="extra"><ul><li><a href="/a">Read more about the harbour</a></li><li><a href="/b">Read more about the railway</a></li></ul></div>
  <div class="part">${para('the canal', 2)}${para('the road', 2)}</div>
</div>
<img src="/pixel.gif" onerror="window.ran = (window.ran || 0) + 1" onload="window.ran = (window.ran || 0) + 1">
<div class="footer-links">${'<a href="/x">A link to another story</a> '.repeat(10)}</div>
</body></html>`;

/** Too little for Readability (under 500 characters), enough for our finder. */
const SHORT = `<!doctype html><html lang="en"><head><title>Short</title></head><body>
<nav><a href="/">Home</a></nav>
<div id="story"><p>The mayor said the market would reopen on Monday after the repairs, the town hall announced.</p>
<p>Traders told the local paper that the closure had cost them a month of sales this summer.</p>
<p>The works were paid for by the region, according to its budget.</p></div>
<img src="/pixel.gif" onload="window.ran = (window.ran || 0) + 1">
</body></html>`;

/** A short brief in the body the page declares (schema.org's articleBody),
 * a longer contact box beside it, its tags as rel-tag links in the same
 * block; too little for Readability. */
const BRIEF = `<!doctype html><html lang="en"><head><title>Brief</title></head><body>
<div class="wrap"><div class="left">
  <h1>Ferry service suspended</h1>
  <div class="body" itemprop="articleBody">The ferry service to the island was suspended on Friday after a storm damaged the pier, the port authority said. Repairs are expected to take two weeks, according to its engineers.<br>
  <strong>Tags<br><a href="/t/ferry" rel="tag">ferry service island</a>, <a href="/t/storm" rel="tag">storm damage pier</a></strong></div>
</div>
<div class="contact"><div>The customer service center can be contacted with any questions or requests by telephone at the number below, from Sunday to Thursday between nine and five, or by email at the address on our subscription page.</div></div></div>
<img src="/pixel.gif" onload="window.ran = (window.ran || 0) + 1">
</body></html>`;

/** A longer copy of the story the page's style sheet hides (Readability
 * reads markup, not style), the shorter one shown. */
const HIDDEN = `<!doctype html><html lang="en"><head><title>Hidden</title><style>.print { display: none }</style></head><body>
<section class="print"><div><div id="hidden">${para('the bridge', 4)}${para('the ferry', 4)}${para('the tunnel', 4)}</div></div></section>
<section><div><div id="shown">${para('the canal', 2)}${para('the road', 2)}</div></div></section>
</body></html>`;

before(async () => {
  const code = await bundle();
  server = await startServer({
    headers: (pathname) => (pathname.endsWith('-csp.html') ? { 'content-security-policy': "script-src 'self'" } : {}),
    routes: {
      '/finder.js': () => ({ type: '.js', body: code }),
      '/split.html': () => ({ body: SPLIT.replace('</body>', '<script src="/finder.js"></script></body>') }),
      // The same page under a CSP that forbids inline handlers: a copy that
      // held them would have each one reported (to the site, too).
      '/split-csp.html': () => ({ body: SPLIT.replace('</body>', '<script src="/finder.js"></script></body>') }),
      '/short-csp.html': () => ({ body: SHORT.replace('</body>', '<script src="/finder.js"></script></body>') }),
      '/pixel.gif': () => ({ type: '.png', body: Buffer.from('R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==', 'base64') }),
      '/hidden.html': () => ({ body: HIDDEN.replace('</body>', '<script src="/finder.js"></script></body>') }),
      '/brief.html': () => ({ body: BRIEF.replace('</body>', '<script src="/finder.js"></script></body>') }),
      '/short.html': () => ({ body: SHORT.replace('</body>', '<script src="/finder.js"></script></body>') }),
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(name) {
  const page = await browser.newPage();
  const errors = watchConsole(page);
  await page.goto(`${server.url}/${name}`);
  await page.waitForFunction(() => window.finder && document.readyState === 'complete');
  return { page, errors };
}

test('Readability\'s choice: a story in two sibling blocks is read whole, the links between them and around it left out', async () => {
  const { page, errors } = await open('split.html');
  const got = await page.evaluate(async () => {
    const root = await window.finder.find();
    return { id: root?.id, text: root ? window.finder.read(root) : '' };
  });
  assert.equal(got.id, 'main', 'the article is the blocks\' common parent');
  for (const topic of ['the bridge', 'the tunnel', 'the canal', 'the road']) assert.ok(got.text.includes(`The council said ${topic} would`), `${topic} read`);
  assert.ok(!got.text.includes('Read more about'), 'the list of links between the blocks is left out');
  assert.ok(!got.text.includes('Home'), 'the menu is left out');
  assert.deepEqual(errors, []);
  await page.close();
});

test('where Readability keeps too little, our own finder\'s choice', async () => {
  const { page } = await open('short.html');
  const got = await page.evaluate(async () => {
    const root = await window.finder.find();
    return { readable: await window.finder.readable(), id: root?.id, text: root ? window.finder.read(root) : '' };
  });
  assert.equal(got.readable, false, 'Readability\'s choice is not taken');
  assert.equal(got.id, 'story');
  assert.ok(got.text.includes('The mayor said the market would reopen'));
  await page.close();
});

test('a short story in the body the page declares is the article, over longer furniture; its tag links are left out', async () => {
  const { page } = await open('brief.html');
  const got = await page.evaluate(async () => {
    const root = await window.finder.find();
    return { readable: await window.finder.readable(), cls: root?.className, text: root ? window.finder.read(root) : '' };
  });
  assert.equal(got.readable, false, 'our own finder\'s choice');
  assert.equal(got.cls, 'body');
  assert.ok(got.text.includes('The ferry service to the island was suspended'));
  assert.ok(!got.text.includes('storm damage pier'), 'rel-tag links are labels, not the story');
  await page.close();
});

test('a choice of Readability\'s the page does not render is not the article', async () => {
  const { page } = await open('hidden.html');
  const got = await page.evaluate(async () => {
    const root = await window.finder.find();
    return { readable: await window.finder.readable(), id: root?.id };
  });
  assert.equal(got.readable, true, 'Readability makes a choice');
  assert.equal(got.id, 'shown');
  await page.close();
});

test('the live page is unchanged; its images are not fetched again, its handlers neither run nor compiled', async () => {
  const { page, errors } = await open('split.html');
  const before = await page.evaluate(() => ({ html: document.documentElement.outerHTML, ran: window.ran }));
  assert.equal(before.ran, 1, 'the image\'s own handler ran once, on the page');
  const fetched = server.log.filter((p) => p === '/pixel.gif').length;
  await page.evaluate(() => window.finder.find());
  await page.waitForTimeout(300); // an image load or error of a copy would come after
  const now = await page.evaluate(() => ({ html: document.documentElement.outerHTML, ran: window.ran }));
  assert.equal(now.html, before.html);
  assert.equal(now.ran, 1, 'no handler run by the copy');
  assert.equal(server.log.filter((p) => p === '/pixel.gif').length, fetched, 'the image is not fetched again');
  assert.deepEqual(errors, []);
  await page.close();

  // Readability reads the short page thrice, restoring it from HTML each time.
  for (const name of ['split-csp.html', 'short-csp.html']) {
    const csp = await open(name);
    const reported = csp.errors.length; // the page's own handlers, refused at load
    await csp.page.evaluate(() => window.finder.find());
    await csp.page.waitForTimeout(300);
    assert.deepEqual(csp.errors.slice(reported), [], `${name}: no inline handler of a copy reported`);
    await csp.page.close();
  }
});
