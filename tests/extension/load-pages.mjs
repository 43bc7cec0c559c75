// The load pages of the extension's tests (load.test.mjs), generated from the
// sentences of load-texts.mjs:
//  - "huge": a French archive page of more than 50,000 text nodes: a very long
//    article with inline markup in every sentence, hundreds of comments, and
//    furniture (menus, a sidebar of archives, a footer site map);
//  - "storm": an English news page whose own script (fixtures/storm.js), once
//    started, makes 1,000 DOM changes a second for 5 s.
// Each page comes with the HTML the extension must read (furniture left out),
// for the CLI (`--html`) to say what the highlights should be.

import { random, paragraphHtml, TEXTS } from './load-texts.mjs';
import { FIXTURES, esc, page } from './pages.mjs';

export const STORM_SCRIPT = `${FIXTURES}/storm.js`;

const WORDS = {
  fr: { site: 'Le Courrier de Port-Aubert', nav: 'Rubrique', share: 'Partager', ad: 'Publicité',
    adText: 'Votre cuisine équipée à moitié prix jusqu’à dimanche.', readAlso: 'Lire aussi', archives: 'Archives',
    comments: 'Réactions', reply: 'Répondre', publish: 'Publier', sitemap: 'Plan du site', byline: 'Par la rédaction locale',
    headline: 'Port-Aubert : dix ans de chroniques municipales', heading: 'Chronique', most: 'Les plus lus', ticker: 'En direct' },
  en: { site: 'The Hallam Ledger', nav: 'Section', share: 'Share', ad: 'Advertisement',
    adText: 'Half-price kitchens until Sunday.', readAlso: 'Read more', archives: 'Archives',
    comments: 'Comments', reply: 'Reply', publish: 'Post', sitemap: 'Site map', byline: 'By our local desk',
    headline: 'Hallam council: the week the budget broke', heading: 'Update', most: 'Most read', ticker: 'Live' },
};

const links = (n, href, text) => Array.from({ length: n }, (_, i) => `<li><a href="${href}/${i}">${esc(text(i))}</a></li>`).join('\n  ');

function header(w, navLinks) {
  return `<header class="site-header"><div class="brand"><a class="logo" href="/">${esc(w.site)}</a>
  <span class="ticker" role="marquee">${esc(w.ticker)} : 0</span></div>
  <nav class="main-nav" aria-label="Menu"><ul>${links(navLinks, '/section', (i) => `${w.nav} ${i + 1}`)}</ul></nav></header>`;
}

function sidebar(w, r, lang, archives) {
  const t = TEXTS[lang];
  return `<aside class="sidebar">
  <section class="most-read"><h2>${esc(w.most)}</h2><ol>${links(8, '/story', (i) => `${t.plain[i % t.plain.length]} (${i + 1})`)}</ol></section>
  <section class="archives"><h2>${esc(w.archives)}</h2><ul>${links(archives, '/archive', (i) => `${w.heading} ${archives - i} · ${t.people[r.int(t.people.length)]}`)}</ul></section>
</aside>`;
}

const footer = (w, n) => `<footer class="site-footer"><h2>${esc(w.sitemap)}</h2><ul>${links(n, '/map', (i) => `${w.nav} ${i + 1}`)}</ul><p>© 2025 ${esc(w.site)}</p></footer>`;
const share = (w) => `<div class="share"><span>${esc(w.share)}</span> <a href="/s/1">Facebook</a> <a href="/s/2">Mastodon</a> <span class="share-count">0</span></div>`;
const ad = (w) => `<div class="ad-slot"><span class="ad-label">${esc(w.ad)}</span><p>${esc(w.adText)} <a href="/promo">→</a></p></div>`;
const readAlso = (w, i) => `<aside class="read-also"><h2>${esc(w.readAlso)}</h2><ul>${links(3, `/related/${i}`, (k) => `${w.heading} ${i}-${k}`)}</ul></aside>`;

/**
 * An article of `paragraphs` paragraphs (2 to 4 sentences each), a heading
 * every 12, an ad every 40 and a "read also" every 100 (those two only in
 * the page). Returns { html, clean }.
 */
