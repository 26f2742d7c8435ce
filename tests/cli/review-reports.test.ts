// --report (xlsx, html), --opinions and --annotate, read back with ExcelJS and checked cell by cell against the
// JSON v2 report of the same run.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { OPINION_TEXT } from "../../src/core/rules/opinion";
import { ReportV2Schema, type ReportV2 } from "../../src/cli/report/json-v2";
import { OPINION_COLUMNS, SECTION_COLUMNS } from "../../src/cli/report/opinions";
import { RESULT_SHEET } from "../../src/cli/report/annotate";
import { makeTmpDir, removeDir, runCli, SEED, writeSampleWorkbook } from "./fixtures";

// a shared, busy machine: reading and writing workbooks can take seconds
jest.setTimeout(60000);

let dir: string;
let xlsx: string;
let report: ReportV2;
/** What ExcelJS reads for style font 0 of a workbook it wrote: Excel's default. */
const DEFAULT_FONT = { color: { theme: 1 }, family: 2, scheme: "minor", size: 11, name: "Calibri" };
const HOSTILE = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>&amp;`;

beforeAll(async () => {
  dir = makeTmpDir();
  xlsx = path.join(dir, "src", "sample.xlsx");
  fs.mkdirSync(path.dirname(xlsx));
  await writeSampleWorkbook(xlsx);
  // user formatting the annotated copy must keep: widths, fonts, borders, number formats, a hostile project name
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const ws = wb.getWorksheet("绩效目标表");
  if (!ws) throw new Error("sample sheet");
  ws.getColumn(1).width = 13;
  ws.getColumn(4).width = 31;
  ws.getCell("C5").value = HOSTILE;
  ws.getCell("A3").font = { name: "仿宋", size: 14, bold: true };
  ws.getCell("D12").border = { top: { style: "thin" }, bottom: { style: "double" } };
  ws.getCell("C9").numFmt = "0.00";
  await wb.xlsx.writeFile(xlsx);
  report = ReportV2Schema.parse(JSON.parse((await runCli(["--format", "json", SEED, xlsx])).stdout));
});
afterAll(() => removeDir(dir));

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function rowsOf(ws: ExcelJS.Worksheet | undefined): unknown[][] {
  const out: unknown[][] = [];
  ws?.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
  return out;
}

const projectsOf = (r: ReportV2) =>
  r.files.flatMap((f) => f.sheets.flatMap((s) => s.projects.map((p) => ({ f, s, p }))));
const findingsOf = (r: ReportV2) =>
  r.files.flatMap((f) => f.sheets.flatMap((s) => s.diagnostics.map((d) => ({ f, s, d }))));

describe("--report 汇总.xlsx", () => {
  test("one row per project with grade and counts, every finding in 问题明细 with filters, totals per department and grade", async () => {
    const target = path.join(dir, "汇总.xlsx");
    const missing = path.join(dir, "missing.xlsx");
    const r = await runCli(["--report", target, SEED, xlsx, missing]);
    expect(r.code).toBe(2);
    const wb = await read(target);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["项目汇总", "问题明细", "统计"]);
    const [head, ...rows] = rowsOf(wb.getWorksheet("项目汇总"));
    expect(head?.slice(0, 11)).toEqual([
      "文件",
      "工作表",
      "项目",
      "主管部门",
      "实施单位",
      "年度资金总额（万元）",
      "建议等次",
      "评级依据",
      "错误",
      "警告",
      "提示",
    ]);
    const expected = projectsOf(report);
    expect(rows).toHaveLength(expected.length + 1);
    expected.forEach(({ f, s, p }, i) => {
      const row = rows[i] ?? [];
      expect(row.slice(0, 7)).toEqual([
        f.path,
        s.name,
        p.name,
        p.department,
        p.unit,
        p.fundTotal ?? undefined,
        p.grade,
      ]);
      expect(row.slice(8, 11)).toEqual([p.counts.error, p.counts.warning, p.counts.info]);
    });
    expect(String(rows[rows.length - 1]?.[7])).toContain("无法读取（ENOENT）");
    const details = wb.getWorksheet("问题明细");
    const [, ...drows] = rowsOf(details);
    const all = findingsOf(report);
    expect(drows).toHaveLength(all.length);
    all.forEach(({ d }, i) => {
      const row = drows[i] ?? [];
      expect([row[3], row[4], row[7], row[8] ?? "", row[10]]).toEqual([
        d.cell,
        d.ruleId,
        d.message,
        d.value,
        d.fingerprint,
      ]);
      expect(row[6]).toBe(`${d.opinion.code} ${OPINION_TEXT[d.opinion.code]}`);
    });
    expect(details?.autoFilter).toBeTruthy();
    const stats = rowsOf(wb.getWorksheet("统计"));
    const total = stats.find((x) => x[0] === "合计");
    const g = { 优: 0, 良: 0, 中: 0, 差: 0 };
    for (const { p } of expected) g[p.grade]++;
    expect(total?.slice(1, 6)).toEqual([expected.length, g.优, g.良, g.中, g.差]);
    const deptRows = stats.slice(1, stats.indexOf(total ?? []));
    expect(deptRows.reduce((n, x) => n + Number(x[1]), 0)).toBe(expected.length);
  });

  test("--min-severity error keeps only errors in 问题明细", async () => {
    const target = path.join(dir, "errors.xlsx");
    await runCli(["--min-severity", "error", "--report", target, SEED]);
    const [, ...drows] = rowsOf((await read(target)).getWorksheet("问题明细"));
    const errors = findingsOf(report).filter(({ f, d }) => f.path === SEED && d.severity === "error");
    expect(drows.map((x) => x[3])).toEqual(errors.map(({ d }) => d.cell));
  });
});

describe("--report 汇总.html", () => {
  test("self-contained, cell text escaped, counts as in JSON", async () => {
    const target = path.join(dir, "汇总.html");
    await runCli(["--report", target, SEED, xlsx]);
    const html = fs.readFileSync(target, "utf8");
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("Content-Security-Policy");
    expect(html).toContain("@page { size: A4");
    // nothing fetched: no external reference of any kind
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:|\/\/)/i);
    expect(html).not.toMatch(/<script|<img|<link/i);
    expect(html).toContain("&#60;img src=x onerror=&#34;window.__pwned=1&#34;&#62;");
    expect((html.match(/<svg /g) ?? []).length).toBe(2);
    expect((html.match(/<td class="grade /g) ?? []).length).toBe(projectsOf(report).length);
    expect((html.match(/<tr class="sev-/g) ?? []).length).toBe(findingsOf(report).length);
  });
});

describe("--opinions 审核意见.xlsx", () => {
  test("one row per flagged 三级 indicator in the 监审 import shape, five sections per project", async () => {
    const target = path.join(dir, "审核意见.xlsx");
    const r = await runCli(["--opinions", target, SEED]);
    expect(r.code).toBe(1);
    const wb = await read(target);
    const [head, ...rows] = rowsOf(wb.getWorksheet("监审意见"));
    expect(head).toEqual(OPINION_COLUMNS);
    expect(head?.slice(0, 3)).toEqual(["监审意见", "其他意见", "项目名称"]);
    expect(head?.slice(-3)).toEqual(["一级指标", "二级指标", "三级指标"]);
    const seed = findingsOf(report).filter(({ f }) => f.path === SEED);
    // expected rows: per project in sheet order, its flagged indicator rows top-down
    const flagged: Array<typeof seed> = [];
    for (const { p } of projectsOf(report).filter(({ f }) => f.path === SEED)) {
      const byRow = new Map<number, typeof seed>();
      for (const x of seed)
        if (x.d.project === p.name && x.d.indicator)
          byRow.set(x.d.indicator.row, [...(byRow.get(x.d.indicator.row) ?? []), x]);
      flagged.push(...[...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => l));
    }
    expect(flagged.length).toBeGreaterThan(20);
    expect(rows).toHaveLength(flagged.length);
    rows.forEach((row, i) => {
      const list = flagged[i] ?? [];
      const ind = list[0]?.d.indicator;
      expect(row[2]).toBe(list[0]?.d.project);
      expect(row.slice(6)).toEqual([ind?.value || undefined, ind?.level1, ind?.level2, ind?.level3]);
      const codes = list.map(({ d }) => d.opinion);
      // the opinion is a code of the row's findings: a specific one when there is one, else 其他
      expect(codes.map((c) => c.text)).toContain(row[0]);
      if (codes.some((c) => c.code !== 11)) expect(row[0]).not.toBe("其他");
      for (const { d } of list) expect(String(row[1])).toContain(d.message);
    });
    const [shead, ...prow] = rowsOf(wb.getWorksheet("项目审核意见"));
    expect(shead).toEqual(SECTION_COLUMNS);
    const projects = projectsOf(report).filter(({ f }) => f.path === SEED);
    expect(prow.map((x) => [x[2], x[3]])).toEqual(projects.map(({ p }) => [p.name, p.grade]));
    // every finding appears once in its project's five sections
    projects.forEach(({ p }, i) => {
      const text = prow[i]?.slice(4).join("\n") ?? "";
      const mine = seed.filter(({ d }) => d.project === p.name);
      const numbered = text.split("\n").filter((l) => /^\d+\. /.test(l));
      expect(numbered).toHaveLength(mine.length);
    });
  });
});

describe("--annotate <dir>", () => {
  test("a copy with 批注 on flagged cells and a first sheet 校验结果; the source and its other content untouched", async () => {
    const out = path.join(dir, "annotated");
    const before = fs.readFileSync(xlsx);
    const r = await runCli(["--annotate", out, path.dirname(xlsx)]);
    expect(r.stderr).toBe("");
    expect(fs.readFileSync(xlsx)).toEqual(before);
    const copy = await read(path.join(out, "sample.xlsx"));
    const orig = await read(xlsx);
    expect(copy.worksheets.map((w) => w.name)).toEqual([RESULT_SHEET, ...orig.worksheets.map((w) => w.name)]);
    const file = report.files.find((f) => f.path === xlsx);
    let listed = 0;
    for (const ws of orig.worksheets) {
      const cw = copy.getWorksheet(ws.name);
      if (!cw) throw new Error(ws.name);
      const flagged = new Set(file?.sheets.find((s) => s.name === ws.name)?.diagnostics.map((d) => d.cell) ?? []);
      listed += file?.sheets.find((s) => s.name === ws.name)?.diagnostics.length ?? 0;
      expect((cw.model as { merges?: string[] }).merges?.sort()).toEqual(
        (ws.model as { merges?: string[] }).merges?.sort(),
      );
      for (let c = 1; c <= ws.columnCount; c++) expect(cw.getColumn(c).width).toBe(ws.getColumn(c).width);
      ws.eachRow({ includeEmpty: true }, (row, rn) => {
        row.eachCell({ includeEmpty: true }, (cell, cn) => {
          const other = cw.getCell(rn, cn);
          expect([cell.address, other.value]).toEqual([cell.address, cell.value]);
          expect([cell.address, other.formula]).toEqual([cell.address, cell.formula]);
          if (flagged.has(cell.address)) {
            // a cell that had no style gets one for its fill: its font and border are then spelt out as the defaults
            const font = cell.font ?? DEFAULT_FONT;
            const border = cell.border ?? {};
            expect([cell.address, other.numFmt, other.font, other.border, other.alignment]).toEqual([
              cell.address,
              cell.numFmt,
              font,
              border,
              cell.alignment,
            ]);
            expect(
              String(typeof other.note === "string" ? other.note : other.note?.texts?.map((t) => t.text).join("")),
            ).toContain("校验助手");
            expect(other.fill).toMatchObject({ type: "pattern", pattern: "solid" });
          } else {
            expect([cell.address, other.numFmt, other.font, other.border, other.alignment]).toEqual([
              cell.address,
              cell.numFmt,
              cell.font,
              cell.border,
              cell.alignment,
            ]);
            expect([cell.address, other.note, other.fill]).toEqual([cell.address, cell.note, cell.fill]);
          }
        });
      });
      for (const a of flagged) expect(cw.getCell(a).note).toBeTruthy();
    }
    const [head, ...rows] = rowsOf(copy.getWorksheet(RESULT_SHEET));
    expect(head?.slice(0, 3)).toEqual(["序号", "工作表", "单元格"]);
    const findings = rows.filter((x) => typeof x[0] === "number");
    expect(findings).toHaveLength(listed);
    const link = findings[0]?.[2] as { text: string; hyperlink: string };
    expect(link.hyperlink).toBe(`'${findings[0]?.[1]}'!${link.text}`);
  });

  test("refuses the source folder and a copy that would land on a source file", async () => {
    const src = path.dirname(xlsx);
    const before = fs.readFileSync(xlsx);
    const same = await runCli(["--annotate", src, src]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("源文件所在的文件夹");
    const viaFile = await runCli(["--annotate", src, xlsx]);
    expect(viaFile.code).toBe(2);
    expect(same.stdout + viaFile.stdout).toBe("");
    expect(fs.readFileSync(xlsx)).toEqual(before);
    expect(fs.readdirSync(src)).toEqual(["sample.xlsx"]);
  });

  test("a text input gets no copy and says so", async () => {
    const out = path.join(dir, "annotated-text");
    const r = await runCli(["--annotate", out, SEED]);
    expect(r.stderr).toContain("只为 .xlsx 工作簿生成批注副本");
    expect(fs.existsSync(path.join(out, path.basename(SEED)))).toBe(false);
  });
});
