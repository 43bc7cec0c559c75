// Types for claimlens.js, the embeddable widget. Checked against the code by
// `tsc` (tsconfig.json); Label, Claim and LangCode are the WebAssembly
// module's (pkg/claimlens.d.ts, LangCode written from data/languages.tsv).

import type { Label, Claim, Flag, LangCode, Narration } from './highlight.js';
import type { analyze, summarize, version } from './pkg/claimlens.js';
export type { Label, Claim, Flag, LangCode, Narration } from './highlight.js';

export const LABELS: readonly Label[];
/** Event fired on the element after each analysis; `detail` is the summary. */
export const HIGHLIGHTED_EVENT: 'claimlens-highlighted';
/** Event fired on `<claim-lens>` when an analysis fails; `detail` is the Error. */
export const ERROR_EVENT: 'claimlens-error';

/** What the WebAssembly module returns. */
export interface Analysis {
  language: LangCode;
  /** Sentences in the text, flagged or not. */
  sentences: number;
  flags: Flag[];
}

/** The figures of an analysis: the core's summary (the module's summarize()). */
export interface Summary {
  language: LangCode;
  sentences: number;
  counts: Record<Label, number>;
  /** Unsourced flags per claim kind (statistic, evaluative, causal, factual: plain narration; "other": none given). */
  claims: Record<Claim | 'other', number>;
  /** (quote + attributed) / sentences, 0..1. */
  sourcedShare: number;
  /** Named sources of quotes and attributed claims, most frequent first. */
  sources: Array<{ source: string; count: number }>;
  /** Sources of vague claims ("des sources", "experts"), most frequent first. */
  vagueSources: Array<{ source: string; count: number }>;
  /** The sentences flagged unsourced / statistic, whitespace collapsed. */
  statistics: string[];
  /** Where each of `statistics` is: its index in `analysis().flags` (for `focus()`). */
  statisticFlags: number[];
}

export interface AttachOptions {
  /** Language of the text; "auto" (default) detects it. */
  lang?: 'auto' | LangCode;
  /** Labels to show (default: all four). */
  labels?: Label[];
  /** Tooltip language: "page" (nearest `lang` attribute; default), "text" (the analysed language), or fixed. */
  uiLang?: 'page' | 'text' | LangCode;
  /** Force the overlay fallback, or the Highlight API. */
  mode?: 'highlight' | 'overlay';
  /** Unsourced plain narration (claim "factual"): "quiet" (a fine dotted
   * line, no tint; default), "loud" (like other unsourced claims) or
   * "hidden" (not highlighted; still counted in the summary). */
  narration?: Narration;
  /** false: ignore the element's hyperlinks (by default a linked sentence counts as sourced). */
  links?: boolean;
  /** Where the wasm-bindgen glue is (default: ./pkg/claimlens.js beside claimlens.js). */
  moduleUrl?: string;
  /** Where the .wasm is (default: beside the glue). */
  wasmUrl?: string | URL;
}

export interface ClaimLensHandle {
  readonly element: Element;
  /** Re-reads the element's text, re-analyses, redraws; null when a later
   * update() or a detach() came meanwhile. */
  update(): Promise<Summary | null>;
  /** The summary of the latest analysis. */
  summary(): Summary | null;
  /** The latest raw analysis (UTF-16 offsets into the element's visible text). */
  analysis(): Analysis | null;
  /** Moves keyboard focus to flag `i` (index in `analysis().flags`) and shows its tooltip. */
  focus(i: number): void;
  /** Removes everything the widget added: the element is left exactly as it was. */
  detach(): void;
}

/** Analyses `element`'s visible text and highlights it. */
export function attach(element: Element, options?: AttachOptions): Promise<ClaimLensHandle>;

/** Loads the WebAssembly module once; attach() calls it for you. */
export function load(options?: Pick<AttachOptions, 'moduleUrl' | 'wasmUrl'>): Promise<{
  analyze: typeof analyze;
  summarize: typeof summarize;
  version: typeof version;
}>;

/** `<claim-lens lang="fr" labels="quote,vague" ui-lang="text" mode="overlay" narration="loud">`. */
export class ClaimLensElement extends HTMLElement {
  static observedAttributes: string[];
  /** Resolves after the latest analysis. */
  ready: Promise<Summary | null>;
  summary(): Summary | null;
  update(): Promise<Summary | null>;
}

declare global {
  interface HTMLElementTagNameMap {
    'claim-lens': ClaimLensElement;
  }
  interface HTMLElementEventMap {
    'claimlens-highlighted': CustomEvent<Summary>;
    'claimlens-error': CustomEvent<Error>;
  }
}
