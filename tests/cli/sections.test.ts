// Each file's part of the main report is rendered where the file is checked (a worker thread with --jobs), so what
// crosses threads is a string and counts. The streamed reports must be byte for byte the whole-run renderers', and
// the payload must not carry the findings as objects.
import * as fs from "fs";
import * as path from "path";
import { serialize } from "v8";
import { checkOne, type Checked, type CheckJob } from "../../src/cli/check-one";
import { PARALLEL_MIN_BYTES, threadsFor, toWire } from "../../src/cli/pool";
import { renderJson } from "../../src/cli/render-json";
import { renderText } from "../../src/cli/render-text";
import { ReportOutput } from "../../src/cli/report-output";
import { renderJsonV2 } from "../../src/cli/report/json-v2";
import type { Severity } from "../../src/core/rules/types";
import { filterResult, type ReportKind } from "../../src/cli/sections";
import { bodyBytes, bodyText } from "../helpers/utf8-body";
import { makeTmpDir, removeDir, SEED } from "./fixtures";

const REAL = path.join(__dirname, "../fixtures/real-tables");
const FILES = [
  SEED,
  ...fs
    .readdirSync(REAL)
    .filter((f) => f.endsWith(".txt"))
    .slice(0, 3)
    .map((f) => path.join(REAL, f)),
];
const ALL = { results: true, findings: true };

async function checked(kind: ReportKind, min: Severity, keep = ALL): Promise<Checked[]> {
  const out: Checked[] = [];
  for (const p of [...FILES, path.join(REAL, "missing.txt")])
    out.push(await checkOne({ path: p, maxSizeMb: 10, config: {}, keep, render: { kind, min } }));
  return out;
}

function streamed(kind: ReportKind, min: Severity, files: ReadonlyArray<Checked>): string {
  let text = "";
  const report = new ReportOutput(kind, { write: (t: string) => (text += t) }, min);
  for (const c of files) report.add(c.section ?? fail(), c.result);
  report.end(() => "");
  return text;
}

function fail(): never {
  throw new Error("no section");
}

describe.each(["info", "warning", "error"] as const)("--min-severity %s", (min) => {
  it("JSON v2, streamed file by file, is renderJsonV2's text", async () => {
    const files = await checked("json-v2", min);
    expect(streamed("json-v2", min, files)).toBe(
      renderJsonV2(
        files.map((c) => c.summary),
        min,
      ),
    );
  });

  it("JSON v1 and the text sections are renderJson's and renderText's", async () => {
    const v1 = await checked("json-v1", min);
    expect(streamed("json-v1", min, v1)).toBe(renderJson(v1.map((c) => filterResult(c.result, min))));
    const text = await checked("text", min);
    expect(streamed("text", min, text)).toBe(renderText(text.map((c) => filterResult(c.result, min))));
  });
});

it("a report of no files is the whole-run renderers' too", () => {
  expect(streamed("json-v2", "info", [])).toBe(renderJsonV2([], "info"));
  expect(streamed("json-v1", "info", [])).toBe(renderJson([]));
});

it("what a worker posts back holds the rendered section, not the findings as objects", async () => {
  const job: CheckJob = { path: SEED, maxSizeMb: 10, config: {}, render: { kind: "json-v2", min: "info" } };
  const lean = await checkOne({ ...job, keep: { results: false, findings: false } });
  const full = await checkOne({ ...job, keep: ALL });
  expect(bodyText(lean.section?.body ?? fail())).toBe(bodyText(full.section?.body ?? fail()));
  expect(lean.result.sheets.every((s) => s.diagnostics.length === 0)).toBe(true);
  expect(lean.summary.sheets.every((s) => s.findings.length === 0)).toBe(true);
  // besides the section (UTF-8 bytes: a copy, not an object graph), the payload is a few counts and names; what the
  // pool posted before, the findings as objects for the main thread to render, is many times that
  const rest = serialize(toWire({ ...lean, section: undefined })).length;
  const before = serialize(
    toWire(await checkOne({ ...job, render: undefined, keep: { results: false, findings: true } })),
  );
  expect(rest).toBeLessThan(16 * 1024);
  expect(before.length).toBeGreaterThan(10 * rest);
});

describe("threads", () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTmpDir();
  });
  afterAll(() => removeDir(dir));
  const jobsOf = (files: string[]): CheckJob[] => files.map((p) => ({ path: p, maxSizeMb: 10, config: {} }));

  it("one file is checked on this thread, whatever --jobs says", () => {
    expect(threadsFor(jobsOf([SEED]), 4)).toBe(1);
    expect(threadsFor(jobsOf([SEED]), 4, true)).toBe(1);
  });

  it("without --jobs, small inputs stay on this thread and large ones get the workers", () => {
    const small = jobsOf(FILES);
    expect(threadsFor(small, 2, true)).toBe(1);
    // an explicit --jobs is obeyed
    expect(threadsFor(small, 2, false)).toBe(2);
    const big = path.join(dir, "big.txt");
    fs.writeFileSync(big, Buffer.alloc(PARALLEL_MIN_BYTES, 0x41));
    expect(threadsFor(jobsOf([SEED, big]), 2, true)).toBe(2);
    expect(threadsFor(jobsOf([SEED, big, SEED]), 8, true)).toBe(3);
  });
});

it("text sections spooled past 1 MB reach a byte-taking destination unchanged (a character split across chunks)", async () => {
  const [seed] = await checked("text", "info");
  const section = seed?.section ?? fail();
  // enough copies that the spool is read back in several 1 MB chunks, with Chinese text across each boundary
  const copies = Math.ceil((3 << 20) / bodyBytes(section.body)) + 1;
  const asText = (): string => {
    let text = "";
    const report = new ReportOutput("text", { write: (t: string) => (text += t) });
    for (let i = 0; i < copies; i++) report.add(section, seed?.result ?? fail());
    report.end(() => "概览\n");
    return text;
  };
  const chunks: Buffer[] = [];
  let strings = "";
  const bytes = new ReportOutput("text", {
    write: (t: string) => chunks.push(Buffer.from(t)) && (strings += t),
    writeBytes: (b: Uint8Array) => chunks.push(Buffer.from(b)),
  });
  for (let i = 0; i < copies; i++) bytes.add(section, seed?.result ?? fail());
  bytes.end(() => "概览\n");
  const expected = asText();
  expect(Buffer.byteLength(expected)).toBeGreaterThan(3 << 20);
  // the sections came as bytes, not through write()
  expect(strings.length).toBeLessThan(expected.length / 2);
  expect(Buffer.concat(chunks).toString("utf8")).toBe(expected);
});
