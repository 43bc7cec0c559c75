// One frame's ClaimLens: finds the article (and comments, and articles in open
// shadow roots), has the background analyse each as a unit, highlights them
// through the shared module (www/highlight.js), reports its units to the
// background (which sums the figures), and undoes everything on off(). Units
// added later (text that arrives) come through watch.js.
//
// The page's main thread is shared with the page: every long job here (finding
// the article, reading its text, building ranges, the figures) runs in short
// tasks (www/slicer.js), and off() stops a job between two of them.

import { highlight, itemsSliced, createUI, textMapSliced, Slicer, Cancelled } from '../../../www/highlight.js';
import { HOST_ATTR } from '../../../www/textmap.js';
import { charSteps, newWork } from '../../../www/slicer.js';
import { langOf } from '../../../www/labels.js';
import { findArticleSliced, findCommentsSliced, openShadowRootsSliced, skipFor } from './extract.js';
import { unitReports } from './report.js';
import { COMMENT_NOTE, UnreadComments } from './comments.js';
import { ACTIONS, falsePositive } from './feedback.js';

/** @typedef {import('../shared/protocol.js').ToBackground} ToBackground */
/** @typedef {import('../shared/protocol.js').BackgroundAnswers} BackgroundAnswers */
/** @typedef {import('../shared/protocol.js').Failure} Failure */
/** @typedef {import('../shared/protocol.js').UnitKind} UnitKind */
/** @typedef {import('../shared/protocol.js').UnitResult} UnitResult */
/** @typedef {import('../shared/protocol.js').PageFlag} PageFlag */
/** @typedef {import('../shared/protocol.js').FlagRef} FlagRef */
/** @typedef {import('../shared/protocol.js').RunTiming} RunTiming */
/** @typedef {import('../shared/protocol.js').EngineTiming} EngineTiming */
/** @typedef {import('../shared/settings.js').Settings} Settings */
/** @typedef {import('../../../www/highlight.js').TextMap} TextMap */
/** @typedef {import('../../../www/highlight.js').HighlightController} HighlightController */
/**
 * A block of the page analysed on its own: the article, the comments, a block that arrived.
 * @typedef {{ id: number, kind: UnitKind, root: Element | ShadowRoot, map: TextMap | null, result: UnitResult | null,
 *   controller: HighlightController | null, analysed: { text: string, links: string } | null, timing?: EngineTiming }} Unit
 */
/** Sends a message to the background; resolves to its answer (protocol.toBackground).
 * @typedef {<M extends ToBackground>(message: M) => Promise<BackgroundAnswers[M['type']] | Failure>} Send */

/** Below this many characters, a text's words rarely tell its language. */
const SHORT_TEXT = 400;
const OBSERVED = { childList: true, subtree: true, characterData: true };

export class Session {
  /** @param {Document} doc
   * @param {Send} send */
  constructor(doc, send) {
    this.doc = doc;
    this.send = send;
    /** @type {Unit[]} */
    this.units = [];
    /** @type {Map<Node, Unit>} every unit's root -> its unit, so that no text is analysed twice */
    this.byRoot = new Map();
    this.nextId = 0;
    /** comment sections found and left unread (the settings leave comments out): the popup says so */
    this.unread = new UnreadComments();
    /** @type {import('../../../www/highlight.js').LensUI | null} */
    this.ui = null;
    /** @type {Settings | null} */
    this.settings = null;
    /** @type {Array<import('../shared/protocol.js').Label> | null} shown labels */
    this.labels = null;
    /** @type {RunTiming | null} */
    this.timing = null;
    this.generation = 0; // bumped by off(): work of an older generation stops
    this.missed = []; // page changes made while run() read the page, for the watcher
    this.showing = Promise.resolve(); // highlights change one job at a time
    /** What the sliced work of this run and its updates did, in steps (reported). */
    this.work = newWork();
  }

  get active() {
    return this.settings !== null;
  }

  /** Short tasks for work of the current generation: they stop when off() comes. */
  slicer() {
    const gen = this.generation;
    return new Slicer({ stop: () => gen !== this.generation, work: this.work });
  }

