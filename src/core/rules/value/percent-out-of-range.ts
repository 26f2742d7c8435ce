// rules.md §6 C34: a percentage must lie in 0–100; `≥100%` cannot be exceeded (info).
import type { QuantityValue, RangeValue } from "../../values/types";
import { isSatisfactionLevel2 } from "../../form/catalogue";
import type { TableRule } from "../types";
import { isChangeName } from "../../analysis/indicator-name";

export const percentOutOfRange: TableRule = {
  meta: {
    id: "percent-out-of-range",
    severity: "error",
    category: "value",
    opinion: 4,
    scope: "table",
    description: "百分比指标值必须在 0%–100% 之间；“≥100%”无法超额完成，仅作提示。",
    notes:
      "Growth and change measures (增长率, 提高, 同比 …) may exceed 100% or be negative, so they are exempt. The `≥100%` info is not given on satisfaction rows, where satisfaction-threshold reports it.",
    messageSeverity: { atCeiling: "info" },
    messages: {
      aboveMax:
        "指标值“{{value}}”超过了 {{limit}}，比率不可能超过 {{limit}}。请核对数字（是否多打了一位），例如改为“≥95%”。",
      belowZero: "指标值“{{value}}”小于 0%，比率不可能为负数。请核对数字，例如改为“≤5%”或“＝0%”。",
      impossibleAbove:
        "指标值“{{value}}”要求比率超过 {{limit}}，这是无法达到的目标。请改为可以实现的值，例如“＝100%”或“≥95%”。",
      impossibleBelow: "指标值“{{value}}”要求比率低于 0%，这是无法达到的目标。请改为可以实现的值，例如“＝0%”或“≤5%”。",
      atCeiling:
        "指标值“{{value}}”以 100% 为下限，实际只能恰好等于 100%，无法超额完成。若要求全部完成，建议写“＝100%”；否则写可实现的下限，如“≥95%”。",
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      if (isChangeName(ind.name)) continue;
      const v = ind.value;
      const items: ReadonlyArray<QuantityValue | RangeValue> =
        v.kind === "quantity" || v.kind === "range" ? [v] : v.kind === "compound" ? v.parts : [];
      const value = ind.valueText.trim();
      for (const p of items) {
        if (p.unit.family !== "percent") continue;
        const limit = p.unit.base === "‰" ? 1000 : 100;
        const limitText = p.unit.base === "‰" ? "1000‰" : "100%";
        const low = p.kind === "range" ? Math.min(p.low, p.high) : p.number;
        const high = p.kind === "range" ? Math.max(p.low, p.high) : p.number;
        if (!Number.isFinite(low) || !Number.isFinite(high)) continue;
        if (high > limit || low < 0) {
          ctx.report({
            at: ind.valueCell,
            messageId: high > limit ? "aboveMax" : "belowZero",
            data: { value, limit: limitText },
          });
          break;
        }
        if (p.kind !== "quantity") continue;
        if ((p.op === ">" && p.number >= limit) || (p.op === "<" && p.number <= 0)) {
          ctx.report({
            at: ind.valueCell,
            messageId: p.op === ">" ? "impossibleAbove" : "impossibleBelow",
            data: { value, limit: limitText },
          });
          break;
        }
        if (p.op === ">=" && limit === 100 && p.number === limit && !isSatisfactionLevel2(ind.level2)) {
          ctx.report({ at: ind.valueCell, messageId: "atCeiling", data: { value } });
          break;
        }
      }
    }
  },
};
