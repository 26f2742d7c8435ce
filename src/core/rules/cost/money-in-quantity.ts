// rules.md §6 E46: a 数量 indicator counts outputs; money (投入) is not a 数量 target.
import type { TableRule } from "../types";
import type { ParsedValue } from "../../values/types";
import { toHalfWidth } from "../../text";

/**
 * `4万元`, `1000元/人`, `5万。`: a number with a currency (not `5万人`), in group 1. The number is tried only from the
 * start of its run of digits and commas (the prefix), which finds the same leftmost match as trying every position
 * but in linear time: tried at every digit, a 32 767-digit name took seconds per cell.
 */
const MONEY_IN_TEXT = /(?:^|[^\d,]),*(\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|千元|元|万(?![\u4e00-\u9fff])))/;
const SPACES = /\s+/g;

export const moneyInQuantity: TableRule = {
  meta: {
    id: "money-in-quantity",
    severity: "warning",
    category: "cost",
    opinion: 7,
    scope: "table",
    description: "数量指标应填写产出的数量，指标值或名称中不应是金额（资金投入不能作为绩效目标）。",
    messages: {
      moneyValue:
        "数量指标“{{name}}”的指标值“{{value}}”是金额。资金投入不能作为绩效目标，数量指标应写产出的数量（如“≥4个”“≥200人次”）；这笔金额请移到成本指标，例如“成本指标 | {{name}} | ≤{{value}}”，并在数量指标中写它产出的数量。",
      moneyName:
        "数量指标“{{name}}”的名称中含有金额“{{money}}”。数量指标的名称只写要数的产出（如“测评次数”“培训人次”），并填写数量（如“≥1次”）；金额请删去并写到成本指标，例如“成本指标 | <费用名称> | ≤{{money}}”。",
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      if (ind.level2 !== "数量指标") continue;
      if (isMoney(ind.value)) {
        ctx.report({
          at: ind.valueCell,
          messageId: "moneyValue",
          data: { name: ind.name, value: ind.valueText.trim() },
        });
        continue;
      }
      const money = moneyInText(ind.name);
      if (money) ctx.report({ at: ind.nameCell, messageId: "moneyName", data: { name: ind.name, money } });
    }
  },
};

/** The first amount of money written in the text (`4万元`), spaces removed; null when there is none. */
export function moneyInText(text: string): string | null {
  const m = MONEY_IN_TEXT.exec(toHalfWidth(text));
  return m && m[1] ? m[1].replace(SPACES, "") : null;
}

function isMoney(v: ParsedValue): boolean {
  if (v.kind === "quantity" || v.kind === "range") return v.unit.family === "money";
  if (v.kind === "compound") return v.parts.some((p) => p.unit.family === "money");
  return false;
}
