// rules.md §6 B18: one table mixes the old template (成本指标 under 产出指标) with the 2021 one (成本 as 一级).
import type { TableRule } from "../types";
import { MOF2021_LEVEL2 } from "../../layout/labels";
import type { CellPos } from "../../layout/model";

export const generationMixed: TableRule = {
  meta: {
    id: "generation-mixed",
    severity: "warning",
    category: "structure",
    opinion: 7,
    scope: "table",
    description: "同一张表不能混用旧版模板（成本指标属产出指标）和2021版模板（成本指标为一级指标）的结构。",
    notes:
      'Gated on the parser\'s own detection (table.generation === "mixed"), so a forced profile does not turn every table of the other generation into a mix; reported once per table at the first 2021-style element.',
    messages: {
      mixed:
        "本表混用了两版模板：第{{legacyRow}}行的“成本指标”放在产出指标下（旧版），而此处的“{{text}}”属于2021版（财预〔2021〕101号，成本指标为一级指标，下设经济成本、社会成本、生态环境成本指标）。请统一为一种：旧版写“产出指标 | 成本指标 | 指标1: 培训经费总额 | ≤10万元”；2021版写“成本指标 | 经济成本指标 | 指标1: 培训经费总额 | ≤10万元”。",
      nameAsLevel3:
        "三级指标“{{text}}”使用了2021版模板的二级指标名称，而本表的成本指标按旧版放在产出指标下（第{{legacyRow}}行）。请写具体的成本内容作为三级指标，例如“指标1: 培训经费总额 | ≤10万元”，或整体改用2021版结构“成本指标 | {{level2}} | …”。",
    },
  },
  check(ctx) {
    const t = ctx.table;
    if (t.generation !== "mixed") return;
    const legacy = t.level2.find((b) => b.name === "成本指标" && b.level1 === "产出指标");
    const legacyRow = legacy ? legacy.label.row + ctx.grid.origin.row + 1 : "?";

    // 2021-style elements: a 一级 成本指标, a 2021 二级, or a 2021 二级 name used as a 三级
    const found: Array<{ at: CellPos; text: string; asName: string | null }> = [];
    for (const l of t.level1)
      if (l.name === "成本指标")
        found.push({ at: { row: l.label.row, col: l.label.col }, text: l.label.text.trim(), asName: null });
    for (const b of t.level2) {
      if (b.name !== null && MOF2021_LEVEL2.includes(b.name))
        found.push({ at: { row: b.label.row, col: b.label.col }, text: b.label.text.trim(), asName: null });
    }
    for (const i of t.indicators) {
      const hit = MOF2021_LEVEL2.find((n) => i.name.includes(n));
      if (hit) found.push({ at: i.nameCell, text: i.name, asName: hit });
    }
    const first = found.reduce<(typeof found)[number] | null>(
      (m, x) => (m === null || x.at.row < m.at.row ? x : m),
      null,
    );
    if (first === null) {
      if (legacy)
        ctx.report({
          at: { row: legacy.label.row, col: legacy.label.col },
          messageId: "mixed",
          data: { legacyRow, text: legacy.label.text.trim() },
        });
      return;
    }
    if (first.asName !== null)
      ctx.report({
        at: first.at,
        messageId: "nameAsLevel3",
        data: { text: first.text, legacyRow, level2: first.asName },
      });
    else ctx.report({ at: first.at, messageId: "mixed", data: { text: first.text, legacyRow } });
  },
};
