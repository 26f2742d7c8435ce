// Calendar years (19xx / 20xx) written in free text: goals, indicator names, values, 项目期. One scanner for the
// rules that compare them with the budget year, so they agree on what counts as a year.
import { matchAllNotAfter } from "../regex";
import { toHalfWidth } from "../text";

/** Not the tail of a longer number or a decimal (`12023年`, `1.2023年`): the characters a year may not follow. */
const NOT_AFTER = "0123456789.";
/** A year used as a year: followed by 年 (`2023年`, `2023年度`). */
const YEAR_BEFORE_NIAN = /((?:19|20)\d{2})(?=\s*年)/g;
/** Any year-shaped number not followed by another digit (`2023.07-2024.01`, `2024`). */
const YEAR_ANY = /((?:19|20)\d{2})(?!\d)/g;

export interface YearAt {
  readonly year: number;
  /** Index in the text (toHalfWidth maps character for character, so also in the original). */
  readonly index: number;
}

/** What every year starts with, half- or full-width: text without it holds no year (most names and values). */
const YEAR_START = /[1１][9９]|[2２][0０]/;

function scan(text: string, re: RegExp): YearAt[] {
  if (!YEAR_START.test(text)) return [];
  return matchAllNotAfter(toHalfWidth(text), re, NOT_AFTER).map((m) => ({
    year: parseInt(m[1] ?? "0", 10),
    index: m.index,
  }));
}

/** Years followed by 年 (`2022年度“三支一扶”`), in order, with their positions. */
export function yearTokensAt(text: string): YearAt[] {
  return scan(text, YEAR_BEFORE_NIAN);
}

/** Years followed by 年, in order. */
export function yearTokens(text: string): number[] {
  return yearTokensAt(text).map((y) => y.year);
}

/** Every four-digit year in a text, 年 or not (`2023.07-2024.01` → 2023, 2024), in order. */
export function yearsIn(text: string): number[] {
  return scan(text, YEAR_ANY).map((y) => y.year);
}
