// A small pool of analyzer workers. One worker starts with the page (its start-up is what the
// reader waits for); more join only when a batch of files is large enough to be worth a second
// core, since each worker holds its own copy of the model. Jobs are handed out one at a time to
// whichever worker is free, so a worker that is still starting simply joins late, and results
// come back in the order the jobs were given, whichever worker finished first.

/** Batches smaller than this (in bytes) run on the first worker alone: one worker analyzes
 * them in about a tenth of a second, less than another worker takes to start. */
export const GROW_BYTES = 256 * 1024;

/** How many workers a page may run: the machine's cores, at most four (each holds a model). A
 * `workers=N` query parameter overrides it (1 keeps everything on one worker). */
export function poolSize(search = '', cores = 1) {
  const asked = Number(new URLSearchParams(search).get('workers'));
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 8);
  return Math.max(1, Math.min(cores || 1, 4));
}

export class AnalyzerPool {
  /**
   * @param {URL} url the worker script
   * @param {number} max the most workers to run
   * @param {(err: Error) => void} onFirstFailure called if the first worker cannot run at all
   */
  constructor(url, max, onFirstFailure) {
    this.url = url;
    this.max = Math.max(1, max);
    this.onFirstFailure = onFirstFailure;
    this.slots = [];
    /** The compiled analyzer, once the first worker has it (a `WebAssembly.Module`). */
    this.module = undefined;
    this.first = this.#spawn();
  }

  /** Workers started so far (including any still starting). */
  get size() {
    return this.slots.length;
  }

  /** Requests sent and not yet answered, over all workers. */
  get pending() {
    return this.slots.reduce((n, s) => n + s.pending.size, 0);
  }

  /** Sends one request to the least busy worker that has started (the first one until then). */
  call(msg, transfer = []) {
    const started = this.slots.filter((s) => s.info && !s.dead);
    const slot = started.length ? started.reduce((a, b) => (b.pending.size < a.pending.size ? b : a)) : this.first;
    return this.#send(slot, msg, transfer);
  }

  /**
   * Runs `jobs` (each `async (send) => value`, where `send(msg, transfer)` talks to the worker
   * running it) over the pool, growing it first when `grow` is set. Resolves to one
   * `{ ok, value }` or `{ ok: false, error }` per job, in the jobs' order; a failed job does not
   * stop the others. `onDone(count)` is called after each job.
   */
  async run(jobs, { grow = false, onDone = () => {} } = {}) {
    if (grow) while (this.slots.length < this.max) this.#spawn();
    const results = new Array(jobs.length);
    let next = 0;
    let done = 0;
    const lane = async (slot) => {
      try {
        await slot.ready;
      } catch {
        return; // a worker that could not start takes no jobs; the others do them
      }
      while (next < jobs.length && !slot.dead) {
        const i = next++;
        try {
          results[i] = { ok: true, value: await jobs[i]((msg, transfer = []) => this.#send(slot, msg, transfer)) };
        } catch (error) {
          results[i] = { ok: false, error };
        }
        onDone(++done);
      }
    };
    await Promise.all(this.slots.map(lane));
    // Only if every worker died before taking the rest (the first one's failure is reported).
    for (let i = 0; i < jobs.length; i++) {
      if (!results[i]) results[i] = { ok: false, error: new Error('the analyzer stopped') };
    }
    return results;
  }

  #spawn() {
    const worker = new Worker(this.url, { type: 'module' });
    const slot = { worker, pending: new Map(), nextId: 1, dead: false, info: null, ready: null };
    const isFirst = this.slots.length === 0;
    worker.onmessage = (event) => {
      const { id, ok, error } = event.data;
      const p = slot.pending.get(id);
      if (!p) return;
      slot.pending.delete(id);
      if (ok) p.resolve(event.data);
      else p.reject(new Error(error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      slot.dead = true;
      for (const p of slot.pending.values()) p.reject(new Error('the analyzer stopped'));
      slot.pending.clear();
      if (isFirst) this.onFirstFailure(new Error('the analyzer could not start'));
    };
    this.slots.push(slot);
    // A later worker starts from the module the first one compiled, once there is one (if the
    // first could not compile it, a later one tries from the URL itself).
    const module = isFirst ? Promise.resolve(undefined) : this.first.ready.then(() => this.module, () => undefined);
    slot.ready = module
      .then((m) => this.#send(slot, { kind: 'hello', module: m }))
      .then(({ info, module: compiled }) => {
        if (isFirst) this.module = compiled;
        slot.info = info;
        return info;
      });
    // An extra worker's failed start is not the reader's problem: the others carry on.
    if (!isFirst) slot.ready.catch(() => {});
    return slot;
  }

  #send(slot, msg, transfer = []) {
    if (slot.dead) return Promise.reject(new Error('the analyzer stopped'));
    return new Promise((resolve, reject) => {
      const id = slot.nextId++;
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ ...msg, id }, transfer);
    });
  }
}
