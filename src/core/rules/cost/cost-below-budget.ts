// rules.md §6 E43: the 成本 rows (totals, or count × standard × period) should explain at least 95% of the total.
import { z } from "zod";
import { optionsOf, type TableRule } from "../types";

const OPTIONS = z.object({
  coverage: z.number().min(0).max(1).default(0.95).describe("成本指标合计至少应占年度资金总额的比例"),
});
import { EPS } from "../../analysis/cost";
import { firstCell, termFormula, trimNumber, wan } from "./util";

export const costBelowBudget: TableRule = {
  meta: {
    id: "cost-below-budget",
    severity: "warning",
    category: "cost",
    opinion: 11,
    scope: "table",
    options: OPTIONS,
    description: "成本指标（总额，或人数×标准×期数的测算值）合计应能说明年度资金总额的绝大部分（默认不低于 95%）。",
    notes:
      "Silent when a standard cannot be paired with a count (cost-derived-mismatch reports cost-unverifiable), when a 成本 value could not be read, or when no 成本 row holds money (non-cost-in-cost, required-level2-missing). Ranges count with their upper bound. A derived amount above the total is cost-derived-mismatch's, so the two rules never report the same gap.",
    messages: {
      belowTotals:
        "成本指标金额合计 {{sum}} 万元，只占年度资金总额 {{total}} 万元的 {{pct}}%，有 {{gap}} 万元没有对应的成本指标。请补充其余支出的成本指标（例如“其他支出 ≤{{gap}}万元”），或核实年度资金总额。",
      belowDerived:
        "按数量×标准×期数测算，成本为 {{formula}} = {{sum}} 万元，只占年度资金总额 {{total}} 万元的 {{pct}}%，有 {{gap}} 万元没有说明。请核对人数和补助标准，或为其余支出补充成本指标（例如“其他支出 ≤{{gap}}万元”），使成本合计与预算一致。",
    },
  },
  check(ctx) {
    const { coverage } = optionsOf(OPTIONS, ctx);
    const a = ctx.analysis.cost;
    if (a.fundYuan === null || a.hasUnreadMoney) return;
    if (a.totals.length === 0 && a.terms.length === 0) return;
    if (a.terms.some((t) => t.status === "unverifiable" || t.product === null)) return;
    const derived = a.terms.reduce((s, t) => s + (t.product?.hi ?? 0), 0);
    const explained = a.totalsYuan + derived;
    if (explained >= a.fundYuan * coverage * (1 - EPS)) return;
    const at = firstCell([...a.totals.map((t) => t.ind.valueCell), ...a.terms.map((t) => t.at)]);
    if (!at) return;
    const withCount = a.terms.some((t) => t.count !== null && t.count.source !== "implicit");
    const parts = [...a.terms.map(termFormula), ...a.totals.map((t) => t.text)];
    ctx.report({
      at,
      messageId: withCount ? "belowDerived" : "belowTotals",
      data: {
        formula: parts.join(" + "),
        sum: wan(explained, 2),
        total: wan(a.fundYuan),
        pct: trimNumber((explained / a.fundYuan) * 100, 1),
        gap: wan(a.fundYuan - explained, 2),
      },
    });
  },
};
