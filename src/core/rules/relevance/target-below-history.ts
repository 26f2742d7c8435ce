// review-criteria.md C26: where the form has a previous-year column (上年实际值, 2021年实际实现值 …), a positive
// indicator's target below last year's actual — or a reverse indicator's above it — is a target set too low
// (10号 framework: "不能设定过低的产出和效益目标", judged against 历史业绩).
import { z } from "zod";
import { optionsOf, type TableRule } from "../types";
import { isMoneyLevel2 } from "../../form/catalogue";
import type { Indicator } from "../../layout/model";
import type { QuantityValue } from "../../values/types";
import { parseValue } from "../../values/parse";
import { fmtNum } from "../../text";
import { cachedLexicon, directionOf, inBaseUnit, sameMeasure, type Direction } from "../../analysis/indicator-kind";

const OPTIONS = z.object({
  reverseWords: z
    .array(z.string())
    .default([
      "故障率",
      "差错率",
      "出错率",
      "错误率",
      "事故率",
      "发生率",
      "投诉率",
      "失误率",
      "返工率",
      "不合格率",
      "死亡率",
      "发病率",
      "空置率",
      "损耗率",
      "流失率",
      "超支率",
      "偏差率",
    ])
    .describe("反向指标名称（越低越好）：目标高于上年实际值时提示"),
});

export const targetBelowHistory: TableRule = {
  meta: {
    id: "target-below-history",
    origin: "issue 10, review-criteria.md C26",
    severity: "warning",
    category: "relevance",
    opinion: 4,
    scope: "table",
    options: OPTIONS,
    description:
      "表中有上年实际值一列时，正向指标的目标不应低于上年实际值，反向指标（越低越好）的目标不应高于上年实际值。",
    notes:
      "Needs the `history` column role (上年实际值, 上年完成值, 2021年实际实现值 …); tables without it are not checked. Compares single quantities of the same measure (percent with percent, 人次 with 人次, money in yuan); a history figure written without a unit takes the target's unit, except money (万元 or 元 cannot be told). Direction: a 指标方向 column's 正向/反向 first, then a `≤`/`<` target or a `reverseWords` name is reverse; a duration without an operator is ambiguous and skipped. 成本 rows are not checked (a lower cost is not a lower ambition; cost vs funds is the cost rules'). The message asks for the reason when funds fell: the table does not say last year's funds.",
    messages: {
      belowHistory:
        "“{{name}}”的目标“{{value}}”低于{{column}}“{{history}}”。正向指标的目标一般不应低于已经达到的水平，评审会认为目标设定偏低。请按不低于上年实际的水平设定（如“{{suggest}}”）；确因资金减少或任务调整需要降低的，请在指标值设定依据中写明原因。",
      aboveHistory:
        "“{{name}}”是反向指标（越低越好），目标“{{value}}”高于{{column}}“{{history}}”，等于允许比上年做得更差。请按不高于上年实际的水平设定（如“{{suggest}}”）；确有原因的，请在指标值设定依据中写明。",
    },
  },
  check(ctx) {
    const { reverseWords } = optionsOf(OPTIONS, ctx);
    const reverse = cachedLexicon(reverseWords);
    const column = ctx.table.columns?.roles.find((r) => r.role === "history")?.label.trim() || "上年实际值";
    for (const ind of ctx.table.indicators) {
      const cell = ind.extras["history"];
      if (!cell || !cell.text.trim() || !ctx.analysis.nameKey(ind)) continue;
      if (isMoneyLevel2(ind.level2) || (ind.level2 === null && ind.level1 === "成本指标")) continue;
      const target = ind.value;
      if (target.kind !== "quantity" || target.approx || target.tolerance) continue;
      const history = historyValue(cell.text, ind, target);
      if (history === null) continue;
      const dir = direction(ind, target, reverse);
      if (dir === "neutral") continue;
      const t = inBaseUnit(target);
      const h = inBaseUnit(history);
      const unit = history.unit.fromName || history.unit.raw === "" ? target.unit.raw : history.unit.raw;
      const data = {
        name: ind.name.trim(),
        value: ind.valueText.trim(),
        history: cell.text.trim(),
        column,
      };
      if (dir === "positive" && t < h)
        ctx.report({
          at: ind.valueCell,
          messageId: "belowHistory",
          data: { ...data, suggest: `≥${fmtNum(history.number)}${unit}` },
        });
      else if (dir === "reverse" && t > h)
        ctx.report({
          at: ind.valueCell,
          messageId: "aboveHistory",
          data: { ...data, suggest: `≤${fmtNum(history.number)}${unit}` },
        });
    }
  },
};

/** Last year's figure as a quantity of the target's measure, or null when it is not comparable. */
function historyValue(text: string, ind: Indicator, target: QuantityValue): QuantityValue | null {
  const v = parseValue(text, { name: ind.name });
  if (v.kind !== "quantity" || v.approx || v.tolerance) return null;
  if (v.unit.family === "none") {
    // `98` beside `≥95%`: the column leaves the unit to the target; money's scale (元 or 万元) cannot be guessed
    if (target.unit.family === "money" || target.unit.family === "none") return null;
    return { ...v, unit: target.unit };
  }
  return sameMeasure(v.unit, target.unit) ? v : null;
}

function direction(ind: Indicator, target: QuantityValue, reverse: ReturnType<typeof cachedLexicon>): Direction {
  const d = directionOf(ind, reverse);
  // `办结时限 | 5天` without an operator: less is better for most durations, more for a few (使用年限)
  if (target.unit.family === "duration" && target.op === "=" && !ind.extras["direction"]) return "neutral";
  return d;
}
