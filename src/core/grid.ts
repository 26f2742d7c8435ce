// A Grid is a host-neutral snapshot of one sheet: what the clerk sees (text) and what the cell stores (value).

/** A formula error such as `#REF!`, kept as data so rules can report it instead of crashing. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

export interface Cell {
  /** Stored value: a number for `95%` typed into Excel is 0.95. */
  readonly value: CellValue;
  /** Displayed text (`95%`); empty string for an empty cell. */
  readonly text: string;
  readonly formula?: string;
  readonly numFmt?: string;
}

/** 0-based, inclusive, relative to the grid's own top-left cell. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** 0-based row and column relative to the grid. */
export interface Pos {
  readonly row: number;
  readonly col: number;
}

/** One non-empty cell of a sparse grid, 0-based relative to the grid. */
export interface PlacedCell {
  readonly row: number;
  readonly col: number;
  readonly cell: Cell;
}

/**
 * One row's non-empty cells, columns strictly increasing; `cols[i]` is the column of `cells[i]` — or of `texts[i]`, a
 * text file's field as written, whose value is its text (no Cell object is kept for it).
 */
export type SortedRow =
  | { readonly row: number; readonly cols: number[]; readonly cells: Cell[] }
  | { readonly row: number; readonly cols: number[]; readonly texts: string[] };

export interface GridInit {
  readonly sheet: string;
  /** Dense rows; a sparse source gives `cells` (and `rows: []`) instead, so no row is padded to its width. */
  readonly rows: ReadonlyArray<ReadonlyArray<Cell | null | undefined>>;
  /** Non-empty cells, any order; added to `rows`. */
  readonly cells?: Iterable<PlacedCell>;
  /** Rows whose non-empty cells come in strictly increasing column order (a text file's lines): no per-cell record. */
  readonly sortedRows?: ReadonlyArray<SortedRow>;
  /** At least this many rows and columns (a text file's blank lines, a merge beyond the last value). */
  readonly size?: { readonly rows: number; readonly cols: number };
  readonly merges?: ReadonlyArray<Area>;
  /** Sheet coordinates (0-based) of the grid's top-left cell: the used range need not start at A1. */
  readonly origin?: Pos;
}

/**
 * A row's cells. Most rows are narrow and stored dense (index = column); a row whose cells are few and far apart
 * (a value in A and one in XFD) keeps only its cells, sorted by column, so memory follows the cells, not the width.
 */
interface RowData {
  /** Column of each stored entry; null when the row is dense (entry index = column). */
  readonly cols: number[] | null;
  /**
   * The cells; null when every entry is plain text whose value is the text as written (a text file's line): the
   * cell is made when asked for (rarely), so a sheet of a million fields keeps no million Cell objects.
   */
  readonly cells: ReadonlyArray<Cell | null | undefined> | null;
  /** Trimmed display text of each entry. */
  readonly texts: string[];
  /** Text rows only: the texts as written, where any differs from its trimmed text; else null. */
  readonly raws?: ReadonlyArray<string> | null;
}

/** A row is stored dense while its width is at most this many times its cells (plus a little slack). */
const DENSE_FACTOR = 4;
const DENSE_SLACK = 32;

export const EMPTY_CELL: Cell = Object.freeze({ value: null, text: "" });

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

const ERROR_TEXT =
  /^#(?:REF!|VALUE!|DIV\/0!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** True for the text a spreadsheet shows for a formula error. */
export function isErrorText(text: string): boolean {
  return ERROR_TEXT.test(text.trim());
}

export class Grid {
  readonly sheet: string;
  readonly origin: Pos;
  readonly merges: ReadonlyArray<Area>;
  readonly rowCount: number;
  readonly colCount: number;
  /** Rows by index; an array while most rows hold cells, a map when they are sparse (a file of blank lines). */
  private readonly data: Array<RowData | undefined> | Map<number, RowData>;

