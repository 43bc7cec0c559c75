// How the popup names a source: what a reader would call it. Pure (no DOM,
// no extension API), so that Node tests it (tests/extension/names.test.mjs).

/** What a reader calls a source: a link (a sentence sourced by its hyperlink,
 * its address the source) by its site, "lemonde.fr", never a path; a name as
 * it is. `page` resolves a relative link (the page's own site).
 * @param {string} source
 * @param {string} page */
export function sourceName(source, page) {
  if (!/^(?:https?:\/\/|\/|\.\.?\/|\?|#)/i.test(source)) return source;
  try {
    return new URL(source, page).hostname.replace(/^www\./, '') || source;
  } catch {
    return source;
  }
}
