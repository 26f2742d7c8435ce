// rules.md §6 C35: a target written as a range (`50-100人`) is ambiguous; suggest one threshold.
import type { Indicator } from "../../layout/model";
import { isCostLevel2 } from "../../form/catalogue";
import type { RangeValue } from "../../values/types";
import type { TableRule } from "../types";
import { isReverseName } from "../../analysis/indicator-name";

/** Cost, money, error rates and 时效 durations are capped; everything else has a floor. */
function capped(ind: Indicator, v: RangeValue): boolean {
  if (isCostLevel2(ind.level2)) return true;
  if (v.unit.family === "money") return true;
  if (isReverseName(ind.name)) return true;
  return ind.level2 === "时效指标" && v.unit.family === "duration";
}

export const rangeValue: TableRule = {
  meta: {
    id: "range-value",
    severity: "warning",
    category: "value",
    opinion: 2,
    scope: "table",
    description: "指标值写成区间（如“50-100人”“1000-2000元/人”）无法考核，应写一个明确的阈值。",
    messages: {
      rangeFloor:
        "指标值“{{value}}”是一个区间，考核时无法判断是否达标。数量、质量类指标请只写下限（≥），例如“{{example}}”。",
      rangeCap:
        "指标值“{{value}}”是一个区间，考核时无法判断是否达标。成本、差错、时长类指标请只写上限（≤），例如“{{example}}”。",
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      const v = ind.value;
      if (v.kind !== "range" || !Number.isFinite(v.low) || !Number.isFinite(v.high)) continue;
      const unit = v.unit.base === "%" ? "%" : v.unit.raw;
      const cap = capped(ind, v);
      const example = cap ? `≤${Math.max(v.low, v.high)}${unit}` : `≥${Math.min(v.low, v.high)}${unit}`;
      ctx.report({
        at: ind.valueCell,
        messageId: cap ? "rangeCap" : "rangeFloor",
        data: { value: ind.valueText.trim(), example },
      });
    }
  },
};