function article(w, r, lang, paragraphs) {
  const full = [];
  const clean = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 12 === 0) {
      const h = `<h2>${esc(w.heading)} ${i / 12 + 1}</h2>`;
      full.push(h);
      clean.push(h);
    }
    const p = paragraphHtml(r, lang, 2 + r.int(3));
    full.push(p);
    clean.push(p);
    if (i % 40 === 20) full.push(ad(w));
    if (i % 100 === 50) full.push(readAlso(w, i));
  }
  const wrap = (blocks, furniture) => `<article class="story">
  <header class="story-header"><p class="kicker">${esc(w.heading)}</p><h1>${esc(w.headline)}</h1>
  <p class="byline">${esc(w.byline)}</p></header>
  ${furniture ? share(w) : ''}
  <div class="story-body">
    ${blocks.join('\n    ')}
  </div>
</article>`;
  return { html: wrap(full, true), clean: wrap(clean, false) };
}

/** A reader comment: author, time, one or two paragraphs, a reply button (page only). */
function comment(w, r, lang, i, furniture) {
  const t = TEXTS[lang];
  const body = paragraphHtml(r, lang, 1 + r.int(2));
  return `<li class="comment"><p class="comment-meta"><strong>${esc(t.people[i % t.people.length].split(' ')[0])}${i}</strong> <time>${i} min</time></p>
      ${body}${furniture ? ` <button type="button" class="reply">${esc(w.reply)}</button>` : ''}</li>`;
}

function comments(w, lang, n, seed) {
  // The same comments twice (a generator per version): as in the page, and as read.
  const make = (furniture) => {
    const r = random(seed);
    const items = Array.from({ length: n }, (_, i) => comment(w, r, lang, i, furniture));
    return `<section id="comments" class="comments"><h2>${esc(w.comments)} (${n})</h2>
  <ol class="comment-list">
    ${items.join('\n    ')}
  </ol>
  ${furniture ? `<form class="reply-form"><textarea name="reply"></textarea><button type="submit">${esc(w.publish)}</button></form>` : ''}
</section>`;
  };
  return { html: make(true), clean: make(false) };
}

function layout(w, r, lang, { navLinks, paragraphs, commentCount, archives, mapLinks, extra = '' }) {
  const a = article(w, r, lang, paragraphs);
  const c = comments(w, lang, commentCount, r.int(1e9));
  const body = `${header(w, navLinks)}
<div class="layout">
<main>
${a.html}
${c.html}
</main>
${sidebar(w, r, lang, archives)}
</div>
${footer(w, mapLinks)}
${extra}`;
  return { html: page(lang, `${w.headline} — ${w.site}`, body), article: a.clean, comments: c.clean };
}

/** Paragraphs the storm appends to the article, as a live blog's updates
 * (each text unique: it starts with the update's time). */
function stormParagraphs(r, n) {
  const at = (i) => `${10 + Math.floor(i / 60)}.${String(i % 60).padStart(2, '0')}`;
  return Array.from({ length: n }, (_, i) => paragraphHtml(r, 'en', 2, ` class="late" data-added="${i}"`, `<time>${at(i)}</time>`));
}

/**
 * The load pages: { pages: { huge, storm }, routes, paths }. `pages[name]`:
 * `{ path, html, article, comments }`; `routes` for startServer(); `paths`
 * every path the pages request.
 */
export function buildLoadPages() {
  const pages = {};
  {
    const r = random(50000);
    pages.huge = {
      path: '/charge/archives-completes.html', lang: 'fr',
      ...layout(WORDS.fr, r, 'fr', { navLinks: 60, paragraphs: 2500, commentCount: 800, archives: 8000, mapLinks: 3000 }),
    };
  }
  {
    const r = random(1000);
    const data = { paragraphs: stormParagraphs(r, 300), comments: Array.from({ length: 60 }, (_, i) => comment(WORDS.en, r, 'en', 100 + i, false).replace('<li class="comment"', `<li class="comment late" data-added="${i}"`)) };
    const extra = `<script type="application/json" id="storm-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
<script src="${STORM_SCRIPT}"></script>`;
    pages.storm = {
      path: '/charge/conseil-en-direct.html', lang: 'en',
      ...layout(WORDS.en, r, 'en', { navLinks: 12, paragraphs: 120, commentCount: 12, archives: 40, mapLinks: 30, extra }),
    };
  }
  const routes = Object.fromEntries(Object.values(pages).map((p) => [p.path, () => ({ body: p.html })]));
  return { pages, routes, paths: [...Object.keys(routes), STORM_SCRIPT] };
}
