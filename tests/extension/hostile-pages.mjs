// Pages that do not make life easy for a highlighter, for the hostile-page
// tests (tests/extension/hostile.test.mjs for the extension,
// tests/browser/hostile.test.mjs for the widget): the news page of pages.mjs
// with highlights of its own (fixtures/hostile-highlights.js), or with its
// platform rewritten under everyone's feet (fixtures/hostile-prototypes.js),
// and a small two-article page for the widget with the same rewriting.

import { buildPages, FIXTURES, esc } from './pages.mjs';

export const PROTOTYPES_JS = `${FIXTURES}/hostile-prototypes.js`;
export const HIGHLIGHTS_JS = `${FIXTURES}/hostile-highlights.js`;

/** What the prototype wrappers of fixtures/hostile-prototypes.js replace. */
export const WRAPPED = [
  'appendChild', 'insertBefore', 'removeChild', 'attachShadow', 'addEventListener', 'setStart',
  'createTreeWalker', 'push', 'map', 'filter', 'JSON.stringify', 'then', 'setTimeout',
  'MutationObserver', 'CSS.highlights.set',
];

/** The page's own rules for its highlights (the adopted sheet has one more, for "quote"). */
export const MARKS_STYLE = `::highlight(search-hit) { background-color: rgb(255, 236, 120); color: rgb(20, 20, 20); }
::highlight(highlight) { color: rgb(120, 0, 0); text-decoration: underline wavy rgb(180, 0, 0); }`;

/** The page's own app (a list the reader adds to, a badge in a shadow root): furniture. */
const TOOLS = `<aside id="page-tools" class="page-tools">
  <p>Mes notes</p><button type="button">Ajouter une note</button>
  <ol><li class="empty">Aucune note pour l’instant.</li></ol>
  <div class="badge"></div>
</aside>`;

/** The prototype script tag, first thing in <head>. `only`: which wrappers throw. */
export const protoTag = (mode, only = []) =>
  `<script src="${PROTOTYPES_JS}" data-mode="${mode}"${only.length ? ` data-throw="${esc(only.join(','))}"` : ''}></script>`;

const intoHead = (html, tag) => html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n${tag}`);
const intoBody = (html, tag) => html.replace('</body>', `${tag}\n</body>`);

/**
 * The news page (pages.mjs) as hostile variants: `marks` (highlights of its
 * own), `count` (counting wrappers, frozen prototypes), `lockdown` (wrappers
 * that throw for anyone but the page), and `shadow` (the article in an open
 * shadow root, pages.mjs's own). Resolves to { pages, routes,
 * expectedPaths }; each page has `path`, `lang`, `html` and the `article` and
 * `comments` fragments to ask the CLI about (nothing is added inside them).
 */
export function buildHostilePages() {
  const { pages: base } = buildPages();
  const news = base.news;
  const pages = {
    marks: { ...news, path: '/hostile/marks.html', html: intoBody(intoHead(news.html, `<style id="page-marks">\n${MARKS_STYLE}\n</style>`), `<script src="${HIGHLIGHTS_JS}"></script>`) },
    count: { ...news, path: '/hostile/count.html', html: intoBody(intoHead(news.html, protoTag('count')), TOOLS) },
    lockdown: { ...news, path: '/hostile/lockdown.html', html: intoBody(intoHead(news.html, protoTag('lockdown')), TOOLS) },
    // pages.mjs's article in an open shadow root, as it is: our sheet is adopted there.
    shadow: { ...base.shadow, path: '/hostile/shadow.html' },
  };
  const routes = {};
  for (const p of Object.values(pages)) routes[p.path] = () => ({ body: p.html });
  const expectedPaths = new Set([...Object.keys(routes), `${FIXTURES}/news.css`, `${FIXTURES}/shadow.js`, PROTOTYPES_JS, HIGHLIGHTS_JS, '/favicon.ico']);
  return { pages, routes, expectedPaths };
}

// ---------------------------------------------------------------- the widget's page

/** Two short articles written for these tests, in French and in English. */
export const WIDGET_ARTICLES = {
  fr: `<h2>Le tram de Valbonne rouvrira en juin</h2>
    <p>La ligne 3 du tramway de Valbonne restera fermée jusqu’au 12 juin, a annoncé mardi la régie des transports.
      « Les rails posés en 1994 étaient usés jusqu’à la corde », explique <b>Odile Marchetti</b>, directrice des travaux.</p>
    <p>Selon <a href="https://www.example.org/chambre-des-comptes">la chambre régionale des comptes</a>, le chantier coûtera 48 millions d’euros.</p>
    <p>Certains riverains estiment que les travaux auraient pu attendre l’été.</p>
    <p>Le trafic a baissé de 12&nbsp;% depuis janvier.</p>`,
  en: `<h2>Harbour ferry fares to rise</h2>
    <p>Ferry fares across the harbour will rise by 8% in April, the port authority said on Monday.
      “We have held prices for four years,” said <b>Priya Raman</b>, the authority’s finance director.</p>
    <p>According to <a href="https://www.example.org/audit">the city auditor</a>, the service lost £2.3 million last year.</p>
    <p>Some commuters say the timetable has become unreliable.</p>
    <p>Passenger numbers fell by a fifth during the winter.</p>`,
};

/** The widget's test page: both articles and the page's app, with the
 * prototype script in `mode` ("count" | "lockdown"; null: a plain page). */
export function widgetPage({ mode = null, only = [] } = {}) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
${mode ? protoTag(mode, only) : ''}
<title>Valbonne et le port — pages hostiles</title>
<style>body { font: 16px/1.6 sans-serif; margin: 2rem; max-width: 46rem; }</style>
</head>
<body>
<article id="story-fr" lang="fr">
    ${WIDGET_ARTICLES.fr}
</article>
<article id="story-en" lang="en">
    ${WIDGET_ARTICLES.en}
</article>
${TOOLS}
</body>
</html>
`;
}

/**
 * Uses the page's own app (fixtures/hostile-prototypes.js) once: a first click
 * on its button, through its listener, list, observer, JSON and promise; then
 * waits for its ticker to tick again. Resolves to what the app holds.
 */
export async function usePageApp(page) {
  const ticks = await page.evaluate(() => window.pageApp.ticks);
  await page.click('#page-tools button');
  await page.waitForFunction(() => window.pageApp.confirmed === 1);
  await page.waitForFunction((t) => window.pageApp.ticks > t + 2, ticks);
  return page.evaluate(() => ({ ...window.pageApp, items: document.querySelectorAll('#page-tools li').length }));
}

/** What usePageApp() resolves to when the app works. */
export const APP_WORKS = { saved: '["Note 1"]', log: ['Note 1'], items: 1, badge: true, clicks: 1, confirmed: 1 };
