import { operatorDirection } from "../../src/core/rules/value/operator-direction";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

const qty = (name: string, value: string) => ({
  indicators: withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", `指标1: ${name}`, value]),
});
const quality = (name: string, value: string) => ({
  indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", `指标1: ${name}`, value]),
});
const cost = (name: string, value: string) => ({
  indicators: withIndicator("成本指标", ["", "成本指标 (必填量化)", `指标1: ${name}`, value]),
});

ruleTester(operatorDirection, {
  valid: [
    { name: "clean table" },
    { name: "a fault rate with an upper bound (L86)", tables: [quality("系统故障率", "≤5%")] },
    { name: "a cost cap (L41)", tables: [cost("考察录用阶段费用", "≤3万元")] },
    { name: "a bare cost is exact (L130)", tables: [cost("培训经费", "20万元")] },
    { name: "a bare count (L105)", tables: [qty("慰问生活困难党员人数", "1000人")] },
    { name: "a positive count (L37)", tables: [qty("组织开展次数", "≥2次")] },
    { name: "an exact error rate written with ＝", tables: [quality("活动举办的差错率", "＝0%")] },
    { name: "a repair-rate is positive even though it names 故障", tables: [quality("故障修复率", "≥95%")] },
    { name: "money under 数量 is money-in-quantity's (L401)", tables: [qty("办公费", "≤1万元")] },
    {
      name: "satisfaction is satisfaction-format's",
      tables: [
        {
          indicators: withIndicator("服务对象满意度指标", [
            "满意度指标",
            "服务对象满意度指标 (必填量化)",
            "指标1: 参训学员满意度",
            "≤90%",
          ]),
        },
      ],
    },
    { name: "a number too large to read is skipped", tables: [qty("培训人数", `≤1${"0".repeat(400)}人`)] },
    {
      name: "a timeliness rate with a floor",
      tables: [{ indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 发放及时率", "≥95%"]) }],
    },
    { name: "a tolerance has no direction (`±3%以内`)", tables: [quality("预算执行率", "±3%以内")] },
    { name: "the budget system's 》= is a floor", tables: [qty("培训人数", "》=200人")] },
    { name: "an ASCII cap on a fault rate", tables: [quality("系统故障率", "<=5%")] },
  ],
  invalid: [
    {
      name: "a 数量 target with an upper bound (L381)",
      tables: [qty("“三支一扶”高校毕业生补贴人数", "小于199人")],
      errors: [
        {
          row: indicatorRow("数量指标"),
          messageId: "upperBoundOnPositive",
          cell: "E11",
          messageIncludes: "≥199人",
          suggestions: ["≥199人"],
        },
      ],
    },
    {
      name: "a pass rate with an upper bound",
      tables: [quality("培训考核合格率", "≤95%")],
      errors: [{ row: indicatorRow("质量指标"), messageId: "upperBoundOnPositive", suggestions: ["≥95%"] }],
    },
    {
      name: "a fault rate with a lower bound",
      tables: [quality("系统故障率", "≥5%")],
      errors: [{ row: indicatorRow("质量指标"), messageId: "lowerBoundOnReverse", suggestions: ["≤5%"] }],
    },
    {
      name: "a bare error rate is info (L245)",
      tables: [quality("活动举办的差错率", "0%")],
      errors: [
        { row: indicatorRow("质量指标"), messageId: "bareReverse", severity: "info", suggestions: ["≤0%", "＝0%"] },
      ],
    },
    {
      name: "a cost with a lower bound",
      tables: [cost("培训经费总额", "≥10万元")],
      errors: [{ row: indicatorRow("成本指标"), messageId: "lowerBoundOnCost", suggestions: ["≤10万元"] }],
    },
    {
      name: "ASCII <= caps an output count (real table 05 row 10)",
      tables: [qty("小学就读人数", "<=6962人")],
      errors: [
        {
          row: indicatorRow("数量指标"),
          messageId: "upperBoundOnPositive",
          messageIncludes: "（<=）",
          suggestions: ["≥6962人"],
        },
      ],
    },
    {
      name: "the budget system's 《= caps an output count",
      tables: [qty("培训人数", "《=200人")],
      errors: [
        {
          row: indicatorRow("数量指标"),
          messageId: "upperBoundOnPositive",
          messageIncludes: "（《=）",
          suggestions: ["≥200人"],
        },
      ],
    },
    {
      name: "an approximate value gets no rewrite",
      tables: [qty("培训人数", "约≤200人")],
      errors: [{ row: indicatorRow("数量指标"), messageId: "upperBoundOnPositive", suggestions: [] }],
    },
  ],
});
