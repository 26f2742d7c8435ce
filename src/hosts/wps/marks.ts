// Marks as ET conditional formats: colours in ET's byte order and the address lists they apply to.
import { areaToA1, type Area } from "../../core/grid";
import type { Severity } from "../../core/rules/types";
import type { Mark } from "../host";

/**
 * `#RRGGBB` → the colour as ET (like VBA/COM) stores it in `Interior.Color`: a long with red in the low byte,
 * `RGB(r, g, b) = r + g·256 + b·65536`.
 */
export function bgr(hex: string): number {
  const m = /^#?([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/.exec(hex.trim());
  if (!m) throw new RangeError(`not a #RRGGBB colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x ?? "0", 16)) as [number, number, number];
  return r + g * 256 + b * 65536;
}

/** The inverse of bgr, for tests and diagnostics. */
export function hexOfBgr(color: number): string {
  const r = color & 0xff;
  const g = (color >> 8) & 0xff;
  const b = (color >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, "0").toUpperCase()).join("")}`;
}

/** VBA's `Range("…")` takes at most 255 characters; ET follows the object model it copies. */
export const MAX_RANGE_ARG = 255;

export interface MarkPlan {
  readonly severity: Severity;
  /** Comma-separated address lists, each short enough for one `Worksheet.Range()` call; unioned afterwards. */
  readonly chunks: ReadonlyArray<string>;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
/** Order of creation: each new format is moved to the top, so the most severe ends highest. */
const ORDER: ReadonlyArray<Severity> = ["info", "warning", "error"];

/** One conditional format per severity: a cell keeps its most severe mark; cells are joined into vertical runs. */
export function planMarks(marks: ReadonlyArray<Mark>, maxChars = MAX_RANGE_ARG): MarkPlan[] {
  const best = new Map<string, Mark>();
  for (const m of marks) {
    if (!(m.row >= 0 && m.col >= 0)) continue;
    const k = `${m.row},${m.col}`;
    const prev = best.get(k);
    if (!prev || RANK[m.severity] > RANK[prev.severity]) best.set(k, m);
  }
  const out: MarkPlan[] = [];
  for (const severity of ORDER) {
    const cells = [...best.values()].filter((m) => m.severity === severity).sort((a, b) => a.col - b.col || a.row - b.row);
    const runs: Area[] = [];
    for (const c of cells) {
      const last = runs[runs.length - 1];
      if (last && last.left === c.col && last.bottom === c.row - 1) runs[runs.length - 1] = { ...last, bottom: c.row };
      else runs.push({ top: c.row, left: c.col, bottom: c.row, right: c.col });
    }
    if (runs.length === 0) continue;
    const chunks: string[] = [];
    let cur = "";
    for (const r of runs) {
      const a = areaToA1(r);
      if (cur !== "" && cur.length + 1 + a.length > maxChars) {
        chunks.push(cur);
        cur = "";
      }
      cur = cur === "" ? a : `${cur},${a}`;
    }
    if (cur !== "") chunks.push(cur);
    out.push({ severity, chunks });
  }
  return out;
}
