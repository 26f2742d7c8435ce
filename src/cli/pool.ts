// Files checked in parallel on worker threads (--jobs). Results come back in input order whatever order the
// workers finish in; each worker checks one workbook at a time (the next one waits in its queue), and what returns
// is the file's rendered report section and summaries only.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { checkOne, type Checked, type CheckJob } from "./check-one";
import { InputError, MSG } from "./errors";

/** A Checked without class instances, for postMessage (structured clone drops an Error's own fields). */
export type WireChecked = Omit<Checked, "result"> & {
  readonly result: Omit<Checked["result"], "error"> & { readonly error: { code: string; message: string } | null };
};

export function toWire(c: Checked): WireChecked {
  const e = c.result.error;
  return { ...c, result: { ...c.result, error: e ? { code: e.code, message: e.message } : null } };
}

function fromWire(w: WireChecked): Checked {
  const e = w.result.error;
  return { ...w, result: { ...w.result, error: e ? new InputError(e.code as InputError["code"], e.message) : null } };
}

export function defaultJobs(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

/** The compiled worker beside this module; absent when running from TypeScript sources (tests), then no threads. */
function workerScript(): string | null {
  const js = path.join(__dirname, "check-worker.js");
  return __filename.endsWith(".js") && fs.existsSync(js) ? js : null;
}

/** Below this much input in all, worker threads cost more to start (each loads the checker) than they save. */
export const PARALLEL_MIN_BYTES = 256 * 1024;

/** Jobs a worker holds at once: the next is already there when it finishes one, so it never waits on a round trip. */
const IN_FLIGHT = 2;

/**
 * How many threads to check `jobs` on: at most one per job; with `auto` (no --jobs given), 1 — this thread only —
 * when the inputs are too small to pay for starting workers.
 */
export function threadsFor(jobs: ReadonlyArray<CheckJob>, threads: number, auto = false): number {
  const n = Math.min(threads, jobs.length);
  if (n <= 1) return 1;
  if (!auto) return n;
  let bytes = 0;
  for (const j of jobs) {
    if (j.error) continue;
    try {
      bytes += fs.statSync(j.path).size;
    } catch {
      // unreadable: checkOne reports it
    }
    if (bytes >= PARALLEL_MIN_BYTES) return n;
  }
  return 1;
}

/**
 * Checks every job and calls `emit` once per job, in job order. With `threads` > 1 (and, when `auto`, enough
 * input: threadsFor), `threads` − 1 worker threads check files while this thread checks files too: one fewer checker to
 * start than there are threads. With one thread, or no compiled worker, everything runs on this thread.
 */
export async function checkInOrder(
  jobs: ReadonlyArray<CheckJob>,
  threads: number,
  emit: (c: Checked, index: number) => void,
  auto = false,
): Promise<void> {
  const script = workerScript();
  const n = threadsFor(jobs, threads, auto);
  if (n <= 1 || script === null) {
    for (let i = 0; i < jobs.length; i++) {
      const job = jobs[i];
      if (job) emit(await checkOne(job), i);
    }
    return;
  }
  const done = new Map<number, Checked>();
  let nextToEmit = 0;
  let nextToSend = 0;
  const flush = (): void => {
    for (let c = done.get(nextToEmit); c !== undefined; c = done.get(nextToEmit)) {
      done.delete(nextToEmit);
      emit(c, nextToEmit++);
    }
  };
  const workers: Worker[] = [];
  let failure: unknown = null;
  let stopWaiting = (): void => undefined;
  const fail = (e: unknown): void => {
    if (failure === null) failure = e;
    for (const x of workers) void x.terminate();
    stopWaiting();
  };
  const workersDone = new Promise<void>((resolve) => {
    stopWaiting = resolve;
    let live = n - 1;
    const finish = (w: Worker): void => {
      void w.terminate();
      if (--live === 0) resolve();
    };
    for (let i = 0; i < n - 1; i++) {
      const w = new Worker(script);
      workers.push(w);
      let holding = 0;
      // one job to start with: a starting worker must not sit on a second one this thread could take
      let depth = 1;
      const feed = (): void => {
        while (failure === null && holding < depth && nextToSend < jobs.length) {
          const id = nextToSend++;
          holding++;
          w.postMessage({ id, job: jobs[id] });
        }
        if (holding === 0) finish(w);
      };
      w.on("message", (m: { id: number; checked?: WireChecked; crash?: string }) => {
        holding--;
        depth = IN_FLIGHT;
        const job = jobs[m.id];
        done.set(m.id, m.checked ? fromWire(m.checked) : crashed(job?.path ?? "", m.crash ?? "未知错误"));
        try {
          flush();
        } catch (e) {
          fail(e);
          return;
        }
        feed();
      });
      w.on("error", fail);
      feed();
    }
  });
  // this thread takes a job whenever it is free, as a worker does
  try {
    while (failure === null && nextToSend < jobs.length) {
      const id = nextToSend++;
      const job = jobs[id];
      if (!job) continue;
      done.set(id, await checkOne(job));
      flush();
    }
  } catch (e) {
    fail(e);
  }
  await workersDone;
  if (failure !== null) throw failure instanceof Error ? failure : new Error(String(failure));
  flush();
}

function crashed(p: string, message: string): Checked {
  const error = MSG.checkFailed(message);
  return {
    result: { path: p, error, sheets: [] },
    summary: { path: p, error: { code: error.code, message: error.message }, sheets: [] },
    errors: 0,
  };
}
