import { compoundValue } from "../../src/core/rules/value/compound-value";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

const qty = (name: string, value: string) => ({
  indicators: withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", `指标1: ${name}`, value]),
});

ruleTester(compoundValue, {
  valid: [
    { name: "clean table" },
    { name: "one quantity per row (L149)", tables: [qty("一星级党组织数量", "10个")] },
    {
      name: "two indicators in one cell are multiple-indicators-in-cell's (L225)",
      tables: [
        {
          indicators: withIndicator("成本指标", [
            "",
            "成本指标 (必填量化)",
            "指标1: 书记(副书记)按300元/月补贴标准发放 指标2: 委员按200元/月补贴标准发放",
            "3600/人/每年 2400/人/每年",
          ]),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "villages and communities in one value (L127)",
      tables: [qty("沙坡头区村、社区党组织书记数量", "162个村、36个社区")],
      errors: [
        { row: indicatorRow("数量指标"), messageId: "compound", cell: "E11", messageIncludes: "162个村、36个社区" },
      ],
    },
    {
      name: "two percentages",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 合格率", "≥95%;≥90%"]) }],
      errors: [{ row: indicatorRow("质量指标"), messageId: "compound", messageIncludes: "2 个数值" }],
    },
  ],
});
