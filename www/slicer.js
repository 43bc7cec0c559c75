// Long work cut into short tasks, so that a page stays responsive while its
// text is read and highlighted. The work counts what it does in steps (a
// node visited, a range built, a record or flag handled, 256 characters
// read) and reports them at safe points; once a slice's steps are spent, or
// its time on a slow machine, it gives the thread back to the page (input,
// rendering, the page's own scripts) before going on. The step budget is
// what bounds a task whatever the machine's load, and what the tests assert
// (SliceWork). The same code runs in one go where a caller wants its answer
// at once (runSync).

/** Steps of work per task: a few milliseconds on a laptop. */
export const SLICE_STEPS = 2048;

/** Milliseconds per task at most, on a machine slower than the steps assume:
 * well under the 50 ms of a "long task". */
export const SLICE_MS = 12;

/** Work reports its steps at least every CHUNK of them (one item may add a
 * few more: a long text node is one step per 256 characters). */
export const CHUNK = 32;

/** The steps of `chars` characters read. */
export const charSteps = (chars) => chars >> 8;

/**
 * What a session's sliced work did, counted in steps (load-independent):
 * `steps` in all, `maxSlice` in its largest slice, `maxItem` in its largest
 * piece that cannot be cut (one text sent for analysis), `yields` to the page.
 * @typedef {{ steps: number, maxSlice: number, maxItem: number, yields: number }} SliceWork
 */

/** @returns {SliceWork} */
export const newWork = () => ({ steps: 0, maxSlice: 0, maxItem: 0, yields: 0 });

/** Thrown out of a sliced run whose owner gave it up (off(), a newer run). */
export class Cancelled extends Error {
  constructor() {
    super('ClaimLens: cancelled');
    this.name = 'Cancelled';
  }
}

/** Gives the thread back for one turn of the event loop. */
function yieldToPage() {
  const s = globalThis.scheduler;
  // scheduler.yield() resumes ahead of other queued tasks, after input and rendering.
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((/** @type {(value?: unknown) => void} */ resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close(); // an open port would keep a worker or Node alive
      resume();
    };
    channel.port2.postMessage(null);
  });
}

export class Slicer {
  /** `steps`: steps per task; `budget`: ms per task; `stop()`: true when the
   * work is no longer wanted; `work`: where its figures add up (SliceWork). */
  constructor({ steps = SLICE_STEPS, budget = SLICE_MS, stop = () => false, work = newWork() } = {}) {
    this.steps = steps;
    this.budget = budget;
    this.stop = stop;
    this.work = work;
    this.spent = 0;
    this.start = performance.now();
  }

  /** Counts `n` steps done in this slice. */
  spend(n) {
    this.spent += n;
    this.work.steps += n;
    if (n > this.work.maxItem) this.work.maxItem = n;
    if (this.spent > this.work.maxSlice) this.work.maxSlice = this.spent;
  }

  /** True when this task's slice is spent. */
  due() {
    return this.spent >= this.steps || performance.now() - this.start >= this.budget;
  }

  /** Throws Cancelled if the work is no longer wanted. */
  check() {
    if (this.stop()) throw new Cancelled();
  }

  /** A new slice begins (the caller was woken by something else: a message, a timer). */
  begin() {
    this.check();
    this.spent = 0;
    this.start = performance.now();
  }

  /** Counts `steps` done; yields to the page if the slice is spent; then, or
   * if cancelled, throws Cancelled. */
  async pause(steps = 0) {
    this.spend(steps);
    if (this.due()) {
      await yieldToPage();
      this.work.yields++;
      this.spent = 0;
      this.start = performance.now();
    }
    this.check();
  }

  /** Runs a generator to its end, yielding to the page between two of its
   * `yield`s (each yields the steps it did since the last) when the slice is
   * spent. Resolves to what it returns. */
  async run(gen) {
    try {
      for (;;) {
        const step = gen.next();
        if (step.done) return step.value;
        this.spend(step.value ?? 1);
        if (this.due()) await this.pause();
      }
    } finally {
      gen.return(); // a cancelled generator runs its own finally blocks
    }
  }
}

/** Runs a generator to its end at once (a sliced job, unsliced). */
export function runSync(gen) {
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}
