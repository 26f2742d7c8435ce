// Files checked in parallel on worker threads (--jobs). Results come back in input order whatever order the
// workers finish in; each worker holds one workbook at a time, and what returns is summaries only.
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

/**
 * Checks every job and calls `emit` once per job, in job order. With one job, one file, or no compiled worker,
 * everything runs on this thread.
 */
export async function checkInOrder(
  jobs: ReadonlyArray<CheckJob>,
  threads: number,
  emit: (c: Checked, index: number) => void,
): Promise<void> {
  const script = workerScript();
  const n = Math.min(threads, jobs.length);
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
  await new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    let live = n;
    const finish = (w: Worker): void => {
      void w.terminate();
      if (--live === 0) resolve();
    };
    const feed = (w: Worker): void => {
      if (nextToSend >= jobs.length) return finish(w);
      const id = nextToSend++;
      w.postMessage({ id, job: jobs[id] });
    };
    for (let i = 0; i < n; i++) {
      const w = new Worker(script);
      workers.push(w);
      w.on("message", (m: { id: number; checked?: WireChecked; crash?: string }) => {
        const job = jobs[m.id];
        const checked = m.checked ? fromWire(m.checked) : crashed(job?.path ?? "", m.crash ?? "未知错误");
        done.set(m.id, checked);
        try {
          flush();
        } catch (e) {
          for (const x of workers) void x.terminate();
          reject(e);
          return;
        }
        feed(w);
      });
      w.on("error", (e) => {
        for (const x of workers) void x.terminate();
        reject(e);
      });
      feed(w);
    }
  });
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
