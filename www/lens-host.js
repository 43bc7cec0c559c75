// The elements of the widget's own corner of the page (lens-ui.js runs them):
// one host element taking no room, with a shadow root holding the overlay
// boxes, the focus rings, the keyboard handle and the tooltip. Built from
// elements and text only.

import { HOST_ATTR } from './textmap.js';
import { words } from './labels.js';
import { shadowCSS } from './tooltip.js';

/**
 * @typedef {{
 *   host: HTMLDivElement, shadow: ShadowRoot, boxes: HTMLDivElement, rings: HTMLDivElement,
 *   nav: HTMLElement, handle: HTMLButtonElement, tip: HTMLDivElement, popover: boolean,
 * }} LensHost
 */

/**
 * Builds the host and puts it in `doc`: right after `after` (so that Tab
 * goes from the text to its flags), else at the end of the body.
 * @param {Document} doc
 * @param {{ lang: string, after: Element | null }} options
 * @returns {LensHost}
 */
export function buildHost(doc, { lang, after }) {
  const host = doc.createElement('div');
  host.setAttribute(HOST_ATTR, '');
  // Inline styles beat the page's selectors; the host takes no room.
  host.style.cssText = 'all:initial;position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = shadowCSS();
  const boxes = Object.assign(doc.createElement('div'), { className: 'layer' });
  const rings = Object.assign(doc.createElement('div'), { className: 'layer' });
  // ONE focusable handle stands for the flag in focus: arrows and the
  // shortcuts move it. A button per flag costs a layout of thousands of
  // buttons on a long page, and Tab would have to cross them all.
  const nav = doc.createElement('nav');
  nav.setAttribute('aria-label', `ClaimLens — ${words(lang).flags}`);
  const handle = doc.createElement('button');
  handle.type = 'button';
  handle.setAttribute('aria-describedby', 'claimlens-tip');
  nav.append(handle);
  const tip = doc.createElement('div');
  tip.id = 'claimlens-tip';
  tip.setAttribute('role', 'tooltip');
  tip.setAttribute('aria-live', 'polite');
  // The top layer escapes the page's overflow clipping and stacking contexts.
  const popover = typeof tip.showPopover === 'function';
  if (popover) tip.popover = 'manual';
  else tip.hidden = true;
  tip.className = 'tip';
  shadow.append(style, boxes, rings, nav, tip);
  const inBody = !after || after === doc.body || after === doc.documentElement || !after.parentNode;
  if (inBody) (doc.body || doc.documentElement).append(host);
  else after.after(host);
  return { host, shadow, boxes, rings, nav, handle, tip, popover };
}
