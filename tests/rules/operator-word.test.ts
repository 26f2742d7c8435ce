import { operatorWord } from "../../src/core/rules/value/operator-word";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

const qty = (value: string) => ({
  indicators: withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", "指标1: 补贴人数", value]),
});
const sat = (value: string) => ({
  indicators: withIndicator("服务对象满意度指标", [
    "满意度指标",
    "服务对象满意度指标 (必填量化)",
    "指标1: 学员满意度",
    value,
  ]),
});

ruleTester(operatorWord, {
  valid: [
    { name: "clean table" },
    { name: "a symbol already (L23)", tables: [sat("≥95%")] },
    { name: "a bare value", tables: [qty("199人")] },
    { name: "ASCII >= counts as a symbol", tables: [qty(">=199人")] },
    { name: "the budget system's 》= is a symbol, not a word", tables: [qty("》=199人")] },
    { name: "full-width ＞＝ is a symbol", tables: [qty("＞＝199人")] },
    { name: "a leading = is a symbol (`=300天`)", tables: [qty("=199人")] },
    { name: "a tolerance with 以内 is a symbol (`±3%以内`)", tables: [qty("±3人以内")] },
  ],
  invalid: [
    {
      name: "小于 (L381)",
      tables: [qty("小于199人")],
      errors: [
        {
          row: indicatorRow("数量指标"),
          messageId: "word",
          cell: "E11",
          messageIncludes: "<199人",
          suggestions: ["<199人"],
        },
      ],
    },
    {
      name: "a suffix operator with trailing punctuation (S19 `95%以上。`)",
      tables: [sat("95%以上。")],
      errors: [{ row: indicatorRow("服务对象满意度指标"), messageId: "word", suggestions: ["≥95%"] }],
    },
    {
      name: "不低于",
      tables: [sat("不低于90%")],
      errors: [{ row: indicatorRow("服务对象满意度指标"), suggestions: ["≥90%"] }],
    },
    {
      name: "控制在…以内",
      tables: [
        {
          indicators: withIndicator("成本指标", ["", "成本指标 (必填量化)", "指标1: 培训经费总额", "控制在10万元以内"]),
        },
      ],
      errors: [{ row: indicatorRow("成本指标"), suggestions: ["≤10万元"] }],
    },
  ],
});
