// rules.md §6 G56: the people counted inside the 成本 rows must add up to the 数量 headcount.
import type { TableRule } from "../types";
import type { Op } from "../../values/types";
import { isPeopleUnit } from "../../analysis/cost";
import { trimNumber } from "./util";

export const quantityCostConsistency: TableRule = {
  meta: {
    id: "quantity-cost-consistency",
    severity: "warning",
    category: "cost",
    opinion: 11,
    scope: "table",
    description: "成本指标中写明的人数（如“离职村书记17人”）之和应与数量指标的人数一致。",
    notes:
      "Only counts that multiply a per-person standard are used (`离职村书记、村主任17人 | 600元/人/年`), not any number of people in a cost name (a total row's `专家5人` is not the beneficiaries). Compared only when the table has exactly one 数量 row counted in 人/名/位, and the 数量 operator is honoured (≥18名 accepts 19).",
    messages: {
      mismatch:
        "成本指标中按标准补助的人数合计 {{sum}} 人（{{items}}），与数量指标“{{qname}}”的“{{qvalue}}”不一致。补助人数应与数量指标相同：请核对后修改其中一方，例如把数量指标改为“{{example}}”，或修改成本指标中的人数。",
    },
  },
  check(ctx) {
    const a = ctx.analysis.cost;
    const named = a.terms.filter((t) => t.count?.source === "name" && t.unitWord !== null && t.count.unitLabel !== "");
    if (named.length === 0) return;
    const people = ctx.table.indicators.filter(
      (ind) =>
        ind.level2 === "数量指标" &&
        (ind.value.kind === "quantity" || ind.value.kind === "range") &&
        isPeopleUnit(ind.value.unit),
    );
    const q = people[0];
    if (!q || people.length !== 1) return;
    const sum = named.reduce((s, t) => s + (t.count?.amount.hi ?? 0), 0);
    const v = q.value;
    let ok = true;
    let unit = "人";
    if (v.kind === "quantity") {
      ok = satisfies(sum, v.op, v.number * v.unit.scale);
      unit = v.unit.raw;
    } else if (v.kind === "range") {
      ok = sum >= Math.min(v.low, v.high) - 1e-9 && sum <= Math.max(v.low, v.high) + 1e-9;
      unit = v.unit.raw;
    }
    if (ok) return;
    ctx.report({
      at: q.valueCell,
      messageId: "mismatch",
      data: {
        sum: trimNumber(sum, 2),
        items: named.map((t) => t.count?.text ?? "").join(" + "),
        qname: q.name,
        qvalue: q.valueText.trim(),
        example: `${trimNumber(sum, 2)}${unit}`,
      },
    });
  },
};

function satisfies(x: number, op: Op, n: number): boolean {
  const e = 1e-9;
  switch (op) {
    case "=":
      return Math.abs(x - n) <= e;
    case ">=":
      return x >= n - e;
    case ">":
      return x > n;
    case "<=":
      return x <= n + e;
    case "<":
      return x < n;
  }
}
