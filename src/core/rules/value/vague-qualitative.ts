// rules.md §6 C37: a qualitative value in a non-quantified row uses a non-graded word (明显, 长期 …).
import type { TableRule } from "../types";
import { isQuantifiedRow } from "./util";

// words that make a free-text value ungraded even when the parser's list does not hold the exact phrase
const VAGUE_PART = /明显|显著|有效|有所|长期|长效|持续|不断|逐步|进一步|大幅|稳步|较大|全面/;

const GRADED = "达到预期目标";

export const vagueQualitative: TableRule = {
  meta: {
    id: "vague-qualitative",
    severity: "info",
    category: "value",
    opinion: 2,
    scope: "table",
    description:
      "非量化行的定性指标值使用了无法分级考核的词语（明显、显著、有效保障、长期等），建议改为分级表述或可测量的值。",
    notes:
      "Rows that must be quantified (量化/硬性指标 annotation, or 数量/质量/时效/成本/满意度 by default) are left to quantified-value-required, so the same cell is not reported twice. Where benefit-boilerplate reports the same value cell (a slogan 效益 name such as 保障…正常运转 with a word value), its warning stands alone: grading the word would leave the slogan in place.",
    defersTo: ["benefit-boilerplate"],
    messages: {
      vague:
        "定性指标值“{{value}}”没有分级，自评时无法判断完成程度。建议写可测量的值（如“≥90%”“≥3项”），或采用分级表述“{{graded}}”。",
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      const v = ind.value;
      if (v.kind !== "qualitative" || v.graded) continue;
      if (!v.vague && !VAGUE_PART.test(v.text)) continue;
      if (isQuantifiedRow(ctx.table, ind)) continue;
      ctx.report({
        at: ind.valueCell,
        messageId: "vague",
        data: { value: ind.valueText.trim(), graded: GRADED },
      });
    }
  },
};
