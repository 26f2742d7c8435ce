// What the ET object model returns for a used range (Value2, number formats, merged areas) → Grid.
// Pure functions: the adapter does the host calls, these only convert.
import { Grid, formatNumber, isErrorText, type Area, type Cell } from "../../core/grid";
import { specificFormat } from "../number-format";

/** Excel/ET error values (CVErr codes) and the text the cell shows. */
const CVERR: Readonly<Record<number, string>> = {
  2000: "#NULL!",
  2007: "#DIV/0!",
  2015: "#VALUE!",
  2023: "#REF!",
  2029: "#NAME?",
  2036: "#NUM!",
  2042: "#N/A",
  2043: "#GETTING_DATA",
};
/** A COM error variant (VT_ERROR) crosses the bridge as the HRESULT 0x800A0000 | code (signed or unsigned). */
const HRESULT_BASE = 0x800a0000;

/** The error text of a Value2 item, or null when it is not an error value. */
export function errorText(v: unknown): string | null {
  if (typeof v === "string") return isErrorText(v) ? v.trim() : null;
  if (typeof v !== "number" || !Number.isInteger(v)) return null;
  const unsigned = v < 0 ? v + 0x100000000 : v;
  if (unsigned < HRESULT_BASE || unsigned > HRESULT_BASE + 0xffff) return null;
  return CVERR[unsigned - HRESULT_BASE] ?? null;
}

const isBlank = (v: unknown): boolean => v === undefined || v === null || v === "";

/**
 * Value2 as a rows × cols matrix. The bridge gives a scalar for one cell and rows of cells for several; this also
 * accepts a 1-based array (an unused slot 0, as a VBA SAFEARRAY would index) and a flat array for one row or column.
 */
export function normalizeValue2(v: unknown, rows: number, cols: number): unknown[][] {
  const out: unknown[][] = [];
  let src: unknown[];
  if (!Array.isArray(v)) src = [[v]];
  else {
    src = v;
    if (src.length === rows + 1 && isBlank(src[0]) && Array.isArray(src[1])) src = src.slice(1);
    if (src.length > 0 && !src.some(Array.isArray)) {
      // a flat array: one row (or one column)
      src = rows === 1 ? [src] : src.map((x) => [x]);
    }
  }
  for (let r = 0; r < rows; r++) {
    const raw = src[r];
    let row: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    if (row.length === cols + 1 && isBlank(row[0])) row = row.slice(1);
    const cells: unknown[] = [];
    for (let c = 0; c < cols; c++) cells.push(row[c]);
    out.push(cells);
  }
  return out;
}

/** One cell from its Value2 and number format (null for an empty cell). */
export function cellOf(v: unknown, numFmt: string | undefined): Cell | null {
  if (isBlank(v)) return null;
  const err = errorText(v);
  if (err !== null) return { value: { error: err }, text: err };
  if (typeof v === "number") {
    const fmt = specificFormat(numFmt);
    return fmt === undefined
      ? { value: v, text: formatNumber(v) }
      : { value: v, text: formatNumber(v, fmt), numFmt: fmt };
  }
  if (typeof v === "boolean") return { value: v, text: v ? "TRUE" : "FALSE" };
  if (typeof v === "string") return { value: v, text: v };
  // anything else the bridge might hand over (a Date, a wrapper object): what it prints as
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return { value: s, text: s };
}

export interface UsedRangeRead {
  readonly sheet: string;
  /** 1-based Row / Column of the used range. */
  readonly row: number;
  readonly column: number;
  readonly values: ReadonlyArray<ReadonlyArray<unknown>>;
  /** Number format of a cell (0-based, relative), undefined when not known. */
  readonly formatAt: (row: number, col: number) => string | undefined;
  /** Merged areas relative to the used range. */
  readonly merges: ReadonlyArray<Area>;
}

export function gridFromRead(d: UsedRangeRead): Grid {
  const rows: Array<Array<Cell | null>> = [];
  let any = false;
  d.values.forEach((vr, r) => {
    rows.push(
      vr.map((v, c) => {
        const cell = cellOf(v, typeof v === "number" ? d.formatAt(r, c) : undefined);
        if (cell) any = true;
        return cell;
      }),
    );
  });
  // a blank sheet's used range is A1: an empty grid, not a grid of one empty cell
  if (!any) return new Grid({ sheet: d.sheet, rows: [] });
  const height = rows.length;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const merges: Area[] = [];
  for (const m of d.merges) {
    const a: Area = {
      top: Math.max(0, m.top),
      left: Math.max(0, m.left),
      bottom: Math.min(height - 1, m.bottom),
      right: Math.min(width - 1, m.right),
    };
    if (a.top <= a.bottom && a.left <= a.right && (a.bottom > a.top || a.right > a.left)) merges.push(a);
  }
  return new Grid({ sheet: d.sheet, rows, merges, origin: { row: d.row - 1, col: d.column - 1 } });
}

/** Positions (0-based, relative) of the numeric cells: the only ones whose number format changes their text. */
export function numericCells(values: ReadonlyArray<ReadonlyArray<unknown>>): Array<{ row: number; col: number }> {
  const out: Array<{ row: number; col: number }> = [];
  values.forEach((vr, r) =>
    vr.forEach((v, c) => {
      if (typeof v === "number" && errorText(v) === null) out.push({ row: r, col: c });
    }),
  );
  return out;
}

/**
 * Number formats of the numeric cells when neither the used range's own NumberFormat (null: the cells differ)
 * nor the XML form answers: one read of NumberFormat per vertical run of numeric cells, halving a run whose
 * cells differ. Costs one call per run of like-formatted cells, never one per cell of the sheet; stops after
 * `maxProbes` reads (the remaining cells show as General).
 */
export function probeFormats(
  cells: ReadonlyArray<{ row: number; col: number }>,
  read: (area: Area) => unknown,
  maxProbes: number,
): Map<string, string> {
  const out = new Map<string, string>();
  const runs: Area[] = [];
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.left === c.col && last.bottom === c.row - 1) runs[runs.length - 1] = { ...last, bottom: c.row };
    else runs.push({ top: c.row, left: c.col, bottom: c.row, right: c.col });
  }
  let probes = 0;
  const stack = runs.reverse();
  while (stack.length > 0 && probes < maxProbes) {
    const a = stack.pop() as Area;
    probes++;
    const f = read(a);
    if (typeof f === "string") {
      for (let r = a.top; r <= a.bottom; r++) out.set(`${r},${a.left}`, f);
    } else if (a.bottom > a.top) {
      const mid = Math.floor((a.top + a.bottom) / 2);
      stack.push({ ...a, top: mid + 1 }, { ...a, bottom: mid });
    }
  }
  return out;
}
