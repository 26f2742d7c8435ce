// --opinions 审核意见.xlsx: the reviewer's opinion sheet in the shape the 一体化 system's 监审 import takes
// (review-criteria.md §0.2: 监审意见 | 其他意见 | 项目名称 | … | 一级 | 二级 | 三级), one row per flagged 三级
// indicator, plus a project-level sheet in the five sections of the 绩效目标审核表.
import type * as ExcelJS from "exceljs";
import { ruleById } from "../../core/rules";
import type { Severity } from "../../core/rules/types";
import {
  atLeast,
  findingsByTable,
  opinionText,
  SEVERITY_ORDER,
  type FileSummary,
  type Finding,
  type IndicatorRef,
} from "./summary";

export const OPINION_COLUMNS = [
  "监审意见",
  "其他意见",
  "项目名称",
  "主管部门",
  "文件",
  "工作表",
  "指标值",
  "一级指标",
  "二级指标",
  "三级指标",
];
export const SECTION_COLUMNS = [
  "文件",
  "工作表",
  "项目名称",
  "建议等次",
  "一、总体目标审核意见",
  "二、产出指标审核意见",
  "三、效益指标审核意见",
  "四、满意度指标审核意见",
  "五、需补充完善事项",
];

type Section = 0 | 1 | 2 | 3 | 4;

/** Which of the five sections a finding belongs to. */
export function sectionOf(f: Finding): Section {
  if (f.indicator) {
    if (f.indicator.level1.startsWith("效益")) return 2;
    if (f.indicator.level1.startsWith("满意度")) return 3;
    if (f.indicator.level1.startsWith("产出") || f.indicator.level1.startsWith("成本")) return 1;
  }
  // something missing (a row, a field, the goal) is what the unit must add
  if (f.opinion === 1 || f.opinion === 8 || f.opinion === 9 || f.opinion === 10) return 4;
  return ruleById(f.ruleId)?.meta.category === "document" ? 0 : 4;
}

export async function buildOpinionsWorkbook(
  files: ReadonlyArray<FileSummary>,
  min: Severity = "info",
): Promise<ExcelJS.Workbook> {
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  const show = atLeast(min);
  const rows = wb.addWorksheet("监审意见", { views: [{ state: "frozen", ySplit: 1 }] });
  rows.columns = OPINION_COLUMNS.map((header, i) => ({
    header,
    width: [20, 60, 28, 22, 24, 12, 16, 12, 16, 30][i] ?? 14,
  }));
  const projects = wb.addWorksheet("项目审核意见", { views: [{ state: "frozen", ySplit: 1 }] });
  projects.columns = SECTION_COLUMNS.map((header, i) => ({ header, width: i < 3 ? 22 : i === 3 ? 9 : 48 }));

  for (const f of files) {
    for (const s of f.sheets) {
      for (const p of s.projects) {
        const mine = (findingsByTable(s).get(p.tableIndex) ?? []).filter(show);
        // one row per flagged 三级 indicator, its findings worst first
        const byRow = new Map<number, { ind: IndicatorRef; list: Finding[] }>();
        for (const x of mine) {
          if (!x.indicator) continue;
          const g = byRow.get(x.indicator.row) ?? { ind: x.indicator, list: [] };
          g.list.push(x);
          byRow.set(x.indicator.row, g);
        }
        for (const { ind, list } of [...byRow.values()].sort((a, b) => a.ind.row - b.ind.row)) {
          list.sort(
            (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.opinion - b.opinion,
          );
          const primary = list.find((x) => x.opinion !== 11) ?? list[0];
          if (!primary) continue;
          const other = list.map((x) => `${x.cell}：${x.message}`).join("\n");
          const r = rows.addRow([
            opinionText(primary.opinion),
            other,
            p.name,
            p.department,
            f.path,
            s.name,
            ind.value || null,
            ind.level1,
            ind.level2,
            ind.level3,
          ]);
          r.alignment = { wrapText: true, vertical: "top" };
        }
        const sections: string[][] = [[], [], [], [], []];
        for (const x of mine) sections[sectionOf(x)]?.push(`${x.cell}：${x.message}`);
        const texts = sections.map((l) => (l.length === 0 ? "无" : l.map((t, i) => `${i + 1}. ${t}`).join("\n")));
        const r = projects.addRow([f.path, s.name, p.name, p.grade, ...texts]);
        r.alignment = { wrapText: true, vertical: "top" };
      }
    }
  }
  for (const ws of [rows, projects]) {
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ws.rowCount), column: ws.columnCount } };
  }
  return wb;
}

export async function writeOpinions(
  target: string,
  files: ReadonlyArray<FileSummary>,
  min: Severity = "info",
): Promise<void> {
  await (await buildOpinionsWorkbook(files, min)).xlsx.writeFile(target);
}
