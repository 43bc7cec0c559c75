// Types for highlight.js (and textmap.js, labels.js, slicer.js, which it
// re-exports from). Checked against the code by `tsc` (tsconfig.json).

import type { Label, Claim, LangCode } from './pkg/claimlens.js';
export type { Label, Claim, LangCode };

export const LABELS: readonly Label[];

/** A flag as the WebAssembly module returns it: offsets in UTF-16 code units. */
export interface Flag {
  label: Label;
  start: number;
  end: number;
  start_utf16?: number;
  end_utf16?: number;
  source: string | null;
  quote: { start: number; end: number; start_utf16?: number; end_utf16?: number } | null;
  cue: string | null;
  claim: Claim | null;
  reason: string;
}

/** A hyperlink over the text, in UTF-16 code units (end exclusive). */
export interface TextLink {
  start: number;
  end: number;
  href: string;
}

/** The visible text of a subtree and the map back to the DOM. */
export interface TextMap {
  /** What a reader sees: whitespace collapsed, "\n" between blocks, hidden content left out. */
  readonly text: string;
  /** `<a href>` ranges in `text` (links to the page itself or to script left out). */
  readonly links: TextLink[];
  /** The DOM position of a text offset; a start looks forward past "\n", an end looks back. */
  position(offset: number, isEnd?: boolean): { node: Text; offset: number } | null;
  /** A live Range over [start, end), or null when it covers no DOM text. */
  range(start: number, end: number): Range | null;
  /** The text offset of a position inside a mapped text node, or -1. */
  offsetOf(node: Node, offset: number): number;
}

export interface TextMapOptions {
  /** True leaves out an element and everything in it (the root itself is never asked). */
  skip?: (element: Element) => boolean;
}

/** Walks `root` (an element or an open shadow root) once and builds its visible
 * text and offset map. Hidden content and editable fields are left out. */
export function textMap(root: Element | ShadowRoot, options?: TextMapOptions): TextMap;

/** What sliced work did, in steps (a node visited, a range built, a record or
 * flag handled, 256 characters read): in all, in its largest slice and its
 * largest uncut piece, and how often it gave the thread back. */
export interface SliceWork {
  steps: number;
  maxSlice: number;
  /** The largest piece that cannot be cut (one text sent for analysis). */
  maxItem: number;
  yields: number;
}

/** Long work in short tasks (slicer.js): the work yields to the page once
 * `steps` steps or `budget` ms are spent, and stops (Cancelled) once `stop()`
 * is true. Its figures add up in `work`. */
export class Slicer {
  constructor(options?: { steps?: number; budget?: number; stop?: () => boolean; work?: SliceWork });
  readonly work: SliceWork;
  /** Counts `steps` done in this slice. */
  spend(steps: number): void;
  /** True when this task's slice is spent. */
  due(): boolean;
  /** Throws Cancelled when the work is no longer wanted. */
  check(): void;
  /** A new slice begins (after an await on something else); throws Cancelled when stopped. */
  begin(): void;
  /** Yields to the page when the slice is spent; throws Cancelled when stopped. */
  pause(steps?: number): Promise<void>;
  /** Runs a generator to its end, yielding to the page between two of its
   * `yield`s (each the steps done since the last) when the slice is spent;
   * resolves to what it returns. */
  run<T>(job: Generator<unknown, T>): Promise<T>;
}

/** What a sliced job rejects with when its Slicer stops. */
export class Cancelled extends Error {}

/** textMap() in short tasks: the same map, for long pages. */
export function textMapSliced(root: Element | ShadowRoot, options: TextMapOptions, slicer: Slicer): Promise<TextMap>;

