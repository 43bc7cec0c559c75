// What the load test (load.test.mjs) and the long-task benchmark
// (benches/long_tasks.mjs) both do on the load pages: open a page with the
// page's own long-task observer installed before its scripts, read the page
// clock, wait for the highlights, and pair the long tasks the page saw with
// the tasks of a DevTools trace (main-thread.mjs).

import { watchConsole, MARKS } from '../browser/helpers.mjs';

/** Opens `spec.path` of `server` with a long-task observer installed before any of its scripts. */
export async function openObserved(ext, server, spec) {
  const page = await ext.context.newPage();
  const errors = watchConsole(page);
  await page.addInitScript(() => {
    window.__longTasks = [];
    const take = (list) => {
      for (const e of list) window.__longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
    };
    window.__longTaskObserver = new PerformanceObserver((l) => take(l.getEntries()));
    window.__longTaskObserver.observe({ type: 'longtask', buffered: true });
    window.__takeLongTasks = () => take(window.__longTaskObserver.takeRecords());
  });
  await page.goto(server.url + spec.path);
  await page.bringToFront(); // a hidden tab's timers and frames are throttled
  await frames(page);
  return { page, errors };
}

/** Two animation frames: what the last task changed has been painted. */
export const frames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** The page clock (performance.now()). */
export const now = (page) => page.evaluate(() => performance.now());

/** Long tasks (over 50 ms) that started at or after `t0` (page clock). */
export async function longTasksSince(page, t0) {
  await frames(page);
  return page.evaluate((t0) => {
    window.__takeLongTasks();
    return window.__longTasks.filter((t) => t.start >= t0);
  }, t0);
}

/** The page clock when `n` ranges are highlighted (polled every frame);
 * `timeout` is a bound on a failure, never a measure. */
export async function highlightedAt(page, n, timeout) {
  const h = await page.waitForFunction(
    ({ labels, n }) => labels.reduce((k, l) => k + (CSS.highlights.get(`claimlens-${l}`)?.size || 0), 0) >= n && performance.now(),
    { labels: MARKS, n }, { polling: 'raf', timeout },
  ).catch(async (e) => {
    const shown = await page.evaluate((labels) => labels.reduce((k, l) => k + (CSS.highlights.get(`claimlens-${l}`)?.size || 0), 0), MARKS);
    throw new Error(`${n} highlights awaited, ${shown} shown after ${timeout} ms: ${e.message.split('\n')[0]}`);
  });
  return h.jsonValue();
}

/** The page's long task entries that the trace shows as the extension's work
 * over 50 ms of main-thread time (or cannot find at all). */
export function unexplained(observed, taskAt) {
  return observed.map((e) => ({ ...e, task: taskAt(e.start) })).filter(({ task }) => !task || (task.kind === 'extension' && task.cpu > 50));
}
