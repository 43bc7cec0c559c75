// Reader comments as the settings have them. Read, they are units of their
// own whose tooltips say where the text is; left out (the default: they are
// not the article), the sections found are only counted, so that the popup
// can say the page has comments it did not analyse.

import { hasTextSliced } from '../../../www/textmap.js';
import { skipFor } from './extract.js';

/** What the tooltip says of a flag in reader comments: not the article's word. */
export const COMMENT_NOTE = { en: 'In a reader comment, not the article', fr: 'Dans un commentaire de lecteur, pas l’article' };

/** The comment sections a frame left unread. */
export class UnreadComments {
  constructor() {
    /** @type {Set<Element>} */
    this.sections = new Set();
  }

  /** Keeps those of `roots` that hold text to read (one inside a section
   * kept counts with it), found in short tasks.
   * @param {Element[]} roots
   * @param {import('../../../www/slicer.js').Slicer} slicer */
  async keep(roots, slicer) {
    for (const c of roots) {
      if ([...this.sections].some((s) => s.contains(c))) continue;
      if (await hasTextSliced(c, { skip: skipFor('comments', c) }, slicer)) this.sections.add(c);
    }
  }

  /** How many of them are still on the page. */
  get count() {
    let n = 0;
    for (const c of this.sections) if (c.isConnected) n++;
    return n;
  }

  /** Those still on the page, forgotten here (they are to be read). */
  take() {
    const out = [...this.sections].filter((c) => c.isConnected);
    this.sections.clear();
    return out;
  }

  clear() {
    this.sections.clear();
  }
}
