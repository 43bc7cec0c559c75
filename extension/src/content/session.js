// One frame's ClaimLens: finds the article (and comments, and articles in open
// shadow roots), has the background analyse each as a unit, highlights them
// through the shared module (www/highlight.js), reports the figures, and
// undoes everything on off(). Units added later (text that arrives) come
// through watch.js.

import { textMap, highlight, createUI } from '../../../www/highlight.js';
import { HOST_ATTR } from '../../../www/textmap.js';
import { langOf } from '../../../www/labels.js';
import { groupSourceFlags } from '../../../www/summary.js';
import { findArticle, findComments, openShadowRoots, skipFor } from './extract.js';
import { summarizeUnits } from './summary.js';

/** What the tooltip says of a flag in reader comments: not the article's word. */
const COMMENT_NOTE = { en: 'In a reader comment, not the article', fr: 'Dans un commentaire de lecteur, pas l’article' };

const ACTIONS = [
  { id: 'not-a-claim', label: { en: 'Not a claim', fr: 'Pas une affirmation' } },
  { id: 'wrong-source', label: { en: 'Wrong source', fr: 'Mauvaise source' } },
];

export class Session {
  /** `send(message)`: resolves to the background's answer. */
  constructor(doc, send) {
    this.doc = doc;
    this.send = send;
    this.units = []; // { id, kind, root, map, result, controller }
    this.roots = new Set(); // every unit's root, so that no text is analysed twice
    this.nextId = 0;
    this.ui = null;
    this.settings = null;
    this.labels = null; // shown labels
    this.cursors = new Map(); // source -> position when stepping through its statements
    this.timing = null;
    this.generation = 0; // bumped by off(): answers to older requests are dropped
  }

  get active() {
    return this.settings !== null;
  }

  /** Analyses the frame from scratch. Resolves to the timing of this run. */
  async run(settings, labels) {
    this.off();
    const t0 = performance.now();
    this.settings = settings;
    this.labels = labels || settings.labels;
    const gen = this.generation;
    const found = this.detect(this.doc);
    for (const sr of openShadowRoots(this.doc, (el) => el.hasAttribute(HOST_ATTR))) found.push(...this.detect(sr));
    const units = found.map(({ kind, root }) => this.makeUnit(kind, root)).filter(Boolean);
    const t1 = performance.now();
    await Promise.all(units.map((u) => this.analyse(u)));
    if (gen !== this.generation) return null;
    const t2 = performance.now();
    for (const u of units) this.show(u);
    const t3 = performance.now();
    const chars = units.reduce((n, u) => n + u.map.text.length, 0);
    const engine = units.reduce((n, u) => n + (u.timing?.engine || 0), 0);
    const waited = Math.max(0, ...units.map((u) => u.timing?.waitedForModule || 0));
    this.timing = {
      extract: t1 - t0, analyse: t2 - t1, highlight: t3 - t2, total: t3 - t0, chars, units: units.length,
      // Inside "analyse": the module's own time, and the wait for it to load (first use).
      engine, waitedForModule: waited, moduleLoad: units[0]?.timing ? { compile: units[0].timing.compile, tables: units[0].timing.tables } : null,
    };
    this.report();
    return this.timing;
  }

  /** The article and comment roots under `scope` not yet analysed. */
  detect(scope) {
    const out = [];
    const article = findArticle(scope);
    if (article && !this.roots.has(article)) out.push({ kind: 'article', root: article });
    if (this.settings.comments) {
      for (const c of findComments(scope, article)) if (!this.roots.has(c)) out.push({ kind: 'comments', root: c });
    }
    return out;
  }

  /** The text map of a unit of `kind` over `root`: what its kind skips, and
   * other units' roots inside it, left out. */
  readText(kind, root) {
    const skip = skipFor(kind);
    return textMap(root, { skip: (el) => this.roots.has(el) || skip(el) });
  }

  /** A unit over `root`'s text, or null if it has none. */
  makeUnit(kind, root) {
    const map = this.readText(kind, root);
    if (!map.text.trim()) return null;
    const unit = { id: this.nextId++, kind, root, map, result: null, controller: null };
    this.units.push(unit);
    this.roots.add(root);
    return unit;
  }

  async analyse(unit) {
    const answer = await this.send({ type: 'analyze', text: unit.map.text, links: unit.map.links, lang: this.settings.lang });
    if (!answer?.ok) throw new Error(`ClaimLens: analysis failed: ${answer?.error || 'no answer'}`);
    unit.result = answer.result;
    unit.timing = answer.timing;
  }

