// rules.md §6 E47: a 成本 indicator states money (a total or a unit cost), not a rate or a count.
import type { TableRule } from "../types";
import type { ParsedValue, UnitFamily } from "../../values/types";
import { isCostIndicator } from "../../analysis/cost";

/** Families that are clearly not money; `none`/`other` (a bare number, an unknown word) are unit-missing's. */
const NON_MONEY: ReadonlySet<UnitFamily> = new Set([
  "percent",
  "people",
  "times",
  "count",
  "duration",
  "length",
  "area",
  "score",
]);

export const nonCostInCost: TableRule = {
  meta: {
    id: "non-cost-in-cost",
    severity: "warning",
    category: "cost",
    opinion: 4,
    scope: "table",
    description: "成本指标应填写金额（总成本或单位成本），不应填写覆盖率、控制率、人数等非金额指标。",
    notes:
      "Only quantitative non-money values (%, 人, 次, 个 …) are reported; a qualitative or unreadable 成本 value is left to quantified-value-required and unit-missing, and 社会/生态环境成本 (101号) may legitimately be non-money.",
    messages: {
      notMoney:
        "成本指标“{{name}}”的指标值“{{value}}”不是金额。成本指标应填写总成本或单位成本，例如“≤8万元”或“1840元/人/月”；{{advice}}",
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      if (!isCostIndicator(ind)) continue;
      const family = nonMoneyFamily(ind.value);
      if (family === null) continue;
      const advice =
        family === "percent"
          ? "覆盖率、控制率等比例属于质量指标，请移到质量指标下。"
          : "人数、次数、个数等属于数量指标，请移到数量指标下。";
      ctx.report({
        at: ind.valueCell,
        messageId: "notMoney",
        data: { name: ind.name, value: ind.valueText.trim(), advice },
      });
    }
  },
};

function nonMoneyFamily(v: ParsedValue): UnitFamily | null {
  if (v.kind === "quantity" || v.kind === "range") return NON_MONEY.has(v.unit.family) ? v.unit.family : null;
  if (v.kind === "compound") {
    if (v.parts.some((p) => !NON_MONEY.has(p.unit.family))) return null;
    return v.parts[0]?.unit.family ?? null;
  }
  return null;
}