  /** Analyses the frame from scratch. Resolves to the timing of this run (null if off() came first). */
  async run(settings, labels) {
    this.off();
    const t0 = performance.now();
    this.settings = settings;
    this.labels = labels || settings.labels;
    this.work = newWork();
    const gen = this.generation;
    const slicer = this.slicer();
    // What the page changes while it is being read is caught up by the watcher afterwards.
    const missed = [];
    const keep = (records) => {
      for (const r of records) missed.push(r);
    };
    const recorder = new MutationObserver(keep);
    recorder.observe(this.doc.body || this.doc.documentElement, OBSERVED);
    try {
      const found = await this.detect(this.doc, slicer);
      const shadows = await openShadowRootsSliced(this.doc, (el) => el.hasAttribute(HOST_ATTR), slicer);
      for (const sr of shadows) found.push(...(await this.detect(sr, slicer)));
      const maps = await this.read(found.map(({ kind, root }) => this.reserve(kind, root)), slicer);
      const units = [...maps.keys()];
      const t1 = performance.now();
      await this.analyseAll(units, maps, slicer);
      slicer.begin(); // woken by the answers: a new slice (or off() came meanwhile)
      const t2 = performance.now();
      await this.show(units, slicer);
      const t3 = performance.now();
      const chars = units.reduce((n, u) => n + u.map.text.length, 0);
      const engine = units.reduce((n, u) => n + (u.timing?.engine || 0), 0);
      const waited = Math.max(0, ...units.map((u) => u.timing?.waitedForModule || 0));
      this.timing = {
        extract: t1 - t0, analyse: t2 - t1, highlight: t3 - t2, total: t3 - t0, chars, units: units.length,
        // Inside "analyse": the module's own time, and the wait for it to load (first use).
        engine, waitedForModule: waited, moduleLoad: units[0]?.timing ? { compile: units[0].timing.compile, tables: units[0].timing.tables } : null,
      };
      await this.report(slicer);
      return this.timing;
    } catch (e) {
      if (e instanceof Cancelled) return null;
      throw e;
    } finally {
      keep(recorder.takeRecords());
      recorder.disconnect();
      if (gen === this.generation) this.missed = missed;
    }
  }

  /** The page changes run() saw while reading (handed over once). */
  takeMissed() {
    const records = this.missed;
    this.missed = [];
    return records;
  }

  /** The article and comment roots under `scope` not yet analysed. */
  async detect(scope, slicer) {
    const out = [];
    const article = await findArticleSliced(scope, slicer);
    if (article && !this.byRoot.has(article)) out.push({ kind: 'article', root: article });
    out.push(...(await this.commentUnits(await findCommentsSliced(scope, article, slicer), slicer)));
    return out;
  }

  /** The comment sections `roots` as units to analyse, when the settings ask
   * for comments; otherwise none, and those with text to read are kept
   * aside (`unread`), so that the popup can say the page has comments. */
  async commentUnits(roots, slicer) {
    if (this.settings?.comments) return roots.filter((c) => !this.byRoot.has(c)).map((root) => ({ kind: /** @type {const} */ ('comments'), root }));
    await this.unread.keep(roots, slicer);
    return [];
  }

  /** Reads reader comments, or stops (the options page changed the setting):
   * the comment sections found are analysed, or their units dropped and
   * their highlights cleared; then the figures are reported again. */
  async setComments(on) {
    if (!this.settings || this.settings.comments === on) return;
    this.settings = { ...this.settings, comments: on };
    const slicer = this.slicer();
    try {
      if (on) {
        const found = await this.commentUnits(this.unread.take(), slicer);
        if (found.length) return await this.update(found, [], slicer); // reports
      } else {
        const units = this.units.filter((u) => u.kind === 'comments');
        for (const u of units) this.drop(u);
        const roots = /** @type {Element[]} */ (units.map((u) => u.root).filter((r) => r.nodeType === 1 && r.isConnected));
        await this.commentUnits(roots, slicer);
      }
      await this.report(slicer);
    } catch (e) {
      if (!(e instanceof Cancelled)) console.debug('ClaimLens:', e);
    }
  }

