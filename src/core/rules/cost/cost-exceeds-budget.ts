// rules.md §6 E42: total-type 成本 money must not add up to more than 年度资金总额.
import { z } from "zod";
import { optionsOf, type TableRule } from "../types";

const OPTIONS = z.object({
  tolerance: z.number().nonnegative().default(0.005).describe("成本合计超出年度资金总额的允许比例"),
});
import { EPS } from "../../analysis/cost";
import { trimNumber, wan } from "./util";

export const costExceedsBudget: TableRule = {
  meta: {
    id: "cost-exceeds-budget",
    severity: "error",
    category: "cost",
    opinion: 11,
    scope: "table",
    options: OPTIONS,
    description: "成本指标中的总额类金额（不带“/人”“/月”等分母）合计不得超过年度资金总额。",
    notes:
      "Any operator counts (≤30万元 is read as 30). A row that equals the sum of the other rows (or a 总/合计 row equal to the other one) is taken as their total, not as one more item, so `总成本 + breakdown` tables are not double-counted. Total-type ranges add their lower bound; rates are left to cost-derived-mismatch and cost-range-exceeds-budget.",
    messages: {
      exceeds:
        "成本指标中总额类金额合计 {{sum}} 万元（{{items}}），超过年度资金总额 {{total}} 万元（超出 {{over}} 万元）。成本指标不得超出预算，请按预算调减各项金额，使合计不超过 {{total}} 万元，例如按比例将“{{firstName}}”改为“≤{{firstScaled}}万元”；若预算确已调整，请同时修改年度总体目标。",
    },
  },
  check(ctx) {
    const { tolerance } = optionsOf(OPTIONS, ctx);
    const a = ctx.analysis.cost;
    if (a.fundYuan === null || a.totals.length === 0) return;
    const rangeLows = a.terms
      .filter((t) => t.totalType && t.status === "range")
      .reduce((s, t) => s + (t.product?.lo ?? 0), 0);
    const sum = a.totalsYuan + rangeLows;
    if (sum <= a.fundYuan * (1 + tolerance) * (1 + EPS)) return;
    const rows = a.breakdownTotal ? [a.breakdownTotal] : a.totals;
    const first = [...rows].sort((x, y) => x.ind.valueCell.row - y.ind.valueCell.row)[0];
    if (!first) return;
    const items = rows.map((t) => t.text).join(" + ");
    ctx.report({
      at: first.ind.valueCell,
      messageId: "exceeds",
      data: {
        sum: wan(sum),
        items: rangeLows > 0 ? `${items} + 区间下限 ${wan(rangeLows)} 万元` : items,
        total: wan(a.fundYuan),
        over: wan(sum - a.fundYuan),
        firstName: first.ind.name,
        firstScaled: trimNumber((first.yuan * (a.fundYuan / sum)) / 10000, 2),
      },
    });
  },
};
