// rules.md §6 A13: money stated in 年度总体目标 equals 年度资金总额.
import { z } from "zod";
import { optionsOf, type TableRule } from "../types";

const OPTIONS = z.object({
  tolerance: z.number().nonnegative().default(0.0001).describe("目标中的金额与年度资金总额允许相差的最小值（万元）"),
});
import type { TextAt } from "../../layout/model";
import { matchAllNotAfter } from "../../regex";
import { fmtNum, toHalfWidth } from "../../text";
import { yuanPer } from "../../analysis/money";
import { goalCells } from "./util";

/** A money amount: `5万元`, `186.18万元`, `24000元`, `500,000元`, `60万` (万 not followed by a counted noun). */
const AMOUNT = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿元|万元|千元|元|万(?![\u4e00-\u9fff]))/g;
/** Not the tail of a longer number: AMOUNT's negative lookbehind, checked by matchAllNotAfter (none in ES2017). */
const AMOUNT_NOT_AFTER = "0123456789.,";
/** After the unit: a rate (`元/人/月`, `元每人`), a cap (`50万元额度`) or a standard (`1000元标准`). */
const AFTER_EXCLUDED = /^\s*(?:[/／·]|每|额度|限额|上限|保额|标准|的标准|的额度)/;
/** Before the amount, in the same clause: per-head or per-item words, and caps. */
const BEFORE_EXCLUDED =
  /(?:每(?:人|月|名|户|次|个|期|场|天|日|课时|学时|学员)|人均|月均|单价|单位成本|不得高于|不得超过|最高|上限|限额|保额)[^,，。;；、:：()（）]*$/;
/** Prose rounds: an amount matches within half its last written digit, but never more than this share of the total. */
const ROUNDING_SHARE = 0.005;

export interface Amount {
  readonly yuan: number;
  /** Half a unit of the last written digit, in yuan. */
  readonly halfDigit: number;
  readonly raw: string;
  readonly unit: string;
  readonly cell: TextAt;
  readonly index: number;
}

export const goalAmountMismatch: TableRule = {
  meta: {
    id: "goal-amount-mismatch",
    severity: "warning",
    category: "document",
    opinion: 11,
    scope: "table",
    options: OPTIONS,
    description: "年度总体目标中写明的金额（单笔或目标1…n 的分项合计）应等于年度资金总额。",
    notes:
      "Amounts followed by 额度/标准 or a per-unit denominator (`/人`, `/月`, `每…`), or preceded in the same clause by 每人/人均/不得高于-style words, are rates or caps and are skipped. The goal agrees when the sum of its amounts equals the total, or when it states the total (in any unit, `24000元` = 2.4万元); a stated total followed by its own breakdown (or restated in another unit) counts once. Prose rounding is allowed up to half the last written digit, capped at 0.5% of the total.",
    messages: {
      single:
        "年度总体目标写的金额是 {{stated}} 万元（“{{raw}}”），与年度资金总额 {{total}} 万元不一致。请改为 {{total}} 万元，或写明各分项且合计等于 {{total}} 万元，例如“……经费{{total}}万元, 用于……”。",
      sum: "年度总体目标列出的金额合计 {{stated}} 万元（{{detail}}），与年度资金总额 {{total}} 万元不一致。请调整目标中的分项金额，使合计等于 {{total}} 万元，或按实际资金修改目标内容。",
    },
  },
  check(ctx) {
    const { tolerance } = optionsOf(OPTIONS, ctx);
    const totalWan = ctx.analysis.fund.total;
    if (totalWan === null || !(totalWan > 0) || !Number.isFinite(totalWan)) return;
    const total = totalWan * 1e4;
    const cells = goalCells(ctx.table);
    const amounts = cells.flatMap(amountsIn);
    const first = amounts[0];
    if (!first) return;
    const cap = total * ROUNDING_SHARE;
    const tol = (as: ReadonlyArray<Amount>): number =>
      Math.max(
        Math.min(
          as.reduce((s, a) => s + a.halfDigit, 0),
          cap,
        ),
        tolerance * 1e4,
      ) + 1e-6;
    const sumOf = (as: ReadonlyArray<Amount>): number => as.reduce((s, a) => s + a.yuan, 0);

    // the parts add up to the total
    if (Math.abs(sumOf(amounts) - total) <= tol(amounts)) return;
    let stated: number;
    let single: Amount | null = null;
    const largest = amounts.reduce((m, a) => (a.yuan > m.yuan ? a : m), first);
    const others = amounts.filter((a) => a !== largest);
    if (others.length > 0 && Math.abs(sumOf(others) - largest.yuan) <= tol(amounts)) {
      // a total followed by its own breakdown, or the same amount restated in another unit (2.4万元 … 24000元)
      if (Math.abs(largest.yuan - total) <= tol([largest])) return;
      single = largest;
      stated = largest.yuan;
    } else if (amounts.some((a) => Math.abs(a.yuan - total) <= tol([a]))) {
      // the total is stated; the other amounts are a partial breakdown
      return;
    } else if (amounts.every((a) => Math.abs(a.yuan - first.yuan) <= tol([a, first]))) {
      single = first;
      stated = first.yuan;
    } else {
      stated = sumOf(amounts);
    }
    const data = { stated: fmtNum(stated / 1e4), total: fmtNum(totalWan) };
    if (single) {
      // no fix: whether the goal or the fund line is wrong is the clerk's judgement (issue 10)
      ctx.report({
        at: { row: single.cell.row, col: single.cell.col },
        messageId: "single",
        data: { ...data, raw: single.raw },
      });
      return;
    }
    const detail = amounts.map((a) => a.raw).join(" + ");
    ctx.report({ at: { row: first.cell.row, col: first.cell.col }, messageId: "sum", data: { ...data, detail } });
  },
};

/** Amounts of money in a goal cell, in order (exported for the linear-time test). */
export function amountsIn(cell: TextAt): Amount[] {
  // toHalfWidth maps character for character, so match indexes are indexes into the cell text
  const text = toHalfWidth(cell.text);
  const out: Amount[] = [];
  for (const m of matchAllNotAfter(text, AMOUNT, AMOUNT_NOT_AFTER)) {
    const num = m[1];
    const unit = m[2];
    const index = m.index ?? 0;
    if (num === undefined || unit === undefined) continue;
    const end = index + m[0].length;
    if (AFTER_EXCLUDED.test(text.slice(end, end + 6))) continue;
    const before = text.slice(Math.max(0, index - 24), index);
    if (BEFORE_EXCLUDED.test(before)) continue;
    const n = parseFloat(num.replace(/,/g, ""));
    if (!Number.isFinite(n)) continue;
    const decimals = (/\.(\d+)$/.exec(num)?.[1] ?? "").length;
    const per = yuanPer(unit) ?? 1;
    out.push({ yuan: n * per, halfDigit: 0.5 * Math.pow(10, -decimals) * per, raw: m[0], unit, cell, index });
  }
  return out;
}
