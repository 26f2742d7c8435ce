// rules.md §6 B17: each 二级 sits under its own 一级 (§1.1 old template, §1.2 财预〔2021〕101号).
import type { TableRule } from "../types";
import { acceptedParents, expectedParent, level2Label } from "./util";

export const level2WrongParent: TableRule = {
  meta: {
    id: "level2-wrong-parent",
    severity: "error",
    category: "structure",
    opinion: 7,
    scope: "table",
    description: "每个二级指标必须放在它所属的一级指标下（如成本指标在旧版模板中属于产出指标）。",
    notes:
      "Generation-aware: the 二级 成本指标 belongs under 产出指标 in legacy tables and under the 一级 成本指标 in 2021 tables; a mixed table accepts either (generation-mixed reports the mix). Blocks whose 一级 the parser inferred from the 二级 itself (no 一级 label) are skipped, since level1-invalid reports those rows.",
    messages: {
      costIsLevel1:
        "按2021版模板（财预〔2021〕101号），成本指标是一级指标，不再放在“{{actual}}”下（第{{parentRow}}行）。请改为“成本指标 | 经济成本指标 | 指标1: 培训经费总额 | ≤10万元”这样的行。",
      wrongParent:
        "二级指标“{{level2}}”放在了一级指标“{{actual}}”下（第{{parentRow}}行），它应属于“{{expected}}”。请把这一组行移到“{{expected}}”下面，例如“{{expected}} | {{level2}} | 指标1: … | 指标值”。",
    },
  },
  check(ctx) {
    for (const b of ctx.table.level2) {
      if (b.name === null || b.level1 === null || b.level1Cell === null) continue;
      if (acceptedParents(b.name, ctx.generation).includes(b.level1)) continue;
      const expected = expectedParent(b.name, ctx.generation);
      ctx.report({
        at: { row: b.label.row, col: b.label.col },
        messageId: b.name === "成本指标" && expected === "成本指标" ? "costIsLevel1" : "wrongParent",
        data: {
          level2: level2Label(b),
          actual: b.level1,
          expected,
          parentRow: b.level1Cell.row + ctx.grid.origin.row + 1,
        },
      });
    }
  },
};
