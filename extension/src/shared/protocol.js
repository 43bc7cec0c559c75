// The messages between the parts of the extension, typed once here (JSDoc,
// checked by `tsc --checkJs`): every sender goes through toBackground() or
// toContent(), every handler is typed by the message it takes and the answer
// it gives. All local: nothing leaves the browser.
//
//   content -> background   analyze, report, false-positive, auto
//   popup/options -> background   open, hidden, labels, step, sites-changed
//   background -> content   run, hidden, labels, step, ping
//
// The page's figures are the background's: each content script reports its
// units (their flags in short), and the background sums them over the tab's
// frames with the core's summary (background/figures.js). The tab's state
// lives in storage.session (the service worker may stop at any time; the
// popup follows its changes).

import { api } from './api.js';

/** @typedef {import('../../../www/pkg/claimlens.js').Label} Label */
/** @typedef {import('../../../www/pkg/claimlens.js').Claim} Claim */
/** @typedef {import('../../../www/pkg/languages.js').LangCode} LangCode */
/** @typedef {import('../../../www/highlight.js').TextLink} TextLink */
/** @typedef {import('./settings.js').Settings} Settings */

// ---------------------------------------------------------------------------
// What travels

/**
 * A flag as the background sends it to a page: UTF-16 offsets into the
 * unit's text, without the quotation's span (less to send).
 * @typedef {{ label: Label, start: number, end: number, source: string | null, cue: string | null, rule: string, claim: Claim | null, reason: string }} PageFlag
 */
/**
 * A unit's analysis: its flags, and the sentences of its unsourced
 * statistics (`index` into `flags`), which the figures list.
 * @typedef {{ language: LangCode, sentences: number, flags: PageFlag[], statistics: Statistic[] }} UnitResult
 */
/** @typedef {{ index: number, text: string }} Statistic */
/** Where the background's time went: the module's own, the wait for it to load, its loading.
 * @typedef {{ waitedForModule: number, engine: number, compile: number | null, tables: number | null }} EngineTiming */
/** @typedef {'article' | 'comments'} UnitKind */
/**
 * What the figures need of a unit, as a content script reports it: its
 * flags in short (no offsets, no reason) and its statistics' sentences.
 * @typedef {{ id: number, kind: UnitKind, language: LangCode, sentences: number, flags: UnitFlag[], statistics: Statistic[] }} UnitReport
 */
/** @typedef {{ label: Label, claim: Claim | null, source: string | null, cue: string | null }} UnitFlag */
/**
 * The content script's timing of its latest run (ms), for the tests' report.
 * @typedef {{ extract: number, analyse: number, highlight: number, total: number, chars: number, units: number, engine: number, waitedForModule: number, moduleLoad: { compile: number | null, tables: number | null } | null }} RunTiming
 */
/** What the content script's sliced work did since its latest run, in steps
 * (www/slicer.js: load-independent, what the tests assert of its tasks).
 * @typedef {import('../../../www/slicer.js').SliceWork} SliceWork */
/** A frame's report: its units, and how many reader comment sections it
 * left unread (the settings leave comments out), for the popup to say so.
 * @typedef {{ url: string, top: boolean, timing: RunTiming | null, work: SliceWork, units: UnitReport[], unreadComments: number }} FrameReport */
/** A reader's report from a tooltip ("not a claim", "wrong source"); `rule`
 * names the rule that flagged the sentence ("fr/reporting_verbs/affirmer",
 * a line of data/cues/fr/reporting_verbs.txt), so the report leads to it.
 * @typedef {{ kind: string, label: Label, claim: Claim | null, source: string | null, cue: string | null, rule: string, text: string, language: LangCode, url: string }} FalsePositive */
/** A flag of the page: which unit of the frame, which flag of the unit.
 * @typedef {{ unit: number, index: number }} FlagRef */
/** @typedef {FlagRef & { frameId: number }} PageFlagRef */

/**
 * The figures of the units of one kind: per frame (`units`, `counts`…), or
 * summed over the tab's frames with the sources, vague sources and
 * statistics the popup lists.
 * @typedef {{ units: number, language: LangCode | null, sentences: number, counts: Record<Label, number> }} Tally
 * @typedef {Tally & { claims: Record<Claim | 'other', number>, sourcedShare: number, sources: SourceFigure[], vague: Array<{ source: string, count: number }>, statistics: Array<PageFlagRef & { text: string }> }} Figures
 * @typedef {{ source: string, count: number, quotes: number, flags: PageFlagRef[] }} SourceFigure
 * @typedef {{ url: string, top: boolean, timing: RunTiming | null, work: SliceWork, article: Tally | null, comments: Tally | null }} FrameFigures
 */
