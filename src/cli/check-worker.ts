// Worker-thread entry for --jobs: checks the files the pool sends, one at a time in the order sent (the pool keeps
// the next one queued here so the thread never waits on a round trip), and posts back plain data.
import { parentPort } from "worker_threads";
import { checkOne, type CheckJob } from "./check-one";
import { toWire } from "./pool";

let queue: Promise<void> = Promise.resolve();

async function run(msg: { id: number; job: CheckJob }): Promise<void> {
  try {
    const checked = await checkOne(msg.job);
    // the section's bytes move to the main thread instead of being copied (each chunk owns its buffer)
    const transfer = (checked.section?.body ?? []).map((c) => c.buffer as ArrayBuffer);
    parentPort?.postMessage({ id: msg.id, checked: toWire(checked) }, transfer);
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, crash: e instanceof Error ? e.message : String(e) });
  }
}

parentPort?.on("message", (msg: { id: number; job: CheckJob }) => {
  queue = queue.then(() => run(msg));
});
