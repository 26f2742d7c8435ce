import { rangeValue } from "../../src/core/rules/value/range-value";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

const qty = (name: string, value: string) => ({
  indicators: withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", `指标1: ${name}`, value]),
});
const cost = (name: string, value: string) => ({
  indicators: withIndicator("成本指标", ["", "成本指标 (必填量化)", `指标1: ${name}`, value]),
});

ruleTester(rangeValue, {
  valid: [
    { name: "clean table" },
    { name: "a single threshold (L37)", tables: [qty("组织开展次数", "≥2次")] },
    {
      name: "a period is a date, not a range (L17)",
      tables: [
        {
          indicators: withIndicator("时效指标", [
            "",
            "时效指标 (必填量化)",
            "指标1: 基层党建工作开展时间",
            "2024年1月-12月",
          ]),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "a headcount range (L467)",
      tables: [qty("沙坡头区离退休干部帮扶资金发放人数", "50-100人")],
      errors: [
        {
          row: indicatorRow("数量指标"),
          messageId: "rangeFloor",
          cell: "E11",
          messageIncludes: "≥50人",
          suggestions: [],
        },
      ],
    },
    {
      name: "a cost standard range (L470)",
      tables: [cost("按家庭困难离退休干部每人1000-2000元帮扶资金标准发放", "1000-2000元/人")],
      errors: [{ row: indicatorRow("成本指标"), messageId: "rangeCap", suggestions: [] }],
    },
    {
      name: "a percentage range with ～",
      tables: [
        { indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 培训考核合格率", "90%～95%"]) },
      ],
      errors: [{ row: indicatorRow("质量指标"), suggestions: [] }],
    },
    {
      name: "a duration range under 时效 is capped",
      tables: [{ indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 故障响应时长", "3-5天"]) }],
      errors: [{ row: indicatorRow("时效指标"), suggestions: [] }],
    },
  ],
});
