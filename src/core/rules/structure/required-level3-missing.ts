// rules.md §6 B20: a required 二级 has a 三级 without a value, or a value without a 三级 name.
import type { TableRule } from "../types";
import {
  exampleName,
  exampleValue,
  inGrid,
  isBlockRequired,
  level2Label,
  nameLooksLikeValue,
  nameState,
  requiredSet,
  valueState,
} from "./util";

export const requiredLevel3Missing: TableRule = {
  meta: {
    id: "required-level3-missing",
    severity: "error",
    category: "structure",
    opinion: 1,
    scope: "table",
    description: "必填的二级指标必须有具名的三级指标，且三级指标必须有指标值。",
    notes:
      "Covers a required row whose value cell is empty while the 三级 cell holds text (L291 `指标: 2023年度`), and a value with no 三级 name. Rows with neither are required-marked-na; a name with an explicit `/` is name-without-value.",
    messages: {
      noValue: "必填的“{{level2}}”下，三级指标“{{name}}”没有指标值。请在指标值栏填写目标值，例如“{{value}}”。",
      valueInName:
        "必填的“{{level2}}”下，三级指标栏只写了“{{name}}”，这是指标值而不是指标名称，指标值栏为空。请写成“指标1: {{exampleName}} | {{value}}”：三级指标栏写名称，指标值栏写目标值。",
      noName:
        "必填的“{{level2}}”下，指标值“{{shown}}”没有对应的三级指标名称。请在三级指标栏写明考核内容，例如“指标1: {{exampleName}}”。",
    },
  },
  check(ctx) {
    const required = requiredSet(ctx.config, ctx.generation);
    for (const b of ctx.table.level2) {
      if (!isBlockRequired(b, required)) continue;
      const base = { level2: level2Label(b), exampleName: exampleName(b.name), value: exampleValue(b.name, ctx.year) };
      for (const ind of b.indicators) {
        const ns = nameState(ind, ctx.analysis.isNa);
        const vs = valueState(ind);
        if (ns === "filled" && vs === "blank") {
          const name = ind.name.trim();
          if (nameLooksLikeValue(name))
            ctx.report({ at: inGrid(ctx.grid, ind.nameCell), messageId: "valueInName", data: { ...base, name } });
          else ctx.report({ at: inGrid(ctx.grid, ind.valueCell), messageId: "noValue", data: { ...base, name } });
        } else if (ns !== "filled" && vs === "filled") {
          ctx.report({
            at: inGrid(ctx.grid, ind.nameCell),
            messageId: "noName",
            data: { ...base, shown: ind.valueText.trim() },
          });
        }
      }
    }
  },
};
