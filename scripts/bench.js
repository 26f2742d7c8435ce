#!/usr/bin/env node
// Benchmark of the core: parse + check of synthetic sheets of 1, 10, 100 and 1000 project blocks built from the
// seed's 21 tables, plus an incremental re-check after a one-cell edit.
//
//   npm run bench                 # loads src/core/*.ts through TypeScript's transpiler (no build, no new deps)
//   node scripts/bench.js --dist  # loads the compiled core from dist/core (npx tsc -p tsconfig.build.json first)
//   node scripts/bench.js --json  # also prints the figures as JSON
//   node scripts/bench.js --sizes 1,10,100,1000,5000
//   node scripts/bench.js --core /tmp/x/core   # A/B a patched copy of src/core (TypeScript sources)
//   node scripts/bench.js --hostile-only       # only the hostile-input cases of the CLI (issue 15)
//   node scripts/bench.js --no-hostile         # skip them
//   node scripts/bench.js --cli <dir>          # hostile cases against another compiled CLI (a folder holding cli/main.js)
//   node scripts/bench.js --hostile-runs 3     # each hostile case 3 times: fastest wall time, highest peak RSS
//
// Hostile-input cases (issue 15): the CLI as a child process on inputs generated into a temporary folder — a merge
// of the whole sheet, 100 000 merges, 20 000 sparse rows (A and XFD), a cell bomb, a 1.2 GB sharedStrings bomb,
// 29 MB of blank lines, the seed repeated to 21 651 tables (text, JSON v2 and v1 reports), a folder of 8 000 files
// (text and JSON). Figures: wall
// time and the child's peak RSS (targets: ≤ 20 s and ≤ 1.5 GB each, the folder ≤ 1 GB).
//   node scripts/bench.js --no-cli             # skip the ptcheck cases (scripts/lib/bench-cli.js, needs dist/)
//
// Every figure is the minimum over several timed runs after warm-up; results are consumed so nothing is
// optimised away. Memory is heapUsed after a forced GC, so the script re-runs itself with --expose-gc.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

