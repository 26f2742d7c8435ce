// rules.md §6 C31: a word operator (小于, 不低于, 以上) is normalised to its symbol.
import { formatQuantity } from "../../values/parse";
import type { TableRule } from "../types";

export const operatorWord: TableRule = {
  meta: {
    id: "operator-word",
    severity: "info",
    category: "value",
    opinion: 11,
    scope: "table",
    hasSuggestions: true,
    description: "指标值用文字表示运算符（小于、不低于、以上等），建议统一写成符号（<、≥、≤）。",
    messages: {
      word: "指标值“{{value}}”用文字“{{word}}”表示运算符。预算系统按符号（≥、>、＝、≤、<）识别指标性质，建议写成“{{fixed}}”。",
      useSymbol: "改为“{{value}}”",
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      const v = ind.value;
      if (v.kind !== "quantity" || (v.opSource !== "word" && v.opSource !== "suffix")) continue;
      const fixed = formatQuantity(v);
      ctx.report({
        at: ind.valueCell,
        messageId: "word",
        data: { value: ind.valueText.trim(), word: v.opText, fixed },
        // `约…以上` would lose its 约 in the rewrite: report only
        suggest: v.approx
          ? []
          : [{ messageId: "useSymbol", data: { value: fixed }, cell: ind.valueCell, value: fixed }],
      });
    }
  },
};
