// Inserting a blank table: where it goes and which cell is selected next. One rule for the pane, the Excel
// commands and the WPS ribbon (they used to place it in two different ways).
import type { SheetReport } from "../core/engine";
import type { Grid } from "../core/grid";
import { blankTemplate, type BlockSpec, type TemplateProfile } from "../core/template/block-spec";
import type { CellRef, HostAdapter, RangeRef, Settings } from "../hosts/host";

/**
 * At the selection when the block-sized area there is empty; else two rows below the sheet's content (one blank
 * row after the last table), in the column where the content starts.
 */
export function templatePosition(grid: Grid, sel: CellRef, spec: Pick<BlockSpec, "height" | "width">): CellRef {
  if (sel.sheet === grid.sheet) {
    let free = true;
    for (let r = 0; free && r < spec.height; r++) {
      for (let c = 0; free && c < spec.width; c++) {
        if (grid.text(sel.row - grid.origin.row + r, sel.col - grid.origin.col + c) !== "") free = false;
      }
    }
    if (free) return sel;
  }
  if (grid.rowCount === 0) return { sheet: grid.sheet, row: 0, col: 0 };
  return { sheet: grid.sheet, row: grid.origin.row + grid.rowCount + 1, col: grid.origin.col };
}

/** The cell the clerk types first in an inserted table (项目名称). */
export function firstInputCell(range: RangeRef, spec: Pick<BlockSpec, "inputs">): CellRef {
  const first = spec.inputs[0];
  return first
    ? { sheet: range.sheet, row: range.top + first.row, col: range.left + first.col }
    : { sheet: range.sheet, row: range.top, col: range.left };
}

/** The budget year of a new table: the settings', else the sheet's first table's, else next year. */
export function templateYear(settings: Settings, report: Pick<SheetReport, "tables"> | null): number {
  return settings.config.year ?? report?.tables.find((t) => t.year !== null)?.year ?? new Date().getFullYear() + 1;
}

export interface Inserted {
  readonly range: RangeRef;
  /** Where the cursor goes next (the adapter's insert does not select). */
  readonly select: CellRef;
}

/** Reads the sheet, places a blank table, inserts it (the host refuses to overwrite cells). */
export async function insertTemplate(
  host: HostAdapter,
  settings: Settings,
  profile: TemplateProfile,
  report: (grid: Grid) => SheetReport | null,
): Promise<Inserted> {
  const grid = await host.readActiveSheet();
  const r = report(grid);
  const spec = blankTemplate(profile, templateYear(settings, r));
  const sel = await host.selection();
  const at = templatePosition(grid, sel, spec);
  const range = await host.insertBlock(at, spec);
  return { range, select: firstInputCell(range, spec) };
}
