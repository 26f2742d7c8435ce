// rules.md §6 C33: the unit family of the value does not match what the 三级 name measures (§2.3).
import type { Indicator } from "../../layout/model";
import type { TableRule } from "../types";
import { CLASS_LABEL, COST_LEVEL2, FAMILY_LABEL, measured, nameClass, typeMismatch, unitFitsName } from "./util";

/** Cells another rule already reports for the same reason. */
function coveredElsewhere(ind: Indicator, family: string): boolean {
  if (typeMismatch(ind) !== null) return true;
  if (ind.level2 === "服务对象满意度指标") return true;
  if (ind.level2 !== null && COST_LEVEL2.includes(ind.level2) && family !== "money") return true; // non-cost-in-cost
  if (ind.level2 === "数量指标" && family === "money") return true; // money-in-quantity
  return false;
}

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
      "Conservative: the name is classified only by its ending (…率, …人数, …次数, …费, …时间, and …数量 after an organisation or object word such as 合作社, 单位, 平台), and a cell already reported by value-type-mismatch, non-cost-in-cost, money-in-quantity or satisfaction-format is left to that rule.",
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
      const cls = nameClass(ind.name);
      if (cls === null || unitFitsName(cls, q.unit)) continue;
      if (coveredElsewhere(ind, q.unit.family)) continue;
      const value = ind.valueText.trim();
      // `合作社数量 | 6名`: only the unit word is wrong, the number is the count
      const fixed = cls === "objects" && q.kind === "quantity" ? value.replace(q.unit.raw, "个") : null;
      const data = { name: ind.name, expected: CLASS_LABEL[cls], value, unit: q.unit.raw, found: FAMILY_LABEL[q.unit.family] };
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
