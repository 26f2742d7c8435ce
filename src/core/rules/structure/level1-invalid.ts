// rules.md §6 B16: the 一级 column holds only 产出指标, 效益指标, 满意度指标 (and 成本指标 in 2021 tables).
import type { TableRule } from "../types";
import { level2Of } from "../../layout/labels";
import type { Repair } from "../../layout/model";
import { expectedParent } from "./util";

export const level1Invalid: TableRule = {
  meta: {
    id: "level1-invalid",
    severity: "error",
    category: "structure",
    opinion: 6,
    scope: "table",
    description: "一级指标列只能填写产出指标、效益指标、满意度指标（2021版模板另有成本指标）。",
    subIds: { "level2-in-level1-column": "error" },
    hasSuggestions: true,
    messages: {
      level2InLevel1Column:
        "一级指标列填的是二级指标“{{text}}”，所属的一级指标“{{parent}}”没有写出。请在此格填写“{{parent}}”，二级指标“{{level2}}”只写在二级指标列。",
      level2InLevel1ColumnRepeated:
        "一级指标列重复填写了二级指标“{{text}}”。它属于上方已有的一级指标“{{parent}}”，请清空此格，二级指标“{{level2}}”只写在二级指标列。",
      level2InLevel1ColumnShifted:
        "一级指标列填的是二级指标“{{text}}”，整行内容向左错了一列，一级指标“{{parent}}”缺失。请把二级指标、三级指标和指标值各右移一列，并在一级指标列填写“{{parent}}”，例如“{{parent}} | {{level2}} | 指标1: … | 指标值”。",
      unknown:
        "“{{text}}”不是一级指标。一级指标只能是产出指标、效益指标、满意度指标{{costNote}}；本行的二级指标“{{level2}}”应归入“{{parent}}”。",
      foreign:
        "“{{text}}”是绩效评价（打分）表使用的指标类别，不属于绩效目标表。请把相关内容改写为产出指标（数量、质量、时效、成本）、效益指标或满意度指标下的三级指标。",
      costLevel1Legacy:
        "本表按旧版模板（成本指标是产出指标下的二级指标）校验，一级指标列不能填写“成本指标”。请把成本内容移到“产出指标 | 成本指标 | 指标1: 培训经费总额 | ≤10万元”这样的行中；若按2021版模板填报，请在设置中选择2021版。",
      writeParent: "在一级指标列填写“{{parent}}”",
      clearCell: "清空此格（上方已有“{{parent}}”）",
    },
  },
  check(ctx) {
    const t = ctx.table;
    const misaligned = new Set(t.repairs.filter((r) => r.kind === "row-misaligned").map((r) => r.row));
    const costNote = ctx.generation === "legacy" ? "" : "（2021版模板另有成本指标）";
    for (const r of t.repairs) {
      if (r.kind === "level2-in-level1-column") reportLevel2(r, misaligned.has(r.row));
      else if (r.kind === "foreign-level1")
        ctx.report({ at: { row: r.row, col: r.col }, messageId: "foreign", data: { text: r.text.trim() } });
      else if (r.kind === "level1-unknown") {
        const block = t.level2.find((b) => b.label.row === r.row);
        const level2 = block?.name ?? null;
        const parent = level2 ? expectedParent(level2, ctx.generation) : "产出指标";
        ctx.report({
          at: { row: r.row, col: r.col },
          messageId: "unknown",
          data: { text: r.text.trim(), level2: level2 ?? block?.label.text ?? "", parent, costNote },
          suggest: level2
            ? [{ messageId: "writeParent", data: { parent }, cell: { row: r.row, col: r.col }, value: parent }]
            : undefined,
        });
      }
    }
    if (ctx.generation === "legacy") {
      for (const l of t.level1) {
        if (l.name === "成本指标")
          ctx.report({ at: { row: l.label.row, col: l.label.col }, messageId: "costLevel1Legacy" });
      }
    }

    function reportLevel2(r: Repair, shifted: boolean): void {
      const level2 = level2Of(r.text);
      if (!level2) return;
      const parent = expectedParent(level2, ctx.generation);
      const at = { row: r.row, col: r.col };
      const data = { text: r.text.trim(), parent, level2 };
      if (shifted) {
        ctx.report({ at, subId: "level2-in-level1-column", messageId: "level2InLevel1ColumnShifted", data });
        return;
      }
      // the 二级 is repeated in its own column: only the 一级 cell needs fixing
      const before = t.level1.filter((l) => l.label.row < r.row);
      const above = before[before.length - 1]?.name === parent;
      ctx.report({
        at,
        subId: "level2-in-level1-column",
        messageId: above ? "level2InLevel1ColumnRepeated" : "level2InLevel1Column",
        data,
        suggest: [
          above
            ? { messageId: "clearCell", data: { parent }, cell: at, value: "" }
            : { messageId: "writeParent", data: { parent }, cell: at, value: parent },
        ],
      });
    }
  },
};
