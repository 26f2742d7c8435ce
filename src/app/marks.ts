// Marks from findings, and writing them without ever losing the findings: the one place the pane's session, the
// Excel commands, the WPS page and the preview turn a report into marks.
import type { SheetReport } from "../core/engine";
import type { Grid } from "../core/grid";
import type { Diagnostic, Severity } from "../core/rules/types";
import { HostError, type HostAdapter, type Mark, type Settings } from "../hosts/host";
import { blankTableIndices } from "./blank-table";

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** A finding's cell in 0-based sheet coordinates (Diagnostic rows and columns are 1-based, for display). */
export function cellOf(d: Pick<Diagnostic, "row" | "col">): { row: number; col: number } {
  return { row: d.row - 1, col: d.col - 1 };
}

/**
 * One mark per cell, the most severe finding's; with `grid`, each mark is keyed to what its cell holds, so the
 * mark disappears by itself when the cell is fixed.
 */
export function marksFor(diagnostics: ReadonlyArray<Diagnostic>, grid?: Grid): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const d of diagnostics) {
    const { row, col } = cellOf(d);
    const k = `${row},${col}`;
    const prev = byCell.get(k);
    if (prev && RANK[d.severity] <= RANK[prev.severity]) continue;
    const mark: Mark = grid
      ? { row, col, severity: d.severity, snapshot: grid.cell(row - grid.origin.row, col - grid.origin.col).value }
      : { row, col, severity: d.severity };
    byCell.set(k, mark);
  }
  return [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * The marks a check leaves in the sheet under the settings: none when marks are off; hints only when the clerk
 * turned them on (errors and warnings first, issue 14); a blank table's empty inputs in the quiet hint colour — a
 * form to fill, not a wrong table — whatever the hint setting.
 */
export function sheetMarks(
  report: Pick<SheetReport, "diagnostics" | "tables">,
  settings: Pick<Settings, "marksOn" | "hintMarks">,
  grid?: Grid,
): Mark[] {
  if (!settings.marksOn) return [];
  const blank = blankTableIndices(report.tables);
  const shown: Diagnostic[] = [];
  for (const d of report.diagnostics) {
    if (blank.has(d.tableIndex)) shown.push({ ...d, severity: "info" });
    else if (d.severity !== "info" || settings.hintMarks === true) shown.push(d);
  }
  return marksFor(shown, grid);
}

/** Why sheet marks are missing; shown as one line above the findings (the findings themselves are complete). */
export const MARK_NOTICES = {
  failed: (why: string) => `表格中的标注未能写入（${why}），下方的问题清单不受影响。`,
  unsupported:
    "此版本的 Excel 不支持在表格中标注（需要 Excel 2019 或更新版本）；问题清单照常可用，点击问题可定位到单元格。",
  waiting: "为保留您的撤销记录，输入时不更新表格中的标注；点击“校验”后更新。问题清单已是最新。",
  bookChanged: "工作簿已切换，标注未写入原工作簿以外的文件；请在当前工作簿中点击“校验”。",
} as const;

/** The one-line reason of a failed mark write, without the advice that follows the first sentence. */
function reason(e: unknown): string {
  const m = e instanceof Error && /[\u4e00-\u9fff]/.test(e.message) ? e.message : "表格程序返回了错误";
  const first = m.split(/[。.]/)[0] ?? m;
  return first.length > 60 ? `${first.slice(0, 60)}…` : first;
}

export interface MarkOutcome {
  readonly written: boolean;
  /** zh-CN, one line; null when the marks were written. */
  readonly notice: string | null;
}

/** Writes the marks; a host error degrades to "no marks" with a notice, never to lost findings. */
export async function writeMarks(
  host: HostAdapter,
  sheet: string,
  marks: ReadonlyArray<Mark>,
  book?: string,
): Promise<MarkOutcome> {
  if (!host.capabilities().marks) return { written: false, notice: marks.length > 0 ? MARK_NOTICES.unsupported : null };
  try {
    await host.setMarks(sheet, marks, book);
    return { written: true, notice: null };
  } catch (e) {
    if (e instanceof HostError && e.code === "BOOK_CHANGED")
      return { written: false, notice: MARK_NOTICES.bookChanged };
    return { written: false, notice: MARK_NOTICES.failed(reason(e)) };
  }
}

/** Summary line of a report (WPS status bar, command results). */
export function summaryOf(r: SheetReport): string {
  const count = (sev: Severity): number => r.diagnostics.filter((d) => d.severity === sev).length;
  return `绩效目标表校验：${r.projects.length} 个项目，错误 ${count("error")} 条，警告 ${count("warning")} 条，提示 ${count("info")} 条。`;
}
