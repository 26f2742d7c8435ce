// A1 addresses as Excel's JavaScript API writes and reads them: `Sheet1!B3:E9`, `'My sheet'!A1`, `3:5`, `C:D`,
// and comma-separated lists of areas (RangeAreas). Pure functions, shared by the adapter and its tests.
import type { Area } from "../../core/grid";
import { MAX_COL, MAX_ROW } from "../host";

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
    area: {
      top: Math.min(top, bottom),
      bottom: Math.max(top, bottom),
      left: Math.min(left, right),
      right: Math.max(left, right),
    },
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