  /** The text map of a unit of `kind` over `root`: what its kind skips, and
   * other units' roots inside it, left out. */
  readText(kind, root, slicer) {
    const skip = skipFor(kind, root);
    return textMapSliced(root, { skip: (el) => this.byRoot.has(el) || skip(el) }, slicer);
  }

  /** A unit over `root`, registered at once (before its text is read: a unit
   * read meanwhile leaves `root` out), its map still to read. */
  reserve(kind, root) {
    const unit = { id: this.nextId++, kind, root, map: null, result: null, controller: null, analysed: null };
    this.units.push(unit);
    this.byRoot.set(root, unit);
    return unit;
  }

  /** Forgets a unit (its root left the page, or holds no text). */
  drop(unit) {
    unit.controller?.clear();
    unit.controller = null;
    this.units = this.units.filter((u) => u !== unit);
    if (this.byRoot.get(unit.root) === unit) this.byRoot.delete(unit.root);
  }

  /** Reads the text of `units` (new, or changed in place), dropping those that have none. */
  async read(units, slicer) {
    const maps = new Map();
    for (const u of units) {
      // A text map never asks about its own root: the unit's root is not skipped.
      const map = await this.readText(u.kind, u.root, slicer);
      if (map.text.trim()) maps.set(u, map);
      else this.drop(u);
    }
    return maps;
  }

  /** Analyses `units` (read as `maps`) together; the requests go out in short
   * tasks too (a batch of a busy page may hold dozens of new units). */
  async analyseAll(units, maps, slicer) {
    const answers = [];
    for (const u of units) {
      const answer = this.analyse(u, maps.get(u));
      answer.catch(() => {}); // awaited below, unless off() stops the sending first
      answers.push(answer);
      await slicer.pause(1 + charSteps(maps.get(u)?.text.length ?? 0)); // its text is copied into the message
    }
    await Promise.all(answers);
  }

  /** Has the background analyse a unit's text read as `map` (unless that very
   * text was analysed last); the unit then holds the map and its result together. */
  async analyse(unit, map = unit.map) {
    const { text, links } = map;
    const key = JSON.stringify(links);
    if (!(unit.result && unit.analysed?.text === text && unit.analysed.links === key)) {
      const answer = await this.send({ type: 'analyze', text, links, lang: this.langFor(unit, text) });
      if (!answer?.ok) throw new Error(`ClaimLens: analysis failed: ${answer?.error || 'no answer'}`);
      unit.result = answer.result;
      unit.timing = answer.timing;
      unit.analysed = { text, links: key };
    }
    unit.map = map;
  }

  /** The language to analyse a unit in: the setting's; a few lines of
   * comments ("Great piece!") say too little to tell, and are read in the
   * page's declared language where it has one. */
  langFor(unit, text) {
    const lang = this.settings?.lang ?? 'auto';
    if (lang !== 'auto' || unit.kind === 'article' || text.length >= SHORT_TEXT) return lang;
    return langOf(this.doc.documentElement.lang) ?? 'auto';
  }

  /** Highlights the units' flags of the shown labels: a unit shown before
   * keeps the highlights of text that did not change. The ranges are built
   * in short tasks, then registered together: the page repaints once. One
   * job at a time. */
  show(units, slicer) {
    const job = this.showing.then(async () => {
      const plans = [];
      // One setting for the whole job: the ranges built and the marks registered agree.
      const narration = this.settings?.narration;
      for (const unit of units) {
        if (!this.shown(unit)) continue;
        const shown = this.labels ?? [];
        const flags = unit.result.flags.filter((f) => shown.includes(f.label));
        const note = unit.kind === 'comments' ? COMMENT_NOTE : undefined;
        plans.push({ unit, flags, note, items: await itemsSliced(flags, unit.map, slicer, { note, narration }) });
      }
      slicer.check();
      for (const { unit, flags, note, items } of plans) {
        if (!this.shown(unit)) continue; // pruned meanwhile
        if (!this.ui) {
          const lang = langOf(this.doc.documentElement.lang) || unit.result.language;
          this.ui = createUI(this.doc, { lang, actions: ACTIONS, onAction: (id, flag) => this.reportFlag(id, flag) });
        }
        if (unit.controller) unit.controller.update(flags, unit.map, items);
        else unit.controller = highlight(unit.root, flags, { map: unit.map, ui: this.ui, note, narration, items });
      }
    });
    this.showing = job.catch(() => {});
    return job;
  }