/**
 * A tab's state, in storage.session under tabKey(id).
 * `rev` counts the background's changes to it: a popup that gets two states
 * (an answer, a change in storage) keeps the newer, whatever their order.
 * `figures.unreadComments`: the comment sections the frames left unread.
 * @typedef {{ rev: number, url: string, hidden: boolean, labels: Label[] | null, frames: Record<string, FrameFigures>, figures: TabFigures }} TabState
 * @typedef {{ frames: number, article: Figures | null, comments: Figures | null, unreadComments: number }} TabFigures
 */
/** @typedef {{ ok: false, error: string }} Failure */

/** True when `answer` is a Failure (a handler threw, or no one answered).
 * @param {unknown} answer
 * @returns {answer is Failure} */
export function failed(answer) {
  return !!answer && typeof answer === 'object' && 'ok' in answer && answer.ok === false;
}

// ---------------------------------------------------------------------------
// To the background: the message, and its answer

/**
 * @typedef {{ type: 'analyze', text: string, links: TextLink[], lang: Settings['lang'] }} Analyze
 * @typedef {{ type: 'report', report: FrameReport }} Report
 * @typedef {{ type: 'false-positive', entry: FalsePositive }} ReportFalsePositive
 * @typedef {{ type: 'auto' }} Auto
 * @typedef {{ type: 'open', tabId: number }} Open
 * @typedef {{ type: 'hidden', tabId: number, hidden: boolean }} HideTab
 * @typedef {{ type: 'labels', tabId: number, labels: Label[] }} LabelsOfTab
 * @typedef {{ type: 'step', tabId: number, frameId: number, flag: FlagRef }} StepTab
 * @typedef {{ type: 'sites-changed' }} SitesChanged
 * @typedef {Analyze | Report | ReportFalsePositive | Auto | Open | HideTab | LabelsOfTab | StepTab | SitesChanged} ToBackground
 */
/**
 * @typedef {{
 *   analyze: { ok: true, result: UnitResult, timing: EngineTiming } | Failure,
 *   report: null,
 *   'false-positive': null,
 *   auto: { run: Settings | null },
 *   open: TabState | null,
 *   hidden: TabState | null,
 *   labels: TabState | null,
 *   step: Shown | null,
 *   'sites-changed': null,
 * }} BackgroundAnswers
 */
/** @typedef {{ shown: boolean }} Shown */
/** Who sent a message (runtime.MessageSender, the fields read).
 * @typedef {{ id?: string, url?: string, origin?: string, frameId?: number, tab?: { id?: number, url?: string } }} Sender */
/**
 * The background's handlers: one per message, typed by it. A failure
 * (a rejected promise) reaches the sender as a Failure.
 * @typedef {{ [T in ToBackground['type']]: (message: Extract<ToBackground, { type: T }>, sender: Sender) => Promise<BackgroundAnswers[T]> }} BackgroundHandlers
 */

/**
 * Sends `message` to the background; resolves to its answer (or a Failure).
 * @template {ToBackground} M
 * @param {M} message
 * @returns {Promise<BackgroundAnswers[M['type']] | Failure>}
 */
export function toBackground(message) {
  return api.runtime.sendMessage(message);
}

// ---------------------------------------------------------------------------
// To a content script (every frame of the tab, or one)

/**
 * @typedef {{ type: 'run', settings: Settings, labels: Label[] | null }} Run
 * @typedef {{ type: 'hidden', hidden: boolean }} Hide
 * @typedef {{ type: 'labels', labels: Label[] }} ShowLabels
 * @typedef {{ type: 'step', flag: FlagRef }} Step
 * @typedef {{ type: 'ping' }} Ping
 * @typedef {Run | Hide | ShowLabels | Step | Ping} ToContent
 */
/**
 * @typedef {{ run: RunTiming | null | { error: string }, hidden: true, labels: true, step: Shown | null, ping: true }} ContentAnswers
 */

/**
 * Sends `message` to the tab's content scripts (one frame with `frameId`);
 * resolves to the answer, rejects when no script of ours is there.
 * @template {ToContent} M
 * @param {number} tabId
 * @param {M} message
 * @param {number} [frameId]
 * @returns {Promise<ContentAnswers[M['type']]>}
 */
export function toContent(tabId, message, frameId) {
  const options = frameId === undefined ? undefined : { frameId };
  return api.tabs.sendMessage(tabId, message, options);
}

/** The storage.session key of a tab's state.
 * @param {number} tabId */
export const tabKey = (tabId) => `tab:${tabId}`;

/** The tab whose state storage.session keeps under `key`, or null (another key).
 * @param {string} key */
export const tabOfKey = (key) => (/^tab:\d+$/.test(key) ? Number(key.slice(4)) : null);
