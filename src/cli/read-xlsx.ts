// .xlsx bytes → one Grid per worksheet, shaped like the TSV of the same sheet: merged slave cells empty,
// displayed text for numbers (percent, dates), cached formula results, error values as CellError.
import type * as ExcelJS from "exceljs";
import { formatNumber, fromA1, Grid, type Area, type Cell } from "../core/grid";
import { MSG } from "./errors";
import { planXlsx } from "./xlsx-limits";

/** Worksheet parts the checker never reads; skipping them is the retry when ExcelJS chokes on one of them. */
const SKIPPABLE_NODES = [
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "hyperlinks",
  "drawing",
  "picture",
  "legacyDrawing",
  "autoFilter",
  "tableParts",
  "rowBreaks",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "sheetProtection",
];

export async function readXlsx(buffer: Buffer): Promise<Grid[]> {
  // limits first, from the package itself: nothing below may meet a part, cell count or merge it cannot afford
  const plan = planXlsx(buffer);
  const { Workbook } = await import("exceljs"); // loaded only when a workbook is actually read
  // ExcelJS's typings declare their own `Buffer extends ArrayBuffer`; Node's Buffer is what it really takes
  const bytes = buffer as unknown as Parameters<ExcelJS.Xlsx["load"]>[0];
  let wb = new Workbook();
  try {
    // merges come from the plan as areas: ExcelJS would create every cell of every merged area
    await wb.xlsx.load(bytes, { ignoreNodes: ["mergeCells"] });
  } catch {
    // WPS and report generators write parts ExcelJS cannot parse (drawings, validations); the cells may still be fine
    wb = new Workbook();
    try {
      await wb.xlsx.load(bytes, { ignoreNodes: ["mergeCells", ...SKIPPABLE_NODES] });
    } catch {
      throw MSG.corrupt();
    }
  }
  const merges = new Map(plan.map((p) => [p.name, p.merges]));
  const grids = wb.worksheets.map((ws) => gridFromWorksheet(ws, merges.get(ws.name) ?? []));
  if (grids.length === 0) throw MSG.noSheets("工作簿中没有可读取的工作表");
  return grids;
}

/** A worksheet's non-empty cells as a sparse Grid over the used range (values and merged areas). */
export function gridFromWorksheet(ws: ExcelJS.Worksheet, mergeAreas: ReadonlyArray<Area> = readMerges(ws)): Grid {
  // ExcelJS gives a row's cells in column order: each row goes to the Grid as it is, with no per-cell record to
  // group and sort again (about a tenth of reading a large sheet); the Grid places rows in any order itself
  const rows: Array<{ row: number; cols: number[]; cells: Cell[] }> = [];
  let inOrder = true;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const grow = (r: number, c: number): void => {
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  };

  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cols: number[] = [];
    const cells: Cell[] = [];
    eachStoredCell(row, (xc, colNumber) => {
      // ExcelJS answers a merged slave with its master's value; in the sheet (and the TSV) it is empty
      if (xc.type === MERGE_TYPE && xc.master !== xc) return;
      const cell = toCell(xc);
      if (!cell) return;
      const last = cols[cols.length - 1];
      if (last !== undefined && colNumber - 1 <= last) inOrder = false;
      cols.push(colNumber - 1);
      cells.push(cell);
      grow(rowNumber - 1, colNumber - 1);
    });
    if (cols.length > 0) rows.push({ row: rowNumber - 1, cols, cells });
  });

  // merged areas belong to the used range as Excel sees it, even where they hold no value
  for (const m of mergeAreas) {
    grow(m.top, m.left);
    grow(m.bottom, m.right);
  }

  if (bottom < 0) return new Grid({ sheet: ws.name, rows: [] });

  const merges: Area[] = mergeAreas.map((m) => ({
    top: m.top - top,
    left: m.left - left,
    bottom: m.bottom - top,
    right: m.right - left,
  }));
  const shift = (cols: number[]): number[] => (left === 0 ? cols : cols.map((c) => c - left));
  // a row's cells out of column order (not what ExcelJS gives): as placed cells, which the Grid sorts itself
  const cells = inOrder
    ? undefined
    : rows.flatMap((r) => r.cells.map((cell, i) => ({ row: r.row - top, col: (r.cols[i] ?? 0) - left, cell })));
  const sortedRows = inOrder ? rows.map((r) => ({ row: r.row - top, cols: shift(r.cols), cells: r.cells })) : [];
  return new Grid({
    sheet: ws.name,
    rows: [],
    ...(cells ? { cells } : { sortedRows }),
    size: { rows: bottom - top + 1, cols: right - left + 1 },
    merges,
    origin: { row: top, col: left },
  });
}

