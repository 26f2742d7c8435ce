// .xls (made from the seed with its formats and merges), .et, .csv and HTML saved as .xls: the same findings as
// the .xlsx read by ExcelJS, and the bad-input contract (code, zh-CN message, other files still checked).
import * as fs from "fs";
import * as path from "path";
import * as XLSX from "@e965/xlsx";
import { readXls } from "../../src/cli/read-xls";
import { readXlsx } from "../../src/cli/read-xlsx";
import { makeTmpDir, removeDir, runCli, SEED, SEED_TEXT, writeSampleWorkbook } from "./fixtures";
import ExcelJS from "exceljs";

// a shared, busy machine: reading and writing workbooks can take seconds
jest.setTimeout(60000);

let dir: string;
const p = (name: string): string => path.join(dir, name);

/** The .xlsx re-saved by SheetJS as BIFF8 with number formats and merges, the way an old Excel keeps it. */
function toXls(xlsx: Buffer): Buffer {
  const wb = XLSX.read(xlsx, { type: "buffer", cellNF: true, cellFormula: true, cellStyles: true });
  return XLSX.write(wb, { type: "buffer", bookType: "xls" }) as Buffer;
}

beforeAll(async () => {
  dir = makeTmpDir();
  await writeSampleWorkbook(p("sample.xlsx"));
  // plus the whole seed (21 tables) as one more sheet
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(p("sample.xlsx"));
  const all = wb.addWorksheet("全部");
  SEED_TEXT.split(/\r?\n/).forEach((line, r) =>
    line.split("\t").forEach((t, c) => t && (all.getCell(r + 1, c + 1).value = t)),
  );
  all.mergeCells("A1:E1");
  await wb.xlsx.writeFile(p("sample.xlsx"));
  fs.writeFileSync(p("sample.xls"), toXls(fs.readFileSync(p("sample.xlsx"))));
  fs.copyFileSync(p("sample.xls"), p("sample.et"));
});
afterAll(() => removeDir(dir));

test("the .xls fixture really is BIFF (an OLE compound file), with the merges and number formats", () => {
  const bytes = fs.readFileSync(p("sample.xls"));
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  const grids = readXls(bytes);
  expect(grids.map((g) => g.sheet)).toEqual(["绩效目标表", "类型值", "填表说明", "全部"]);
  expect(grids[0]?.merges.length).toBe(8);
  // percent-formatted numbers keep their format and show as the sheet shows them
  const g = grids[1];
  const percents: string[] = [];
  for (let r = 0; g && r < g.rowCount; r++) {
    for (let c = 0; c < g.colCount; c++) if (g.cell(r, c).numFmt?.includes("%")) percents.push(g.cell(r, c).text);
  }
  expect(percents.length).toBeGreaterThanOrEqual(2);
  for (const t of percents) expect(t).toMatch(/^\d+%$/);
});

test("every cell reads the same from .xls (SheetJS) as from .xlsx (ExcelJS)", async () => {
  const a = await readXlsx(fs.readFileSync(p("sample.xlsx")));
  const b = readXls(fs.readFileSync(p("sample.xls")));
  expect(b.length).toBe(a.length);
  a.forEach((ga, i) => {
    const gb = b[i];
    if (!gb) throw new Error("sheet missing");
    expect([gb.origin, gb.rowCount, gb.colCount, gb.merges]).toEqual([ga.origin, ga.rowCount, ga.colCount, ga.merges]);
    for (let r = 0; r < ga.rowCount; r++) {
      for (let c = 0; c < ga.colCount; c++) {
        const x = ga.cell(r, c);
        const y = gb.cell(r, c);
        expect([ga.sheet, r, c, y.text, y.value]).toEqual([ga.sheet, r, c, x.text, x.value]);
      }
    }
  });
});

