// Issue 15: a folder of 8 000 files ran out of memory because every result was kept and one string rendered at
// the end. The report is now written as each file finishes: JSON v1 goes out file by file, the text sections are
// spooled and follow the overview. Memory is shown by `npm run bench`; here, that the output is written in
// pieces as files finish and is byte for byte the report rendered at once.
import * as fs from "fs";
import * as path from "path";
import { run } from "../../src/cli/main";
import { JsonReportStream, renderJson, toJsonReport } from "../../src/cli/render-json";
import { renderText, TextReport } from "../../src/cli/render-text";
import { check } from "../../src/core/engine";
import { gridFromTsv } from "../../src/core/tsv";
import { MSG } from "../../src/cli/errors";
import type { FileResult } from "../../src/cli/report";
import { makeTmpDir, removeDir, SEED, SEED_TEXT } from "../cli/fixtures";

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
  for (let i = 1; i <= 12; i++) fs.copyFileSync(SEED, path.join(dir, `f${String(i).padStart(2, "0")}.tsv`));
  fs.writeFileSync(path.join(dir, "f13.tsv"), "这里没有表\n");
});
afterAll(() => removeDir(dir));

async function writesOf(argv: string[]): Promise<string[]> {
  const writes: string[] = [];
  await run(argv, { stdout: { write: (s: string) => writes.push(s) }, stderr: { write: () => undefined } });
  return writes;
}

test("JSON v1 over a folder is written one file at a time, as each finishes", async () => {
  const writes = await writesOf(["--format", "json", "--json-version", "1", "--jobs", "1", dir]);
  // start, then per file its separator and its body (written on its own, in UTF-8 chunks of 16 K characters,
  // never joined into one string), end
  const separators = writes.flatMap((w, i) => (w === "\n    " || w === ",\n    " ? [i] : []));
  expect(separators).toHaveLength(13);
  expect(separators[0]).toBe(1);
  separators.forEach((at, i) => {
    const body = writes.slice(at + 1, separators[i + 1] ?? writes.length - 1);
    expect(body.length).toBeGreaterThanOrEqual(1);
    expect(body.every((w) => w.length <= 1 << 15)).toBe(true);
    expect((JSON.parse(body.join("")) as { path: string }).path).toMatch(/f\d\d\.tsv$/);
  });
  // a seed's body is larger than one chunk: it arrives in several writes
  expect(writes.length).toBeGreaterThan(2 * 13 + 2);
  const report = JSON.parse(writes.join("")) as { files: unknown[]; summary: { files: number } };
  expect(report.files).toHaveLength(13);
  expect(report.summary.files).toBe(13);
});

test("the streamed JSON and text are exactly the reports rendered at once", () => {
  const sheet = check(gridFromTsv("seed", SEED_TEXT));
  const files: FileResult[] = [
    { path: "a.tsv", error: null, sheets: [sheet] },
    { path: "b.xlsx", error: MSG.corrupt(), sheets: [] },
    { path: "c.tsv", error: null, sheets: [sheet] },
  ];
  const json = new JsonReportStream();
  const streamed = json.start() + files.map((f) => json.file(f)).join("") + json.end();
  expect(streamed).toBe(`${JSON.stringify(toJsonReport(files), null, 2)}\n`);
  const none = new JsonReportStream();
  expect(none.start() + none.end()).toBe(`${JSON.stringify(toJsonReport([]), null, 2)}\n`);
  expect(renderJson(files)).toBe(streamed);
  const text = new TextReport();
  expect(files.map((f) => text.file(f)).join("") + text.end()).toBe(renderText(files));
});

test("the text report over a folder: the overview, then each file's section, then the summary", async () => {
  const writes = await writesOf(["--jobs", "1", dir]);
  const out = writes.join("");
  const first = out.indexOf(`${path.join(dir, "f01.tsv")}\n`);
  expect(first).toBeGreaterThan(0);
  expect(out.indexOf("概览")).toBeLessThan(first);
  expect(out.trimEnd().split("\n").pop()).toMatch(/^共检查 13 个文件、/);
});
