// Fixture pages for the extension's end-to-end tests, built on the fly from
// the development articles (../shared/corpus/dev/*.txt; samples/*.txt when
// ../shared is missing) and served by tests/browser/helpers.mjs startServer().
// Every page looks like a news site: header, menu, sidebar, banners, ads,
// share bar, comments, footer. The texts around the articles (menus, comments,
// banners) are written for these tests.
//
// Each page comes with the HTML fragments the extension must read, exactly as
// inserted in the page minus the in-article furniture it must skip, so that a
// test can ask the CLI (`--html`) what the highlights should be.

import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../browser/helpers.mjs';
import { WORDS, COMMENTS, LATE_COMMENT } from './page-texts.mjs';

export { COMMENTS, LATE_COMMENT };

/** The development articles (CLAIMLENS_DEV_DIR elsewhere; a missing directory means the samples). */
export const DEV = process.env.CLAIMLENS_DEV_DIR || path.resolve(ROOT, '..', 'shared', 'corpus', 'dev');
export const FIXTURES = '/tests/extension/fixtures';
export const CSS_PATH = `${FIXTURES}/news.css`;
export const CSP = "default-src 'none'; style-src 'self'";

// ---------------------------------------------------------------- articles

/** One article file: first line the headline, then paragraphs (blank lines
 * between them or not). Reader comments published with an article (a line
 * such as "9 réflexions au sujet de …") and what follows are left out. */
export function parseArticle(text, name) {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const headline = lines.shift();
  const paragraphs = [];
  for (const l of lines) {
    if (/^\d+\s+(réflexions?|commentaires?|réactions?|comments?)\b/i.test(l)) break;
    if (l) paragraphs.push(l);
  }
  return { name, headline, paragraphs };
}

/** The French articles (the dev set, else samples/fr.txt) and the English one (samples/en.txt). */
export function loadArticles() {
  let fr = [];
  if (fs.existsSync(DEV)) {
    fr = fs.readdirSync(DEV).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => parseArticle(fs.readFileSync(path.join(DEV, f), 'utf8'), f));
  }
  const fromDev = fr.length > 0;
  if (!fromDev) fr = [parseArticle(fs.readFileSync(path.join(ROOT, 'samples/fr.txt'), 'utf8'), 'samples/fr.txt')];
  const en = parseArticle(fs.readFileSync(path.join(ROOT, 'samples/en.txt'), 'utf8'), 'samples/en.txt');
  // Picks article i of the French set (the same one again when there is only the sample).
  const pick = (i) => fr[i % fr.length];
  return { fr, en, pick, fromDev };
}

// ---------------------------------------------------------------- HTML

