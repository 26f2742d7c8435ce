// rules.md §6 C33: the unit family of the value does not match what the 三级 name measures (§2.3).
import type { TableRule } from "../types";
import { CLASS_LABEL, FAMILY_LABEL, measured, unitFitsName } from "./util";

export const unitNameMismatch: TableRule = {
  meta: {
    id: "unit-name-mismatch",
    severity: "warning",
    category: "value",
    opinion: 4,
    scope: "table",
    hasSuggestions: true,
    description: "指标值的计量单位与三级指标名称所计量的对象不符（如“合作社数量”以“名”计）。",
    notes:
      "Conservative: the name is classified only by its ending (…率, …人数, …次数, …费, …时间, and …数量 after an organisation or object word such as 合作社, 单位, 平台). Where value-type-mismatch, non-cost-in-cost, money-in-quantity or satisfaction-format reports the same cell, their more precise finding stands alone (declared in defersTo); with those rules switched off this one still speaks.",
    defersTo: ["value-type-mismatch", "non-cost-in-cost", "money-in-quantity", "satisfaction-format"],
    messages: {
      mismatch:
        "三级指标“{{name}}”计量的是{{expected}}，但指标值“{{value}}”的单位“{{unit}}”属于{{found}}。请核对名称与单位是否一致，改正其中之一。",
      mismatchFixable:
        "三级指标“{{name}}”计量的是{{expected}}，但指标值“{{value}}”的单位“{{unit}}”属于{{found}}。请改为“{{fixed}}”。",
      useUnit: "改为“{{value}}”",
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      const q = measured(ind.value);
      // a unit the name declares itself (`(亩)`) does not contradict the name
      if (!q || q.unit.fromName) continue;
      const cls = ctx.analysis.nameClass(ind);
      if (cls === null || unitFitsName(cls, q.unit)) continue;
      const value = ind.valueText.trim();
      // `合作社数量 | 6名`: only the unit word is wrong, the number is the count
      const fixed = cls === "objects" && q.kind === "quantity" ? value.replace(q.unit.raw, "个") : null;
      const data = {
        name: ind.name,
        expected: CLASS_LABEL[cls],
        value,
        unit: q.unit.raw,
        found: FAMILY_LABEL[q.unit.family],
      };
      if (fixed !== null && fixed !== value) {
        ctx.report({
          at: ind.valueCell,
          messageId: "mismatchFixable",
          data: { ...data, fixed },
          suggest: [{ messageId: "useUnit", data: { value: fixed }, cell: ind.valueCell, value: fixed }],
        });
      } else {
        ctx.report({ at: ind.valueCell, messageId: "mismatch", data });
      }
    }
  },
};
