// ptcheck (CLI) benchmark cases, run by scripts/bench.js after the core cases (or alone: node scripts/lib/bench-cli.js).
//
// 1. A folder of 40 workbooks (20 seed-sized: 21 projects; 20 ten times that: 210 projects), `--jobs 1` against
//    the default (one worker per core): wall time and peak RSS of the whole process (worker threads included),
//    minimum over runs.
//    A calibration beside it: the same allocation-heavy loop alone and as two processes at once, the most any
//    parallel run can gain on this machine.
// 2. A 1000-project workbook: ptcheck's per-file work for --format json (read + check + summary + the file's JSON v2
//    section, encoded as written) ÷ the reader alone (readInput: bytes → Grids), in-process, minimum over runs; then
//    the same work a phase at a time, to show where the time goes, and how much time per project the target leaves
//    after the read beside what the parse, summary and section alone take. `--big-only` runs this case only.
//
// Uses the compiled CLI (dist/), building it when missing; `--dist <dir>` (or run({ dist })) measures another build,
// e.g. a private one: npx tsc -p tsconfig.build.json --outDir /tmp/x (with node_modules reachable from /tmp/x).
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync, execFileSync } = require("child_process");

const ROOT = path.join(__dirname, "..", "..");
let DIST = path.join(ROOT, "dist", "cli");
let BIN = path.join(ROOT, "bin", "ptcheck.js");
const MAXRSS = path.join(__dirname, "report-maxrss.js");

function ensureDist() {
  if (fs.existsSync(path.join(DIST, "check-worker.js"))) return;
  console.log("building dist/ (npx tsc -p tsconfig.build.json) …");
  try {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
      cwd: ROOT,
      stdio: "pipe",
    });
  } catch {
    // tsc emits despite type errors elsewhere
  }
}

function seedRows() {
  const text = fs.readFileSync(path.join(ROOT, "tests", "fixtures", "seed-2024.txt"), "utf8").replace(/^\uFEFF/, "");
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines.map((l) => l.split("\t"));
}

/** The seed `times` times over on one sheet, with the first table's merges repeated, as an .xlsx. */
async function writeWorkbook(file, times) {
  const ExcelJS = require("exceljs");
  const rows = seedRows();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("绩效目标表");
  let r0 = 0;
  for (let k = 0; k < times; k++) {
    rows.forEach((row, i) => row.forEach((t, j) => t && (ws.getCell(r0 + i + 1, j + 1).value = t)));
    ws.mergeCells(r0 + 1, 1, r0 + 1, 5);
    r0 += rows.length + 1;
  }
  await wb.xlsx.writeFile(file);
}