if (typeof global.gc !== "function") {
  const r = spawnSync(process.execPath, ["--expose-gc", ...process.execArgv, __filename, ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(r.status === null ? 1 : r.status);
}

const ROOT = path.join(__dirname, "..");
const args = process.argv.slice(2);
const useDist = args.includes("--dist");
const asJson = args.includes("--json");
const sizesArg = args.indexOf("--sizes");
const coreArg = args.indexOf("--core");
const SIZES = sizesArg >= 0 && args[sizesArg + 1] ? args[sizesArg + 1].split(",").map(Number) : [1, 10, 100, 1000];

// ---- load the core -------------------------------------------------------------------------------------------
let coreDir;
if (useDist) {
  coreDir = path.join(ROOT, "dist", "core");
  if (!fs.existsSync(path.join(coreDir, "engine.js"))) {
    console.error("dist/core/engine.js not found: run `npx tsc -p tsconfig.build.json` first, or drop --dist");
    process.exit(2);
  }
} else {
  const ts = require("typescript");
  const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019, esModuleInterop: true };
  require.extensions[".ts"] = function (mod, filename) {
    const src = fs.readFileSync(filename, "utf8");
    mod._compile(ts.transpileModule(src, { fileName: filename, compilerOptions }).outputText, filename);
  };
  coreDir = coreArg >= 0 && args[coreArg + 1] ? path.resolve(args[coreArg + 1]) : path.join(ROOT, "src", "core");
}
const { check, Checker } = require(path.join(coreDir, "engine"));
const { parseSheet, detectBlocks } = require(path.join(coreDir, "layout"));
const { gridFromStrings } = require(path.join(coreDir, "grid"));
const { headerLabelOf } = require(path.join(coreDir, "layout", "labels"));
const { RULES } = require(path.join(coreDir, "rules"));
const { ProjectTableSchema } = require(path.join(coreDir, "layout", "model"));

// ---- synthetic sheets ----------------------------------------------------------------------------------------
const seedText = fs.readFileSync(path.join(ROOT, "tests", "fixtures", "seed-2024.txt"), "utf8").replace(/^\uFEFF/, "");
const seedLines = seedText.split(/\r\n|\n|\r/);
if (seedLines[seedLines.length - 1] === "") seedLines.pop();
const seedRows = seedLines.map((l) => l.split("\t"));
const seedBlocks = detectBlocks(gridFromStrings("seed", seedRows)).map((b) => seedRows.slice(b.top, b.bottom + 1));

/** Block k: seed table k mod 21, its project name made unique and its figures varied. */
function syntheticBlock(k) {
  const rows = seedBlocks[k % seedBlocks.length].map((r) => r.slice());
  const vary = k % 7;
  let named = false;
  for (const r of rows) {
    for (let c = 0; c < r.length; c++) {
      const lab = headerLabelOf(r[c]);
      if (!named && lab && lab.field === "projectName") {
        // the value is the next non-empty cell of the row
        for (let v = c + 1; v < r.length; v++) {
          if (r[v]) {
            r[v] = `${r[v]}（${k + 1}）`;
            named = true;
            break;
          }
        }
      }
    }
    // the value column: vary the first number so tables are not identical copies
    const last = r.length - 1;
    if (last >= 4 && r[last] && vary > 0) r[last] = r[last].replace(/\d+/, (n) => String(Number(n) + vary));
  }
  return rows;
}

function syntheticRows(blocks) {
  const out = [];
  for (let k = 0; k < blocks; k++) out.push(...syntheticBlock(k));
  return out;
}

// ---- timing helpers ------------------------------------------------------------------------------------------
let sink = 0;
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Minimum ms per call over `runs` samples; each sample repeats fn until it lasts at least ~20 ms. */
function measure(fn, { warmup = 3, runs = 7 } = {}) {
  for (let i = 0; i < warmup; i++) consume(fn());
  let reps = 1;
  for (;;) {
    const t0 = now();
    for (let i = 0; i < reps; i++) consume(fn());
    if (now() - t0 >= 20 || reps >= 1 << 14) break;
    reps *= 2;
  }
  let best = Infinity;
  for (let s = 0; s < runs; s++) {
    const t0 = now();
    for (let i = 0; i < reps; i++) consume(fn());
    const per = (now() - t0) / reps;
    if (per < best) best = per;
  }
  return best;
}

function consume(x) {
  if (x === undefined || x === null) return;
  if (typeof x === "number") sink += x;
  else if (Array.isArray(x)) sink += x.length;
  else if (x.diagnostics) sink += x.diagnostics.length + x.tables.length;
  else sink += 1;
}

/** A plain pass over every cell's text: the floor any checker pays. */
function plainPass(grid) {
  let n = 0;
  for (let r = 0; r < grid.rowCount; r++) for (let c = 0; c < grid.colCount; c++) n += grid.text(r, c).length;
  return n;
}

/** heapUsed growth, after full GCs, while the result of fn is still referenced: what a report keeps alive. */
function heapRetained(fn) {
  global.gc();
  global.gc();
  const before = process.memoryUsage().heapUsed;
  const keep = fn();
  global.gc();
  global.gc();
  const after = process.memoryUsage().heapUsed;
  consume(keep);
  return after - before;
}

/** A copy of the rows with one cell changed: the indicator value of the middle block's first indicator row. */
function editedRows(rows, blocks, text) {
  const grid = gridFromStrings("bench", rows);
  const bl = detectBlocks(grid);
  const b = bl[Math.floor(blocks / 2)];
  let target = null;
  for (let r = b.top; r <= b.bottom && !target; r++) {
    const row = rows[r];
    if (row.length >= 5 && /指标/.test(row[3] || "") && row[2] !== "二级指标") target = { r, c: row.length - 1 };
  }
  if (!target) throw new Error("no indicator row to edit");
  const out = rows.slice();
  out[target.r] = rows[target.r].slice();
  out[target.r][target.c] = text;
  return out;
}

// ---- hostile inputs (issue 15) -----------------------------------------------------------------------------
const hostileOnly = args.includes("--hostile-only");
const withHostile = !args.includes("--no-hostile");
const cliArg = args.indexOf("--cli");
const hostileRunsArg = args.indexOf("--hostile-runs");
const hostileRuns = hostileRunsArg >= 0 ? Math.max(1, Number(args[hostileRunsArg + 1]) || 1) : 1;

function hostileCases() {
  const os = require("os");
  const { execFileSync } = require("child_process");
  const ts = require("typescript");
  if (!require.extensions[".ts"]) {
    const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019, esModuleInterop: true };
    require.extensions[".ts"] = function (mod, filename) {
      mod._compile(
        ts.transpileModule(fs.readFileSync(filename, "utf8"), { fileName: filename, compilerOptions }).outputText,
        filename,
      );
    };
  }
  const h = require(path.join(ROOT, "tests", "helpers", "hostile-inputs.ts"));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ptcheck-bench-"));
  try {
    let cliDir;
    if (cliArg >= 0 && args[cliArg + 1]) cliDir = path.resolve(args[cliArg + 1]);
    else if (useDist) cliDir = path.join(ROOT, "dist");
    else {
      cliDir = path.join(tmp, "build");
      try {
        execFileSync(
          process.execPath,
          [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", cliDir],
          { cwd: ROOT, stdio: "pipe" },
        );
      } catch {
        // tsc emits despite type errors elsewhere; a missing entry point is caught below
      }
    }
    const main = path.join(cliDir, "cli", "main.js");
    if (!fs.existsSync(main)) throw new Error(`${main} not found`);
    if (!fs.existsSync(path.join(cliDir, "node_modules")) && !cliDir.startsWith(ROOT + path.sep)) {
      fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(cliDir, "node_modules"), "dir");
    }
    const inputs = path.join(tmp, "in");
    fs.mkdirSync(inputs);
    const put = (name, bytes) => {
      const f = path.join(inputs, name);
      fs.writeFileSync(f, bytes);
      return f;
    };
    const seed = fs.readFileSync(path.join(ROOT, "tests", "fixtures", "seed-2024.txt"));
    const folder = path.join(inputs, "folder");
    fs.mkdirSync(folder);
    // one table per file: the seed's first table (lines 1–23)
    const oneTable = seed.toString("utf8").split("\n").slice(0, 23).join("\n") + "\n";
    for (let i = 0; i < 8000; i++) fs.writeFileSync(path.join(folder, `f${i}.tsv`), oneTable);
    const cases = [
      { name: "merge A1:XFD1048576 (1.7 KB .xlsx)", argv: [put("merge-bomb.xlsx", h.mergeBomb())] },
      { name: "100 000 merges", argv: [put("many-merges.xlsx", h.manyMerges(100000))] },
      { name: "20 000 rows, values in A and XFD", argv: [put("sparse-rows.xlsx", h.sparseRows(20000))] },
      { name: "cell bomb (20 M cells, 3 sheets)", argv: [put("cell-bomb.xlsx", h.cellBomb(6666667, 3))] },
      { name: "sharedStrings bomb (1.2 GB)", argv: [put("sst-bomb.xlsx", h.sharedStringsBomb(1.2e9))] },
      { name: "29 MB of blank lines (.tsv)", argv: [put("blank-lines.tsv", h.blankLines(29e6))] },
      { name: "seed × 1 031 = 21 651 tables (.tsv)", argv: [put("tables.tsv", Buffer.concat(Array(1031).fill(seed)))] },
      // the report goes to a file: 335 MB of JSON captured from stdout would be the bench's memory, not ptcheck's
      {
        name: "21 651 tables, JSON v2 (--output)",
        argv: ["--format", "json", "--output", path.join(tmp, "v2.json"), path.join(inputs, "tables.tsv")],
      },
      {
        name: "21 651 tables, JSON v1 (--output)",
        argv: [
          "--format",
          "json",
          "--json-version",
          "1",
          "--output",
          path.join(tmp, "v1.json"),
          path.join(inputs, "tables.tsv"),
        ],
      },
      { name: "folder of 8 000 files, text", argv: [folder] },
      { name: "folder of 8 000 files, JSON v1", argv: ["--format", "json", "--json-version", "1", folder] },
    ];
    const rssFile = path.join(tmp, "rss");
    const preload = path.join(tmp, "rss.js");
    fs.writeFileSync(
      preload,
      `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`,
    );
    console.log(
      `\nhostile inputs (issue 15): ${path.relative(ROOT, main) || main}; wall time (fastest of ${hostileRuns}) and peak RSS (highest) of the CLI process`,
    );
    console.log("case                                         exit    wall s   peak RSS MB  stdout");
    const out = [];
    for (const c of cases) {
      // wall time on a shared machine varies by up to 30 % between runs: --hostile-runs N keeps the fastest of N
      let wall = Infinity;
      let rss = null;
      let r;
      for (let k = 0; k < hostileRuns; k++) {
        fs.rmSync(rssFile, { force: true });
        const t0 = now();
        r = spawnSync(process.execPath, ["-r", preload, main, ...c.argv], {
          cwd: tmp,
          maxBuffer: 1 << 30,
          timeout: 300000,
          encoding: "utf8",
        });
        wall = Math.min(wall, (now() - t0) / 1000);
        const kb = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, "utf8")) : null; // maxRSS is in KB
        if (kb !== null) rss = Math.max(rss ?? 0, kb / 1024);
      }
      const exit = r.status === null ? `sig ${r.signal}` : String(r.status);
      const tail = (r.stdout || "").trimEnd().split("\n").pop() || (r.stderr || "").trim().split("\n")[0] || "";
      out.push({ case: c.name, exit, wallS: wall, peakRssMb: rss });
      console.log(
        `${c.name.padEnd(44)} ${exit.padStart(5)} ${wall.toFixed(1).padStart(9)} ${(rss === null ? "—" : rss.toFixed(0)).padStart(13)}  ${tail.slice(0, 60)}`,
      );
    }
    return out;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (hostileOnly) {
  const out = hostileCases();
  if (asJson) console.log(JSON.stringify(out, null, 2));
  process.exit(0);
}

