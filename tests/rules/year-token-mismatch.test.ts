import { yearTokenMismatch } from "../../src/core/rules/time/year-token-mismatch";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

const qty = (name: string, value = "≥3次") =>
  withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", `指标1: ${name}`, value]);

ruleTester(yearTokenMismatch, {
  valid: [
    { name: "clean table" },
    { name: "the budget year in a name (L244)", tables: [{ indicators: qty("2024年老年大学举办活动次数") }] },
    {
      name: "the budget year in the project name (L328)",
      tables: [{ name: "沙坡头区2024年度沙坡头区实习大学生就业见习补助" }],
    },
    {
      name: "a span of years that is not a year (L177)",
      tables: [{ indicators: qty("任职累计满20年以上优秀村党组织书记数量", "18名") }],
    },
    {
      name: "money that looks like a year",
      tables: [
        {
          indicators: withIndicator("成本指标", [
            "",
            "成本指标 (必填量化)",
            "指标1: 按每人2000元标准发放",
            "2000元/人",
          ]),
        },
      ],
    },
    {
      name: "a 时效 date value is time-outside-budget-year's (L224)",
      tables: [
        { indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 发放完成时间", "2023年底"]) },
      ],
    },
    {
      name: "a 时效 name that is a date is time-outside-budget-year's (L291)",
      tables: [{ indicators: withIndicator("时效指标", ["", "时效指标 (必填)", "指标: 2023年度", ""]) }],
    },
    { name: "no budget year known", tables: [{ yearLine: null, indicators: qty("2023年老年大学举办活动次数") }] },
  ],
  invalid: [
    {
      name: "a cohort label in the project name is info (L350)",
      tables: [{ name: "沙坡头区2022年度“三支一扶”高校毕业生生活补贴经费" }],
      errors: [{ row: 3, messageId: "projectName", severity: "info", cell: "C3", messageIncludes: "2022" }],
    },
    {
      name: "the project's cohort label repeated in an indicator name is reported once (L358)",
      tables: [
        {
          name: "沙坡头区2022年度“三支一扶”高校毕业生生活补贴经费",
          indicators: qty("沙坡头区2022年度“三支一扶”高校毕业生补贴人数", "199人"),
        },
      ],
      errors: [{ row: 3, messageId: "projectName", severity: "info" }],
    },
    {
      name: "last year in an indicator name",
      tables: [{ indicators: qty("2023年老年大学举办活动次数") }],
      errors: [{ row: indicatorRow("数量指标"), messageId: "indicatorName", cell: "D11", messageIncludes: "2023" }],
    },
    {
      name: "a date outside 时效 in another year",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 验收时间", "2023年底"]) }],
      errors: [{ row: indicatorRow("质量指标"), messageId: "value", cell: "E12", messageIncludes: "2024年12月31日前" }],
    },
    {
      name: "config year wins over the year line",
      config: { year: 2025 },
      tables: [{ indicators: qty("2024年老年大学举办活动次数") }],
      errors: [{ row: indicatorRow("数量指标"), messageId: "indicatorName", messageIncludes: "2025" }],
    },
  ],
});
