// The slicer (www/slicer.js) bounds each task by steps of work, whatever the
// machine's load, and gives the thread back between two slices: checked in
// Node with the time budget out of the way (Infinity), so that only the
// steps decide, as they do on a busy machine's fast path.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Slicer, Cancelled, CHUNK, SLICE_STEPS, newWork, runSync } from '../../www/slicer.js';

/** A job of `items` items of `cost` steps each, reporting every `every` items;
 * it logs, per item, how many turns the event loop had taken when it ran. */
function* job(items, cost, every, turns, log) {
  let steps = 0;
  for (let i = 0; i < items; i++) {
    if (i && i % every === 0) {
      yield steps;
      steps = 0;
    }
    log.push(turns.n);
    steps += cost;
  }
  yield steps;
  return items;
}

/** Counts turns of the event loop taken by other work (a page's task each turn). */
function otherWork() {
  const turns = { n: 0, on: true };
  const tick = () => {
    turns.n++;
    if (turns.on) setImmediate(tick);
  };
  setImmediate(tick);
  return { turns, stop: () => (turns.on = false) };
}

test('slices hold at most the step budget (and the chunk reported past it); other work runs between them', async () => {
  const work = newWork();
  const slicer = new Slicer({ steps: 100, budget: Infinity, work });
  const other = otherWork();
  const log = [];
  try {
    assert.equal(await slicer.run(job(1000, 3, 10, other.turns, log)), 1000);
  } finally {
    other.stop();
  }
  assert.equal(work.steps, 3000);
  assert.ok(work.maxSlice >= 100 && work.maxSlice <= 100 + 30, `largest slice: ${work.maxSlice} steps`);
  assert.equal(work.yields, 3000 / 120, 'a yield every 4 chunks of 30 steps (the last one\'s too)');
  // Items of one slice ran in one turn; the next slice ran after other work had a turn.
  const slices = [...new Set(log)];
  assert.equal(slices.length, 1000 / 40);
  for (let i = 1; i < slices.length; i++) assert.ok(slices[i] > slices[i - 1]);
});

test('a stopped slicer ends the job at its next pause with Cancelled, and the job runs its finally', async () => {
  let stopped = false;
  let cleaned = false;
  const slicer = new Slicer({ steps: 10, budget: Infinity, stop: () => stopped });
  function* long() {
    try {
      for (let i = 0; ; i++) {
        if (i === 50) stopped = true;
        yield 1;
      }
    } finally {
      cleaned = true;
    }
  }
  await assert.rejects(slicer.run(long()), Cancelled);
  assert.ok(cleaned);
});

test('begin() starts a fresh slice (work woken by a message) and counts no yield', async () => {
  const work = newWork();
  const slicer = new Slicer({ steps: 100, budget: Infinity, work });
  slicer.spend(90);
  slicer.begin();
  await slicer.pause(50);
  assert.deepEqual(work, { steps: 140, maxSlice: 90, maxItem: 90, yields: 0 });
  await slicer.pause(60);
  assert.equal(work.yields, 1, 'the slice reached its budget: the thread was given back');
});

test('the shipped budget: a chunk is a small part of a slice; runSync runs a job in one go', () => {
  assert.ok(CHUNK * 8 <= SLICE_STEPS);
  const log = [];
  assert.equal(runSync(job(100, 1, 7, { n: 0 }, log)), 100);
  assert.equal(log.length, 100);
});
