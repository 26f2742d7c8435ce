// A1 addresses as Excel's JavaScript API writes and reads them: `Sheet1!B3:E9`, `'My sheet'!A1`, `3:5`, `C:D`,
// and comma-separated lists of areas (RangeAreas). Pure functions, shared by the adapter and its tests.
import { areaToA1, type Area } from "../../core/grid";
import type { Severity } from "../../core/rules/types";
import { MAX_COL, MAX_ROW, type Mark } from "../host";


/** Splits on commas that are outside single-quoted sheet names. */
function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address.charAt(i);
    if (ch === "'") {
      // '' inside a quoted name is an escaped quote
      if (quoted && address.charAt(i + 1) === "'") {
        cur += "''";
        i++;
        continue;
      }
      quoted = !quoted;
      cur += ch;
    } else if (ch === "," && !quoted) {
      out.push(cur);
      cur = "";
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter((s) => s !== "");
}

/** Removes a leading `Sheet!` / `'My sheet'!` and returns [sheet | null, rest]. */
function splitSheet(area: string): [string | null, string] {
  const bang = area.lastIndexOf("!");
  if (bang < 0) return [null, area];
  let sheet = area.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return [sheet, area.slice(bang + 1)];
}

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** One reference part: `B3`, `B`, `3` (with optional `$`). */
function parsePart(p: string): { row: number | null; col: number | null } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(p.trim());
  if (!m) return null;
  const letters = m[1] ?? "";
  const digits = m[2] ?? "";
  if (letters === "" && digits === "") return null;
  const row = digits === "" ? null : parseInt(digits, 10) - 1;
  if (row !== null && row < 0) return null;
  return { row, col: letters === "" ? null : colIndex(letters) };
}

/** One area: `B3`, `B3:E9`, `3:5` (whole rows), `C:D` (whole columns); null when unreadable. */
export function parseArea(text: string): { sheet: string | null; area: Area } | null {
  const [sheet, ref] = splitSheet(text.trim());
  const [a, b] = ref.split(":");
  if (a === undefined) return null;
  const p = parsePart(a);
  const q = b === undefined ? p : parsePart(b);
  if (!p || !q) return null;
  // whole rows (`3:5`) and whole columns (`C:D`) leave the other coordinate open
  const top = p.row ?? 0;
  const bottom = q.row ?? (p.row === null ? MAX_ROW : top);
  const left = p.col ?? 0;
  const right = q.col ?? (p.col === null ? MAX_COL : left);
  if (p.row === null && p.col !== null && q.row === null && q.col !== null) {
    return { sheet, area: { top: 0, bottom: MAX_ROW, left: Math.min(left, right), right: Math.max(left, right) } };
  }
  if (p.col === null && p.row !== null && q.col === null && q.row !== null) {
    return { sheet, area: { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: 0, right: MAX_COL } };
  }
  if (p.row === null || p.col === null || q.row === null || q.col === null) return null;
  return {
    sheet,
    area: { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) },
  };
}

/** A comma-separated list of areas (RangeAreas.address, event addresses); unreadable parts are skipped. */
export function parseAddressList(address: string): Array<{ sheet: string | null; area: Area }> {
  const out: Array<{ sheet: string | null; area: Area }> = [];
  for (const part of splitAreas(address)) {
    const a = parseArea(part);
    if (a) out.push(a);
  }
  return out;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
/** Order in which the per-severity conditional formats are added (each is added at top priority). */
const ADD_ORDER: ReadonlyArray<Severity> = ["info", "warning", "error"];

/** One conditional format to create: a severity and the areas it covers (already A1 text). */
export interface MarkFormat {
  readonly severity: Severity;
  readonly areas: ReadonlyArray<string>;
}

/**
 * Turns marks into as few conditional formats as possible: one cell keeps its most severe mark; cells of one
 * severity are joined into vertical runs per column; runs are packed into address lists no longer than
 * `maxChars` (Worksheet.getRanges fails somewhere near 8,192 characters, office-js#5198), so a severity gets one
 * conditional format unless its address list is very long. With `multiArea` false (ExcelApi 1.8: no RangeAreas)
 * every run becomes its own conditional format.
 */
export function planMarkFormats(marks: ReadonlyArray<Mark>, options: { multiArea: boolean; maxChars: number }): MarkFormat[] {
  const best = new Map<string, Mark>();
  for (const m of marks) {
    if (m.row < 0 || m.col < 0 || m.row > MAX_ROW || m.col > MAX_COL) continue;
    const k = `${m.row},${m.col}`;
    const prev = best.get(k);
    if (!prev || RANK[m.severity] > RANK[prev.severity]) best.set(k, m);
  }
  const out: MarkFormat[] = [];
  for (const severity of ADD_ORDER) {
    const cells = [...best.values()].filter((m) => m.severity === severity).sort((a, b) => a.col - b.col || a.row - b.row);
    // vertical runs per column …
    const vertical: Area[] = [];
    let start: Mark | undefined;
    let prev: Mark | undefined;
    const flush = (): void => {
      if (start && prev) vertical.push({ top: start.row, left: start.col, bottom: prev.row, right: prev.col });
    };
    for (const c of cells) {
      if (prev && c.col === prev.col && c.row === prev.row + 1) {
        prev = c;
        continue;
      }
      flush();
      start = c;
      prev = c;
    }
    flush();
    // … then runs with the same rows in adjacent columns become one rectangle
    vertical.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.left - b.left);
    const rects: Area[] = [];
    for (const v of vertical) {
      const last = rects[rects.length - 1];
      if (last && last.top === v.top && last.bottom === v.bottom && last.right + 1 === v.left) rects[rects.length - 1] = { ...last, right: v.right };
      else rects.push(v);
    }
    const runs = rects.map(areaToA1);
    if (runs.length === 0) continue;
    if (!options.multiArea) {
      for (const r of runs) out.push({ severity, areas: [r] });
      continue;
    }
    let chunk: string[] = [];
    let len = 0;
    for (const r of runs) {
      if (chunk.length > 0 && len + 1 + r.length > options.maxChars) {
        out.push({ severity, areas: chunk });
        chunk = [];
        len = 0;
      }
      chunk.push(r);
      len += (chunk.length > 1 ? 1 : 0) + r.length;
    }
    if (chunk.length > 0) out.push({ severity, areas: chunk });
  }
  return out;
}
