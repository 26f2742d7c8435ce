// After an edit, the session re-reads only the rows of the tables the edit touched and patches them into the
// last Grid: the host payload follows the edited table, not the sheet. Anything the last Grid cannot place (an
// edit outside its bounds, a sheet not read yet) asks for a full read instead.
import type { SheetReport } from "../core/engine";
import { Grid, type Cell } from "../core/grid";
import type { RangeRef } from "../hosts/host";

/** Sheet rows (0-based, inclusive) to read again, or null when only a full read will do. */
export function rowsToReread(
  grid: Grid,
  report: Pick<SheetReport, "tables">,
  edits: ReadonlyArray<RangeRef>,
): { top: number; bottom: number } | null {
  if (edits.length === 0) return null;
  const { row: r0, col: c0 } = grid.origin;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const e of edits) {
    if (e.sheet !== grid.sheet) return null;
    // outside the last read's bounds: the used range may have grown
    if (e.top < r0 || e.left < c0 || e.bottom > r0 + grid.rowCount - 1 || e.right > c0 + grid.colCount - 1) return null;
    let lo = e.top - r0;
    let hi = e.bottom - r0;
    // the whole of every table the edit touches (a rule may compare any two cells of a table)
    for (const t of report.tables) {
      if (t.area.top <= hi && lo <= t.area.bottom) {
        lo = Math.min(lo, t.area.top);
        hi = Math.max(hi, t.area.bottom);
      }
    }
    top = Math.min(top, lo + r0);
    bottom = Math.max(bottom, hi + r0);
  }
  return { top, bottom };
}

/** `base` with sheet rows `top`..`bottom` taken from `fresh` (those rows read again from the same sheet). */
export function patchRows(base: Grid, fresh: Grid, top: number, bottom: number): Grid {
  const rowOf = (g: Grid, r: number, dc: number): Array<Cell | null> => {
    const out: Array<Cell | null> = [];
    if (r < 0 || r >= g.rowCount) return out;
    for (const { col } of g.nonEmpty(r)) if (col + dc >= 0) out[col + dc] = g.cell(r, col);
    for (let c = 0; c < out.length; c++) if (out[c] === undefined) out[c] = null;
    return out;
  };
  const rows: Array<Array<Cell | null>> = [];
  for (let r = 0; r < base.rowCount; r++) {
    const sheetRow = base.origin.row + r;
    const inFresh = sheetRow >= top && sheetRow <= bottom;
    rows.push(
      inFresh ? rowOf(fresh, sheetRow - fresh.origin.row, fresh.origin.col - base.origin.col) : rowOf(base, r, 0),
    );
  }
  return new Grid({ sheet: base.sheet, rows, merges: base.merges, origin: base.origin });
}