/** One run of ptcheck in its own process: wall ms and peak RSS (MB) of that process. */
function runOnce(args) {
  const rssFile = path.join(os.tmpdir(), `ptcheck-bench-rss-${process.pid}.txt`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--require", MAXRSS, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, PTCHECK_BENCH_RSS: rssFile },
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 1 << 26,
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`ptcheck exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  const [rssKb, cpu] = fs.readFileSync(rssFile, "utf8").split(" ").map(Number);
  fs.rmSync(rssFile, { force: true });
  return { wall, rss: (rssKb ?? NaN) / 1024, cpu: cpu ?? NaN };
}

/**
 * What two threads can gain on this machine at all, whatever ptcheck does: a fixed allocation-heavy JavaScript loop
 * (objects, strings and maps that live a while, as a check makes) run once alone and as two processes at once.
 * Where the two together take longer each (shared caches and memory bandwidth, a neighbour on the host), no worker
 * pool can reach 2x; the speed-up below is measured against this ceiling.
 */
const CALIBRATION = `
const keep = [];
for (let k = 0; k < 8; k++) {
  const arr = [];
  for (let i = 0; i < 200000; i++) arr.push({ s: "x" + i, v: [i, i + 1], m: new Map([[i, "a"]]) });
  keep.push(arr.length);
}
`;

function calibrate(runs) {
  const once = () => {
    const t0 = process.hrtime.bigint();
    execFileSync(process.execPath, ["-e", CALIBRATION]);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const pair = () => {
    const { spawn } = require("child_process");
    const t0 = process.hrtime.bigint();
    const one = () =>
      new Promise((resolve, reject) =>
        spawn(process.execPath, ["-e", CALIBRATION], { stdio: "ignore" }).on("exit", (code) =>
          code === 0 ? resolve() : reject(new Error(`calibration exited ${code}`)),
        ),
      );
    return Promise.all([one(), one()]).then(() => Number(process.hrtime.bigint() - t0) / 1e6);
  };
  return (async () => {
    let alone = Infinity;
    let both = Infinity;
    for (let i = 0; i < runs; i++) {
      alone = Math.min(alone, once());
      both = Math.min(both, await pair());
    }
    // two jobs done in `both` against two done one after the other in 2 × `alone`
    return { aloneMs: alone, pairMs: both, ceiling: (2 * alone) / both };
  })();
}

function best(runs, fn) {
  let wall = Infinity;
  let rss = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < runs; i++) {
    const x = fn();
    wall = Math.min(wall, x.wall);
    rss = Math.min(rss, x.rss);
    cpu = Math.min(cpu, x.cpu);
  }
  return { wall, rss, cpu };
}

/** Minimum wall ms over runs; `cpu` receives the minimum CPU ms of this process (what a busy machine leaves alone). */
async function minMs(runs, fn, cpu = {}) {
  let m = Infinity;
  cpu.ms = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await fn();
    m = Math.min(m, Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.ms = Math.min(cpu.ms, (c.user + c.system) / 1000);
  }
  return m;
}

/** The 40-workbook folder, `--jobs 1` against the default, and the machine's two-thread ceiling. */
async function folderCase(dir, runs, out) {
  const folder = path.join(dir, "folder");
  fs.mkdirSync(folder);
  await writeWorkbook(path.join(folder, "seed-00.xlsx"), 1);
  await writeWorkbook(path.join(folder, "seed10-00.xlsx"), 10);
  for (let i = 1; i < 20; i++) {
    const n = String(i).padStart(2, "0");
    fs.copyFileSync(path.join(folder, "seed-00.xlsx"), path.join(folder, `seed-${n}.xlsx`));
    fs.copyFileSync(path.join(folder, "seed10-00.xlsx"), path.join(folder, `seed10-${n}.xlsx`));
  }
  const { defaultJobs } = require(path.join(DIST, "pool.js"));
  const jobs = defaultJobs();
  const one = best(runs, () => runOnce(["--format", "json", "--jobs", "1", folder]));
  const many = best(runs, () => runOnce(["--format", "json", folder]));
  console.log();
  console.log(
    `ptcheck over 40 workbooks (20 × 21 projects, 20 × 210 projects; ${os.cpus().length} cores, default --jobs ${jobs}), min of ${runs}:`,
  );
  console.log(
    `  --jobs 1        wall ${one.wall.toFixed(0)} ms   CPU ${one.cpu.toFixed(0)} ms   peak RSS ${one.rss.toFixed(0)} MB`,
  );
  console.log(
    `  --jobs ${jobs} (default) wall ${many.wall.toFixed(0)} ms   CPU ${many.cpu.toFixed(0)} ms   peak RSS ${many.rss.toFixed(0)} MB`,
  );
  console.log(
    `  load average now ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")} (a busy machine hides any parallel speed-up)`,
  );
  console.log(`  speed-up ${(one.wall / many.wall).toFixed(2)}× (target ≥ 1.6× with 2 workers)`);
  const cal = await calibrate(runs);
  console.log(
    `  this machine's ceiling: an allocation-heavy loop takes ${cal.aloneMs.toFixed(0)} ms alone, two copies at once ${cal.pairMs.toFixed(0)} ms: ${cal.ceiling.toFixed(2)}× at most from ${jobs} threads`,
  );
  console.log(
    `  --jobs 1 already keeps ${(one.cpu / one.wall).toFixed(2)} cores busy (V8 marks and scavenges on the other core)`,
  );
  out.folder = {
    files: 40,
    jobs,
    jobs1: one,
    jobsDefault: many,
    speedup: one.wall / many.wall,
    calibration: cal,
  };
}

