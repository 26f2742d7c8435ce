// --report 汇总.xlsx: 项目汇总 (one row per project), 问题明细 (every shown finding, filterable), 统计 (per
// 主管部门, per grade, most frequent rules). Built from the per-file summaries only.
import type * as ExcelJS from "exceljs";
import type { Severity } from "../../core/rules/types";
import {
  atLeast,
  gradeReason,
  opinionText,
  projectFindings,
  SEVERITY_ZH,
  topIssues,
  totalsOf,
  type FileSummary,
} from "./summary";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const GRADE_FILL: Readonly<Record<string, string>> = { 优: "FFE2F0D9", 良: "FFFFF2CC", 中: "FFFCE4D6", 差: "FFF8CBAD" };

export async function buildSummaryWorkbook(
  files: ReadonlyArray<FileSummary>,
  min: Severity,
): Promise<ExcelJS.Workbook> {
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  wb.creator = "ptcheck 绩效目标表校验助手";
  const show = atLeast(min);

  const projects = wb.addWorksheet("项目汇总", { views: [{ state: "frozen", ySplit: 1 }] });
  projects.columns = [
    { header: "文件", width: 28 },
    { header: "工作表", width: 14 },
    { header: "项目", width: 30 },
    { header: "主管部门", width: 22 },
    { header: "实施单位", width: 22 },
    { header: "年度资金总额（万元）", width: 12 },
    { header: "建议等次", width: 9 },
    { header: "评级依据", width: 26 },
    { header: "错误", width: 7 },
    { header: "警告", width: 7 },
    { header: "提示", width: 7 },
    { header: "主要问题", width: 80 },
  ];
  for (const f of files) {
    if (f.error) {
      projects.addRow([f.path, "", "", "", "", null, "", `无法读取（${f.error.code}）：${f.error.message}`]);
      continue;
    }
    for (const s of f.sheets) {
      for (const p of s.projects) {
        const list = projectFindings(s, p.tableIndex, show);
        const row = projects.addRow([
          f.path,
          s.name,
          p.name,
          p.department,
          p.unit,
          p.fundTotal,
          p.grade,
          gradeReason(p),
          p.counts.error,
          p.counts.warning,
          p.counts.info,
          topIssues(list),
        ]);
        const fill = GRADE_FILL[p.grade];
        if (fill) row.getCell(7).fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
      }
    }
  }
  finishTable(projects);

  const details = wb.addWorksheet("问题明细", { views: [{ state: "frozen", ySplit: 1 }] });
  details.columns = [
    { header: "文件", width: 28 },
    { header: "工作表", width: 14 },
    { header: "项目", width: 28 },
    { header: "单元格", width: 8 },
    { header: "规则", width: 26 },
    { header: "级别", width: 6 },
    { header: "审核意见", width: 20 },
    { header: "问题说明", width: 70 },
    { header: "单元格内容", width: 30 },
    { header: "修改建议", width: 30 },
    { header: "指纹", width: 18 },
  ];
  for (const f of files) {
    for (const s of f.sheets) {
      for (const d of s.findings) {
        if (!show(d)) continue;
        details.addRow([
          f.path,
          s.name,
          d.project,
          d.cell,
          d.ruleId,
          SEVERITY_ZH[d.severity],
          `${d.opinion} ${opinionText(d.opinion)}`,
          d.message,
          d.value,
          d.fix ? `${d.fix.cell}：${d.fix.value}` : "",
          d.fingerprint,
        ]);
      }
    }
  }
  finishTable(details);

  const totals = totalsOf(files, min);
  const stats = wb.addWorksheet("统计");
  stats.columns = [
    { width: 26 },
    { width: 9 },
    { width: 7 },
    { width: 7 },
    { width: 7 },
    { width: 7 },
    { width: 7 },
    { width: 7 },
    { width: 7 },
  ];
  const head = (values: ReadonlyArray<string>): void => {
    const r = stats.addRow([...values]);
    r.font = { bold: true };
    r.eachCell((c) => (c.fill = HEADER_FILL));
  };
  head(["按主管部门", "项目数", "优", "良", "中", "差", "错误", "警告", "提示"]);
  for (const d of totals.byDepartment) {
    stats.addRow([
      d.department,
      d.projects,
      d.grades.优,
      d.grades.良,
      d.grades.中,
      d.grades.差,
      d.counts.error,
      d.counts.warning,
      d.counts.info,
    ]);
  }
  stats.addRow([
    "合计",
    totals.projects,
    totals.byGrade.优,
    totals.byGrade.良,
    totals.byGrade.中,
    totals.byGrade.差,
    totals.counts.error,
    totals.counts.warning,
    totals.counts.info,
  ]).font = { bold: true };
  stats.addRow([]);
  head(["按建议等次", "项目数"]);
  for (const g of ["优", "良", "中", "差"] as const) stats.addRow([g, totals.byGrade[g]]);
  stats.addRow([]);
  head(["出现最多的规则", "次数", "级别"]);
  for (const r of totals.byRule.slice(0, 15)) stats.addRow([r.ruleId, r.count, SEVERITY_ZH[r.severity]]);
  if (totals.failedFiles > 0) {
    stats.addRow([]);
    stats.addRow([`无法读取的文件：${totals.failedFiles} 个（见“项目汇总”）`]);
  }
  if (min !== "info") stats.addRow([`问题按 --min-severity ${min} 筛选；评级按全部问题计算`]);
  return wb;
}

export async function writeSummaryXlsx(
  target: string,
  files: ReadonlyArray<FileSummary>,
  min: Severity,
): Promise<void> {
  const wb = await buildSummaryWorkbook(files, min);
  await wb.xlsx.writeFile(target);
}

function finishTable(ws: ExcelJS.Worksheet): void {
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.eachCell((c) => (c.fill = HEADER_FILL));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ws.rowCount), column: ws.columnCount } };
}
