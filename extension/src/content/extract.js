// Which text on a page is the article: on a page's document, the blocks
// Mozilla's Readability.js keeps (readable.js), else the densest block of
// paragraphs, widened to its <article> (which holds the headline); either
// way with navigation, banners, asides, ads and share bars left out (figures
// and their captions stay); reader comments found apart. No site is named
// here: only markup conventions (tags, ARIA roles, common class words).
// Each search walks the whole page: the *Sliced versions run in short tasks
// (www/slicer.js) for the first reading of a long page.

import { CHUNK, Cancelled, charSteps } from '../../../www/slicer.js';
import { readableSliced, RUNNING_TEXT, INLINE } from './readable.js';

/** Tags never part of the article's text. */
const NOISE_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'button', 'menu', 'dialog', 'header']);
/** ARIA roles of page furniture. */
const NOISE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog',
  'alertdialog', 'menu', 'menubar', 'toolbar', 'tablist', 'marquee', 'alert']);
/** Class or id words of furniture (whole words of the attribute, split at - _ and spaces). */
const NOISE_WORDS = /(?:^|[\s_-])(?:cookies?|consent|gdpr|rgpd|newsletter|subscribe|abonnement|promo|advert\w*|ads?|pub|publicite|sponsor\w*|share|sharing|partage|social|related|recommend\w*|lire-aussi|breadcrumbs?|menu|sidebar|masthead|paywall|popup|modal|banner|toolbar|tags)(?=$|[\s_-])/i;
/** Class or id words of a byline, a date line or an author's box: what the
 * page says about the article, not the article (whole words, as above). */
const BYLINE_WORDS = /(?:^|[\s_-])(?:bylines?|datelines?|authors?|timestamps?|datetime|date|pubdate)(?=$|[\s_-])/i;
/** The same in microdata (schema.org's properties) and link types. */
const BYLINE_PROPS = /(?:^|\s)(?:author|datePublished|dateModified|dateCreated)(?=$|\s)/;
/** Blocks of running text, captions too: an element inside one is words of a sentence. */
const IN_TEXT = `${RUNNING_TEXT}, figcaption`;
/** Longer than this, a block is more than a byline or a date line, whatever its class says. */
const MAX_BYLINE = 400;
/** A link to one of the page's tags (the rel-tag convention): a label, not
 * words of the story, unless it sits in a sentence. */
const REL_TAG = /(?:^|\s)tag(?:$|\s)/i;
/** Class or id words of reader comment sections. */
const COMMENT_WORDS = /(?:^|[\s_-])(?:comments?|commentaires?|reactions?|replies|discussion|disqus|respond)(?=$|[\s_-])/i;

const MIN_ARTICLE = 200; // characters of paragraph text: less is not an article

/** Article roots chosen by Readability.js (readable.js) -> the blocks in them it left out. */
const chosen = new WeakMap();

function attrs(el) {
  return `${el.id || ''} ${typeof el.className === 'string' ? el.className : ''}`;
}

/** Page furniture: menus, banners, asides, ads, share bars, forms. A header
 * stays when it is an article's own (headline, byline). */
export function isFurniture(el) {
  return furnitureBy(el) !== null;
}

/** Why `el` is furniture: 'markup' (a tag or role that says so), 'words' (its
 * class or id words, or a <form>: what a site may wrap a whole page in), or null. */
function furnitureBy(el) {
  const tag = el.localName;
  if (tag === 'form') return 'words';
  if (NOISE_TAGS.has(tag)) return tag === 'header' && el.parentElement?.closest('article') ? null : 'markup';
  const role = el.getAttribute('role');
  if (role && NOISE_ROLES.has(role)) return 'markup';
  if (el.getAttribute('aria-modal') === 'true') return 'markup';
  if (tag === 'a' && REL_TAG.test(el.getAttribute('rel') || '') && isTagLabel(el)) return 'markup';
  const a = attrs(el);
  return a.length > 1 && NOISE_WORDS.test(a) ? 'words' : null;
}

/** A tag link standing alone or in a list, not inside a sentence. */
function isTagLabel(el) {
  const block = el.parentElement?.closest(IN_TEXT);
  return !block || block.localName === 'li';
}