// ---- run -----------------------------------------------------------------------------------------------------
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));

console.log(
  `core: ${useDist ? "dist/core (compiled)" : "src/core (transpiled on load)"}; rules registered: ${RULES.length}; node ${process.version}`,
);
const results = [];
for (const blocks of SIZES) {
  const rows = syntheticRows(blocks);
  const grid = gridFromStrings("bench", rows);
  const found = parseSheet(grid, { validate: false }).length;
  if (found !== blocks) throw new Error(`synthetic sheet of ${blocks} blocks parsed into ${found} tables`);
  const cells = grid.rowCount * grid.colCount;
  const heavy = blocks >= 100;
  const opts = heavy ? { warmup: 2, runs: 5 } : {};
  const r = {
    blocks,
    rows: grid.rowCount,
    cells,
    gridMs: measure(() => gridFromStrings("bench", rows), opts),
    passMs: measure(() => plainPass(grid), opts),
    parseMs: measure(() => parseSheet(grid, { validate: false }), opts),
    // the schema alone, over tables parsed once: parse times are too noisy to subtract
    zodMs: ((tables) => measure(() => tables.map((t) => ProjectTableSchema.parse(t)), opts))(
      parseSheet(grid, { validate: false }),
    ),
    checkMs: measure(() => check(grid), opts),
    diagnostics: check(grid).diagnostics.length,
  };
  r.perBlockMs = r.checkMs / blocks;
  r.ratio = r.checkMs / r.passMs;
  r.heapRetainedMb = heapRetained(() => check(grid)) / 1048576;
  r.gridHeapMb = heapRetained(() => gridFromStrings("bench", rows)) / 1048576;
  results.push(r);
}

