// Loaded used-range data (values, text, numberFormat, valueTypes, merged areas) → Grid.
import { Grid, type Area, type Cell, type CellValue } from "../../core/grid";
import { parseAddressList } from "./address";
import { specificFormat } from "../number-format";

export interface UsedRangeData {
  readonly sheet: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: ReadonlyArray<ReadonlyArray<unknown>>;
  readonly text: ReadonlyArray<ReadonlyArray<string>>;
  readonly numberFormat: ReadonlyArray<ReadonlyArray<unknown>>;
  readonly valueTypes: ReadonlyArray<ReadonlyArray<string>>;
  /** RangeAreas.address of the merged areas, or null when not read (ExcelApi < 1.13) or there are none. */
  readonly mergedAddress: string | null;
}

/** A column too narrow for a number shows `####`: that is not what the cell holds. */
const HASHES = /^#+$/;

function cellOf(value: unknown, text: string, type: string, numFmt: unknown): Cell | null {
  const fmt = specificFormat(numFmt);
  switch (type) {
    case "Empty":
      return null;
    case "Error": {
      const code = text !== "" ? text : String(value);
      return { value: { error: code }, text: code };
    }
    case "Double":
    case "Integer": {
      const v: CellValue = typeof value === "number" ? value : Number(value);
      const shown = HASHES.test(text) ? "" : text;
      return fmt === undefined ? { value: v, text: shown } : { value: v, text: shown, numFmt: fmt };
    }
    case "Boolean":
      return { value: value === true, text };
    default: {
      // String, RichValue, Unknown: keep what the cell shows
      if (value === "" && text === "") return null;
      const v: CellValue =
        typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : text;
      return fmt === undefined ? { value: v, text } : { value: v, text, numFmt: fmt };
    }
  }
}

export function gridFromUsedRange(d: UsedRangeData): Grid {
  const rows: Array<Array<Cell | null>> = [];
  let any = false;
  d.values.forEach((vr, r) => {
    const row: Array<Cell | null> = [];
    vr.forEach((v, c) => {
      const cell = cellOf(v, d.text[r]?.[c] ?? "", d.valueTypes[r]?.[c] ?? "Unknown", d.numberFormat[r]?.[c]);
      if (cell) any = true;
      row.push(cell);
    });
    rows.push(row);
  });
  // a blank sheet's used range is A1: an empty grid, not a grid of one empty cell
  if (!any) return new Grid({ sheet: d.sheet, rows: [] });
  const height = rows.length;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const merges: Area[] = [];
  if (d.mergedAddress) {
    for (const { area } of parseAddressList(d.mergedAddress)) {
      // a merged area has at least two cells; some builds report only a merge's top-left cell (office-js#1590)
      if (area.top === area.bottom && area.left === area.right) continue;
      const m: Area = {
        top: Math.max(0, area.top - d.rowIndex),
        left: Math.max(0, area.left - d.columnIndex),
        bottom: Math.min(height - 1, area.bottom - d.rowIndex),
        right: Math.min(width - 1, area.right - d.columnIndex),
      };
      if (m.top <= m.bottom && m.left <= m.right) merges.push(m);
    }
  }
  return new Grid({ sheet: d.sheet, rows, merges, origin: { row: d.rowIndex, col: d.columnIndex } });
}
