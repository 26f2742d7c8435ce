// Message formatting shared by the cost rules (rules.md §6 E); the cost model itself is analysis/cost.ts.
import type { CellPos } from "../../layout/model";
import type { RateTerm } from "../../analysis/cost";

/** Yuan as 万元, by default with up to 4 decimals (343.183): 147000 → `14.7`. */
export function wan(yuan: number, decimals = 4): string {
  return trimNumber(yuan / 10000, decimals);
}

export function trimNumber(n: number, decimals: number): string {
  if (!Number.isFinite(n)) return String(n);
  const f = Math.round(n * 10 ** decimals) / 10 ** decimals;
  return String(f);
}

/** `199人×5242.17元×12个月`. */
export function termFormula(t: RateTerm): string {
  const c = t.count;
  const rate =
    t.rate.shape === "range"
      ? `${trimNumber(t.rate.lo, 2)}-${trimNumber(t.rate.hi, 2)}元`
      : `${trimNumber(t.rate.hi, 2)}元`;
  const count =
    c === null || c.source === "implicit"
      ? ""
      : `${c.source === "quantity" ? c.text : `${trimNumber(c.amount.hi, 2)}${c.unitLabel}`}×`;
  const period =
    t.periods > 1
      ? `×${t.periods}${t.periodWord === "月" || t.periodWord === "个月" ? "个月" : `${t.periodWord ?? ""}`}`
      : "";
  return `${count}${rate}${period}`;
}

/** Rows in sheet order. */
export function byRow<T extends { readonly at: CellPos }>(xs: ReadonlyArray<T>): T[] {
  return [...xs].sort((a, b) => a.at.row - b.at.row || a.at.col - b.at.col);
}

export function firstCell(cells: ReadonlyArray<CellPos>): CellPos | null {
  let best: CellPos | null = null;
  for (const c of cells) if (best === null || c.row < best.row || (c.row === best.row && c.col < best.col)) best = c;
  return best;
}