console.log();
console.log(
  "grid: gridFromStrings; pass: read every cell's text once; parse: parseSheet without zod; zod: the schema alone over those",
);
console.log(
  "tables; check: check() = parse + zod + every rule + report; heap: retained after GC by the Grid and by the report",
);
console.log(
  "blocks   rows    cells   grid ms  pass ms  parse ms   zod ms  check ms  ms/block  check/pass  heap MB grid/report  diags",
);
for (const r of results) {
  console.log(
    [
      String(r.blocks).padStart(6),
      String(r.rows).padStart(6),
      String(r.cells).padStart(8),
      ms(r.gridMs).padStart(9),
      ms(r.passMs).padStart(8),
      ms(r.parseMs).padStart(9),
      ms(r.zodMs).padStart(8),
      ms(r.checkMs).padStart(9),
      ms(r.perBlockMs).padStart(9),
      `${r.ratio.toFixed(0)}×`.padStart(11),
      `${r.gridHeapMb.toFixed(1)} / ${r.heapRetainedMb.toFixed(1)}`.padStart(20),
      String(r.diagnostics).padStart(6),
    ].join(" "),
  );
}
const first = results.find((r) => r.blocks >= 100) || results[0];
const last = results[results.length - 1];
if (first && last && last !== first) {
  console.log(
    `\nlinearity: ms/block at ${last.blocks} blocks ÷ ms/block at ${first.blocks} blocks = ${(last.perBlockMs / first.perBlockMs).toFixed(2)} (1.00 = linear)`,
  );
}
const target = results.find((r) => r.blocks === 1000);
if (target)
  console.log(
    `target: 1000 blocks parse+check ${ms(target.checkMs)} ms (${target.checkMs < 1000 ? "under" : "OVER"} 1 s)`,
  );
