// rules.md §6 F54: 效益 indicators copied from the 年度总体目标 or from another 二级 row (88号 相关性审核).
import type { TableRule } from "../types";
import type { Indicator } from "../../layout/model";
import { compactKey } from "../../text";
import { isBenefitRow } from "../../analysis/indicator-kind";
import { cjkLength, goalWords, sheetRow } from "./util";

/** Shorter names (`促进就业`) occur in any goal by chance. */
const MIN_GOAL_COPY_CJK = 6;

const EXAMPLE: Readonly<Record<string, string>> = {
  经济效益指标: "带动受益群众人均增收 ≥500元",
  社会效益指标: "受益对象覆盖率 ≥95%",
  生态效益指标: "空气质量优良天数比例 ≥85%",
  可持续影响指标: "建立长效管理制度并持续运行 ≥3年",
};

export const benefitVsGoalRelevance: TableRule = {
  meta: {
    id: "benefit-vs-goal-relevance",
    severity: "info",
    category: "benefit",
    opinion: 3,
    scope: "table",
    description: "效益指标应写项目带来的具体效果，不应照抄年度总体目标或其他二级指标的文字。",
    notes:
      "A copy is the whole 三级 name (punctuation and spaces ignored, at least 6 Chinese characters) found verbatim in the goal, or the same name under another 二级 of the table; paraphrases are not reported.",
    messages: {
      goalCopy:
        "{{level2}}“{{name}}”照抄了年度总体目标中的原话，只是目标的复述，无法据以考核效果。请写项目带来的具体、可衡量的效果，例如“{{example}}”。",
      rowCopy:
        "{{level2}}“{{name}}”与第{{row}}行{{otherLevel2}}的三级指标相同。不同的二级指标应衡量不同的效果，请按“{{level2}}”的含义改写，例如“{{example}}”。",
    },
  },
  check(ctx) {
    const goal = compactKey(goalWords(ctx.table));
    const keys = new Map<Indicator, string>();
    for (const ind of ctx.table.indicators) {
      const k = ctx.analysis.nameKey(ind);
      if (k) keys.set(ind, compactKey(k));
    }
    // indicators grouped by text, to find copies across 二级 blocks without a quadratic scan
    const byText = new Map<string, Indicator[]>();
    for (const [ind, k] of keys) {
      const list = byText.get(k);
      if (list) list.push(ind);
      else byText.set(k, [ind]);
    }
    for (const ind of ctx.table.indicators) {
      if (!isBenefitRow(ind)) continue;
      const k = keys.get(ind);
      if (!k) continue;
      const level2 = ind.level2 ?? "效益指标";
      const example = EXAMPLE[level2] ?? "受益对象覆盖率 ≥95%";
      if (goal && cjkLength(k) >= MIN_GOAL_COPY_CJK && goal.includes(k)) {
        ctx.report({ at: ind.nameCell, messageId: "goalCopy", data: { name: ind.name, level2, example } });
        continue;
      }
      const other = (byText.get(k) ?? []).find((o) => o !== ind && o.level2Index !== ind.level2Index);
      if (other) {
        ctx.report({
          at: ind.nameCell,
          messageId: "rowCopy",
          data: {
            name: ind.name,
            level2,
            example,
            row: sheetRow(ctx.grid.origin, other.nameCell.row),
            otherLevel2: other.level2 ?? "",
          },
        });
      }
    }
  },
};
