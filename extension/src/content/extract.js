// Which text on a page is the article: the densest block of paragraphs, widened
// to its <article> (which holds the headline), with navigation, banners,
// asides, ads and share bars left out; reader comments found apart. No site
// is named here: only markup conventions (tags, ARIA roles, common class words).
// Each search walks the whole page: the *Sliced versions run in short tasks
// (www/slicer.js) for the first reading of a long page.

import { CHUNK, charSteps } from '../../../www/slicer.js';

/** Tags never part of the article's text. */
const NOISE_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'button', 'menu', 'dialog', 'figure', 'header']);
/** ARIA roles of page furniture. */
const NOISE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog',
  'alertdialog', 'menu', 'menubar', 'toolbar', 'tablist', 'marquee', 'alert']);
/** Class or id words of furniture (whole words of the attribute, split at - _ and spaces). */
const NOISE_WORDS = /(?:^|[\s_-])(?:cookies?|consent|gdpr|rgpd|newsletter|subscribe|abonnement|promo|advert\w*|ads?|pub|publicite|sponsor\w*|share|sharing|partage|social|related|recommend\w*|lire-aussi|breadcrumbs?|menu|sidebar|masthead|paywall|popup|modal|banner|toolbar|tags)(?=$|[\s_-])/i;
/** Class or id words of reader comment sections. */
const COMMENT_WORDS = /(?:^|[\s_-])(?:comments?|commentaires?|reactions?|replies|discussion|disqus|respond)(?=$|[\s_-])/i;

const MIN_ARTICLE = 200; // characters of paragraph text: less is not an article

function attrs(el) {
  return `${el.id || ''} ${typeof el.className === 'string' ? el.className : ''}`;
}

/** Page furniture: menus, banners, asides, ads, share bars, forms. A header
 * stays when it is an article's own (headline, byline). */
export function isFurniture(el) {
  const tag = el.localName;
  if (NOISE_TAGS.has(tag)) return !(tag === 'header' && el.parentElement?.closest('article'));
  const role = el.getAttribute('role');
  if (role && NOISE_ROLES.has(role)) return true;
  if (el.getAttribute('aria-modal') === 'true') return true;
  const a = attrs(el);
  return a.length > 1 && NOISE_WORDS.test(a);
}

/** Not the article's text: furniture, or a comment section (analysed apart). */
export function isNoise(el) {
  return isFurniture(el) || isComments(el);
}

/** A section of reader comments (by its schema.org type or its class or id words). */
export function isComments(el) {
  if (el.localName === 'body' || el.localName === 'html' || el.localName === 'main') return false;
  if ((el.getAttribute('itemtype') || '').endsWith('/Comment')) return true;
  return COMMENT_WORDS.test(attrs(el));
}

/** True when `el` or an ancestor (up to `stop`) is furniture. Memoised per call site. */
function makeNoisy(stop) {
  const memo = new Map();
  const noisy = (el) => {
    if (!el || el === stop || el.nodeType !== 1) return false;
    let v = memo.get(el);
    if (v === undefined) memo.set(el, (v = isNoise(el) || noisy(el.parentElement)));
    return v;
  };
  return noisy;
}

const PARAGRAPHS = 'p, blockquote, li, dd, pre, h2, h3';

/** Length of an element's text, links counted against it (link lists are
 * menus, not prose). Cheap: it runs on every paragraph of the page. */
function proseLength(el) {
  let linked = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) linked += links[i].textContent.length;
  return Math.max(0, el.textContent.length - 2 * linked);
}

/**
 * The article's root element under `scope` (a document, element or shadow
 * root), or null when no block holds at least MIN_ARTICLE characters of prose.
 */
export function findArticleSliced(scope, slicer) {
  return slicer.run(scanArticle(scope));
}

function* scanArticle(scope) {
  const stop = scope.nodeType === 9 ? scope.body : scope.nodeType === 11 ? null : scope; // a shadow root: up to its host's page
  const noisy = makeNoisy(stop);
  const score = new Map();
  const add = (el, s) => el && el.nodeType === 1 && score.set(el, (score.get(el) || 0) + s);
  let steps = 0; // a paragraph, and its characters
  for (const p of scope.querySelectorAll(PARAGRAPHS)) {
    if (steps >= CHUNK) {
      yield steps;
      steps = 0;
    }
    steps++;
    if (p.isContentEditable || noisy(p)) continue;
    const len = proseLength(p);
    steps += charSteps(len);
    if (len < 25) continue;
    add(p.parentElement, len);
    add(p.parentElement?.parentElement, len / 2);
  }
  /** @type {Element | null} */
  let best = null;
  let top = 0;
  yield steps;
  for (const [el, s] of score) if (s > top) [best, top] = [el, s];
  if (!best || top < MIN_ARTICLE) return null;
  // Widen to the <article> (headline and byline included) when there is one.
  const article = best.closest('article, [itemprop~="articleBody"], [role="article"]');
  if (article && !isComments(article) && article !== stop?.ownerDocument?.body) {
    const outer = article.parentElement?.closest('article');
    return outer && !isComments(outer) ? outer : article;
  }
  return best;
}

/** The comment sections under `scope`, outermost only, outside `article`. */
export function findCommentsSliced(scope, article, slicer) {
  return slicer.run(scanComments(scope, article));
}

function* scanComments(scope, article) {
  const found = [];
  let n = 0; // an element a step
  for (const el of scope.querySelectorAll('[id], [class], [itemtype]')) {
    if (++n === CHUNK) {
      yield n;
      n = 0;
    }
    if (!isComments(el) || found.some((f) => f.contains(el))) continue;
    if (article && el.contains(article)) continue;
    if (el.textContent.trim().length < 20) continue;
    found.push(el);
  }
  yield n;
  return found;
}

/** What a text map of a unit of `kind` leaves out: for an article, furniture
 * and comments; for comments, furniture (the reply form, buttons). */
export function skipFor(kind) {
  return kind === 'comments' ? isFurniture : isNoise;
}

/** Open shadow roots in `scope` and in theirs, except ours (`isOurs(host)`), in short tasks. */
export function openShadowRootsSliced(scope, isOurs, slicer) {
  return slicer.run(scanShadowRoots(scope, isOurs));
}

function* scanShadowRoots(scope, isOurs) {
  const out = [];
  const pending = [scope];
  let n = 0;
  while (pending.length) {
    const s = pending.shift();
    const walker = (s.ownerDocument || s).createTreeWalker(s, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode(); el; el = walker.nextNode()) {
      if (++n === CHUNK) {
        yield n;
        n = 0;
      }
      const sr = el.shadowRoot;
      if (sr && !isOurs(el)) {
        out.push(sr);
        pending.push(sr);
      }
    }
  }
  yield n;
  return out;
}
