// The embeddable widget: `attach(element, options)` analyses an element's
// visible text with the WebAssembly module and highlights it in place;
// `<claim-lens>` does the same for its content. The analysis runs on the
// reader's device: the module is fetched once, from beside this file.
//
// It runs in the page's own JavaScript world, among scripts that may have
// wrapped or broken built-ins (Promise.prototype.then, MutationObserver, DOM
// methods): promises are awaited, never chained with .then(), and a failure
// is reported (a rejected attach(), a claimlens-error event), never thrown at
// the page as an uncaught error.

import { textMap, highlight } from './highlight.js';
import { summarize } from './summary.js';
import { langOf } from './labels.js';

export { LABELS } from './labels.js';

/** @typedef {import('./claimlens.js').AttachOptions} AttachOptions */
/** @typedef {import('./claimlens.js').Summary} Summary */
/** @typedef {import('./claimlens.js').Analysis} Analysis */
/** @typedef {import('./claimlens.js').ClaimLensHandle} ClaimLensHandle */
/** @typedef {Awaited<ReturnType<typeof import('./claimlens.js').load>>} Module */

/** Fired on the element after each analysis (bubbles; `detail`: the summary). */
export const HIGHLIGHTED_EVENT = 'claimlens-highlighted';
/** Fired on `<claim-lens>` when an analysis fails (`detail`: the Error). */
export const ERROR_EVENT = 'claimlens-error';

/** @type {Promise<Module> | null} the initialised module, shared by every widget */
let wasm = null;

/** Loads and initialises the WebAssembly module once (lazily, on first use).
 * `moduleUrl` overrides where the wasm-bindgen glue is, `wasmUrl` the .wasm.
 * @param {Pick<AttachOptions, 'moduleUrl' | 'wasmUrl'>} [options]
 * @returns {Promise<Module>} */
export function load({ moduleUrl, wasmUrl } = {}) {
  wasm ??= init(moduleUrl || new URL('./pkg/claimlens.js', import.meta.url).href, wasmUrl);
  return wasm;
}

/** @param {string} url
 * @param {string | URL} [wasmUrl]
 * @returns {Promise<Module>} */
async function init(url, wasmUrl) {
  try {
    const m = await import(url);
    await m.default(wasmUrl ? { module_or_path: wasmUrl } : undefined);
    return m;
  } catch (error) {
    wasm = null; // a failed load may be retried
    throw error;
  }
}

/** @type {WeakMap<Element, Lens>} element -> its Lens, so attaching twice replaces */
const attached = new WeakMap();

class Lens {
  /** @param {Element} element
   * @param {AttachOptions} options */
  constructor(element, options) {
    this.element = element;
    this.options = { ...options };
    /** @type {import('./highlight.js').HighlightController | null} */
    this.controller = null;
    /** @type {Analysis | null} */
    this.result = null;
    /** @type {Summary | null} the summary of `result` */
    this.figures = null;
    this.runs = 0;
    this.detached = false;
  }

  /** Re-reads the element's text, analyses it, redraws. Resolves to the summary.
   * @returns {Promise<Summary | null>} */
  async update() {
    if (this.detached) throw new Error('ClaimLens: update() after detach()');
    const run = ++this.runs;
    const m = await load(this.options);
    // A newer update() or a detach() made this one moot.
    if (run !== this.runs || this.detached) return this.summary();
    const o = this.options;
    const map = textMap(this.element);
    const result = m.analyze(map.text, {
      lang: o.lang || 'auto',
      ...(o.labels ? { labels: [...o.labels] } : {}),
      links: o.links === false ? [] : map.links,
    });
    this.controller?.clear();
    this.controller = null;
    const ui = o.uiLang === 'text' ? result.language : langOf(o.uiLang) || undefined;
    const controller = highlight(this.element, result.flags, {
      map, analysisLang: result.language, lang: ui, mode: o.mode, narration: o.narration,
    });
    let summary;
    try {
      summary = summarize(m, result, map.text);
    } catch (error) {
      controller.clear(); // no highlights without the figures that go with them
      throw error;
    }
    this.controller = controller;
    this.result = result;
    this.figures = summary;
    this.element.dispatchEvent(new CustomEvent(HIGHLIGHTED_EVENT, { bubbles: true, composed: true, detail: summary }));
    return summary;
  }

  /** Focus on flag `i` of the analysis (a flag not highlighted, none).
   * @param {number} i */
  focus(i) {
    const flag = this.result?.flags[i];
    const c = this.controller;
    if (flag && c) c.focus(c.items.findIndex((it) => it.flag === flag));
  }

  /** @returns {Summary | null} */
  summary() {
    return this.figures;
  }

  detach() {
    this.detached = true;
    this.runs++;
    this.controller?.clear();
    this.controller = null;
    if (attached.get(this.element) === this) attached.delete(this.element);
  }
}

/**
 * Analyses `element`'s visible text and highlights it. Options: `lang`
 * ("auto" or a language code of data/languages.tsv), `labels` (subset of
 * the four), `uiLang` ("page": the nearest `lang` attribute, the default;
 * "text": the analysed language; or a code), `mode` ("highlight" |
 * "overlay"), `narration` ("quiet" | "loud" | "hidden": how unsourced plain
 * narration is marked; default quiet), `links` (false: ignore the element's hyperlinks), `moduleUrl`,
 * `wasmUrl`. Resolves to `{ update(), summary(), analysis(), focus(i), detach() }`.
 * @param {Element} element
 * @param {AttachOptions} [options]
 * @returns {Promise<ClaimLensHandle>}
 */
