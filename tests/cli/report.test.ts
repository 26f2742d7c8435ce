// The version 1 JSON contract, the zh-CN text report and exit codes, on the seed and a built workbook.
import * as fs from "fs";
import * as path from "path";
import { toA1 } from "../../src/core/grid";
import { tableRows } from "../helpers/table-builder";
import { makeTmpDir, removeDir, runCli, SEED, SEED_LINES, shifted, writeSampleWorkbook } from "./fixtures";

interface JDiag {
  ruleId: string;
  severity: string;
  message: string;
  cell: string;
  row: number;
  col: number;
  project: string;
}
interface JSheet {
  name: string;
  projects: Array<{ name: string; range: string; year: number | null; generation: string }>;
  diagnostics: JDiag[];
}
interface JFile {
  path: string;
  error: { code: string; message: string } | null;
  sheets: JSheet[];
}
interface JReport {
  version: number;
  files: JFile[];
  summary: { files: number; projects: number; error: number; warning: number; info: number };
}

let dir: string;
let xlsx: string;
let clean: string;
let noTable: string;

beforeAll(async () => {
  dir = makeTmpDir();
  xlsx = path.join(dir, "sample.xlsx");
  await writeSampleWorkbook(xlsx);
  clean = path.join(dir, "clean.tsv");
  fs.writeFileSync(
    clean,
    tableRows()
      .map((r) => r.join("\t"))
      .join("\n"),
  );
  noTable = path.join(dir, "notes.txt");
  fs.writeFileSync(noTable, "这里没有绩效目标表\n");
});
afterAll(() => removeDir(dir));

async function json(argv: string[]): Promise<{ code: number; report: JReport; stderr: string }> {
  const r = await runCli(["--format", "json", "--json-version", "1", ...argv]);
  return { code: r.code, report: JSON.parse(r.stdout) as JReport, stderr: r.stderr };
}

/** Field names and order of every object, exactly as design.md's contract lists them. */
function assertShape(report: JReport): void {
  expect(Object.keys(report)).toEqual(["version", "files", "summary"]);
  expect(report.version).toBe(1);
  expect(Object.keys(report.summary)).toEqual(["files", "projects", "error", "warning", "info"]);
  for (const v of Object.values(report.summary)) expect(Number.isInteger(v)).toBe(true);
  let projects = 0;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.files) {
    expect(Object.keys(f)).toEqual(["path", "error", "sheets"]);
    expect(typeof f.path).toBe("string");
    if (f.error !== null) {
      expect(Object.keys(f.error)).toEqual(["code", "message"]);
      expect(f.sheets).toEqual([]);
    }
    for (const s of f.sheets) {
      expect(Object.keys(s)).toEqual(["name", "projects", "diagnostics"]);
      projects += s.projects.length;
      for (const p of s.projects) {
        expect(Object.keys(p)).toEqual(["name", "range", "year", "generation"]);
        expect(typeof p.name).toBe("string");
        expect(p.range).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
        expect(p.year === null || Number.isInteger(p.year)).toBe(true);
        expect(["legacy", "mof-2021", "mixed"]).toContain(p.generation);
      }
      for (const d of s.diagnostics) {
        expect(Object.keys(d)).toEqual(["ruleId", "severity", "message", "cell", "row", "col", "project"]);
        expect(["error", "warning", "info"]).toContain(d.severity);
        expect(typeof d.ruleId).toBe("string");
        expect(d.message.length).toBeGreaterThan(0);
        // 1-based and consistent with the A1 address
        expect(d.row).toBeGreaterThanOrEqual(1);
        expect(d.col).toBeGreaterThanOrEqual(1);
        expect(d.cell).toBe(toA1(d.row - 1, d.col - 1));
        expect(s.projects.map((p) => p.name)).toContain(d.project);
        counts[d.severity as keyof typeof counts]++;
      }
    }
  }
  expect(report.summary).toEqual({ files: report.files.length, projects, ...counts });
}

describe("JSON on the seed (.txt)", () => {
  let report: JReport;
  let code: number;
  beforeAll(async () => ({ code, report } = await json([SEED])));

  test("exact shape, 21 projects, sheet named after the file", () => {
    assertShape(report);
    expect(report.files).toHaveLength(1);
    const f = report.files[0]!;
    expect(f.path).toBe(SEED);
    expect(f.error).toBeNull();
    expect(f.sheets.map((s) => s.name)).toEqual(["seed-2024"]);
    expect(report.summary.projects).toBe(21);
    expect(f.sheets[0]!.projects[0]).toEqual({
      name: "基层党建工作经费",
      range: "A3:E23",
      year: 2024,
      generation: "legacy",
    });
  });

  test("row is the line number and col the tab-separated field number", () => {
    const d = report.files[0]!.sheets[0]!.diagnostics.find(
      (x) => x.ruleId === "time-outside-budget-year" && x.cell === "E224",
    );
    expect(d).toMatchObject({ severity: "error", row: 224, col: 5, project: "离退休干部党支部书记工作补贴" });
    expect((SEED_LINES[d!.row - 1] ?? "").split("\t")[d!.col - 1]).toBe("2023年底");
    expect(d!.message).toContain("2023年底");
  });

  test("an error-level finding exits 1", () => {
    expect(report.summary.error).toBeGreaterThan(0);
    expect(code).toBe(1);
  });
});

