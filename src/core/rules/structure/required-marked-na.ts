// rules.md §6 B21: a 必填 row is filled with 不涉及, /, 无, — or left blank.
import { z } from "zod";
import { LEVEL2_NAMES } from "../../form/catalogue";
import { optionsOf, type TableRule } from "../types";
import {
  annotationWords,
  exampleName,
  exampleValue,
  inGrid,
  isBlockRequired,
  level2Label,
  nameState,
  requiredSet,
  valueState,
} from "./util";

const options = z.object({
  mayBeNa: z
    .array(z.enum(LEVEL2_NAMES))
    .default([])
    .describe(
      "可标“不适用”的必填二级指标：部分地区允许内部运转类项目的满意度指标写“不适用”（review-criteria.md C37），留空仍报错",
    ),
});

export const requiredMarkedNa: TableRule = {
  meta: {
    id: "required-marked-na",
    severity: "error",
    category: "structure",
    opinion: 1,
    scope: "table",
    options,
    description: "必填的二级指标不能填写“不涉及”“/”“无”等或留空，必须写出三级指标和指标值。",
    notes:
      "Fires only when neither a real 三级 name nor a real value is given (a lone `不涉及` that the parser reads as the 三级 name counts as N/A). A named row with `/` is name-without-value; a named row with an empty value is required-level3-missing, so each row gets one error.",
    messages: {
      marked:
        "“{{level2}}”为必填（{{why}}），不能填写“{{marker}}”。请写出具体的三级指标和指标值，例如“指标1: {{name}} | {{value}}”。",
      blank:
        "“{{level2}}”为必填（{{why}}），但本行没有填写三级指标和指标值。请补充，例如“指标1: {{name}} | {{value}}”。",
    },
  },
  check(ctx) {
    const required = requiredSet(ctx.config, ctx.generation);
    const mayBeNa = new Set<string>(optionsOf(options, ctx).mayBeNa);
    for (const b of ctx.table.level2) {
      if (!isBlockRequired(b, required)) continue;
      const why = b.annotation ? `标注为${annotationWords(b)}` : "模板默认必填";
      const data = { level2: level2Label(b), why, name: exampleName(b.name), value: exampleValue(b.name, ctx.year) };
      if (b.indicators.length === 0) {
        // the 二级 label stands alone: the 三级 cell right of it is what must be filled
        ctx.report({ at: inGrid(ctx.grid, { row: b.label.row, col: b.label.col + 1 }), messageId: "blank", data });
        continue;
      }
      for (const ind of b.indicators) {
        const ns = nameState(ind, ctx.analysis.isNa);
        const vs = valueState(ind);
        if (ns === "filled" || vs === "filled") continue;
        // the office lets this 二级 say 不适用; an empty row is still not an answer
        if ((ns === "na" || vs === "na") && b.name !== null && mayBeNa.has(b.name)) continue;
        if (ns === "na")
          ctx.report({
            at: inGrid(ctx.grid, ind.nameCell),
            messageId: "marked",
            data: { ...data, marker: ind.name.trim() },
          });
        else if (vs === "na")
          ctx.report({
            at: inGrid(ctx.grid, ind.valueCell),
            messageId: "marked",
            data: { ...data, marker: ind.valueText.trim() },
          });
        else ctx.report({ at: inGrid(ctx.grid, ind.nameCell), messageId: "blank", data });
      }
    }
  },
};
