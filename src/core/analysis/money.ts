// Money as the forms write it: one table of money units for the value grammar, the fund cells and the goal text
// (three tables before issue 9, which disagreed on bare 亿), and the fund cells read in 万元.
import type { FundEntry } from "../layout/model";
import { toHalfWidth } from "../text";

/** Yuan per money unit word. A bare 万 / 亿 is the clerk's shorthand for 万元 / 亿元 (unit-missing hints at it). */
export const YUAN_PER_MONEY_UNIT: Readonly<Record<string, number>> = {
  元: 1,
  千元: 1e3,
  万元: 1e4,
  万: 1e4,
  亿元: 1e8,
  亿: 1e8,
};

/** Yuan per unit word, or null when the word is not a money unit. */
export function yuanPer(unit: string): number | null {
  return Object.prototype.hasOwnProperty.call(YUAN_PER_MONEY_UNIT, unit) ? (YUAN_PER_MONEY_UNIT[unit] ?? null) : null;
}

/** `50万元`, `50 万`, `500,000元`, `0.5亿元`: a fund figure typed with its unit. */
const WITH_UNIT = /^(-?\d+(?:\.\d+)?)(万元|万|元|千元|亿元|亿)$/;

/** The amount in 万元 of a fund cell written with a money unit, or null. */
export function amountWithUnit(text: string): { wan: number; unit: string } | null {
  const m = WITH_UNIT.exec(toHalfWidth(text).replace(/[,\s]/g, ""));
  if (!m || !m[1] || !m[2]) return null;
  // the factor first: 元 → 1e-4 exactly as the old 万元 table had it, so amounts keep their last bit
  return { wan: parseFloat(m[1]) * ((yuanPer(m[2]) ?? 1e4) / 1e4), unit: m[2] };
}

/**
 * A fund cell in 万元: its number (or a number written with a unit), 0 when blank or N/A (`/`), null when it is not a
 * number at all (fund-not-number reports those). `isBlankOrNa` is the table analysis's, under the policy in force.
 */
export function fundWan(entry: FundEntry | null, isBlankOrNa: (text: string) => boolean): number | null {
  if (!entry) return null;
  if (entry.amount !== null) return entry.amount;
  const text = entry.value?.text ?? "";
  if (isBlankOrNa(text)) return 0;
  return amountWithUnit(text)?.wan ?? null;
}
