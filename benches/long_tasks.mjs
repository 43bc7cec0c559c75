// How long the extension holds a page's main thread, on this machine: the
// built extension in Chromium on the load pages of the tests
// (tests/extension/load-pages.mjs: 50,000+ text nodes; 1,000 DOM changes a
// second for 5 s), with a DevTools trace of the page's main thread
// (tests/extension/main-thread.mjs: CPU time per task, and what ran in it)
// and the page's own long-task observer. It reports; it asserts nothing (the
// tests assert the slices' steps, tests/extension/load.test.mjs). Run it on
// an idle machine: a loaded one stretches every task.
//
//   node benches/long_tasks.mjs            # ROUNDS=3 by default, a minute or two
//
// Needs the built extension (scripts/build_extension.sh) and Chromium
// (scripts/install_browser.sh).
import { startSuite, clickAction, waitForReport, waitForTopReport, setHidden, waitForNoHighlights, timeoutFor } from '../tests/extension/harness.mjs';
import { buildLoadPages } from '../tests/extension/load-pages.mjs';
import { openObserved, now, longTasksSince, highlightedAt, unexplained } from '../tests/extension/load-probe.mjs';
import { traceMainThread, summarizeTasks } from '../tests/extension/main-thread.mjs';
import { cliFlagsHtml } from '../tests/browser/helpers.mjs';

const rounds = Number(process.env.ROUNDS || 3);
// The load pages' hundreds of comments are part of the load: read (off by default).
const suite = await startSuite({ settings: { comments: true } });
const { ext, server } = suite;
const load = buildLoadPages();
Object.assign(suite.site.routes, load.routes);

/** One measured run: what the trace and the page's observer saw from the click on. */
async function measure(name, spec, during) {
  const { page } = await openObserved(ext, server, spec);
  const flags = cliFlagsHtml(spec.article).flags.length + cliFlagsHtml(spec.comments).flags.length;
  const timeout = timeoutFor({ chars: spec.article.length + spec.comments.length, flags, nodes: 60000 });
  const stop = await traceMainThread(ext, page, name);
  const t0 = await now(page);
  await clickAction(ext, page);
  const shown = await highlightedAt(page, flags, timeout);
  await waitForReport(ext, page, { timeout });
  const extra = during ? await during(page, timeout) : {};
  const observed = await longTasksSince(page, t0);
  const { tasks, taskAt } = await stop();
  const ours = tasks.filter((t) => t.kind === 'extension');
  await setHidden(ext, page, true);
  await waitForNoHighlights(page, { ext, page });
  await page.close();
  return {
    clickToHighlightsMs: Math.round(shown - t0),
    extensionTasks: ours.length,
    longestExtensionTaskCpuMs: Math.max(0, ...ours.map((t) => t.cpu)),
    extensionTasksOver50Ms: ours.filter((t) => t.cpu > 50).length,
    pageObserverLongTasks: observed.length,
    unexplainedLongTasks: unexplained(observed, taskAt).length,
    byKind: summarizeTasks(tasks),
    ...extra,
  };
}

/** The storm, started once the page is highlighted; traced until the
 * extension has read its last paragraph (a unit each). */
async function storm(page, timeout) {
  const t = await page.evaluate(() => performance.now());
  await page.evaluate(() => window.__storm.start());
  await page.waitForFunction(() => window.__storm.done, null, { timeout, polling: 100 });
  const end = await page.evaluate(() => window.__storm.endedAt);
  const units = await page.evaluate(() => 1 + document.querySelectorAll('article.story .late').length);
  const report = await waitForTopReport(ext, page, (r) => r.article?.units === units, `${units} units read`, { timeout });
  return { stormMs: Math.round(end - t), work: report.work };
}

try {
  const out = { huge: [], storm: [] };
  for (let i = 0; i < rounds; i++) {
    out.huge.push(await measure(`huge-${i}`, load.pages.huge));
    out.storm.push(await measure(`storm-${i}`, load.pages.storm, storm));
  }
  for (const [name, runs] of Object.entries(out)) {
    console.log(`\n${name} page, ${runs.length} runs:`);
    for (const r of runs) console.log(' ', JSON.stringify(r));
    const longest = runs.map((r) => r.longestExtensionTaskCpuMs);
    console.log(`  longest task of the extension: ${Math.min(...longest)}–${Math.max(...longest)} ms of CPU; ` +
      `tasks of it over 50 ms: ${runs.reduce((n, r) => n + r.extensionTasksOver50Ms, 0)}`);
  }
} finally {
  await suite.close();
}