async function run({ runs = 3, asJson = false, dist, bigOnly = false } = {}) {
  if (dist) {
    DIST = path.join(path.resolve(dist), "cli");
    BIN = path.join(DIST, "main.js");
    if (!fs.existsSync(BIN)) throw new Error(`${BIN} not found`);
  } else ensureDist();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptcheck-bench-"));
  const out = {};
  try {
    // ---- folder of 40 workbooks, --jobs 1 vs default (--big-only skips it) ----
    if (!bigOnly) await folderCase(dir, runs, out);

    // ---- 1000-project workbook: ptcheck ÷ reader alone ----
    const big = path.join(dir, "big.xlsx");
    const times = Math.ceil(1000 / 21);
    await writeWorkbook(big, times);
    const { readInput } = require(path.join(DIST, "read-input.js"));
    const { checkOne } = require(path.join(DIST, "check-one.js"));
    const { check } = require(path.join(DIST, "..", "core", "engine.js"));
    const { summarizeFile } = require(path.join(DIST, "report", "summary.js"));
    const { renderSection } = require(path.join(DIST, "sections.js"));
    // what `ptcheck --format json` does per file: read, check, summarise, render the file's JSON v2 section (UTF-8)
    const job = {
      path: big,
      maxSizeMb: 100,
      config: {},
      keep: { results: false, findings: false },
      render: { kind: "json-v2", min: "info" },
    };
    let projects = 0;
    const readerCpu = {};
    const fullCpu = {};
    // warm-up: the first read loads ExcelJS, the first check compiles the core
    await checkOne(job);
    const readerMs = await minMs(
      runs,
      async () => {
        const grids = await readInput(big, 100);
        if (grids.length !== 1) throw new Error("expected one sheet");
      },
      readerCpu,
    );
    const fullMs = await minMs(
      runs,
      async () => {
        const c = await checkOne(job);
        if (c.result.error) throw new Error(c.result.error.message);
        projects = c.summary.sheets.reduce((n, s) => n + s.projects.length, 0);
      },
      fullCpu,
    );
    // the same work a phase at a time, each the minimum over runs: where the time goes
    const grids = await readInput(big, 100);
    let result = null;
    let summary = null;
    const checkMs = await minMs(runs, async () => {
      result = { path: big, error: null, sheets: grids.map((g) => check(g, {})) };
    });
    // the check's parse on its own (the tables the rules read); the rest of the check is the rules and the engine
    const { parseSheet } = require(path.join(DIST, "..", "core", "layout", "index.js"));
    const parseMs = await minMs(runs, async () => {
      for (const g of grids) parseSheet(g, { validate: false }); // as the engine parses: no schema pass
    });
    const summaryMs = await minMs(runs, async () => {
      summary = summarizeFile(result, grids, {}, "default", true);
    });
    const sectionMs = await minMs(runs, async () => {
      renderSection("json-v2", result, summary, "info");
    });
    const findings = result.sheets.reduce((n, s) => n + s.diagnostics.length, 0);
    const ratio = fullMs / readerMs;
    const cpuRatio = fullCpu.ms / readerCpu.ms;
    console.log(
      `ptcheck on one workbook of ${projects} projects (${(fs.statSync(big).size / 1048576).toFixed(1)} MB), min of ${runs}:`,
    );
    console.log(
      `  reader alone ${readerMs.toFixed(0)} ms; read + check + summary + JSON v2 section ${fullMs.toFixed(0)} ms; load average ${os.loadavg()[0].toFixed(1)}`,
    );
    console.log(
      `  ptcheck ÷ reader = ${ratio.toFixed(2)} (the check adds ${((ratio - 1) * 100).toFixed(0)} %; target ≤ 50 %)`,
    );
    console.log(
      `  CPU time: reader ${readerCpu.ms.toFixed(0)} ms, ptcheck ${fullCpu.ms.toFixed(0)} ms, ratio ${cpuRatio.toFixed(2)} (the check adds ${((cpuRatio - 1) * 100).toFixed(0)} %)`,
    );
    const per = (ms) => `${((ms * 1000) / projects).toFixed(0)} µs`;
    console.log(
      `  by phase: read ${readerMs.toFixed(0)} ms (${per(readerMs)}/project), check ${checkMs.toFixed(0)} ms (${per(checkMs)}; parse ${per(parseMs)}, rules and engine ${per(checkMs - parseMs)}), summary ${summaryMs.toFixed(0)} ms (${per(summaryMs)}), JSON v2 section ${sectionMs.toFixed(0)} ms (${per(sectionMs)}); ${findings} findings`,
    );
    // the target's budget for everything after the read, and what is spent there besides the rules
    const budget = readerMs / 2;
    const fixed = parseMs + summaryMs + sectionMs;
    console.log(
      `  the target leaves ${per(budget)}/project after the read; parse + summary + JSON v2 section alone take ${per(fixed)}`,
    );
    out.bigWorkbook = {
      projects,
      findings,
      readerMs,
      fullMs,
      ratio,
      readerCpuMs: readerCpu.ms,
      fullCpuMs: fullCpu.ms,
      cpuRatio,
      phases: { readMs: readerMs, checkMs, parseMs, summaryMs, sectionMs },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (asJson) console.log(JSON.stringify({ cli: out }, null, 2));
  return out;
}

module.exports = { run };

if (require.main === module) {
  const args = process.argv.slice(2);
  const i = args.indexOf("--runs");
  const d = args.indexOf("--dist");
  run({
    runs: i >= 0 ? Number(args[i + 1]) : 3,
    asJson: args.includes("--json"),
    dist: d >= 0 ? args[d + 1] : undefined,
    bigOnly: args.includes("--big-only"),
  }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
