// Long work cut into short tasks, so that a page stays responsive while its
// text is read and highlighted: the work checks the clock at safe points and,
// once its slice is spent, gives the thread back to the page (input,
// rendering, the page's own scripts) before going on. The same code runs in
// one go where a caller wants its answer at once (runSync).

/** Milliseconds of work per task: well under the 50 ms of a "long task". */
export const SLICE_MS = 12;

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
    channel.port1.onmessage = () => resume();
    channel.port2.postMessage(null);
  });
}

export class Slicer {
  /** `budget`: ms per task; `stop()`: true when the work is no longer wanted. */
  constructor({ budget = SLICE_MS, stop = () => false } = {}) {
    this.budget = budget;
    this.stop = stop;
    this.start = performance.now();
  }

  /** True when this task's slice is spent. */
  due() {
    return performance.now() - this.start >= this.budget;
  }

  /** Throws Cancelled if the work is no longer wanted. */
  check() {
    if (this.stop()) throw new Cancelled();
  }

  /** A new slice begins (the caller was woken by something else: a message, a timer). */
  begin() {
    this.check();
    this.start = performance.now();
  }

  /** Yields to the page if the slice is spent; then, or if cancelled, throws Cancelled. */
  async pause() {
    if (this.due()) {
      await yieldToPage();
      this.start = performance.now();
    }
    this.check();
  }

  /** Runs a generator to its end, yielding to the page between two of its
   * `yield`s when the slice is spent. Resolves to what it returns. */
  async run(gen) {
    try {
      for (;;) {
        const step = gen.next();
        if (step.done) return step.value;
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