  constructor(init: GridInit) {
    this.sheet = init.sheet;
    this.origin = init.origin ?? { row: 0, col: 0 };
    this.merges = init.merges ?? [];
    let rowCount = Math.max(init.rows.length, init.size?.rows ?? 0);
    let cols = init.size?.cols ?? 0;
    if (init.rows.length === 0 && init.cells === undefined && init.sortedRows && ascendingRows(init.sortedRows)) {
      // a text file's lines: rows arrive once each, in order, so they go straight to their places
      const at: number[] = [];
      const data: RowData[] = [];
      for (const sr of init.sortedRows) {
        const last = sr.cols[sr.cols.length - 1];
        if (last === undefined) continue;
        if (sr.row >= rowCount) rowCount = sr.row + 1;
        if (last >= cols) cols = last + 1;
        at.push(sr.row);
        data.push("texts" in sr ? rowDataOfTexts(sr.cols, sr.texts) : rowDataOfColumns(sr.cols, sr.cells));
      }
      this.rowCount = rowCount;
      this.colCount = cols;
      this.data = placeRows(at, data, rowCount);
      return;
    }
    // trimmed display text is what every parser step reads; compute it once
    const dense = new Map<number, RowData>();
    init.rows.forEach((r, i) => {
      if (r.length > cols) cols = r.length;
      if (r.length > 0) dense.set(i, { cols: null, cells: r, texts: r.map((c) => (c ? displayText(c) : "")) });
    });
    const byRow = new Map<number, Array<{ col: number; cell: Cell }>>();
    for (const p of init.cells ?? []) {
      const list = byRow.get(p.row);
      if (list) list.push({ col: p.col, cell: p.cell });
      else byRow.set(p.row, [{ col: p.col, cell: p.cell }]);
      if (p.row >= rowCount) rowCount = p.row + 1;
      if (p.col >= cols) cols = p.col + 1;
    }
    for (const [r, list] of byRow) dense.set(r, rowData(list, dense.get(r)));
    for (const sr of init.sortedRows ?? []) {
      const last = sr.cols[sr.cols.length - 1];
      if (last === undefined) continue;
      if (sr.row >= rowCount) rowCount = sr.row + 1;
      if (last >= cols) cols = last + 1;
      const base = dense.get(sr.row);
      const cells = "texts" in sr ? sr.texts.map(textCell) : sr.cells;
      dense.set(
        sr.row,
        base === undefined
          ? rowDataOfColumns(sr.cols, cells)
          : rowData(
              cells.map((cell, i) => ({ col: sr.cols[i] ?? i, cell })),
              base,
            ),
      );
    }
    this.rowCount = rowCount;
    this.colCount = cols;
    if (dense.size * DENSE_FACTOR >= rowCount) {
      const arr: Array<RowData | undefined> = [];
      dense.forEach((d, r) => {
        arr[r] = d;
      });
      this.data = arr;
    } else {
      this.data = dense;
    }
  }

  private row(row: number): RowData | undefined {
    return Array.isArray(this.data) ? this.data[row] : this.data.get(row);
  }

  cell(row: number, col: number): Cell {
    const d = this.row(row);
    if (!d) return EMPTY_CELL;
    const i = d.cols ? indexOf(d.cols, col) : col;
    if (d.cells) return d.cells[i] ?? EMPTY_CELL;
    const raw = (d.raws ?? d.texts)[i];
    return raw ? textCell(raw) : EMPTY_CELL;
  }

  /** Trimmed displayed text, "" outside the grid. */
  text(row: number, col: number): string {
    const d = this.row(row);
    if (!d) return "";
    const i = d.cols ? indexOf(d.cols, col) : col;
    return d.texts[i] ?? "";
  }

  /** Texts of a row by column ("" for an empty cell). A sparse row is expanded for this call only. */
  rowTexts(row: number): ReadonlyArray<string> {
    const d = this.row(row);
    if (!d) return [];
    if (!d.cols) return d.texts;
    const out: string[] = [];
    d.cols.forEach((c, i) => {
      while (out.length < c) out.push("");
      out.push(d.texts[i] ?? "");
    });
    return out;
  }

