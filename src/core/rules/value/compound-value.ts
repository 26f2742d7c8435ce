// rules.md §6 C36: one value cell holds several quantities (`162个村、36个社区`).
import type { TableRule } from "../types";
import { holdsSecondIndicator } from "./util";

export const compoundValue: TableRule = {
  meta: {
    id: "compound-value",
    severity: "warning",
    category: "value",
    opinion: 5,
    scope: "table",
    description: "一个指标值单元格中写了多个数值（如“162个村、36个社区”），应拆成多条三级指标，每条一个值。",
    notes:
      "A cell whose 三级 name also holds a second `指标N:` (seed T10 L225) is multiple-indicators-in-cell's error, so it is not reported again here.",
    messages: {
      compound:
        "指标值“{{value}}”中有 {{count}} 个数值（{{parts}}），无法逐项考核。请拆成 {{count}} 条三级指标，每条只写一个值，例如“指标1: …数量 | {{first}}”。",
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      const v = ind.value;
      if (v.kind !== "compound" || holdsSecondIndicator(ind)) continue;
      const pieces = v.parts.map((p) =>
        p.kind === "range" ? `${p.low}-${p.high}${p.unit.raw}` : `${p.number}${p.unit.raw}`,
      );
      ctx.report({
        at: ind.valueCell,
        messageId: "compound",
        data: { value: ind.valueText.trim(), count: v.parts.length, parts: pieces.join("、"), first: pieces[0] ?? "" },
      });
    }
  },
};
