// --annotate <dir>: a copy of the workbook with a 批注 on every flagged cell, the flagged cells filled by
// severity, and a first sheet 校验结果 listing the findings with links to their cells. The source file is only
// read; everything else in the workbook (formats, formulas, merges, widths, other sheets) is left as loaded.
import * as fs from "fs";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import type { Severity } from "../../core/rules/types";
import { atLeast, opinionText, SEVERITY_ORDER, SEVERITY_ZH, type FileSummary, type Finding } from "./summary";

export const RESULT_SHEET = "校验结果";
const FILL: Readonly<Record<Severity, string>> = { error: "FFF8CBAD", warning: "FFFFE699", info: "FFDDEBF7" };
const ZIP_MAGIC = [0x50, 0x4b];

export type AnnotateOutcome = { readonly path: string } | { readonly skipped: string };

export async function annotateCopy(
  source: string,
  target: string,
  summary: FileSummary,
  min: Severity = "info",
): Promise<AnnotateOutcome> {
  if (path.resolve(source) === path.resolve(target)) return { skipped: "批注副本不能覆盖原文件，未生成" };
  const bytes = fs.readFileSync(source);
  if (bytes[0] !== ZIP_MAGIC[0] || bytes[1] !== ZIP_MAGIC[1] || !/\.xls[xm]$/i.test(target)) {
    return { skipped: "只为 .xlsx 工作簿生成批注副本，此文件未生成副本" };
  }
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  } catch {
    // the checker may have read it with parts skipped; a copy without those parts would lose the user's content
    return { skipped: "工作簿中有无法原样保留的内容（如特殊图形或数据验证），为免丢失内容，未生成批注副本" };
  }
  const show = atLeast(min);
  const listed: Array<{ sheet: string; f: Finding }> = [];
  for (const s of summary.sheets) {
    const ws = wb.getWorksheet(s.name);
    if (!ws) continue;
    const byCell = new Map<string, Finding[]>();
    for (const f of s.findings) {
      if (!show(f)) continue;
      listed.push({ sheet: s.name, f });
      const list = byCell.get(f.cell) ?? [];
      list.push(f);
      byCell.set(f.cell, list);
    }
    for (const [address, list] of byCell) markCell(ws.getCell(address), list);
  }
  addResultSheet(wb, listed, summary);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // write beside the target and rename: an interrupted run leaves no half-written copy under the real name
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    await wb.xlsx.writeFile(tmp);
    fs.renameSync(tmp, target);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return { path: target };
}

function markCell(cell: ExcelJS.Cell, list: Finding[]): void {
  list.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const worst = list[0]?.severity ?? "info";
  const text = list
    .map(
      (f) =>
        `【${SEVERITY_ZH[f.severity]}】${f.message}${f.fix ? `\n建议改为：${f.fix.value}` : ""}\n（${opinionText(f.opinion)}；规则 ${f.ruleId}）`,
    )
    .join("\n\n");
  const existing = noteText(cell.note);
  cell.note = existing ? `${existing}\n\n—— 校验助手 ——\n${text}` : `校验助手：\n${text}`;
  // only the fill changes; font, border, number format and alignment stay the user's
  cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: FILL[worst] } } };
}

function noteText(note: ExcelJS.Cell["note"] | undefined): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

function addResultSheet(
  wb: ExcelJS.Workbook,
  listed: ReadonlyArray<{ sheet: string; f: Finding }>,
  summary: FileSummary,
): void {
  let name = RESULT_SHEET;
  for (let i = 2; wb.getWorksheet(name); i++) name = `${RESULT_SHEET}(${i})`;
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  // first in the tab order; the others keep their relative order
  const others = wb.worksheets.filter((w) => w !== ws);
  // ExcelJS sorts worksheets by orderNo when writing; the typings do not declare it
  const order = (w: ExcelJS.Worksheet): { orderNo: number } => w as unknown as { orderNo: number };
  order(ws).orderNo = 0;
  others.forEach((w, i) => (order(w).orderNo = i + 1));
  ws.columns = [
    { header: "序号", width: 6 },
    { header: "工作表", width: 14 },
    { header: "单元格", width: 9 },
    { header: "项目", width: 28 },
    { header: "级别", width: 6 },
    { header: "审核意见", width: 18 },
    { header: "问题说明", width: 70 },
    { header: "单元格内容", width: 24 },
    { header: "修改建议", width: 24 },
    { header: "规则", width: 24 },
  ];
  ws.getRow(1).font = { bold: true };
  listed.forEach(({ sheet, f }, i) => {
    const row = ws.addRow([
      i + 1,
      sheet,
      null,
      f.project,
      SEVERITY_ZH[f.severity],
      opinionText(f.opinion),
      f.message,
      f.value,
      f.fix?.value ?? "",
      f.ruleId,
    ]);
    row.getCell(3).value = { text: f.cell, hyperlink: `'${sheet.replace(/'/g, "''")}'!${f.cell}` };
    row.getCell(3).font = { color: { argb: "FF0563C1" }, underline: true };
  });
  if (listed.length === 0) ws.addRow(["", "", "", "", "", "", "未发现问题"]);
  const projects = summary.sheets.reduce((n, s) => n + s.projects.length, 0);
  ws.addRow([]);
  ws.addRow([
    "",
    `共 ${projects} 个项目、${listed.length} 项问题。本副本由校验助手生成，原文件未改动；标色和批注仅为提示。`,
  ]);
}
