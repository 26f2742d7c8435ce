// rules.md §6 E45: count and standard given as ranges or ceilings: their upper product must fit the budget.
import { z } from "zod";
import { optionsOf, type TableRule } from "../types";

const OPTIONS = z.object({
  tolerance: z.number().nonnegative().default(0.005).describe("区间上限超出年度资金总额的允许比例"),
});
import { EPS, type RateTerm } from "../../analysis/cost";
import { trimNumber, wan } from "./util";

export const costRangeExceedsBudget: TableRule = {
  meta: {
    id: "cost-range-exceeds-budget",
    severity: "warning",
    category: "cost",
    opinion: 11,
    scope: "table",
    options: OPTIONS,
    description: "数量或标准为区间（或上限）时，按上限测算的成本不得超过年度资金总额。",
    notes:
      "A term is a range when the count or the standard is `a-b`, or when both are ceilings (`≤50人` × `≤2000元/人`). A ceiling headcount with an exact standard (T17 `小于199人`) is left to cost-unverifiable, as seed-findings asks. Only the range products are summed, so a total row beside them is not double-counted.",
    messages: {
      upper:
        "按数量和标准的上限测算，成本最高为 {{formula}} = {{hi}} 万元，超过年度资金总额 {{total}} 万元{{lowNote}}。区间值不能确定实际成本，请写出与预算一致的数量和标准，例如数量“{{countExample}}”、标准“≤{{rateExample}}元/{{unit}}”（{{check}}）。",
      totalRange:
        "成本指标“{{value}}”是区间，按上限 {{hi}} 万元计超过年度资金总额 {{total}} 万元。区间值不能确定实际成本，请写出不超过预算的金额，例如“≤{{totalWan}}万元”。",
      lower:
        "即使按数量和标准的下限测算，成本也有 {{formula}} = {{lo}} 万元（上限 {{hi}} 万元），超过年度资金总额 {{total}} 万元。请核对人数和标准，例如数量“{{countExample}}”、标准“≤{{rateExample}}元/{{unit}}”（{{check}}）。",
    },
  },
  check(ctx) {
    const { tolerance } = optionsOf(OPTIONS, ctx);
    const a = ctx.analysis.cost;
    if (a.fundYuan === null) return;
    const fund = a.fundYuan;
    const ranged = a.terms.filter((t) => t.status === "range" && t.product !== null);
    const first = ranged[0];
    if (!first) return;
    const hi = ranged.reduce((s, t) => s + (t.product?.hi ?? 0), 0);
    const limit = fund * (1 + tolerance) * (1 + EPS);
    if (hi <= limit) return;
    const lows = ranged.map((t) => t.product?.lo ?? null);
    const lo = lows.every((x): x is number => x !== null) ? lows.reduce((s, x) => s + x, 0) : null;
    // the example: keep the upper count, and the standard the budget allows for it
    const countHi = first.count?.amount.hi ?? 1;
    const unit = first.unitWord ?? "人";
    const share = ranged.length === 1 ? fund : fund * ((first.product?.hi ?? 0) / hi);
    const rateExample = Math.floor(share / (countHi * first.periods));
    const countExample =
      first.count && first.count.source !== "implicit"
        ? `≤${trimNumber(countHi, 2)}${first.count.unitLabel || unit}`
        : "1";
    const check = `${trimNumber(countHi, 2)}×${rateExample}${first.periods > 1 ? `×${first.periods}` : ""} = ${wan(countHi * rateExample * first.periods)} 万元`;
    const data = {
      formula: ranged.map((t) => boundFormula(t, lo !== null && lo > limit ? "lo" : "hi")).join(" + "),
      hi: wan(hi, 2),
      lo: lo === null ? "" : wan(lo, 2),
      lowNote: lo === null ? "" : `（下限为 ${wan(lo, 2)} 万元）`,
      total: wan(fund),
      countExample,
      rateExample,
      unit,
      check,
    };
    if (ranged.every((t) => t.totalType)) {
      ctx.report({
        at: first.at,
        messageId: "totalRange",
        data: { value: ranged.map((t) => t.text).join("、"), hi: wan(hi, 2), total: wan(fund), totalWan: wan(fund) },
      });
      return;
    }
    ctx.report({ at: first.at, messageId: lo !== null && lo > limit ? "lower" : "upper", data });
  },
};

/** `100人×2000元` for the upper (or lower) end of one term. */
function boundFormula(t: RateTerm, end: "lo" | "hi"): string {
  const c = t.count;
  const n = c ? (end === "hi" ? c.amount.hi : c.amount.lo) : 1;
  const r = end === "hi" ? t.rate.hi : t.rate.lo;
  const count = c && c.source !== "implicit" ? `${trimNumber(n, 2)}${c.unitLabel}×` : "";
  const period = t.periods > 1 ? `×${t.periods}` : "";
  return `${count}${trimNumber(r, 2)}元${period}`;
}
