// What ran on a page's main thread, from a DevTools trace: every task of the
// page's renderer with its wall-clock and CPU time, and what it was (the
// extension's script, the page's or the test's script, rendering, garbage
// collection). The page's own PerformanceObserver for long tasks cannot tell
// this: it measures wall-clock time (on a loaded machine a task of 4 ms of
// CPU can last 200 ms when the thread is descheduled) and does not see the
// tasks in which the browser hands the content script its messages.

import fs from 'node:fs';
import path from 'node:path';

const MARK = 'claimlens-trace-clock';

/**
 * Starts tracing; resolves to stop(), which resolves to { tasks, taskAt(t) }:
 * the page's tasks (see tasksOf) and the task running at page time `t`
 * (performance.now(), e.g. a long task entry's startTime). CLAIMLENS_TRACE_DIR=dir
 * keeps each trace there (name.json), for the DevTools performance panel.
 */
export async function traceMainThread(ext, page, name = 'trace') {
  const browser = ext.context.browser();
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  return async () => {
    // A mark in both clocks: the page's performance.now() and the trace's.
    const at = await page.evaluate((name) => performance.mark(name).startTime, MARK);
    const buffer = await browser.stopTracing();
    const dir = process.env.CLAIMLENS_TRACE_DIR;
    if (dir) fs.writeFileSync(path.join(dir, `${name}.json`), buffer);
    const trace = JSON.parse(buffer);
    const tasks = tasksOf(trace, page.url(), ext.id);
    const mark = (trace.traceEvents || trace).find((e) => e.name === MARK);
    if (!mark) throw new Error('the clock mark is missing from the trace');
    const offset = mark.ts / 1000 - at;
    const taskAt = (t) => tasks.find((k) => t + offset >= k.ts - 1 && t + offset <= k.ts + k.wall + 1) || null;
    return { tasks, taskAt };
  };
}

/** Top-level events of a task that run script (style or layout inside them was forced by it). */
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'TimerFire', 'FireAnimationFrame',
  'EventDispatch', 'v8.run', 'V8.Execute', 'FireIdleCallback', 'ParseHTML']);
const RENDER = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Commit', 'Layerize', 'UpdateLayer']);
const GC = /GC/;

/**
 * The tasks of the main thread of the renderer showing `url`: [{ ts, wall,
 * cpu, kind, script, render, gc }] (ms; `ts` in the trace's clock). `kind`
 * is what took most of it: "extension" (the extension's script, with the
 * style, layout or GC it caused inside), "script" (the page's, the test's),
 * "render" (style, layout, paint of a frame), "gc" or "other".
 */
export function tasksOf(trace, url, extensionId) {
  const events = trace.traceEvents || trace;
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frame = started?.args?.data?.frames?.find((f) => f.url === url);
  if (!frame) throw new Error(`no renderer for ${url} in the trace`);
  const pid = frame.processId;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args.name === 'CrRendererMain');
  const mine = events.filter((e) => e.pid === pid && e.tid === main.tid && (e.ph === 'X' || e.ph === 'I' || e.ph === 'i'));
  mine.sort((a, b) => a.ts - b.ts);
  const ourUrl = `chrome-extension://${extensionId}/`;
  const tasks = [];
  let task = null;
  let jsEnd = 0; // end of the script event being run: style, layout or GC inside it is the script's
  for (const e of mine) {
    if (e.ph === 'X' && e.name === 'RunTask' && (!task || e.ts >= task.end)) {
      task = { ts: e.ts / 1000, end: e.ts + e.dur, wall: e.dur / 1000, cpu: Math.min(e.tdur ?? e.dur, e.dur) / 1000 /* thread time, never above wall time */, js: 0, render: 0, gc: 0, ours: false, other: false };
      tasks.push(task);
      jsEnd = 0;
      continue;
    }
    if (!task || e.ts >= task.end) continue;
    const d = e.args?.data || e.args?.beginData || {};
    const src = d.url || d.stackTrace?.[0]?.url || '';
    if (e.ts < jsEnd || SCRIPT.has(e.name)) {
      if (src.startsWith(ourUrl) || e.name === 'ScheduleYieldContinuation') task.ours = true;
      else if (/^https?:/.test(src)) task.other = true;
    }
    if (e.ph !== 'X' || e.ts < jsEnd) continue;
    if (SCRIPT.has(e.name)) {
      task.js += e.dur / 1000;
      jsEnd = e.ts + e.dur;
    } else if (RENDER.has(e.name)) task.render += e.dur / 1000;
    else if (GC.test(e.name)) task.gc += e.dur / 1000;
  }
  return tasks.map((t) => {
    // What took most of the task names it. Script run by a page script or a
    // test's evaluate() names its URL; script naming none (a continuation of
    // a yielded job, a message from the background) counts as the extension's.
    const most = Math.max(t.js, t.render, t.gc);
    const kind = most === 0 ? 'other' : most === t.js ? (t.ours || !t.other ? 'extension' : 'script') : most === t.render ? 'render' : 'gc';
    return { ts: t.ts, wall: round(t.wall), cpu: round(t.cpu), kind, script: round(t.js), render: round(t.render), gc: round(t.gc) };
  });
}

const round = (x) => Math.round(x * 10) / 10;

/** The longest of `tasks` (by CPU time) of each kind: { [kind]: { count, over50, maxCpu, maxWall } }. */
export function summarizeTasks(tasks) {
  const out = {};
  for (const t of tasks) {
    const s = (out[t.kind] ||= { count: 0, over50: 0, maxCpu: 0, maxWall: 0 });
    s.count++;
    if (t.cpu > 50) s.over50++;
    s.maxCpu = Math.max(s.maxCpu, t.cpu);
    s.maxWall = Math.max(s.maxWall, t.wall);
  }
  return out;
}