/**
 * The cells ExcelJS stored for a row. `row.eachCell` walks every index up to the last column (a value in A and in
 * XFD: 16 384 steps a row, minutes for 20 000 rows); the keys of its cell array are only the cells that exist.
 */
function eachStoredCell(row: ExcelJS.Row, fn: (cell: ExcelJS.Cell, col: number) => void): void {
  const cells = (row as unknown as { _cells?: Array<ExcelJS.Cell | undefined> })._cells;
  if (!Array.isArray(cells)) {
    row.eachCell({ includeEmpty: false }, fn);
    return;
  }
  for (const key of Object.keys(cells)) {
    const cell = cells[Number(key)];
    if (cell && cell.type !== NULL_TYPE) fn(cell, Number(key) + 1);
  }
}

/** ExcelJS's ValueType.Null. */
const NULL_TYPE = 0;

/** ExcelJS's ValueType.Merge; a literal so this module needs ExcelJS's types only. */
const MERGE_TYPE = 1;

/** Merged areas in 0-based sheet coordinates, of a worksheet ExcelJS built itself (tests, hosts' fakes). */
function readMerges(ws: ExcelJS.Worksheet): Area[] {
  // `_merges` (master address → Range) is what `ws.model.merges` is built from, without rebuilding every row model
  const internal = (ws as unknown as { _merges?: Record<string, { range?: string } | undefined> })._merges;
  const ranges: string[] = internal
    ? Object.values(internal).flatMap((m) => (m?.range ? [m.range] : []))
    : ((ws.model as { merges?: string[] }).merges ?? []);
  const out: Area[] = [];
  for (const range of ranges) {
    const [a, b] = range.split(":");
    const tl = a ? fromA1(a) : null;
    const br = b ? fromA1(b) : tl;
    if (!tl || !br) continue;
    out.push({
      top: Math.min(tl.row, br.row),
      left: Math.min(tl.col, br.col),
      bottom: Math.max(tl.row, br.row),
      right: Math.max(tl.col, br.col),
    });
  }
  return out;
}

function toCell(xc: ExcelJS.Cell): Cell | null {
  const numFmt = typeof xc.numFmt === "string" && xc.numFmt !== "" ? xc.numFmt : undefined;
  const v = xc.value as unknown;
  if (isObject(v) && ("formula" in v || "sharedFormula" in v)) {
    // `xc.result`, not `v.result`: ExcelJS's value copy drops falsy results such as 0
    const shown = fromValue(xc.result as unknown, numFmt) ?? { value: null, text: "" };
    const formula = xc.formula ? `=${xc.formula.replace(/^=/, "")}` : undefined;
    return withFmt({ ...shown, ...(formula ? { formula } : {}) }, numFmt);
  }
  const shown = fromValue(v, numFmt);
  return shown ? withFmt(shown, numFmt) : null;
}

function withFmt(c: Cell, numFmt: string | undefined): Cell {
  return numFmt && numFmt !== "General" ? { ...c, numFmt } : c;
}

type Shown = { value: Cell["value"]; text: string };

function fromValue(v: unknown, numFmt: string | undefined): Shown | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v === "" ? null : { value: v, text: v };
  if (typeof v === "number") return { value: v, text: formatNumber(v, numFmt) };
  if (typeof v === "boolean") return { value: v, text: v ? "TRUE" : "FALSE" };
  if (v instanceof Date) return fromDate(v, numFmt);
  if (!isObject(v)) return { value: String(v), text: String(v) };
  if (typeof v.error === "string") return { value: { error: v.error }, text: v.error };
  if (Array.isArray(v.richText)) return fromValue(richText(v.richText), numFmt);
  if ("hyperlink" in v || "text" in v) {
    // a hyperlink's text may itself be rich text
    const t = v.text;
    return fromValue(isObject(t) && Array.isArray(t.richText) ? richText(t.richText) : t, numFmt);
  }
  return null;
}

function richText(runs: unknown[]): string {
  return runs.map((r) => (isObject(r) && typeof r.text === "string" ? r.text : "")).join("");
}

/** ExcelJS turns date-formatted serials into UTC Dates; turn them back so value and text match the sheet. */
function fromDate(d: Date, numFmt: string | undefined): Shown | null {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  const serial = (t - Date.UTC(1899, 11, 30)) / 86400000;
  const formatted = numFmt ? formatNumber(serial, numFmt) : "";
  // formatNumber knows the common date formats; for any other (or none) show the date the way a zh-CN clerk writes it
  const text =
    formatted && !/^-?[\d.]+$/.test(formatted)
      ? formatted
      : `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
  return { value: serial, text };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}
