// ptcheck as a real process: bin/ptcheck.js over the compiled dist/ (npm run build:cli).
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { makeTmpDir, removeDir, SEED, writeSampleWorkbook } from "./fixtures";

const ROOT = path.join(__dirname, "../..");
const BIN = path.join(ROOT, "bin/ptcheck.js");
let dir: string;

function ptcheck(args: string[], bin = BIN): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = makeTmpDir();
  await writeSampleWorkbook(path.join(dir, "sample.xlsx"));
  try {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
      cwd: ROOT,
      stdio: "pipe",
    });
  } catch {
    // tsc still emits when a file elsewhere has a type error; only a missing entry point is fatal here
  }
  expect(fs.existsSync(path.join(ROOT, "dist/cli/main.js"))).toBe(true);
}, 180000);
afterAll(() => removeDir(dir));

test("JSON over a folder and a .txt, exit 1 on error-level findings", () => {
  const r = ptcheck(["--format", "json", "--json-version", "1", dir, SEED]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(1);
  const report = JSON.parse(r.stdout);
  expect(report.version).toBe(1);
  expect(report.files.map((f: { path: string }) => f.path)).toEqual([path.join(dir, "sample.xlsx"), SEED]);
  expect(report.summary.files).toBe(2);
  expect(report.summary.projects).toBe(23);
});

test("text report and its summary line", () => {
  const r = ptcheck([SEED]);
  expect(r.code).toBe(1);
  expect(r.stdout.startsWith("概览\n")).toBe(true);
  // details after the overview table and its blank line
  expect(r.stdout.slice(r.stdout.indexOf("\n\n") + 2).startsWith(`${SEED}\n  工作表“seed-2024”：21 个项目\n`)).toBe(
    true,
  );
  expect(r.stdout.trimEnd().split("\n").pop()).toMatch(
    /^共检查 1 个文件、21 个项目：错误 \d+ 项，警告 \d+ 项，提示 \d+ 项$/,
  );
});

test("usage error and unreadable input exit 2", () => {
  const u = ptcheck(["--format", "xml", SEED]);
  expect(u.code).toBe(2);
  expect(u.stdout).toBe("");
  expect(u.stderr).toContain("--format 的取值“xml”无效");
  const m = ptcheck([path.join(dir, "missing.xlsx")]);
  expect(m.code).toBe(2);
  expect(m.stdout).toContain("无法读取（ENOENT）");
});

test("--version and --help", () => {
  expect(ptcheck(["--version"])).toEqual({
    code: 0,
    stdout: `ptcheck ${require("../../package.json").version}\n`,
    stderr: "",
  });
  expect(ptcheck(["-h"]).stdout).toContain("用法：ptcheck [选项] <文件或文件夹>...");
});

test("without dist/ the launcher asks for npm run build:cli", () => {
  const copy = path.join(dir, "pkg/bin/ptcheck.js");
  fs.mkdirSync(path.dirname(copy), { recursive: true });
  fs.copyFileSync(BIN, copy);
  const r = ptcheck([SEED], copy);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toContain("npm run build:cli");
});

test("the launcher is an executable node script", () => {
  expect(fs.readFileSync(BIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  if (process.platform !== "win32") expect(fs.statSync(BIN).mode & 0o111).not.toBe(0);
});