describe("JSON on a workbook", () => {
  let report: JReport;
  beforeAll(async () => ({ report } = await json([xlsx])));

  test("every worksheet is a sheet; a sheet without a table has no projects and is not an error", () => {
    assertShape(report);
    const f = report.files[0]!;
    expect(f.error).toBeNull();
    expect(f.sheets.map((s) => [s.name, s.projects.length])).toEqual([
      ["绩效目标表", 1],
      ["类型值", 1],
      ["填表说明", 0],
    ]);
    expect(f.sheets[2]!.diagnostics).toEqual([]);
  });

  test("addresses are sheet coordinates, dates are judged as displayed", () => {
    const typed = report.files[0]!.sheets[1]!;
    expect(typed.projects).toEqual([{ name: "基层党建工作经费", range: "B3:F23", year: 2024, generation: "legacy" }]);
    // the 时效 value is the date 2023-12-31: outside the 2024 budget year
    const d = typed.diagnostics.find((x) => x.ruleId === "time-outside-budget-year");
    expect(d).toMatchObject({ severity: "error", cell: shifted("E15"), row: 17, col: 6 });
    expect(d!.message).toContain("2023年12月31日");
  });

  test("a #REF! result is a finding at its cell, not a crash", () => {
    const typed = report.files[0]!.sheets[1]!;
    const at = typed.diagnostics.filter((x) => x.cell === shifted("E16"));
    expect(at.some((x) => x.message.includes("#REF!"))).toBe(true);
  });
});

describe("options reach the engine", () => {
  const at224 = (r: JReport) =>
    r.files[0]!.sheets[0]!.diagnostics.filter((d) => d.ruleId === "time-outside-budget-year" && d.cell === "E224");

  test("--rule id=off drops the rule, id=warning changes its severity", async () => {
    const off = await json(["--rule", "time-outside-budget-year=off", SEED]);
    expect(off.report.files[0]!.sheets[0]!.diagnostics.some((d) => d.ruleId === "time-outside-budget-year")).toBe(
      false,
    );
    const warn = await json(["--rule", "time-outside-budget-year=warning", SEED]);
    expect(at224(warn.report).map((d) => d.severity)).toEqual(["warning"]);
  });

  test("--year overrides each table's own year", async () => {
    const y = await json(["--year", "2023", SEED]);
    expect(at224(y.report)).toEqual([]);
  });

  test("--profile is accepted", async () => {
    const p = await json(["--profile", "mof-2021", SEED]);
    assertShape(p.report);
    expect(p.report.summary.projects).toBe(21);
  });
});

describe("exit codes", () => {
  test("0 when nothing at error level", async () => {
    expect((await runCli([noTable])).code).toBe(0);
  });

  test("the clean template table: 0 exactly when it has no error-level finding", async () => {
    const { code, report } = await json([clean]);
    expect(report.summary.projects).toBe(1);
    expect(code).toBe(report.summary.error > 0 ? 1 : 0);
  });

  test("2 when an input is unreadable, and the other inputs are still checked", async () => {
    const { code, report } = await json([path.join(dir, "missing.xlsx"), SEED]);
    expect(code).toBe(2);
    assertShape(report);
    expect(report.files.map((f) => f.error?.code ?? null)).toEqual(["ENOENT", null]);
    expect(report.summary.projects).toBe(21);
  });
});

describe("text report", () => {
  test("grouped file → sheet → project, cell first, zh-CN severities, one-line summary", async () => {
    const r = await runCli([SEED, xlsx]);
    // the overview table comes first and ends with a blank line; the details follow
    expect(r.stdout.startsWith("概览\n")).toBe(true);
    const lines = r.stdout
      .slice(r.stdout.indexOf("\n\n") + 2)
      .trimEnd()
      .split("\n");
    expect(lines[0]).toBe(SEED);
    expect(lines[1]).toBe("  工作表“seed-2024”：21 个项目");
    expect(lines[2]).toMatch(/^ {2}· 项目 1“基层党建工作经费”（A3:E23，2024 年度，旧版模板）— 评级 [优良中差]：/);
    expect(r.stdout).toMatch(/\n {6}E224 {2}错误 {2}时效指标.*2023年底.* {2}\[time-outside-budget-year\]\n/);
    for (const l of lines.filter((x) => x.startsWith("      ")))
      expect(l).toMatch(/^ {6}[A-Z]+\d+ {2}(错误|警告|提示) {2}\S/);
    expect(r.stdout).toContain(`\n${xlsx}\n  工作表“绩效目标表”：1 个项目\n`);
    expect(r.stdout).toContain("  工作表“填表说明”：未找到绩效目标表，没有可检查的项目。");
    expect(lines[lines.length - 1]).toMatch(/^共检查 2 个文件、23 个项目：错误 \d+ 项，警告 \d+ 项，提示 \d+ 项$/);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
  });

  test("the summary agrees with the JSON counts", async () => {
    const t = await runCli([SEED]);
    const { report } = await json([SEED]);
    const s = report.summary;
    expect(t.stdout.trimEnd().split("\n").pop()).toBe(
      `共检查 1 个文件、21 个项目：错误 ${s.error} 项，警告 ${s.warning} 项，提示 ${s.info} 项`,
    );
  });

  test("an unreadable file is reported in place and counted", async () => {
    const missing = path.join(dir, "missing.xlsx");
    const r = await runCli([missing, noTable]);
    expect(r.stdout).toContain(`${missing}\n  无法读取（ENOENT）：找不到此文件或文件夹，请检查路径是否正确。\n`);
    expect(r.stdout.trimEnd().split("\n").pop()).toBe(
      "共检查 2 个文件、0 个项目：错误 0 项，警告 0 项，提示 0 项；其中 1 个文件无法读取",
    );
    expect(r.code).toBe(2);
  });
});
