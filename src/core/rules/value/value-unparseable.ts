// rules.md §6 C29: a value with digits that fits none of the 指标值 grammar, or a formula error.
import type { TableRule } from "../types";

export const valueUnparseable: TableRule = {
  meta: {
    id: "value-unparseable",
    severity: "warning",
    category: "value",
    opinion: 2,
    scope: "table",
    description: "指标值含有数字，但不符合“运算符+数字+单位”、日期或区间的任何写法，无法识别。",
    notes:
      "Narrower than C29: text without any digit (`长期维护测评`) is qualitative and left to quantified-value-required / vague-qualitative, so this rule fires only on digit-bearing text the grammar rejects and on formula errors (`#REF!`), which no other rule reports.",
    messages: {
      unparseable:
        "指标值“{{value}}”含有数字，但无法识别为数值、日期或区间。请只写一个目标值，格式为“运算符+数字+单位”，例如“≥95%”“≤60分钟”“≥200人”“{{example}}”。",
      formulaError: "指标值单元格显示公式错误“{{value}}”，无法读取目标值。请修正公式，或直接填写指标值（例如“≥95%”）。",
    },
  },
  check(ctx) {
    const example = ctx.year !== null ? `${ctx.year}年12月31日前` : "12月31日前";
    for (const ind of ctx.table.indicators) {
      const v = ind.value;
      if (v.kind === "unparseable") {
        ctx.report({ at: ind.valueCell, messageId: "unparseable", data: { value: ind.valueText.trim(), example } });
      } else if (v.kind === "error") {
        ctx.report({ at: ind.valueCell, messageId: "formulaError", data: { value: v.code } });
      }
    }
  },
};
