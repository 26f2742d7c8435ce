// The formulas of the add-in's marks (conditional formats), shared by the Excel and WPS adapters.
//
// A mark is keyed to what its cell held when it was checked: `=AND(_PTC_ON,EXACT(B5,"旧文本"))` stays true only
// while B5 still holds that text, so fixing the cell makes the mark disappear by itself — no API write, which
// would cost the user the undo history (ExcelApi < 1.19) or an undo step (1.19+). The reference is relative to
// the top-left cell of the area the format applies to; every format applies to one rectangle, so that anchor is
// never ambiguous (which cell anchors a multi-area range is not documented for Office.js or ET).
//
// Ownership is by shape, not by substring: only formulas of exactly these forms are the add-in's; a user's rule
// that merely mentions `_PTC_` is left alone.
import { areaToA1, isCellError, type Area, type CellValue } from "../core/grid";
import type { Severity } from "../core/rules/types";
import { MARKS_SWITCH_NAME, MAX_COL, MAX_ROW, type Mark } from "./host";

/** Excel's string-constant limit is 255 characters: longer text is joined from pieces. */
const PIECE = 250;
/** Texts longer than this are keyed by length only (Excel limits a formula to 8,192 characters). */
const MAX_KEYED_TEXT = 2000;

function stringConstants(text: string): string {
  const parts: string[] = [];
  let cur = "";
  for (const ch of text) {
    const esc = ch === '"' ? '""' : ch;
    if (cur.length + esc.length > PIECE) {
      parts.push(cur);
      cur = "";
    }
    cur += esc;
  }
  parts.push(cur);
  return parts.map((p) => `"${p}"`).join("&");
}

/** A number as a formula constant (15 significant digits, as the spreadsheet compares). */
function numberConstant(n: number): string {
  return String(Number(n.toPrecision(15))).toUpperCase();
}

/** The condition, relative to `ref`, that the cell still holds `v`. */
function condition(ref: string, v: CellValue | undefined): string {
  if (v === undefined) return "TRUE";
  if (v === null || v === "") return `LEN(${ref})=0`;
  if (typeof v === "number") return Number.isFinite(v) ? `${ref}=${numberConstant(v)}` : `ISNUMBER(${ref})`;
  if (typeof v === "boolean") return `${ref}=${v ? "TRUE" : "FALSE"}`;
  if (isCellError(v)) return `ISERROR(${ref})`;
  const text = String(v);
  if (text.length > MAX_KEYED_TEXT) return `LEN(${ref})=${text.length}`;
  return `EXACT(${ref},${stringConstants(text)})`;
}

/** The mark formula for a rectangle whose top-left cell is `anchor` (A1, relative), keyed to `snapshot`. */
export function markFormula(anchor: string, snapshot: CellValue | undefined): string {
  return `=AND(${MARKS_SWITCH_NAME},${condition(anchor, snapshot)})`;
}

// the recogniser: linear (no nested quantifiers over the same characters)
const REF = String.raw`\$?[A-Z]{1,3}\$?[0-9]{1,7}`;
const STR = String.raw`"(?:[^"]|"")*"`;
const NUM = String.raw`-?[0-9]+(?:\.[0-9]+)?(?:E[+-]?[0-9]+)?`;
const OWN = new RegExp(
  `^=?AND\\(${MARKS_SWITCH_NAME},(?:TRUE|LEN\\(${REF}\\)=[0-9]+|${REF}=(?:TRUE|FALSE|${NUM})|ISNUMBER\\(${REF}\\)|ISERROR\\(${REF}\\)|EXACT\\(${REF},${STR}(?:&${STR})*\\))\\)$`,
  "i",
);

/** True exactly for the formulas this add-in writes (and wrote before: `=AND(_PTC_ON,TRUE)`). */
export function isOwnMarkFormula(formula: unknown): boolean {
  return typeof formula === "string" && OWN.test(formula.replace(/\s+/g, ""));
}

