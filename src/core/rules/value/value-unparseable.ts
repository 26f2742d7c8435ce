// rules.md §6 C29: a value with digits that fits none of the 指标值 grammar, or a formula error; and template
// placeholders left in a value (`≥**%`) or a 三级 name (`游客满意度(≥**%)`, `*…`) — where placeholder-value (C38)
// reports the same cell, its finding stands alone.
import { nameLeftover } from "../../values/placeholder";
import type { TableRule } from "../types";
import { exampleName, exampleValue } from "../../form/requiredness";

export const valueUnparseable: TableRule = {
  meta: {
    id: "value-unparseable",
    severity: "warning",
    category: "value",
    opinion: 2,
    scope: "table",
    hasSuggestions: true,
    description:
      "指标值含有数字，但不符合“运算符+数字+单位”、日期或区间的任何写法，无法识别；或指标值、三级指标名称中留有模板占位符（“**”“XX”）。",
    notes:
      "Narrower than C29: text without any digit (`长期维护测评`) is qualitative and left to quantified-value-required / vague-qualitative, so this rule fires only on digit-bearing text the grammar rejects and on formula errors (`#REF!`), which no other rule reports. Template placeholders are reported here as leftovers, not as unreadable values: a placeholder value (`≥**%`, `XX`) is a warning (no target was written; quantified-value-required leaves it to this rule), and where placeholder-value (C38) reports the same cell — as a warning or, in a required row, an error — its finding stands alone; a placeholder hint or the template's core-indicator `*` left in a 三级 name beside a value is info.",
    messageSeverity: { nameMark: "info", nameHint: "info" },
    // a whole-cell placeholder said more precisely, at the same or a higher severity
    defersTo: ["placeholder-value"],
    messages: {
      unparseable:
        "指标值“{{value}}”含有数字，但无法识别为数值、日期或区间。请只写一个目标值，格式为“运算符+数字+单位”，例如“≥95%”“≤60分钟”“≥200人”“{{example}}”。",
      formulaError: "指标值单元格显示公式错误“{{value}}”，无法读取目标值。请修正公式，或直接填写指标值（例如“≥95%”）。",
      placeholder:
        "指标值“{{value}}”是模板里的占位写法，还没有填写本项目的目标值。请把“**”“XX”等占位符换成实际数值，例如“{{example}}”。",
      nameHint:
        "三级指标“{{name}}”中留有模板的占位提示“{{leftover}}”。目标值应写在指标值栏，请删去占位提示，只保留指标名称“{{clean}}”。",
      nameOnlyPlaceholder:
        "三级指标“{{name}}”仍是模板占位符，没有写出本项目的指标。请写具体的指标名称，例如“{{example}}”。",
      nameMark:
        "三级指标“{{name}}”开头的“{{leftover}}”是模板标记核心指标的符号，不属于指标名称。请删去，写成“{{clean}}”。",
      removeLeftover: "改为“{{value}}”",
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
      } else if (v.kind === "placeholder") {
        ctx.report({
          at: ind.valueCell,
          messageId: "placeholder",
          data: { value: ind.valueText.trim(), example: exampleValue(ind.level2, ctx.year) },
        });
      }
      const left = nameLeftover(ind.name);
      if (left && !left.clean) {
        ctx.report({
          at: ind.nameCell,
          messageId: "nameOnlyPlaceholder",
          data: { name: ind.name.trim(), example: exampleName(ind.level2) },
        });
      } else if (left) {
        // the cell keeps its `指标1:` prefix; only the leftover goes
        const at = ind.raw.indexOf(left.text);
        const fixed = at < 0 ? null : `${ind.raw.slice(0, at)}${ind.raw.slice(at + left.text.length)}`.trim();
        ctx.report({
          at: ind.nameCell,
          messageId: left.kind === "mark" ? "nameMark" : "nameHint",
          data: { name: ind.name.trim(), leftover: left.text.trim(), clean: left.clean },
          suggest: fixed
            ? [{ messageId: "removeLeftover", data: { value: fixed }, cell: ind.nameCell, value: fixed }]
            : [],
        });
      }
    }
  },
};
