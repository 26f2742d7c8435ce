import { satisfactionFormat } from "../../src/core/rules/benefit/satisfaction-format";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const row = indicatorRow("服务对象满意度指标");
const sat = (name: string, value: string): IndicatorRow[] =>
  withIndicator("服务对象满意度指标", ["满意度指标", "服务对象满意度指标 (必填量化)", `指标1: ${name}`, value]);

ruleTester(satisfactionFormat, {
  valid: [
    { name: "clean table" },
    { name: "positive operator (L23)", tables: [{ indicators: sat("基层党建工作人员满意度", "≥95%") }] },
    {
      name: "word operator is operator-word's (S19 `95%以上。`)",
      tables: [{ indicators: sat("学生满意度", "95%以上。") }],
    },
    { name: "absent operator", tables: [{ indicators: sat("参训学员满意度", "90%") }] },
    {
      name: "explicit ＝ is accepted (threshold reports ＝100%)",
      tables: [{ indicators: sat("参训学员满意度", "＝100%") }],
    },
    { name: "blank value is left to the required-row rules", tables: [{ indicators: sat("参训学员满意度", "") }] },
    { name: "不涉及 is left to required-marked-na", tables: [{ indicators: sat("参训学员满意度", "不涉及") }] },
    { name: "a percentage range is left to range-value", tables: [{ indicators: sat("参训学员满意度", "90%-95%") }] },
    { name: "a formula error is not a format problem", tables: [{ indicators: sat("参训学员满意度", "#REF!") }] },
    {
      name: "a template placeholder is value-unparseable's (`≥**%`)",
      tables: [{ indicators: sat("参训学员满意度", "≥**%") }],
    },
    { name: "the budget system's 》= is a floor", tables: [{ indicators: sat("参训学员满意度", "》=90%") }] },
    {
      name: "ASCII >= is a floor (real table 15 rows 22–25)",
      tables: [{ indicators: sat("游客满意度(≥**%)", ">=90%") }],
    },
    {
      name: "a qualitative value outside 满意度 is not this rule's",
      tables: [{ indicators: withIndicator("社会效益指标", ["", "社会效益指标 (必填)", "指标1: 群众满意", "满意"]) }],
    },
  ],
  invalid: [
    {
      name: "a word instead of a percentage (catalogue `满意`)",
      tables: [{ indicators: sat("参训学员满意度", "满意") }],
      errors: [{ row, messageId: "qualitative", cell: `E${row}`, messageIncludes: "≥90%", suggestions: [] }],
    },
    {
      name: "a bare number (catalogue `90`)",
      tables: [{ indicators: sat("参训学员满意度", "90") }],
      errors: [{ row, messageId: "notPercent", suggestions: ["≥90%"] }],
    },
    {
      name: "a fraction read as a share",
      tables: [{ indicators: sat("参训学员满意度", "≥0.95") }],
      errors: [{ row, messageId: "notPercent", suggestions: ["≥95%"] }],
    },
    {
      name: "a reverse operator",
      tables: [{ indicators: sat("参训学员满意度", "≤90%") }],
      errors: [{ row, messageId: "reverseOp", messageIncludes: "≤", suggestions: ["≥90%"] }],
    },
    {
      name: "a score is not a percentage",
      tables: [{ indicators: sat("参训学员满意度", "≥90分") }],
      errors: [{ row, messageId: "notPercent", suggestions: [] }],
    },
    {
      name: "a date in a satisfaction row",
      tables: [{ indicators: sat("参训学员满意度", "2024年底") }],
      errors: [{ row, messageId: "notPercent" }],
    },
  ],
});