export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A short line without closing punctuation reads as a subheading. */
const isHeading = (p) => p.length < 110 && !/[.!?…:»”"]$/.test(p) && !/^Par /.test(p);

/** Wraps the first name-like words (capitalised, not the paragraph's first
 * word) of a paragraph in a link to a source, as newsrooms do. */
function linkify(text, href) {
  const m = /\s(\p{Lu}[\p{L}-]{2,}(?:\s\p{Lu}[\p{L}-]{2,})*)/u.exec(text);
  if (!m) return esc(text);
  const at = m.index + 1;
  const words = m[1];
  return `${esc(text.slice(0, at))}<a href="${esc(href)}">${esc(words)}</a>${esc(text.slice(at + words.length))}`;
}

/** The paragraphs of an article as blocks: subheadings, paragraphs, some with a
 * link to a source (every third paragraph, at most `links`). */
function bodyBlocks(paragraphs, { links = 4, slug = 'source' } = {}) {
  let n = 0, k = 0;
  return paragraphs.map((p) => {
    if (isHeading(p)) return `<h2>${esc(p)}</h2>`;
    if (/^Par /.test(p)) return `<p class="signature">${esc(p)}</p>`;
    const linked = k++ % 3 === 1 && n < links;
    if (linked) n++;
    return `<p>${linked ? linkify(p, `https://www.example.org/${slug}/${n}`) : esc(p)}</p>`;
  });
}

function siteHeader(w) {
  return `<header class="site-header">
  <div class="brand"><a class="logo" href="/">${esc(w.site)}</a><span class="tagline">${esc(w.tagline)}</span></div>
  <nav class="main-nav" aria-label="Menu"><ul>${w.nav.map((n, i) => `<li><a href="/rubrique/${i}">${esc(n)}</a></li>`).join('')}</ul></nav>
</header>`;
}

function sidebar(w) {
  return `<aside class="sidebar">
  <section class="most-read"><h2>${esc(w.popular)}</h2>
    <ol>${w.mostRead.map((t, i) => `<li><a href="/article/${i + 100}">${esc(t)}</a></li>`).join('')}</ol>
  </section>
  <section class="newsletter-box"><p>${esc(w.newsletter)}</p><button type="button">${esc(w.subscribe)}</button></section>
</aside>`;
}

function cookieBanner(w) {
  return `<div class="cookie-banner"><p>${esc(w.cookie)}</p>
  <div class="cookie-buttons">${w.cookieButtons.map((b) => `<button type="button">${esc(b)}</button>`).join('')}</div></div>`;
}

function siteFooter(w) {
  return `<footer class="site-footer">
  <ul>${w.footer.map((f, i) => `<li><a href="/page/${i}">${esc(f)}</a></li>`).join('')}</ul>
  <p>${esc(w.copyright)}</p>
</footer>`;
}

const shareBar = (w) => `<div class="share"><span>${esc(w.share)}</span> ${w.shareLinks.map((s, i) => `<a href="/partage/${i}">${esc(s)}</a>`).join(' ')} <span class="share-count">${esc(w.shareCount)}</span> <button type="button">${esc(w.copy)}</button></div>`;
const adSlot = (w) => `<div class="ad-slot"><span class="ad-label">${esc(w.ad)}</span><p>${esc(w.adText)} <a href="/promo">${esc(w.adLink)}</a></p></div>`;
const readAlso = (w) => `<aside class="read-also"><h2>${esc(w.readAlso)}</h2><ul>${w.related.map((r, i) => `<li><a href="/article/${i + 200}">${esc(r)}</a></li>`).join('')}</ul></aside>`;

/**
 * An article: <article> with its header (kicker, headline, byline, date), the
 * paragraphs (some linked to sources) and, with `furniture`, a share bar, an
 * ad slot and a "read also" box in between. `tail` (HTML) ends the body,
 * `extra` (HTML) the article.
 */
export function articleHtml(article, lang, { furniture = true, links = 4, extra = '', slug = 'source', date = WORDS[lang].date, tail = '' } = {}) {
  const w = WORDS[lang];
  const blocks = bodyBlocks(article.paragraphs, { links, slug });
  if (tail) blocks.push(tail);
  if (furniture) {
    // The ad after the second paragraph, "read also" after the fifth block.
    blocks.splice(Math.min(2, blocks.length), 0, adSlot(w));
    blocks.splice(Math.min(6, blocks.length), 0, readAlso(w));
  }
  return `<article class="story">
  <header class="story-header">
    <p class="kicker">${esc(w.kicker)}</p>
    <h1>${esc(article.headline)}</h1>
    <p class="byline">${w.byline}</p>
    <p class="dateline"><time datetime="2025-03-14T08:15">${esc(date)}</time></p>
  </header>
  ${furniture ? shareBar(w) : ''}
  <div class="story-body">
    ${blocks.join('\n    ')}
  </div>
  ${extra}
</article>`;
}

/** One reader comment. */
export function commentHtml([who, when, paragraphs], lang, { furniture = true } = {}) {
  const w = WORDS[lang];
  return `<li class="comment">
      <p class="comment-meta"><strong>${esc(who)}</strong> <time>${esc(when)}</time></p>
      ${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n      ')}
      ${furniture ? `<button type="button" class="reply">${esc(w.reply)}</button>` : ''}
    </li>`;
}

/** The comment section: a heading, the comments, and (with `furniture`) the
 * reply form. `editor`: HTML put after the list (not furniture: kept in both). */
export function commentsHtml(lang, { furniture = true, editor = '', comments = COMMENTS[lang] } = {}) {
  const w = WORDS[lang];
  const form = `<form class="reply-form" action="/commentaires" method="post">
    <label for="reply">${esc(w.formLabel)}</label>
    <textarea id="reply" name="reply" rows="3" placeholder="${esc(w.formPlaceholder)}"></textarea>
    <button type="submit">${esc(w.publish)}</button>
  </form>`;
  return `<section id="comments" class="comments">
  <h2>${esc(w.comments)} (${comments.length})</h2>
  <ol class="comment-list">
    ${comments.map((c) => commentHtml(c, lang, { furniture })).join('\n    ')}
  </ol>
  ${editor}
  ${furniture ? form : ''}
</section>`;
}

export function page(lang, title, body) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="stylesheet" href="${CSS_PATH}">
</head>
<body>
${body}
</body>
</html>
`;
}

/** Selectors of the page furniture no highlight may touch (on the full news layout). */
export const FURNITURE = [
  'header.site-header', 'nav', 'aside.sidebar', '.cookie-banner', 'footer.site-footer',
  'article .share', 'article .ad-slot', 'article aside.read-also', '#comments form', '#comments button',
];

/** The full news layout around an article and its comments. */
function newsPage(lang, article, { comments = true, extraArticle = '', tail = '', editor = '', thread = COMMENTS[lang] } = {}) {
  const w = WORDS[lang];
  const full = articleHtml(article, lang, { extra: extraArticle, tail });
  const clean = articleHtml(article, lang, { furniture: false, extra: extraArticle, tail });
  const com = comments ? commentsHtml(lang, { editor, comments: thread }) : '';
  const comClean = comments ? commentsHtml(lang, { furniture: false, comments: thread }) : '';
  const body = `${siteHeader(w)}
<div class="layout">
<main>
${full}
${com}
</main>
${sidebar(w)}
</div>
${siteFooter(w)}
${cookieBanner(w)}`;
  return { html: page(lang, `${article.headline} — ${w.site}`, body), article: clean, comments: comClean };
}

// ---------------------------------------------------------------- the pages

/**
 * Every fixture page: `{ pages, routes, headers, expectedPaths }`. `pages[name]`
 * holds its `path`, `lang` and the fragments the tests compare with (`article`,
 * `comments`, ...). `routes` and `headers` are startServer() options;
 * `expectedPaths` every path the pages themselves may request.
 */
export function buildPages() {
  const { pick, en, fromDev, fr } = loadArticles();
  const pages = {};
  const routes = {};
  const add = (name, p) => {
    pages[name] = p;
    routes[p.path] = () => ({ body: p.html });
  };

  // 1. The French news page.
  add('news', { path: '/actualites/mali-russie.html', lang: 'fr', ...newsPage('fr', pick(0)) });

  // 2. Strict CSP (English): same layout, styles from a same-origin file only.
  add('csp', { path: '/news/linmouth-tram.html', lang: 'en', ...newsPage('en', en) });

  // 3. An article that arrives 2 s after load, then grows (infinite scroll).
  {
    const a = pick(2);
    const cut = Math.max(3, Math.min(6, a.paragraphs.length - 4));
    const first = { ...a, paragraphs: a.paragraphs.slice(0, cut) };
    const rest = a.paragraphs.slice(cut);
    // The rest arrives in four blocks; an ad slot arrives among them.
    const groups = [[], [], [], []];
    rest.forEach((p, i) => groups[Math.min(3, Math.floor((i * 4) / rest.length))].push(p));
    const w = WORDS.fr;
    const blocks = [];
    groups.forEach((g, i) => {
      if (!g.length) return;
      const inner = bodyBlocks(g, { links: 1, slug: `suite-${i}` }).join('\n      ');
      // Pretty-printed as a template would insert it (whitespace around the block).
      blocks.push({ html: `\n    <section class="more" data-part="${i + 1}">\n      ${inner}\n    </section>\n`, furniture: false, selector: `section.more[data-part="${i + 1}"]` });
      if (i === 1) blocks.push({ html: `\n    ${adSlot(w)}\n`, furniture: true });
    });
    const second = pick(3);
    const secondHtml = `\n${articleHtml(second, 'fr', { furniture: false, links: 2, slug: 'second' })}\n`;
    const initial = articleHtml(first, 'fr', { furniture: false });
    // Each time a block arrives, the dateline's time changes too (in the same task).
    const updates = blocks.map((_, i) => `Publié le 14 mars 2025 à 8 h 15, mis à jour à 11 h ${41 + i}`);
    const data = { article: initial, blocks: blocks.map((b) => b.html), updates, second: secondHtml };
    const body = `${siteHeader(w)}
<div class="layout">
<main id="live">
<p class="loading">Chargement…</p>
</main>
${sidebar(w)}
</div>
${siteFooter(w)}
<script type="application/json" id="live-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
<script src="${FIXTURES}/live.js"></script>`;
    add('live', {
      path: '/direct/sahel.html', lang: 'fr',
      html: page('fr', `En direct — ${w.site}`, body),
      // The article as it ends up: its last dateline, without the blocks (units of their own).
      article: initial, articleFinal: articleHtml(first, 'fr', { furniture: false, date: updates[updates.length - 1] }),
      blocks, second: secondHtml,
    });
  }

  // 4. The article in a same-origin iframe; the outer page has little text.
  {
    const w = WORDS.fr;
    const inner = newsPage('fr', pick(1), { comments: true });
    const innerPath = '/embed/dossier-article.html';
    const outerBody = `${siteHeader(w)}
<main class="frame-page">
  <p class="kicker">Dossier</p>
  <iframe src="${innerPath}" title="Article" class="story-frame"></iframe>
</main>
${siteFooter(w)}`;
    add('frame', { path: '/dossier/sahel.html', lang: 'fr', html: page('fr', `Dossier — ${w.site}`, outerBody), innerPath, article: inner.article, comments: inner.comments });
    routes[innerPath] = () => ({ body: inner.html });
  }

  // 5. The article in an open shadow root (a custom element).
  {
    const w = WORDS.fr;
    const a = pick(3);
    const full = articleHtml(a, 'fr');
    const shadow = `<link rel="stylesheet" href="${CSS_PATH}">\n${full}\n${commentsHtml('fr')}`;
    const body = `${siteHeader(w)}
<div class="layout">
<main><news-story></news-story></main>
${sidebar(w)}
</div>
${siteFooter(w)}
<script type="application/json" id="story-data">${JSON.stringify({ html: shadow }).replace(/</g, '\\u003c')}</script>
<script src="${FIXTURES}/shadow.js"></script>`;
    add('shadow', {
      path: '/magazine/histoire.html', lang: 'fr', html: page('fr', `${a.headline} — ${w.site}`, body),
      article: articleHtml(a, 'fr', { furniture: false }), comments: commentsHtml('fr', { furniture: false }),
    });
  }

  // 6. An article with a "report a mistake" textarea, and a comment editor
  // (contenteditable) holding a draft, both full of claim-like text.
  {
    const w = WORDS.fr;
    const a = pick(4);
    const textarea = `<div class="report-mistake"><p>Vous avez repéré une erreur dans cet article ?</p>
    <textarea name="mistake" rows="3">Le chiffre de 14 morts est faux : selon la préfecture, il y en a eu 22. Des témoins affirment que l’attaque a duré six heures.</textarea></div>`;
    const textareaClean = '<div class="report-mistake"><p>Vous avez repéré une erreur dans cet article ?</p></div>';
    const editor = `<div class="comment-editor" contenteditable="true" aria-label="Votre commentaire"><p>Brouillon : le gouvernement a dépensé 300 millions d’euros pour ce programme.</p><p>Selon la Banque mondiale, la croissance atteindra 5 % cette année. « C’est un succès », a déclaré le ministre Amadou Traoré.</p></div>`;
    const built = newsPage('fr', a, { extraArticle: textarea, editor });
    add('editor', {
      path: '/societe/reportage.html', lang: 'fr', html: built.html,
      article: articleHtml(a, 'fr', { furniture: false, extra: textareaClean }), comments: built.comments,
      // A comment arriving later (a live update), as inserted and as read.
      // (with the whitespace a template leaves around it).
      late: { html: `\n    ${commentHtml(LATE_COMMENT.fr, 'fr')}\n  `, clean: commentHtml(LATE_COMMENT.fr, 'fr', { furniture: false }) },
    });
  }

  // 7. A long article (at least 100 000 characters): every French article, again and again.
  {
    const w = WORDS.fr;
    const paragraphs = [];
    let chars = 0;
    for (let round = 1; chars < 110000; round++) {
      for (const a of fr) {
        paragraphs.push(a.headline.replace(/[.!?…:»”"]$/, ''));
        for (const p of a.paragraphs) {
          paragraphs.push(p);
          chars += p.length + 1;
        }
      }
    }
    const long = { headline: 'Sahel : nos archives, tous les articles du dossier', paragraphs };
    const built = newsPage('fr', long, { comments: false });
    add('long', { path: '/archives/dossier-complet.html', lang: 'fr', html: built.html, article: built.article });
  }

  // 8. An English article whose one reader comment is a few words: too few
  // to tell a language by, read in the page's.
  {
    const built = newsPage('en', en, { thread: [['Sam K.', '2 h', ['So true!! Great piece.']]] });
    add('short-comments', { path: '/news/short-comments.html', lang: 'en', ...built });
  }

  // 9. An English article that says when and by whom it was written, in
  // sentences the core flags, in the article's body where Readability.js
  // keeps them: an update's date line and the author's box (the byline,
  // with rel=author, and the date line of the header too). What the page
  // says about the article: left out. A date or an author's name inside a
  // sentence of the article stays words of it.
  {
    const about = [
      '<p class="dateline">Updated at 11.40am, after the council voted 7 to 2.</p>',
      '<div class="author-bio"><p>Renée Béchard has covered transport for the Courier since 2009 and won three regional press awards.</p></div>',
    ];
    const dated = '<p>The old line closed on <time datetime="2025-03-02">2 March</time> after 14,000 passengers used it in a single day, said <span class="author">Renée Béchard</span>.</p>';
    const built = newsPage('en', en, { comments: false, tail: [dated, ...about].join('\n') });
    const outside = /\n *<p class="(?:byline|dateline)">.*<\/p>|<div class="author-bio">.*?<\/div>/g;
    add('about', {
      path: '/news/about.html', lang: 'en', html: built.html,
      article: built.article.replace(outside, ''), about, selectors: ['.byline', '.dateline', '.author-bio'],
    });
  }

  const expectedPaths = new Set([...Object.keys(routes), CSS_PATH, `${FIXTURES}/live.js`, `${FIXTURES}/shadow.js`, '/favicon.ico']);
  const headers = (pathname) => (pathname === pages.csp.path ? { 'content-security-policy': CSP } : {});
  return { pages, routes, headers, expectedPaths, fromDev, articles: fr.map((a) => a.name) };
}
