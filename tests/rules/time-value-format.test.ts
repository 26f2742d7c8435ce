import { timeValueFormat } from "../../src/core/rules/time/time-value-format";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

const time = (name: string, value: string) => ({
  indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", `指标1: ${name}`, value]),
});
const row = indicatorRow("时效指标");

ruleTester(timeValueFormat, {
  valid: [
    { name: "clean table" },
    { name: "a year-end deadline (L268)", tables: [time("发放完成时间", "2024年底")] },
    { name: "a period inside the year (L17)", tables: [time("基层党建工作开展时间", "2024年1月-12月")] },
    { name: "a timeliness rate (L40)", tables: [time("完成及时性", "100%")] },
    { name: "a duration (L87)", tables: [time("系统故障修复平均时间", "≤60分钟")] },
    { name: "last year's whole year is time-outside-budget-year's", tables: [time("举办时间", "2023年")] },
    {
      name: "a frequency outside 时效",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 巡查频次", "每月"]) }],
    },
    { name: "a five-digit count with its unit is no date serial", tables: [time("资金到位时间", "44561人")] },
    { name: "a number below the serial range is no date", tables: [time("资金到位时间", "29999")] },
    {
      name: "a date serial outside 时效 is not this rule's",
      tables: [
        { indicators: withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", "指标1: 培训人次", "44561"]) },
      ],
    },
    { name: "a deadline written with the budget system's operator", tables: [time("完成时间", "《=2024年12月31日")] },
  ],
  invalid: [
    {
      // run alone it speaks; with value-type-mismatch on, defersTo leaves the cell to it (tests/policy/policy.test.ts)
      name: "a …及时性 name with 年年底 (L154) when value-type-mismatch is off",
      tables: [time("资金发放的及时性", "2024年年底")],
      errors: [{ row, messageId: "yearEnd", severity: "info" }],
    },
    {
      name: "a frequency (L202)",
      tables: [time("补贴发放时间", "每月")],
      errors: [
        {
          row,
          messageId: "frequency",
          cell: "E13",
          messageIncludes: "2024年12月31日前",
          suggestions: [],
        },
      ],
    },
    {
      name: "only the whole year is info (L246)",
      tables: [time("举办活动或者培训时间", "2024年")],
      errors: [{ row, messageId: "wholeYear", severity: "info", suggestions: ["2024年12月31日前"] }],
    },
    {
      name: "年年底 is info (L129)",
      tables: [time("举办时间", "2024年年底")],
      errors: [{ row, messageId: "yearEnd", severity: "info", suggestions: ["2024年12月31日前"] }],
    },
    {
      name: "an Excel date serial with the date it stands for (real table 06 rows 18 and 20)",
      tables: [{ yearLine: "(2021年)", ...time("项目财政资金到位时间", "=44,561") }],
      errors: [
        {
          row,
          messageId: "dateSerial",
          severity: "warning",
          cell: "E13",
          messageIncludes: "它代表 2021年12月31日",
          suggestions: [],
        },
      ],
    },
    {
      name: "the example is the date the serial stands for",
      tables: [time("工作计划按时完成时间", "45657")],
      errors: [{ row, messageId: "dateSerial", messageIncludes: "例如“2024年12月31日前”" }],
    },
    {
      name: "a serial outside the budget year says so, with the budget year's deadline as the example",
      tables: [time("资金到位时间", "=44,561")],
      errors: [{ row, messageId: "dateSerialOutside", messageIncludes: "不在预算年度 2024 年内" }],
    },
    {
      name: "no budget year: no suggested date",
      tables: [{ yearLine: null, ...time("补贴发放时间", "每季度") }],
      errors: [{ row: row - 1, messageId: "frequency", suggestions: [] }],
    },
  ],
});
