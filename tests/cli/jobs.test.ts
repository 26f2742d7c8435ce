// --jobs: files checked on worker threads (compiled dist/, as users run it) give the same output, in the same
// order, as one at a time; the progress line appears only on a terminal.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { Progress } from "../../src/cli/progress";
import { makeTmpDir, removeDir, SEED, writeSampleWorkbook } from "./fixtures";

const ROOT = path.join(__dirname, "../..");
const BIN = path.join(ROOT, "bin/ptcheck.js");
let dir: string;

function ptcheck(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = makeTmpDir();
  const real = path.join(__dirname, "../fixtures/real-tables");
  for (const f of fs.readdirSync(real).slice(0, 6)) fs.copyFileSync(path.join(real, f), path.join(dir, f));
  fs.copyFileSync(SEED, path.join(dir, "seed.txt"));
  await writeSampleWorkbook(path.join(dir, "sample.xlsx"));
  fs.writeFileSync(path.join(dir, "broken.xlsx"), "PK\u0003\u0004 not really a zip");
  fs.writeFileSync(path.join(dir, "empty.tsv"), "");
  try {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
      cwd: ROOT,
      stdio: "pipe",
    });
  } catch {
    // tsc still emits when a file elsewhere has a type error; only a missing entry point is fatal here
  }
  expect(fs.existsSync(path.join(ROOT, "dist/cli/check-worker.js"))).toBe(true);
}, 180000);
afterAll(() => removeDir(dir));

test("--jobs 3 gives byte-identical JSON and text, in input order, with the same exit code as --jobs 1", () => {
  for (const format of ["json", "text"]) {
    const one = ptcheck(["--format", format, "--jobs", "1", dir, path.join(dir, "missing.xlsx")]);
    const three = ptcheck(["--format", format, "--jobs", "3", dir, path.join(dir, "missing.xlsx")]);
    expect(three.stdout).toBe(one.stdout);
    expect(three.code).toBe(one.code);
    expect(one.code).toBe(2);
    // stderr is not a terminal here: no progress line, and the same messages in the same order
    expect(three.stderr).toBe(one.stderr);
    expect(three.stderr).not.toContain("已检查");
  }
  const report = JSON.parse(ptcheck(["--format", "json", dir]).stdout);
  const names = report.files.map((f: { path: string }) => path.basename(f.path));
  expect(names).toEqual([...names].sort(new Intl.Collator("zh-Hans-CN", { numeric: true }).compare));
  // an unreadable file keeps its place and the others are still checked
  expect(report.files.find((f: { path: string }) => f.path.endsWith("broken.xlsx")).error).not.toBeNull();
  expect(report.summary.projects).toBeGreaterThan(21);
}, 180000);

test("the progress line is written only to a terminal, and cleared at the end", () => {
  let tty = "";
  const p = new Progress({ write: (s: string) => (tty += s), isTTY: true }, 2);
  p.fileDone({
    path: "a.xlsx",
    error: null,
    sheets: [{ name: "s", projects: [{} as never, {} as never], findings: [] }],
  });
  p.fileDone({ path: "b.xlsx", error: null, sheets: [] });
  p.end();
  expect(tty).toMatch(
    /^\r\x1b\[K已检查 1\/2 个文件，2 个项目，用时 \d+\.\d 秒\r\x1b\[K已检查 2\/2 个文件，2 个项目，用时 \d+\.\d 秒\r\x1b\[K$/,
  );
  let pipe = "";
  const q = new Progress({ write: (s: string) => (pipe += s), isTTY: false }, 2);
  q.fileDone({ path: "a.xlsx", error: null, sheets: [] });
  q.end();
  expect(pipe).toBe("");
});