/** A byline, a date line or an author's box (by its class or id words, its
 * microdata or link type, or a <time>), short, and standing on its own:
 * inside a paragraph it is words of a sentence ("said <span
 * class="author">…</span>", "on <time>Monday</time>"), which stay. */
function isByline(el) {
  const a = attrs(el);
  const marked = el.localName === 'time' || (a.length > 1 && BYLINE_WORDS.test(a)) || BYLINE_PROPS.test(el.getAttribute('itemprop') || '')
    || /(?:^|\s)author(?:$|\s)/.test(el.getAttribute('rel') || '');
  return marked && (el.textContent || '').length <= MAX_BYLINE && !el.parentElement?.closest(IN_TEXT);
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

/**
 * Noise that is not: a block holding at least half of the prose around it
 * (`prose(el)` of `total`) is the story whatever its class words say (a
 * site's wrapper called "ad-portal" or "paywall", an ASP.NET page's <form>);
 * a tag or ARIA role that says "menu" or "navigation" is believed. A block
 * holding the page's headline (<h1>) is no comment section.
 */
function isNoiseAround(el, prose, total) {
  const by = furnitureBy(el);
  if (by === 'markup') return true;
  if (by === 'words') return !(total > 0 && prose(el) * 2 >= total);
  return isComments(el) && !el.querySelector('h1');
}

/** True when `el` or an ancestor (up to `stop`) is noise (isNoiseAround). Memoised per call site. */
function makeNoisy(stop, prose, total) {
  const memo = new Map();
  const noisy = (el) => {
    if (!el || el === stop || el.nodeType !== 1) return false;
    let v = memo.get(el);
    if (v === undefined) memo.set(el, (v = isNoiseAround(el, prose, total) || noisy(el.parentElement)));
    return v;
  };
  return noisy;
}

/** What an article unit's text leaves out within `root`: what Readability.js
 * left out of it (when it chose the root), and noise, unless it holds most of
 * the root's prose (isNoiseAround). */
export function articleSkip(root) {
  const dropped = chosen.get(root);
  let total = -1; // the root's prose, measured when first needed
  return (el) => {
    if (dropped?.has(el)) return true;
    if (isByline(el)) return true;
    if (!isNoise(el)) return false;
    if (furnitureBy(el) === 'markup') return true;
    if (total < 0) total = proseLength(root);
    return isNoiseAround(el, proseLength, total);
  };
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

/** The share of `el`'s text that sits in links. */
function linkDensity(el) {
  const all = (el.textContent || '').length;
  if (!all) return 1;
  let linked = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) linked += (links[i].textContent || '').length;
  return Math.min(1, linked / all);
}

/** The prose a <div> or <td> holds itself (its text and inline elements, links
 * counted against it), not its nested blocks': a story laid out with <br>s. */
function directProse(el) {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += /** @type {Text} */ (c).data.trim().length;
    else if (c.nodeType === 1 && INLINE.has(/** @type {Element} */ (c).localName)) {
      n += (c.localName === 'a' ? -1 : 1) * (c.textContent || '').length;
    }
  }
  return Math.max(0, n);
}

/**
 * The article's root element under `scope` (a document, element or shadow
 * root), or null when no block holds at least MIN_ARTICLE characters of prose.
 * On a document, Readability.js's choice when it makes one, widened to its
 * <article>'s blocks before it (what Readability leaves out of its choice,
 * and what follows it, are then skipped: articleSkip); a block that arrives
 * later, a shadow root, or a page Readability does not take, by our own scan.
 */
export async function findArticleSliced(scope, slicer) {
  if (scope.nodeType === 9) {
    /** @type {{ root: Element, dropped: Set<Element> } | null} */
    let found = null;
    try {
      found = await readableSliced(/** @type {Document} */ (scope), slicer);
    } catch (e) {
      if (e instanceof Cancelled) throw e; // a page it cannot read is ours to scan
    }
    // Readability reads markup, not style: a choice the page does not
    // render (a hidden copy of the story, a closed panel) is no one's article.
    if (found && found.root.checkVisibility?.() !== false) {
      // Readability leaves the headline and byline out: the <article> holds
      // them, before its choice; what follows its choice there (related
      // stories, tags) stays out.
      const root = widened(found.root, scope.body);
      for (let e = /** @type {Element | null} */ (found.root); e && e !== root; e = e.parentElement) {
        for (let n = e.nextElementSibling; n; n = n.nextElementSibling) found.dropped.add(n);
      }
      chosen.set(root, found.dropped);
      return root;
    }
  }
  return slicer.run(scanArticle(scope));
}

