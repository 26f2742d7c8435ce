// Issue 15: `ptcheck … > /dev/full` exited 1 ("errors found") with an English stack trace. A failed write of the
// report exits 2 with a zh-CN message; a closed pipe (EPIPE, `| head`) stays quiet. Runs the CLI as a process,
// compiled into a temporary folder.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { makeTmpDir, removeDir, SEED } from "../cli/fixtures";

const ROOT = path.join(__dirname, "../..");
let out: string;

beforeAll(() => {
  out = makeTmpDir();
  try {
    execFileSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", out],
      { cwd: ROOT, stdio: "pipe" },
    );
  } catch {
    // tsc still emits when a file elsewhere has a type error; only a missing entry point is fatal here
  }
  expect(fs.existsSync(path.join(out, "cli/main.js"))).toBe(true);
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(out, "node_modules"), "dir");
}, 180000);
afterAll(() => removeDir(out));

const runTo = (stdout: number | "pipe"): ReturnType<typeof spawnSync> =>
  spawnSync(process.execPath, [path.join(out, "cli/main.js"), SEED], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", stdout, "pipe"],
    timeout: 60000,
  });

(fs.existsSync("/dev/full") ? test : test.skip)(
  "a report written to a full device exits 2 with a Chinese message, no stack trace",
  () => {
    const full = fs.openSync("/dev/full", "w");
    try {
      const r = runTo(full);
      expect(r.status).toBe(2);
      expect(String(r.stderr)).toMatch(/^ptcheck：无法输出检查报告（磁盘空间不足）/);
      expect(String(r.stderr)).not.toMatch(/at \w+ \(|Error:/);
    } finally {
      fs.closeSync(full);
    }
  },
);

test("a pipe closed by the reader (EPIPE) stays quiet", () => {
  const r = spawnSync(
    "sh",
    ["-c", `"${process.execPath}" "${path.join(out, "cli/main.js")}" "${SEED}" | head -c 10 > /dev/null`],
    { encoding: "utf8", timeout: 60000 },
  );
  expect(r.stderr).toBe("");
});
