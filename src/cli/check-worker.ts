// Worker-thread entry for --jobs: checks the files the pool sends, one at a time, and posts back plain data.
import { parentPort } from "worker_threads";
import { checkOne, type CheckJob } from "./check-one";
import { toWire } from "./pool";

parentPort?.on("message", (msg: { id: number; job: CheckJob }) => {
  checkOne(msg.job).then(
    (checked) => parentPort?.postMessage({ id: msg.id, checked: toWire(checked) }),
    (e: unknown) => parentPort?.postMessage({ id: msg.id, crash: e instanceof Error ? e.message : String(e) }),
  );
});
