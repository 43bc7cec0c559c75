// The messages between the parts of the extension (all local: nothing leaves
// the browser). `type` names them; the fields are listed here once.
//
// content -> background
//   { type: 'analyze', text, links, lang }       -> { ok, result } | { ok: false, error }
//   { type: 'report', report }                   (this frame's summary, see content/summary.js)
//   { type: 'false-positive', entry }            (a tooltip's "not a claim" / "wrong source")
//   { type: 'auto' }                             -> { run: settings | null } (auto-analysed site)
// popup -> background
//   { type: 'open', tabId }                      -> tab state; analyses the tab if not done yet
//   { type: 'hidden', tabId, hidden }            hide / show every highlight on the tab
//   { type: 'labels', tabId, labels }            labels shown on this tab
//   { type: 'step', tabId, frameId, source }     -> { index, count } next statement of a source
//   { type: 'step', tabId, frameId, flag }       -> show one flag ({ unit, index })
//   { type: 'sites-changed' }                    re-register the auto-analysis content script
// background -> content (tabs.sendMessage, every frame unless a frameId is given)
//   { type: 'run', settings }, { type: 'hidden', hidden }, { type: 'labels', labels },
//   { type: 'step', source } | { type: 'step', flag }, { type: 'ping' } -> true
//
// Tab state, in storage.session under `tab:<id>`:
//   { url, hidden, labels, frames: { [frameId]: report } }

export const tabKey = (tabId) => `tab:${tabId}`;
