// review-criteria.md C17: input and process measures (资金到位率, 预算执行率, 支出合规性, 结余率 …) placed as outputs
// or effects. "财力、人力和物力等投入数量不能作为绩效目标" (S14); reviewers answer "建议增加明确产出指标" (opinion 9).
import { z } from "zod";
import { optionsOf, type TableRule } from "../types";
import { familyOf } from "../../form/catalogue";
import { cachedLexicon, isAbsentValue, isBenefitRow } from "../../analysis/indicator-kind";
import type { Indicator } from "../../layout/model";

const OPTIONS = z.object({
  terms: z
    .array(z.string())
    .default([
      "资金到位",
      "经费到位率",
      "支出到位率",
      "预算执行率",
      "执行率",
      "拨付率",
      "支付率",
      "支出安排金额",
      "资金使用率",
      "经费使用率",
      "资金…使用情况",
      "经费…使用情况",
      "资金使用合规",
      "经费使用合规",
      "支出合规",
      "资金合规",
      "经费合规",
      "资金用途…准确",
      "经费用途…准确",
      "财务管理制度健全",
      "财务制度健全",
      "财务资料…完整",
      "成本控制率",
      "足额保障率",
      "结余率",
      "科目调整次数",
    ])
    .describe("投入、过程类指标名称（“…”代表同一分句中最多16个字），出现在数量、质量、时效或效益指标下时提示"),
  exceptions: z.array(z.string()).default([]).describe("名称含其一时不提示（如本地认可的产出表述）"),
});

const EXAMPLE: Readonly<Record<string, string>> = {
  数量指标: "培训人次 ≥200人次",
  质量指标: "培训考核合格率 ≥95%",
  时效指标: "补贴发放完成时间 2024年12月31日前",
  经济效益指标: "带动受益群众人均增收 ≥500元",
  社会效益指标: "受益对象覆盖率 ≥95%",
  生态效益指标: "公共机构能耗降低率 ≥5%",
  可持续影响指标: "长效管理制度持续运行 ≥3年",
};

export const processIndicator: TableRule = {
  meta: {
    id: "process-indicator",
    origin: "issue 10, review-criteria.md C17",
    severity: "warning",
    category: "relevance",
    opinion: { default: 9, byData: { key: "kind", map: { 效益: 8 } } },
    scope: "table",
    options: OPTIONS,
    defersTo: ["money-in-quantity"],
    description:
      "资金到位率、预算执行率、支出合规性、结余率等投入和过程指标不能作为产出或效益指标，应写项目实际完成的产出或带来的效果。",
    notes:
      "Rows under 数量/质量/时效 and every 效益 二级 whose 三级 name holds a `terms` entry (`执行率` alone included: a 绩效目标表 has no other execution to measure). 成本 rows are left to non-cost-in-cost (成本控制率 100% is not money) and 满意度 rows are not checked. Reported on the name cell, except a 数量 row whose value is money (`支出安排金额 | 28.8万元`): that is reported on the value cell, where money-in-quantity says the same thing with the fix (move the amount to 成本), so this rule defers to it. Under 效益 the finding is filed as opinion 8 (建议增加明确效益指标), elsewhere 9. benefit-misclassified defers to this rule on the name cell (its advice, move to 社会效益, would keep the process measure).",
    messages: {
      output:
        "{{level2}}“{{name}}”衡量的是资金拨付、预算执行或财务管理（“{{term}}”），属于投入和过程，不是项目的产出，评审通常提出“建议增加明确产出指标”。请改写为项目实际完成的产出及目标值，例如“{{example}}”；资金和财务管理要求可写在保障措施中。",
      benefit:
        "{{level2}}“{{name}}”衡量的是资金拨付、预算执行或财务管理（“{{term}}”），属于投入和过程，不是项目带来的效果，评审通常提出“建议增加明确效益指标”。请改写为项目对服务对象或社会的具体效果及目标值，例如“{{example}}”。",
    },
  },
  check(ctx) {
    const { terms, exceptions } = optionsOf(OPTIONS, ctx);
    const process = cachedLexicon(terms);
    const allowed = cachedLexicon(exceptions);
    for (const ind of ctx.table.indicators) {
      const kind = kindOf(ind);
      if (kind === null || isAbsentValue(ind.value)) continue;
      const name = ctx.analysis.nameKey(ind);
      if (!name || allowed.match(name) !== null) continue;
      const term = process.match(name);
      if (term === null) continue;
      const level2 = ind.level2 ?? (kind === "效益" ? "效益指标" : "产出指标");
      ctx.report({
        at: moneyInQuantity(ind) ? ind.valueCell : ind.nameCell,
        messageId: kind === "效益" ? "benefit" : "output",
        data: {
          level2,
          name: ind.name.trim(),
          term,
          kind,
          example: EXAMPLE[level2] ?? (kind === "效益" ? "受益对象覆盖率 ≥95%" : "培训人次 ≥200人次"),
        },
      });
    }
  },
};

/** 产出 (数量/质量/时效, or an unnamed 二级 under 产出) or 效益; null for 成本, 满意度 and unknown rows. */
function kindOf(ind: Indicator): "产出" | "效益" | null {
  if (isBenefitRow(ind)) return "效益";
  if (ind.level2 === null) return ind.level1 === "产出指标" ? "产出" : null;
  return familyOf(ind.level2) === "output" ? "产出" : null;
}

function moneyInQuantity(ind: Indicator): boolean {
  const v = ind.value;
  if (ind.level2 !== "数量指标") return false;
  if (v.kind === "quantity" || v.kind === "range") return v.unit.family === "money";
  return v.kind === "compound" && v.parts.some((p) => p.unit.family === "money");
}