const zodShare = last.zodMs / last.checkMs;
console.log(
  `zod: validating every table costs ${ms(last.zodMs)} ms at ${last.blocks} blocks (${(zodShare * 100).toFixed(0)}% of a full check)`,
);

// ---- incremental ---------------------------------------------------------------------------------------------
const incBlocks = Math.max(...SIZES);
{
  const rowsA = syntheticRows(incBlocks);
  const rowsB = editedRows(rowsA, incBlocks, "≥99%（已修改）");
  const gridA = gridFromStrings("bench", rowsA);
  const gridB = gridFromStrings("bench", rowsB);
  const checker = new Checker();
  checker.run(gridA);
  // alternate the two snapshots so every timed run re-checks exactly the edited block
  let flip = false;
  let maxRechecked = 0;
  const step = () => {
    flip = !flip;
    const rep = checker.run(flip ? gridB : gridA);
    if (checker.lastRechecked > maxRechecked) maxRechecked = checker.lastRechecked;
    return rep;
  };
  const incMs = measure(step, { warmup: 4, runs: 9 });
  const fresh = check(gridB);
  const viaCache = checker.run(gridB);
  const same = JSON.stringify(fresh.diagnostics) === JSON.stringify(viaCache.diagnostics);
  const snapMs = measure(() => gridFromStrings("bench", rowsB), { warmup: 2, runs: 5 });
  const full = results.find((r) => r.blocks === incBlocks);
  console.log(
    `\nincremental (${incBlocks} blocks, one cell edited): Checker.run ${ms(incMs)} ms, re-checked ${maxRechecked} block(s)` +
      `${full ? ` vs ${ms(full.checkMs)} ms for a full check (${(full.checkMs / incMs).toFixed(0)}× faster)` : ""}; ` +
      `new Grid snapshot ${ms(snapMs)} ms; diagnostics equal to a fresh check: ${same}`,
  );
  results.push({
    incremental: { blocks: incBlocks, runMs: incMs, rechecked: maxRechecked, snapshotMs: snapMs, sameAsFresh: same },
  });
}

if (withHostile) results.push({ hostile: hostileCases() });
if (asJson) console.log(JSON.stringify(results, null, 2));
if (sink === 42.4242) console.log(""); // keep `sink` observable

// ---- ptcheck (CLI): a folder of 40 workbooks with --jobs 1 vs default; ptcheck ÷ reader on 1000 projects ----
if (!args.includes("--no-cli")) {
  require("./lib/bench-cli")
    .run({ runs: 3, asJson })
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    });
}