/** One conditional format to create: a severity, its formula and the rectangles it covers. */
export interface MarkRule {
  readonly severity: Severity;
  readonly formula: string;
  /** One rectangle for a keyed mark; several only for un-keyed marks (no relative reference in the formula). */
  readonly areas: ReadonlyArray<Area>;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
/** Creation order: each new format goes to the top priority, so the most severe ends highest. */
const ADD_ORDER: ReadonlyArray<Severity> = ["info", "warning", "error"];

function snapshotKey(v: CellValue | undefined): string {
  if (v === undefined) return "u";
  if (v === null || v === "") return "e";
  if (isCellError(v)) return "x";
  return `${typeof v}:${String(v)}`;
}

/**
 * The one mark planner of both hosts: a cell keeps its most severe mark; cells of one severity and the same
 * snapshot join into vertical runs, and equal runs in adjacent columns into rectangles; each rectangle is one
 * rule keyed to its snapshot. Un-keyed marks (no snapshot) of one severity share one rule over all their areas.
 */
export function planMarkRules(marks: ReadonlyArray<Mark>): MarkRule[] {
  const best = new Map<string, Mark>();
  for (const m of marks) {
    if (!(m.row >= 0 && m.col >= 0 && m.row <= MAX_ROW && m.col <= MAX_COL)) continue;
    const k = `${m.row},${m.col}`;
    const prev = best.get(k);
    if (!prev || RANK[m.severity] > RANK[prev.severity]) best.set(k, m);
  }
  const out: MarkRule[] = [];
  for (const severity of ADD_ORDER) {
    const groups = new Map<string, Mark[]>();
    for (const m of best.values()) {
      if (m.severity !== severity) continue;
      const k = snapshotKey(m.snapshot);
      const g = groups.get(k);
      if (g) g.push(m);
      else groups.set(k, [m]);
    }
    for (const group of groups.values()) {
      const rects = rectangles(group);
      const first = group[0];
      if (!first || rects.length === 0) continue;
      if (first.snapshot === undefined) {
        out.push({ severity, formula: markFormula("A1", undefined), areas: rects });
        continue;
      }
      for (const r of rects)
        out.push({
          severity,
          formula: markFormula(areaToA1({ top: r.top, left: r.left, bottom: r.top, right: r.left }), first.snapshot),
          areas: [r],
        });
    }
  }
  return out;
}

/** Vertical runs per column, then runs with the same rows in adjacent columns joined. */
function rectangles(cells: ReadonlyArray<Mark>): Area[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const vertical: Area[] = [];
  for (const c of sorted) {
    const last = vertical[vertical.length - 1];
    if (last && last.left === c.col && last.bottom === c.row - 1)
      vertical[vertical.length - 1] = { ...last, bottom: c.row };
    else vertical.push({ top: c.row, left: c.col, bottom: c.row, right: c.col });
  }
  vertical.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.left - b.left);
  const rects: Area[] = [];
  for (const v of vertical) {
    const last = rects[rects.length - 1];
    if (last && last.top === v.top && last.bottom === v.bottom && last.right + 1 === v.left)
      rects[rects.length - 1] = { ...last, right: v.right };
    else rects.push(v);
  }
  return rects;
}

/** Address lists of at most `maxChars` characters (Excel's getRanges, ET's Range(): 255). */
export function addressChunks(areas: ReadonlyArray<Area>, maxChars: number): string[] {
  const out: string[] = [];
  let cur = "";
  for (const a of areas) {
    const t = areaToA1(a);
    if (cur !== "" && cur.length + 1 + t.length > maxChars) {
      out.push(cur);
      cur = "";
    }
    cur = cur === "" ? t : `${cur},${t}`;
  }
  if (cur !== "") out.push(cur);
  return out;
}

/** Whether a mark keyed to `snapshot` still shows for a cell that now holds `now` (MemoryHost, fakes). */
export function snapshotHolds(snapshot: CellValue | undefined, now: CellValue): boolean {
  if (snapshot === undefined) return true;
  const empty = (v: CellValue): boolean => v === null || v === "";
  if (empty(snapshot)) return empty(now);
  if (isCellError(snapshot)) return isCellError(now);
  return !isCellError(now) && now === snapshot;
}
