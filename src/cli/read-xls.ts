// .xls (BIFF5/8, and the HTML or SpreadsheetML tables government systems save as ".xls"), .et and .csv → Grids,
// through SheetJS (@e965/xlsx, the CE build republished on the npm registry). Shaped like read-xlsx: merged
// slave cells empty, numbers as displayed (core formatNumber, so .xls and .xlsx show the same text), cached
// formula results with the formula kept, error values as CellError.
import type * as XLSX from "@e965/xlsx";
import { formatNumber, fromA1, Grid, serialToDate, type Area, type Cell } from "../core/grid";
import { MSG } from "./errors";
import { decodeText } from "./read-tsv";
import { XLSX_LIMITS } from "./xlsx-limits";

type SheetJs = typeof XLSX;
let lib: SheetJs | null = null;
function sheetjs(): SheetJs {
  // loaded only when such a file is read: it is a large module
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous lazy load
  lib ??= require("@e965/xlsx") as SheetJs;
  return lib;
}

/** Throws when SheetJS cannot make a workbook of the bytes; the caller turns that into its zh-CN message. */
export function readXls(bytes: Uint8Array): Grid[] {
  const X = sheetjs();
  const wb = X.read(bytes, {
    type: "buffer",
    cellFormula: true,
    cellNF: true,
    cellText: true,
    cellDates: false,
    cellStyles: false,
    dense: false,
  });
  checkLimits(wb);
  return wb.SheetNames.flatMap((name) => {
    const ws = wb.Sheets[name];
    return ws ? [gridOf(name, ws)] : [];
  });
}

/** A .csv as the clerk's Excel saved it (GBK or UTF-8, comma or semicolon): every field kept as written. */
export function readCsv(sheet: string, bytes: Uint8Array): Grid {
  const X = sheetjs();
  const wb = X.read(decodeText(bytes).text, { type: "string", raw: true, dense: false });
  const first = wb.SheetNames[0];
  const ws = first !== undefined ? wb.Sheets[first] : undefined;
  return ws ? gridOf(sheet, ws) : new Grid({ sheet, rows: [] });
}

/** The .xlsx ceilings (xlsx-limits.ts) for what SheetJS parsed, checked before any merge is looked at cell by cell. */
function checkLimits(wb: XLSX.WorkBook): void {
  let cells = 0;
  let merges = 0;
  let mergedCells = 0;
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    cells += Object.keys(ws).length;
    for (const m of ws["!merges"] ?? []) {
      merges++;
      mergedCells += (m.e.r - m.s.r + 1) * (m.e.c - m.s.c + 1);
    }
  }
  if (cells > XLSX_LIMITS.cells) throw MSG.tooManyCells(XLSX_LIMITS.cells);
  if (merges > XLSX_LIMITS.merges) throw MSG.tooManyMerges(XLSX_LIMITS.merges);
  if (mergedCells > XLSX_LIMITS.mergedCells) throw MSG.mergedAreaTooLarge(mergedCells, XLSX_LIMITS.mergedCells);
}

function gridOf(name: string, ws: XLSX.WorkSheet): Grid {
  const ref = ws["!ref"];
  if (!ref) return new Grid({ sheet: name, rows: [] });
  const merges: Area[] = (ws["!merges"] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  // merges by row, so a cell finds the few that could cover it without expanding any area
  const byRow = new Map<number, Area[]>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  const isSlave = (r: number, c: number): boolean =>
    (byRow.get(r) ?? []).some((m) => c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const placed: Array<{ r: number; c: number; cell: Cell }> = [];
  for (const key of Object.keys(ws)) {
    if (key.startsWith("!")) continue;
    const pos = fromA1(key);
    if (!pos || isSlave(pos.row, pos.col)) continue;
    const cell = toCell(ws[key] as XLSX.CellObject);
    if (!cell) continue;
    placed.push({ r: pos.row, c: pos.col, cell });
    top = Math.min(top, pos.row);
    left = Math.min(left, pos.col);
    bottom = Math.max(bottom, pos.row);
    right = Math.max(right, pos.col);
  }
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  if (bottom < 0) return new Grid({ sheet: name, rows: [] });
  const rows: Array<Array<Cell | null>> = [];
  for (let r = top; r <= bottom; r++) rows.push([]);
  for (const p of placed) {
    const row = rows[p.r - top];
    if (!row) continue;
    while (row.length < p.c - left) row.push(null);
    row[p.c - left] = p.cell;
  }
  return new Grid({
    sheet: name,
    rows,
    merges: merges.map((m) => ({
      top: m.top - top,
      left: m.left - left,
      bottom: m.bottom - top,
      right: m.right - left,
    })),
    origin: { row: top, col: left },
  });
}

function toCell(c: XLSX.CellObject): Cell | null {
  const numFmt = typeof c.z === "string" && c.z !== "General" ? c.z : undefined;
  const formula = c.f ? { formula: `=${c.f.replace(/^=/, "")}` } : {};
  const fmt = numFmt ? { numFmt } : {};
  switch (c.t) {
    case "s": {
      const v = c.v === undefined || c.v === null ? "" : String(c.v);
      if (v === "" && !c.f) return null;
      return { value: v === "" ? null : v, text: v, ...formula, ...fmt };
    }
    case "n": {
      if (typeof c.v !== "number") return null;
      return { value: c.v, text: numberText(c.v, numFmt, c.w), ...formula, ...fmt };
    }
    case "b":
      return { value: c.v === true, text: c.v ? "TRUE" : "FALSE", ...formula, ...fmt };
    case "e": {
      const text = c.w ?? "#VALUE!";
      return { value: { error: text }, text, ...formula, ...fmt };
    }
    case "d": {
      const d = c.v instanceof Date ? c.v : null;
      if (!d) return null;
      const serial = (d.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
      return { value: serial, text: numberText(serial, numFmt, c.w), ...formula, ...fmt };
    }
    default:
      return null;
  }
}

/** As read-xlsx shows numbers: the core's formatter, and a zh-CN date where it does not know the date format. */
function numberText(v: number, numFmt: string | undefined, shown: string | undefined): string {
  const text = formatNumber(v, numFmt);
  if (numFmt && isDateFormat(numFmt) && /^-?[\d.]+$/.test(text)) {
    const { y, m, d } = serialToDate(v);
    return `${y}年${m}月${d}日`;
  }
  return text || shown || String(v);
}

function isDateFormat(numFmt: string): boolean {
  return sheetjs().SSF.is_date(numFmt);
}
