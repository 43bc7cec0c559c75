// What the widget draws inside its shadow root: the styles, and the tooltip's
// content (built with textContent only: page text never goes through HTML).

import { MARKS, STYLES, INK, words, labelText } from './labels.js';

/** Styles of the shadow root: overlay boxes, focus ring, handles, tooltip. */
export function shadowCSS() {
  const perLabel = MARKS.map((l) => {
    const s = STYLES[l];
    // Borders have no wavy style: the overlay draws dotted for "wavy", and
    // thicker than a quiet mark's dotted line, which has no tint either.
    const border = s.deco === 'wavy' ? 'dotted' : s.deco;
    const width = s.deco === 'double' ? 4 : s.tint ? 2 : 1;
    // Translucent, not blended: blending is cut off by any stacking context
    // (our host has one), and 16% of the strong shade keeps the text's contrast.
    const fill = s.tint ? alpha(s.line, 0.16) : 'none';
    return `.box.${l} { background: ${fill}; border-bottom: ${width}px ${border} ${s.line}; }
.tip.${l} { border-left-color: ${s.line}; }
.tip.${l} .swatch { background: ${s.tint || 'none'}; border-bottom: ${width}px ${border} ${s.line}; }`;
  }).join('\n');
  return `
.layer { position: absolute; top: 0; left: 0; pointer-events: none; }
.box { position: absolute; box-sizing: border-box; border-radius: 2px; }
.ring { position: absolute; box-sizing: border-box; border-radius: 3px;
  box-shadow: 0 0 0 2px ${INK}, 0 0 0 4px #fff; }
nav { position: fixed; top: 0; left: 0; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; }
.tip { position: fixed; inset: auto; margin: 0; box-sizing: border-box; z-index: 2147483647;
  max-width: min(24rem, calc(100vw - 16px)); padding: 0.55rem 0.75rem;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: ${INK};
  background: #fff; border: 1px solid #d1d5db; border-left: 5px solid ${INK}; border-radius: 6px;
  box-shadow: 0 6px 20px rgb(0 0 0 / 0.18); pointer-events: none; text-align: start; }
.tip[hidden] { display: none; }
.tip.actionable { pointer-events: auto; }
.tip .actions { margin: 0.45rem 0 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
.tip .actions button { font: inherit; font-size: 12.5px; color: ${INK}; background: #f3f4f6;
  border: 1px solid #9ca3af; border-radius: 4px; padding: 0.1rem 0.5rem; cursor: pointer; }
.tip .actions button:hover, .tip .actions button:focus-visible { background: #e5e7eb; outline: 2px solid ${INK}; outline-offset: 1px; }
.tip .actions button:disabled { cursor: default; color: #374151; background: #ecfdf5; border-color: #15803d; }
.tip .label { margin: 0; font-weight: 650; display: flex; align-items: center; gap: 0.5em; }
.tip .swatch { display: inline-block; width: 1.6em; height: 0.9em; border-radius: 2px; flex: none; }
.tip dl { margin: 0.3rem 0 0; display: grid; grid-template-columns: auto 1fr; gap: 0.1rem 0.6rem; }
.tip dt { color: #4b5563; }
.tip dd { margin: 0; overflow-wrap: anywhere; }
.tip .reason { margin: 0.35rem 0 0; color: #374151; }
.tip .note { margin: 0.15rem 0 0; color: #374151; font-style: italic; }
${perLabel}`;
}

/** "#1d4ed8" -> "rgb(29 78 216 / 0.16)". */
function alpha(hex, a) {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16} ${(n >> 8) & 255} ${n & 255} / ${a})`;
}

/** Fills `tip` with what a reader needs about `flag`, in `lang`, a `note`
 * ({ en, fr }) if any, and a button per action ([{ id, label: { en, fr } }]);
 * `mark`: how the flag is painted (its swatch and edge show the same).
 * @param {HTMLElement} tip
 * @param {import('./highlight.js').Flag} flag
 * @param {string} lang
 * @param {import('./highlight.js').LensAction[]} [actions]
 * @param {{ en: string, [lang: string]: string | undefined } | null} [note]
 * @param {string} [mark] */
export function fillTooltip(tip, flag, lang, actions = [], note = null, mark = flag.label) {
  const doc = tip.ownerDocument;
  const w = words(lang);
  const el = (tag, cls, text) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  tip.lang = lang;
  const title = el('p', 'label');
  title.append(el('span', 'swatch'), el('span', '', labelText(flag, lang)));
  const dl = el('dl');
  const row = (term, value) => dl.append(el('dt', '', term), el('dd', '', value));
  if (flag.source) row(w.source, flag.source);
  else if (flag.label !== 'quote' && flag.label !== 'attributed') row(w.source, w.nobody);
  if (flag.cue) row(w.cue, w.quoted(flag.cue));
  const parts = [title];
  if (note) parts.push(el('p', 'note', note[lang] || note.en));
  parts.push(dl);
  if (flag.reason) parts.push(el('p', 'reason', flag.reason));
  if (actions.length) {
    const bar = el('p', 'actions');
    for (const a of actions) {
      const b = el('button', '', a.label[lang] || a.label.en);
      b.type = 'button';
      b.dataset.action = a.id;
      bar.append(b);
    }
    parts.push(bar);
  }
  tip.className = `tip ${mark}${actions.length ? ' actionable' : ''}`;
  tip.replaceChildren(...parts);
}

/** The accessible name of a flag's keyboard handle. */
export function handleName(flag, i, n, lang) {
  const w = words(lang);
  const who = flag.source ? ` — ${flag.source}` : '';
  return `${w.flag(i + 1, n)} ${labelText(flag, lang)}${who}`;
}
