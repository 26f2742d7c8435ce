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

export interface GridInit {
  readonly sheet: string;
  readonly rows: ReadonlyArray<ReadonlyArray<Cell | null | undefined>>;
  readonly merges?: ReadonlyArray<Area>;
  /** Sheet coordinates (0-based) of the grid's top-left cell: the used range need not start at A1. */
  readonly origin?: Pos;
}

export const EMPTY_CELL: Cell = Object.freeze({ value: null, text: "" });

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

const ERROR_TEXT = /^#(?:REF!|VALUE!|DIV\/0!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

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
  private readonly rows: ReadonlyArray<ReadonlyArray<Cell | null | undefined>>;
  private readonly texts: string[][];

  constructor(init: GridInit) {
    this.sheet = init.sheet;
    this.origin = init.origin ?? { row: 0, col: 0 };
    this.merges = init.merges ?? [];
    this.rows = init.rows;
    this.rowCount = init.rows.length;
    let cols = 0;
    for (const r of init.rows) if (r.length > cols) cols = r.length;
    this.colCount = cols;
    // trimmed display text is what every parser step reads; compute it once
    this.texts = init.rows.map((r) => r.map((c) => (c ? displayText(c) : "")));
  }

  cell(row: number, col: number): Cell {
    return this.rows[row]?.[col] ?? EMPTY_CELL;
  }

  /** Trimmed displayed text, "" outside the grid. */
  text(row: number, col: number): string {
    return this.texts[row]?.[col] ?? "";
  }

  rowTexts(row: number): ReadonlyArray<string> {
    return this.texts[row] ?? [];
  }

  /** Non-empty cells of a row, left to right. */
  nonEmpty(row: number): Array<{ col: number; text: string }> {
    const out: Array<{ col: number; text: string }> = [];
    const r = this.texts[row];
    if (!r) return out;
    for (let c = 0; c < r.length; c++) {
      const t = r[c];
      if (t) out.push({ col: c, text: t });
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
