// rules.md §6 B28: the same 三级 text appears twice in one table (under one 二级 or under two).
import type { TableRule } from "../types";
import type { Indicator } from "../../layout/model";
import { textKey } from "../../text";
import { nameState } from "./util";

export const duplicateIndicator: TableRule = {
  meta: {
    id: "duplicate-indicator",
    severity: "warning",
    category: "structure",
    opinion: 11,
    scope: "table",
    description: "同一张表中不应出现相同的三级指标（同一二级下重复，或在两个二级下各写一次）。",
    notes:
      "Reported on the second (and any later) occurrence; names are compared without spaces, width differences and trailing punctuation.",
    messages: {
      otherLevel2:
        "三级指标“{{name}}”与第{{firstRow}}行（{{firstLevel2}}）相同，同一内容不能同时作为“{{firstLevel2}}”和“{{level2}}”。请按“{{level2}}”的含义改写本行，写出该类效果的具体指标和数值。",
      sameLevel2:
        "三级指标“{{name}}”在“{{level2}}”下重复出现（第{{firstRow}}行已有）。请删除重复行，或改写为另一个考核内容。",
    },
  },
  check(ctx) {
    const seen = new Map<string, Indicator>();
    for (const ind of ctx.table.indicators) {
      if (nameState(ind, ctx.analysis.isNa) !== "filled") continue;
      const key = textKey(ind.name);
      if (key.length < 2) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, ind);
        continue;
      }
      const same = first.level2Index === ind.level2Index;
      const name = ind.name.trim();
      ctx.report({
        at: ind.nameCell,
        messageId: same ? "sameLevel2" : "otherLevel2",
        data: {
          name: name.length > 40 ? `${name.slice(0, 40)}…` : name,
          firstRow: first.nameCell.row + ctx.grid.origin.row + 1,
          firstLevel2: first.level2 ?? "未识别的二级指标",
          level2: ind.level2 ?? "未识别的二级指标",
        },
      });
    }
  },
};