  /** Non-empty cells of a row, left to right. */
  nonEmpty(row: number): Array<{ col: number; text: string }> {
    const out: Array<{ col: number; text: string }> = [];
    const d = this.row(row);
    if (!d) return out;
    for (let i = 0; i < d.texts.length; i++) {
      const t = d.texts[i];
      if (t) out.push({ col: d.cols ? (d.cols[i] ?? i) : i, text: t });
    }
    return out;
  }

  /** A1 address in sheet coordinates. */
  address(row: number, col: number): string {
    return toA1(row + this.origin.row, col + this.origin.col);
  }

  areaAddress(a: Area): string {
    const tl = this.address(a.top, a.left);
    const br = this.address(a.bottom, a.right);
    return tl === br ? tl : `${tl}:${br}`;
  }

  /** The merged area that covers a cell, if any. */
  mergeAt(row: number, col: number): Area | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }
}

/** A row from placed cells (later ones win), merged over a dense row given for the same index. */
function rowData(list: Array<{ col: number; cell: Cell }>, base: RowData | undefined): RowData {
  if (base === undefined && increasing(list)) return rowDataSorted(list);
  const byCol = new Map<number, Cell | null | undefined>();
  if (base) cellsOf(base).forEach((c, i) => byCol.set(i, c));
  for (const p of list) byCol.set(p.col, p.cell);
  const cols = [...byCol.keys()].sort((a, b) => a - b);
  const width = (cols[cols.length - 1] ?? -1) + 1;
  if (width <= cols.length * DENSE_FACTOR + DENSE_SLACK) {
    const cells: Array<Cell | null | undefined> = [];
    const texts: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = byCol.get(c);
      cells.push(cell ?? null);
      texts.push(cell ? displayText(cell) : "");
    }
    return { cols: null, cells, texts };
  }
  const cells = cols.map((c) => byCol.get(c));
  return { cols, cells, texts: cells.map((c) => (c ? displayText(c) : "")) };
}

/** Columns strictly increasing: cells as a reader or a text file gives them, left to right, once each. */
function increasing(list: ReadonlyArray<{ col: number }>): boolean {
  for (let i = 1; i < list.length; i++)
    if ((list[i] as { col: number }).col <= (list[i - 1] as { col: number }).col) return false;
  return true;
}

/** rowData for cells already in column order (the common case): no map and no sort per row. */
function rowDataSorted(list: ReadonlyArray<{ col: number; cell: Cell }>): RowData {
  return rowDataOfColumns(
    list.map((p) => p.col),
    list.map((p) => p.cell),
  );
}

function ascendingRows(rows: ReadonlyArray<SortedRow>): boolean {
  for (let i = 1; i < rows.length; i++) if ((rows[i] as SortedRow).row <= (rows[i - 1] as SortedRow).row) return false;
  return true;
}

/** Rows (ascending, each once) in an array while most rows hold cells, else in a map (a file of blank lines). */
function placeRows(
  at: ReadonlyArray<number>,
  data: ReadonlyArray<RowData>,
  rowCount: number,
): Array<RowData | undefined> | Map<number, RowData> {
  if (at.length * DENSE_FACTOR >= rowCount) {
    const arr: Array<RowData | undefined> = [];
    at.forEach((r, i) => {
      arr[r] = data[i];
    });
    return arr;
  }
  const map = new Map<number, RowData>();
  at.forEach((r, i) => {
    const d = data[i];
    if (d) map.set(r, d);
  });
  return map;
}

/** A text file's field: its value is its text. */
function textCell(text: string): Cell {
  return { value: text, text };
}

/** A row's cells, made from its texts for a text row. */
function cellsOf(d: RowData): ReadonlyArray<Cell | null | undefined> {
  if (d.cells) return d.cells;
  const raws = d.raws ?? d.texts;
  return raws.map((t) => (t ? textCell(t) : null));
}