function* scanArticle(scope) {
  const stop = scope.nodeType === 9 ? scope.body : scope.nodeType === 11 ? null : scope; // a shadow root: up to its host's page
  // First the prose of each paragraph (and of each <div> or <td> holding
  // text of its own), summed on each block above it: what a block holds
  // decides whether its class words can make it furniture.
  const held = new Map();
  const paragraphs = []; // [paragraph, its prose, the block it scores]
  let total = 0;
  let steps = 0; // a paragraph, its characters and the blocks above it
  const take = (p, len, block) => {
    paragraphs.push([p, len, block]);
    total += len;
    for (let e = block; e && e !== stop; e = e.parentElement, steps++) held.set(e, (held.get(e) || 0) + len);
  };
  for (const p of scope.querySelectorAll(`${PARAGRAPHS}, div, td`)) {
    if (steps >= CHUNK) {
      yield steps;
      steps = 0;
    }
    steps++;
    if (p.isContentEditable) continue;
    const own = p.localName === 'div' || p.localName === 'td';
    const len = own ? directProse(p) : proseLength(p);
    steps += charSteps(len);
    // Hidden text (a menu's closed drop-downs, templates) is no one's article.
    if (len >= 25 && (own ? p : p.parentElement) && p.checkVisibility?.() !== false) take(p, len, own ? p : p.parentElement);
  }
  const noisy = makeNoisy(stop, (el) => held.get(el) || 0, total);
  const score = new Map();
  const add = (el, s) => el && el.nodeType === 1 && score.set(el, (score.get(el) || 0) + s);
  for (const [p, len, block] of paragraphs) {
    if (steps >= CHUNK) {
      yield steps;
      steps = 0;
    }
    steps++;
    if (noisy(p)) continue;
    add(block, len);
    add(block.parentElement, len / 2);
  }
  yield steps;
  // A body the page declares (schema.org's articleBody), alone of its kind
  // and holding prose, is the story: a short news brief scores below a
  // page's longer furniture (a contact box, a list of other briefs).
  const declared = scope.querySelectorAll('[itemprop~="articleBody"]');
  if (declared.length === 1 && (held.get(declared[0]) || 0) >= MIN_ARTICLE && !noisy(declared[0])) {
    return widened(declared[0], stop?.ownerDocument?.body);
  }
  // The best of the leading candidates once their links are counted: a menu
  // of described links (a mega-menu) scores as prose, but is mostly links.
  const leaders = [...score].filter(([, s]) => s >= MIN_ARTICLE).sort((a, b) => b[1] - a[1]).slice(0, 8);
  /** @type {Element | null} */
  let best = null;
  let top = 0;
  for (const [el, s] of leaders) {
    const kept = s * (1 - linkDensity(el));
    if (kept > top) [best, top] = [el, kept];
    yield 1 + charSteps((el.textContent || '').length);
  }
  if (!best || top < MIN_ARTICLE / 2) return null;
  return widened(best, stop?.ownerDocument?.body);
}

/** `el` widened to its <article> (headline and byline included) when there is one. */
function widened(el, body) {
  const article = el.closest('article, [itemprop~="articleBody"], [role="article"]');
  if (article && !isComments(article) && article !== body) {
    const outer = article.parentElement?.closest('article');
    return outer && !isComments(outer) ? outer : article;
  }
  return el;
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

/** What a text map of a unit of `kind` over `root` leaves out: for an
 * article, furniture and comments (articleSkip); for comments, furniture
 * (the reply form, buttons). */
export function skipFor(kind, root) {
  return kind === 'comments' ? isFurniture : articleSkip(root);
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
