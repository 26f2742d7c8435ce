import { valueTypeMismatch } from "../../src/core/rules/value/value-type-mismatch";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

const qty = (name: string, value: string) => ({
  indicators: withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", `指标1: ${name}`, value]),
});
const quality = (name: string, value: string) => ({
  indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", `指标1: ${name}`, value]),
});
const time = (name: string, value: string) => ({
  indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", `指标1: ${name}`, value]),
});

ruleTester(valueTypeMismatch, {
  valid: [
    { name: "clean table" },
    { name: "a duration under 时效 (L87)", tables: [time("系统故障修复平均时间", "≤60分钟")] },
    { name: "a deadline under 时效 (L268)", tables: [time("发放完成时间", "2024年底")] },
    {
      name: "a timeliness rate under 时效 (L40)",
      tables: [time("招录（聘）公务员、事业单位工作人员完成及时性", "100%")],
    },
    { name: "a frequency is time-value-format's (L202)", tables: [time("补贴发放时间", "每月")] },
    { name: "a rate under 质量 (L16)", tables: [quality("党员教育管理工作完成率", "100%")] },
    { name: "a count under 数量 (L447)", tables: [qty("电视教育片拍摄数量", "4个")] },
  ],
  invalid: [
    {
      name: "a coverage rate under 数量 (L336)",
      tables: [qty("沙坡头区2024年度实习大学生覆盖率", "100%")],
      errors: [{ row: indicatorRow("数量指标"), messageId: "rateInQuantity", cell: "E11" }],
    },
    {
      name: "a count under 质量 (L426)",
      tables: [quality("数字档案数据完整,内容真实", "830卷")],
      errors: [{ row: indicatorRow("质量指标"), messageId: "countInQuality" }],
    },
    {
      name: "money under 质量",
      tables: [quality("验收质量", "5万元")],
      errors: [{ row: indicatorRow("质量指标"), messageId: "moneyInQuality" }],
    },
    {
      name: "a percentage under 时效 with no timeliness in the name (L427)",
      tables: [time("长期运维", "100%")],
      errors: [{ row: indicatorRow("时效指标"), messageId: "timeNotDeadline", messageIncludes: "2024年12月31日前" }],
    },
    {
      name: "a headcount under 时效",
      tables: [time("发放完成", "50人")],
      errors: [{ row: indicatorRow("时效指标"), messageId: "timeNotDeadline" }],
    },
    {
      name: "a …及时性 name with a date is info (L154)",
      tables: [time("资金发放的及时性", "2024年年底")],
      errors: [{ row: indicatorRow("时效指标"), messageId: "rateNameWithDate", severity: "info" }],
    },
  ],
});
