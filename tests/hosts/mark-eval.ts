// How a spreadsheet evaluates the add-in's mark formulas (src/hosts/mark-formula.ts) for one cell of the range a
// conditional format applies to: the fakes of Excel and ET use it to show which marks are visible. Only the
// shapes the add-in writes are understood; `_PTC_ON` is taken as TRUE (the switch's visibility is tested apart).
import type { CellValue } from "../../src/core/grid";

type Lookup = (row: number, col: number) => CellValue;

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** The cell a relative reference names, seen from (row, col) of a range anchored at (anchorRow, anchorCol). */
function target(
  ref: string,
  anchorRow: number,
  anchorCol: number,
  row: number,
  col: number,
): { row: number; col: number } {
  const m = /^(\$?)([A-Z]{1,3})(\$?)([0-9]+)$/i.exec(ref);
  if (!m || m[2] === undefined || m[4] === undefined) throw new Error(`mark-eval: bad reference ${ref}`);
  const c = colIndex(m[2]);
  const r = parseInt(m[4], 10) - 1;
  return { row: m[3] ? r : r + (row - anchorRow), col: m[1] ? c : c + (col - anchorCol) };
}

function stringOf(constants: string): string {
  let out = "";
  for (const m of constants.matchAll(/"((?:[^"]|"")*)"/g)) out += (m[1] ?? "").replace(/""/g, '"');
  return out;
}

function textOf(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "object") return v.error;
  return String(v);
}

export function evalMarkFormula(
  formula: string,
  anchorRow: number,
  anchorCol: number,
  row: number,
  col: number,
  get: Lookup,
): boolean {
  const f = formula.replace(/^=/, "");
  const m = /^AND\(_PTC_ON,(.*)\)$/i.exec(f);
  if (!m || m[1] === undefined) throw new Error(`mark-eval: not a mark formula ${formula}`);
  const cond = m[1];
  if (/^TRUE$/i.test(cond)) return true;
  const at = (ref: string): CellValue => {
    const t = target(ref, anchorRow, anchorCol, row, col);
    return get(t.row, t.col);
  };
  let x: RegExpExecArray | null;
  if ((x = /^LEN\(([^)]+)\)=([0-9]+)$/i.exec(cond)) && x[1] && x[2]) return textOf(at(x[1])).length === Number(x[2]);
  if ((x = /^ISERROR\(([^)]+)\)$/i.exec(cond)) && x[1]) {
    const v = at(x[1]);
    return typeof v === "object" && v !== null;
  }
  if ((x = /^ISNUMBER\(([^)]+)\)$/i.exec(cond)) && x[1]) return typeof at(x[1]) === "number";
  if ((x = /^EXACT\(([^,]+),(.*)\)$/i.exec(cond)) && x[1] && x[2] !== undefined)
    return textOf(at(x[1])) === stringOf(x[2]);
  if ((x = /^([$A-Z0-9]+)=(TRUE|FALSE)$/i.exec(cond)) && x[1] && x[2])
    return at(x[1]) === (x[2].toUpperCase() === "TRUE");
  if ((x = /^([$A-Z0-9]+)=(-?[0-9.]+(?:E[+-]?[0-9]+)?)$/i.exec(cond)) && x[1] && x[2]) return at(x[1]) === Number(x[2]);
  throw new Error(`mark-eval: unknown condition ${cond}`);
}