  /** True when `unit` is analysed and still on the page. */
  shown(unit) {
    return !!unit.result && unit.root.isConnected && this.byRoot.get(unit.root) === unit;
  }

  /** Text that changed: `found` ([{ kind, root }], roots that arrived) become
   * units; they and the units `changed` in place are read, analysed,
   * highlighted and reported together. */
  async update(found, changed, slicer) {
    const fresh = found.filter(({ root }) => !this.byRoot.has(root)).map(({ kind, root }) => this.reserve(kind, root));
    const maps = await this.read([...fresh, ...changed], slicer);
    const units = [...maps.keys()];
    if (!units.length) return;
    await this.analyseAll(units, maps, slicer);
    slicer.begin(); // woken by the answers
    await this.show(units, slicer);
    await this.report(slicer);
  }

  /** Drops units whose root left the page. Returns their roots. */
  prune() {
    const gone = this.units.filter((u) => !u.root.isConnected);
    for (const u of gone) this.drop(u);
    return gone.map((u) => u.root);
  }

  /** True when `unit`'s text as last read holds `el`'s (el was there then). */
  holds(unit, el) {
    if (!unit.map) return false;
    const walker = this.doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) if (/** @type {Text} */ (t).data.trim()) return unit.map.offsetOf(t, 0) >= 0;
    return false;
  }

  /** The innermost unit holding `node`, or null: the nearest unit root above it. */
  unitOf(node) {
    for (let n = node; n; n = n.parentNode) {
      const unit = this.byRoot.get(n);
      if (unit) return unit;
    }
    return null;
  }

  /** True when `el` is left out of `unit`'s text: the rules of readText() (in
   * a comments unit, a new comment is text; in an article, it is not). */
  isNoiseIn(unit, el) {
    const skip = skipFor(unit.kind, unit.root);
    for (let e = el; e && e !== unit.root; e = e.parentElement) if (skip(e)) return true;
    return false;
  }

  /** Shows only `labels` (the popup's choice); an error is logged, the page never sees it. */
  async setLabels(labels) {
    this.labels = labels;
    try {
      await this.show(this.units, this.slicer());
    } catch (e) {
      if (!(e instanceof Cancelled)) console.debug('ClaimLens:', e);
    }
  }

  /** Marks plain narration as `narration` says (the options page changed it):
   * only the highlights whose mark changes are redrawn. */
  async setNarration(narration) {
    if (!this.settings || this.settings.narration === narration) return;
    this.settings = { ...this.settings, narration };
    try {
      await this.show(this.units, this.slicer());
    } catch (e) {
      if (!(e instanceof Cancelled)) console.debug('ClaimLens:', e);
    }
  }

  /** Shows flag `index` of unit `unitId` (a statement the popup lists).
   * @param {FlagRef} ref */
  step({ unit: unitId, index }) {
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
    if (!unit?.map || !unit.result) return;
    const entry = falsePositive(kind, flag, { text: unit.map.text, language: unit.result.language, url: this.doc.location.href });
    this.send({ type: 'false-positive', entry });
  }

  /** Sends this frame's units to the background, which sums the figures. */
  async report(slicer) {
    if (!this.active) return;
    const units = await unitReports(this.units, slicer);
    const report = { url: this.doc.location.href, top: window === window.top, timing: this.timing, work: this.work, units, unreadComments: this.unread.count };
    // Awaited: the answer to "run" then comes once the background holds this report.
    await this.send({ type: 'report', report }).catch(() => {});
  }

  /** Removes every highlight, host and listener: the DOM is as it was. */
  off() {
    this.generation++;
    for (const u of this.units) u.controller?.clear();
    this.units = [];
    this.byRoot.clear();
    this.ui?.destroy();
    this.ui = null;
    this.settings = null;
    this.missed = [];
    this.unread.clear();
  }
}
