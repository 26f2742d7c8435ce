// rules.md §6 B22: a 三级 name is given but the value is empty or `/`.
import type { TableRule } from "../types";
import { exampleValue, inGrid, isBlockRequired, level2Label, nameState, requiredSet, valueState } from "./util";

export const nameWithoutValue: TableRule = {
  meta: {
    id: "name-without-value",
    severity: "error",
    category: "structure",
    opinion: 1,
    scope: "table",
    description: "写了三级指标名称的行必须填写指标值，不能空着或写“/”。",
    notes:
      "In a required 二级 an empty value is left to required-level3-missing (one error per row); this rule takes the explicit N/A markers there and every named row of an optional 二级.",
    messages: {
      naRequired:
        "三级指标“{{name}}”的指标值写成了“{{shown}}”，而“{{level2}}”为必填。请填写目标值，例如“{{value}}”；“/”“不涉及”只能用于选填指标。",
      naOptional:
        "三级指标“{{name}}”的指标值写成了“{{shown}}”。既然写了指标名称，就要填写目标值，例如“{{value}}”；“{{level2}}”为选填，若确不涉及，请删去指标名称，只在三级指标栏写“不涉及”。",
      empty:
        "三级指标“{{name}}”没有填写指标值。请填写目标值，例如“{{value}}”；“{{level2}}”为选填，若确不涉及，请删去指标名称，只在三级指标栏写“不涉及”。",
    },
  },
  check(ctx) {
    const required = requiredSet(ctx.config, ctx.generation);
    for (const b of ctx.table.level2) {
      const isRequired = isBlockRequired(b, required);
      for (const ind of b.indicators) {
        if (nameState(ind, ctx.analysis.isNa) !== "filled") continue;
        const vs = valueState(ind);
        if (vs === "filled" || (vs === "blank" && isRequired)) continue;
        const data = {
          name: ind.name.trim(),
          level2: level2Label(b),
          value: exampleValue(b.name, ctx.year),
          shown: ind.valueText.trim(),
        };
        const messageId = vs === "blank" ? "empty" : isRequired ? "naRequired" : "naOptional";
        ctx.report({ at: inGrid(ctx.grid, ind.valueCell), messageId, data });
      }
    }
  },
};
