import { timeOutsideBudgetYear } from "../../src/core/rules/time/time-outside-budget-year";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

const row = indicatorRow("时效指标");

ruleTester(timeOutsideBudgetYear, {
  valid: [
    { name: "clean table" },
    {
      name: "whole-year period inside the year (L17)",
      tables: [
        { indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 工作开展时间", "2024年1月-12月"]) },
      ],
    },
    {
      name: "year-end deadline (L268)",
      tables: [
        { indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 发放完成时间", "2024年底"]) },
      ],
    },
    {
      name: "a timeliness rate has no date",
      tables: [{ indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 发放及时率", "100%"]) }],
    },
    {
      name: "no budget year known",
      tables: [
        {
          yearLine: null,
          indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 发放完成时间", "2023年底"]),
        },
      ],
    },
    {
      name: "a date outside 时效 is not this rule's",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 验收时间", "2023年底"]) }],
    },
  ],
  invalid: [
    {
      name: "last year's deadline (L224)",
      tables: [
        { indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 发放完成时间", "2023年底"]) },
      ],
      errors: [{ row, messageId: "valueOutside", messageIncludes: "2024年12月31日前" }],
    },
    {
      name: "year in the name with no value (L291)",
      tables: [{ indicators: withIndicator("时效指标", ["", "时效指标 (必填)", "指标: 2023年度", ""]) }],
      errors: [{ row, messageId: "nameOutside" }],
    },
    {
      name: "config year wins over the year line",
      config: { year: 2025 },
      tables: [{ indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 完成时间", "2024年底"]) }],
      errors: [{ row, messageId: "valueOutside", messageIncludes: "2025" }],
    },
    {
      name: "cross-year 项目期 lowers it to a warning",
      tables: [
        {
          period: "2023.07-2024.01",
          indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 完成时间", "2023年12月"]),
        },
      ],
      errors: [{ row, severity: "warning" }],
    },
  ],
});
