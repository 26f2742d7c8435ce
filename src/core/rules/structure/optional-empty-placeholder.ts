// rules.md §6 B23: an unfilled `指标1:` placeholder (or a bare 二级 label) in a 选填 row.
import { level2Def, type Level2Name } from "../../form/catalogue";
import type { TableRule } from "../types";
import { inGrid, isBlockRequired, level2Label, nameState, requiredSet, valueState } from "./util";

const NA_TEXT = "不涉及";

function exampleOf(name: Level2Name): string {
  const d = level2Def(name);
  return `${d.exampleName} | ${d.exampleValue}`;
}

export const optionalEmptyPlaceholder: TableRule = {
  meta: {
    id: "optional-empty-placeholder",
    severity: "info",
    category: "structure",
    opinion: 11,
    scope: "table",
    description: "选填的二级指标若不填写，应删除空的“指标1:”占位或统一写“不涉及”。",
    hasSuggestions: true,
    messages: {
      placeholder:
        "选填的“{{level2}}”只留了空的“{{raw}}”占位。若本项目不涉及，请在三级指标栏统一写“不涉及”（或删除此行）；若涉及，请写完整，例如“指标1: {{example}}”。",
      bare: "选填的“{{level2}}”没有三级指标和指标值。若本项目不涉及，请在三级指标栏写“不涉及”，与其他表保持一致；若涉及，请补充三级指标和指标值。",
      writeNa: "三级指标栏写“不涉及”",
    },
  },
  check(ctx) {
    const required = requiredSet(ctx.config, ctx.generation);
    for (const b of ctx.table.level2) {
      if (b.name === null || isBlockRequired(b, required)) continue;
      const level2 = level2Label(b);
      if (b.indicators.length === 0) {
        const cell = { row: b.label.row, col: b.label.col + 1 };
        ctx.report({
          at: { row: b.label.row, col: b.label.col },
          messageId: "bare",
          data: { level2 },
          suggest: [{ messageId: "writeNa", cell, value: NA_TEXT }],
        });
        continue;
      }
      for (const ind of b.indicators) {
        if (nameState(ind, ctx.analysis.isNa) !== "blank" || valueState(ind) !== "blank") continue;
        ctx.report({
          at: inGrid(ctx.grid, ind.nameCell),
          messageId: "placeholder",
          // the example is the row's own 二级's, never another's (issue 14: 带动群众增收金额 under 生态效益)
          data: { level2, raw: ind.raw.trim() || "指标1:", example: exampleOf(b.name) },
          suggest: [{ messageId: "writeNa", cell: ind.nameCell, value: NA_TEXT }],
        });
      }
    }
  },
};