  /** Highlights a unit's flags of the shown labels. */
  show(unit) {
    unit.controller?.clear();
    unit.controller = null;
    if (!unit.result || !unit.root.isConnected) return;
    if (!this.ui) {
      const lang = langOf(this.doc.documentElement.lang) || unit.result.language;
      this.ui = createUI(this.doc, { lang, actions: ACTIONS, onAction: (id, flag) => this.reportFlag(id, flag) });
    }
    const flags = unit.result.flags.filter((f) => this.labels.includes(f.label));
    const note = unit.kind === 'comments' ? COMMENT_NOTE : undefined;
    unit.controller = highlight(unit.root, flags, { map: unit.map, ui: this.ui, note });
  }

  /** Adds and analyses units for new roots (text that arrived), then reports. */
  async addUnits(found) {
    const units = found.filter(({ root }) => !this.roots.has(root)).map(({ kind, root }) => this.makeUnit(kind, root)).filter(Boolean);
    if (units.length) await this.present(units);
  }

  /** Re-reads and re-analyses units whose text changed in place. */
  async refresh(units) {
    for (const u of units) u.map = this.readText(u.kind, u.root); // a text map never asks about its own root
    await this.present(units);
  }

  /** Analyses units, highlights them and reports, unless off() came meanwhile. */
  async present(units) {
    const gen = this.generation;
    await Promise.all(units.map((u) => this.analyse(u)));
    if (gen !== this.generation) return;
    for (const u of units) this.show(u);
    this.report();
  }

  /** Drops units whose root left the page. */
  prune() {
    const gone = this.units.filter((u) => !u.root.isConnected);
    if (!gone.length) return false;
    for (const u of gone) {
      u.controller?.clear();
      this.roots.delete(u.root);
    }
    this.units = this.units.filter((u) => !gone.includes(u));
    return true;
  }

  /** The innermost unit holding `node`, or null. */
  unitOf(node) {
    let best = null;
    for (const u of this.units) if (u.root.contains(node) && (!best || best.root.contains(u.root))) best = u;
    return best;
  }

  /** True when `el` is left out of `unit`'s text: the rules of makeUnit() (in
   * a comments unit, a new comment is text; in an article, it is not). */
  isNoiseIn(unit, el) {
    const skip = skipFor(unit.kind);
    for (let e = el; e && e !== unit.root; e = e.parentElement) if (skip(e)) return true;
    return false;
  }

  setLabels(labels) {
    this.labels = labels;
    for (const u of this.units) this.show(u);
  }

  /** Shows the next statement of `source` (as the popup lists it). */
  step(source) {
    const where = new Map();
    for (const u of this.units) if (u.kind === 'article' && u.result) u.result.flags.forEach((f, i) => where.set(f, [u, i]));
    const named = [...where.keys()].filter((f) => f.label === 'quote' || f.label === 'attributed');
    const group = groupSourceFlags(named).find((g) => g.source === source);
    if (!group) return null;
    const order = this.units.map((u) => u.id);
    const list = group.flags.map((f) => where.get(f)).sort((a, b) => order.indexOf(a[0].id) - order.indexOf(b[0].id) || a[1] - b[1]);
    const k = ((this.cursors.get(source) ?? -1) + 1) % list.length;
    this.cursors.set(source, k);
    const [unit, index] = list[k];
    return { index: k, count: list.length, shown: this.focus(unit, index) };
  }

  /** Shows flag `index` of unit `unitId`. */
  stepFlag({ unit: unitId, index }) {
    const unit = this.units.find((u) => u.id === unitId);
    return unit ? { shown: this.focus(unit, index) } : null;
  }

  focus(unit, index) {
    const flag = unit.result?.flags[index];
    const i = unit.controller ? unit.controller.items.findIndex((it) => it.flag === flag) : -1;
    if (i < 0) return false; // its label is hidden
    unit.controller.focus(i, false); // the popup keeps the focus
    return true;
  }

  /** A false positive the reader reported from a tooltip, stored locally. */
  reportFlag(kind, flag) {
    const unit = this.units.find((u) => u.result?.flags.includes(flag));
    if (!unit) return;
    const text = unit.map.text.slice(flag.start_utf16 ?? flag.start, flag.end_utf16 ?? flag.end).replace(/\s+/g, ' ').trim();
    const url = this.doc.location.href.split('#')[0];
    this.send({
      type: 'false-positive',
      entry: { kind, label: flag.label, claim: flag.claim, source: flag.source, cue: flag.cue, text, language: unit.result.language, url },
    });
  }

  report() {
    if (!this.active) return;
    const summary = summarizeUnits(this.units);
    const report = {
      url: this.doc.location.href,
      top: window === window.top,
      ...summary,
      timing: this.timing,
    };
    this.send({ type: 'report', report }).catch(() => {});
  }

  /** Removes every highlight, host and listener: the DOM is as it was. */
  off() {
    this.generation++;
    for (const u of this.units) u.controller?.clear();
    this.units = [];
    this.roots.clear();
    this.ui?.destroy();
    this.ui = null;
    this.settings = null;
    this.cursors.clear();
  }
}