/** A text row: trimmed texts (and the texts as written where they differ), no cells. */
function rowDataOfTexts(cols: number[], written: string[]): RowData {
  const width = (cols[cols.length - 1] ?? -1) + 1;
  const trimmed = written.map((t) => t.trim());
  const asWritten = trimmed.some((t, i) => t !== written[i]);
  if (width > cols.length * DENSE_FACTOR + DENSE_SLACK || width === cols.length)
    return { cols: width === cols.length ? null : cols, cells: null, texts: trimmed, raws: asWritten ? written : null };
  const texts: string[] = [];
  const raws: string[] | null = asWritten ? [] : null;
  let k = 0;
  for (let c = 0; c < width; c++) {
    const hit = cols[k] === c;
    texts.push(hit ? (trimmed[k] ?? "") : "");
    raws?.push(hit ? (written[k] ?? "") : "");
    if (hit) k++;
  }
  return { cols: null, cells: null, texts, raws };
}

/** rowDataSorted for columns and cells given side by side. */
function rowDataOfColumns(cols: number[], cells: Cell[]): RowData {
  const width = (cols[cols.length - 1] ?? -1) + 1;
  if (width > cols.length * DENSE_FACTOR + DENSE_SLACK) return { cols, cells, texts: cells.map(displayText) };
  if (width === cols.length) return { cols: null, cells, texts: cells.map(displayText) };
  const dense: Array<Cell | null> = [];
  const texts: string[] = [];
  let k = 0;
  for (let c = 0; c < width; c++) {
    const cell = cols[k] === c ? cells[k++] : undefined;
    dense.push(cell ?? null);
    texts.push(cell ? displayText(cell) : "");
  }
  return { cols: null, cells: dense, texts };
}

/** Index of `col` in the sorted `cols`, or -1. */
function indexOf(cols: ReadonlyArray<number>, col: number): number {
  let lo = 0;
  let hi = cols.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cols[mid] as number;
    if (c < col) lo = mid + 1;
    else if (c > col) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function displayText(c: Cell): string {
  if (c.text) return c.text.trim();
  const v = c.value;
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "number") return formatNumber(v, c.numFmt);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v).trim();
}

/** Text for a number when the host gave none: enough of the number format to judge what the clerk sees. */
export function formatNumber(v: number, numFmt?: string): string {
  const fmt = numFmt ?? "";
  if (/%/.test(fmt)) {
    const decimals = (/0\.(0+)%/.exec(fmt)?.[1] ?? "").length;
    return `${round(v * 100, decimals)}%`;
  }
  if (/[yY]{2,4}|[dD]{1,2}.*[mM]|年|月|日/.test(fmt) && v > 0 && v < 2958466) {
    const d = serialToDate(v);
    if (/年/.test(fmt)) {
      return /日|d/.test(fmt) ? `${d.y}年${d.m}月${d.d}日` : `${d.y}年${d.m}月`;
    }
    return `${d.y}-${pad(d.m)}-${pad(d.d)}`;
  }
  return String(round(v, 10));
}

function round(v: number, decimals: number): number {
  const f = Math.pow(10, decimals);
  return Math.round(v * f) / f;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Excel 1900 date system serial to a calendar date (serials above 60 skip the fictitious 1900-02-29). */
export function serialToDate(serial: number): { y: number; m: number; d: number } {
  const days = Math.floor(serial) - (serial > 60 ? 1 : 0);
  const ms = Date.UTC(1899, 11, 31) + days * 86400000;
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** 0-based sheet coordinates to `E16`. */
export function toA1(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
}

/** `B3` or `B3:E9` (no sheet name) for a 0-based sheet area, as Excel and ET take it. */
export function areaToA1(a: Area): string {
  const tl = `${colName(a.left)}${a.top + 1}`;
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${colName(a.right)}${a.bottom + 1}`;
}

export function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `E16` to 0-based sheet coordinates; null for anything else. */
export function fromA1(a1: string): Pos | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m || !m[1] || !m[2]) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = parseInt(m[2], 10);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** Builds a grid from plain strings (tests, TSV). */
export function gridFromStrings(sheet: string, rows: ReadonlyArray<ReadonlyArray<string>>, origin?: Pos): Grid {
  return new Grid({
    sheet,
    origin,
    rows: rows.map((r) => r.map((t) => (t === "" ? null : { value: t, text: t }))),
  });
}