export async function attach(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('ClaimLens: attach() needs an Element');
  attached.get(element)?.detach();
  const lens = new Lens(element, options);
  attached.set(element, lens);
  try {
    await lens.update();
  } catch (e) {
    lens.detach();
    throw e;
  }
  return {
    element,
    update: () => lens.update(),
    summary: () => lens.summary(),
    analysis: () => lens.result,
    focus: (/** @type {number} */ i) => lens.focus(i),
    detach: () => lens.detach(),
  };
}

/** "quote, vague" -> ["quote", "vague"]; empty -> undefined (all labels).
 * Unknown names are the module's to refuse, naming them.
 * @param {string | null} value
 * @returns {AttachOptions['labels']} */
function parseLabels(value) {
  const list = (value || '').split(/[\s,]+/).filter(Boolean);
  return list.length ? /** @type {AttachOptions['labels']} */ (list) : undefined;
}

/** HTMLElement, or a stand-in where there is none (a module imported outside a page). */
const Base = /** @type {typeof HTMLElement} */ (typeof HTMLElement === 'function' ? HTMLElement : class {});

/**
 * `<claim-lens lang="fr" labels="quote,vague" ui-lang="text" narration="loud">…</claim-lens>`:
 * highlights its own content, re-analyses when its attributes or content
 * change, detaches when removed. `el.ready` resolves after the latest analysis.
 */
export class ClaimLensElement extends Base {
  static observedAttributes = ['lang', 'labels', 'ui-lang', 'mode', 'narration'];

  /** @type {Lens | null} */
  #lens = null;
  /** @type {MutationObserver | null} */
  #observer = null;
  #queued = false;
  /** @type {Promise<Summary | null>} */
  ready = Promise.resolve(null);

  connectedCallback() {
    try {
      // Content edits re-analyse; highlights never touch the DOM, so no loop.
      this.#observer ??= new MutationObserver(() => this.#schedule());
      this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    } catch (error) {
      // The page broke MutationObserver: no live updates, the analysis still runs.
      console.warn('ClaimLens: content changes will not be followed:', error);
    }
    this.#schedule();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#lens?.detach();
    this.#lens = null;
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#schedule();
  }

  /** The summary of the latest analysis, or null. */
  summary() {
    return this.#lens?.summary() ?? null;
  }

  /** Re-analyses now. */
  update() {
    this.#queued = false;
    return (this.ready = handled(this.#run()));
  }

  #schedule() {
    if (this.#queued) return;
    this.#queued = true;
    this.ready = handled(this.#whenParsed());
  }

  /** Children are parsed after the element connects: analyses once the parser is done. */
  async #whenParsed() {
    try {
      await parsed();
    } catch (error) {
      this.#fail(error);
      throw error;
    }
    return this.#queued ? await this.update() : await this.ready;
  }

  /** @param {unknown} error */
  #fail(error) {
    this.dispatchEvent(new CustomEvent(ERROR_EVENT, { bubbles: true, composed: true, detail: error }));
  }

  async #run() {
    if (!this.isConnected) return null;
    try {
      // Attributes as written: the module refuses what it cannot read, naming it.
      const options = /** @type {AttachOptions} */ ({
        lang: langOf(this.getAttribute('lang')) || 'auto',
        labels: parseLabels(this.getAttribute('labels')),
        uiLang: this.getAttribute('ui-lang') || 'page',
        mode: this.getAttribute('mode') || undefined,
        narration: this.getAttribute('narration') || undefined,
      });
      if (!this.#lens) {
        this.#lens = new Lens(this, options);
        attached.set(this, this.#lens);
      }
      this.#lens.options = options;
      return await this.#lens.update();
    } catch (error) {
      this.#fail(error);
      throw error;
    }
  }
}

/** Resolves once the document is parsed.
 * @returns {Promise<unknown>} */
function parsed() {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
}

/** `promise`, its rejection marked as handled: `ready` rejects for whoever
 * awaits it, but an element nobody awaits must not raise an unhandled
 * rejection in the page (the claimlens-error event reports it). Awaited
 * rather than .catch()ed: the page may have replaced Promise.prototype.then. */
/** @template T
 * @param {Promise<T>} promise */
function handled(promise) {
  (async () => {
    try {
      await promise;
    } catch {
      // Reported through ERROR_EVENT.
    }
  })();
  return promise;
}

if (typeof customElements !== 'undefined' && !customElements.get('claim-lens')) {
  customElements.define('claim-lens', ClaimLensElement);
}

// The declarations (claimlens.d.ts) hold for this code (tsc; no code here).
/** @typedef {Conforms<typeof attach, typeof import('./claimlens.js').attach>} _Attach */
/** @typedef {Conforms<typeof load, typeof import('./claimlens.js').load>} _Load */
/** @typedef {Conforms<typeof ClaimLensElement, typeof import('./claimlens.js').ClaimLensElement>} _Element */
/** @typedef {Conforms<typeof HIGHLIGHTED_EVENT, typeof import('./claimlens.js').HIGHLIGHTED_EVENT>} _Highlighted */
/** @typedef {Conforms<typeof ERROR_EVENT, typeof import('./claimlens.js').ERROR_EVENT>} _Error */
/** @typedef {Conforms<typeof import('./labels.js').LABELS, typeof import('./claimlens.js').LABELS>} _Labels */