export interface HighlightOptions {
  /** A map already built for `root` (the flags' offsets index its text). */
  map?: TextMap;
  /** Tooltip language; default: the nearest `lang` attribute, then `analysisLang`. */
  lang?: string;
  /** The language the analyser detected. */
  analysisLang?: LangCode;
  /** "highlight": CSS Custom Highlight API; "overlay": boxes in a shadow root. Default: highlight where supported. */
  mode?: 'highlight' | 'overlay';
  /** A UI from createUI() to share (one tooltip and keyboard handle for several highlight() calls). */
  ui?: LensUI;
  /** A line the tooltip adds under the label, per language (e.g. where the text is). */
  note?: { en: string; fr?: string };
  /** How unsourced plain narration (claim "factual") is marked: "quiet" (a
   * fine dotted line, no tint; the default), "loud" (like other unsourced
   * claims) or "hidden" (not highlighted). */
  narration?: Narration;
  /** The flags' ranges, built beforehand by itemsSliced() (with the same `map`, `note` and `narration`). */
  items?: HighlightItem[];
}

export type Narration = 'quiet' | 'loud' | 'hidden';

/** What itemsSliced() needs besides the flags: as highlight()'s options. */
export interface ItemOptions {
  note?: { en: string; fr?: string };
  narration?: Narration;
}

/** How a flag is painted: its label's style, or unsourced plain narration's quiet one. */
export type Mark = Label | 'unsourced-quiet';

/** A flag, the live Range it covers and how it is painted (`claimlens-<mark>`). */
export interface HighlightItem {
  flag: Flag;
  range: Range;
  mark: Mark;
  note?: { en: string; fr?: string };
}

/** A tooltip button: `label` per language. */
export interface LensAction {
  id: string;
  label: { en: string; fr?: string };
}

export interface UIOptions {
  mode?: 'highlight' | 'overlay';
  /** Tooltip language; default the document's `lang`, else English. */
  lang?: string;
  /** Buttons shown in the tooltip. */
  actions?: LensAction[];
  onAction?: (id: string, flag: Flag) => void;
}

/** The shared tooltip, focus ring and keyboard handle (opaque). */
export interface LensUI {
  readonly mode: 'highlight' | 'overlay';
  /** Every flag shown, in document order. */
  readonly items: ReadonlyArray<{ flag: Flag; range: Range; mark: Mark }>;
  /** Removes the host and listeners: call once every controller using it is cleared. */
  destroy(): void;
}

/** A UI several highlight() calls can share (`options.ui`); its host goes at the end of the body. */
export function createUI(doc?: Document, options?: UIOptions): LensUI;

export interface HighlightController {
  readonly mode: 'highlight' | 'overlay';
  readonly map: TextMap;
  readonly items: ReadonlyArray<HighlightItem>;
  /** The tooltip language in use. */
  readonly lang: LangCode;
  /** Moves keyboard focus to flag `i` and shows its tooltip (`moveFocus` false:
   * ring, tooltip and scrolling without taking the focus). */
  focus(i: number, moveFocus?: boolean): void;
  /** Re-measures overlay boxes, focus ring and tooltip after a layout change. */
  refresh(): void;
  /** Shows `flags` of the root's text read again as `map` instead: a flag whose
   * mark and range are unchanged keeps its item and registered range (its
   * text is not highlighted again). `items`: their ranges from itemsSliced(). */
  update(flags: readonly Flag[], map?: TextMap, items?: HighlightItem[]): void;
  /** Removes this controller's highlights, stylesheet (when last), host element and listeners. */
  clear(): void;
}

/** Shows `flags` over `root`'s text, with tooltips on hover and keyboard focus. */
export function highlight(root: Element | ShadowRoot, flags: readonly Flag[], options?: HighlightOptions): HighlightController;

/** The ranges of `flags` in `map`'s text, built in short tasks, for highlight()
 * or update() to register at once (the page repaints once). */
export function itemsSliced(flags: readonly Flag[], map: TextMap, slicer: Slicer, options?: ItemOptions): Promise<HighlightItem[]>;

/** Clears every highlight this module shows. */
export function clear(): void;

/** True where the CSS Custom Highlight API can paint ranges. */
export function supportsHighlights(): boolean;

/** The `::highlight(claimlens-<mark>)` rules. */
export function highlightCSS(): string;