test(".xls and .et give the same findings as the .xlsx in the JSON report", async () => {
  const r = await runCli(["--format", "json", p("sample.xlsx"), p("sample.xls"), p("sample.et")]);
  const report = JSON.parse(r.stdout);
  const [x, xls, et] = report.files.map((f: { sheets: Array<{ diagnostics: Array<Record<string, unknown>> }> }) =>
    f.sheets.map((s) => s.diagnostics.map((d) => [d.cell, d.ruleId, d.message, d.value, d.fingerprint])),
  );
  expect(x.flat().length).toBeGreaterThan(100);
  expect(xls).toEqual(x);
  expect(et).toEqual(x);
  expect(report.files.map((f: { error: unknown }) => f.error)).toEqual([null, null, null]);
});

test(".csv (GBK or UTF-8) is read field by field; HTML saved as .xls is read", async () => {
  const rows = SEED_TEXT.split(/\r?\n/)
    .slice(2, 23)
    .map((l) =>
      l
        .split("\t")
        .map((t) => (/[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t))
        .join(","),
    );
  fs.writeFileSync(p("table.csv"), rows.join("\r\n"));
  fs.writeFileSync(p("table.tsv"), SEED_TEXT.split(/\r?\n/).slice(2, 23).join("\n"));
  fs.writeFileSync(p("table-gbk.csv"), encodeGbk(rows.join("\r\n")));
  fs.writeFileSync(p("page.xls"), "<html><body><table><tr><td>x</td></tr></table></body></html>");
  const r = await runCli(["--format", "json", p("table.tsv"), p("table.csv"), p("table-gbk.csv"), p("page.xls")]);
  const files = JSON.parse(r.stdout).files;
  const pick = (i: number) =>
    files[i].sheets[0].diagnostics.map((d: Record<string, unknown>) => [d.cell, d.ruleId, d.message]);
  expect(pick(0).length).toBeGreaterThan(3);
  expect(pick(1)).toEqual(pick(0));
  expect(pick(2)).toEqual(pick(0));
  expect(files[3].error).toBeNull();
  expect(files[3].sheets[0].projects).toEqual([]);
});

test("an unreadable .xls or .et keeps the bad-input contract: code, zh-CN message, the others still checked", async () => {
  const junk = Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(600, 7),
    Buffer.from("Workbook", "utf16le"),
  ]);
  fs.writeFileSync(p("broken.xls"), junk);
  fs.writeFileSync(p("broken.et"), junk);
  fs.writeFileSync(p("data.json"), "{}");
  const r = await runCli(["--format", "json", p("broken.xls"), p("broken.et"), p("data.json"), SEED]);
  expect(r.code).toBe(2);
  const files = JSON.parse(r.stdout).files;
  expect(files[0].error.code).toBe("XLS_UNSUPPORTED");
  expect(files[0].error.message).toContain("无法读取");
  expect(files[1].error.code).toBe("XLS_UNSUPPORTED");
  expect(files[1].error.message).toContain("WPS");
  expect(files[2].error.code).toBe("NOT_XLSX");
  expect(files[2].error.message).toContain("不支持的文件类型“.json”");
  expect(files[3].sheets[0].projects.length).toBe(21);
  expect(r.stderr).toBe("");
});

/** GB18030 bytes for the CJK and ASCII text of the seed, via the codec table SheetJS ships (no extra dependency). */
function encodeGbk(text: string): Buffer {
  const cptable = require("@e965/xlsx/dist/cpexcel.js") as {
    utils: { encode(cp: number, s: string): number[] | Buffer };
  };
  return Buffer.from(cptable.utils.encode(936, text));
}

test("a crafted .xls merging a whole sheet ends in TOO_LARGE, not a hang, and the others are still checked", async () => {
  const ws = XLSX.utils.aoa_to_sheet([["x"]]);
  ws["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 65535, c: 255 } }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "s");
  fs.writeFileSync(p("merged.xls"), XLSX.write(wb, { type: "buffer", bookType: "xls" }) as Buffer);
  const r = await runCli(["--format", "json", p("merged.xls"), SEED]);
  const files = JSON.parse(r.stdout).files;
  expect(files[0].error.code).toBe("TOO_LARGE");
  expect(files[0].error.message).toContain("合并单元格");
  expect(files[1].sheets[0].projects.length).toBe(21);
});
