import { processIndicator } from "../../src/core/rules/relevance/process-indicator";
import { moneyInQuantity } from "../../src/core/rules/cost/money-in-quantity";
import { Checker } from "../../src/core/engine";
import { opinionOf } from "../../src/core/rules/opinion";
import { runRule, ruleTester } from "../helpers/rule-tester";
import { indicatorRow, sheetGrid, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const qtyRow = indicatorRow("数量指标");
const qualityRow = indicatorRow("质量指标");
const timeRow = indicatorRow("时效指标");
const sustainRow = indicatorRow("可持续影响指标");
const econRow = indicatorRow("经济效益指标");
const at = (level2: string, label: string, name: string, value: string, level1 = ""): IndicatorRow[] =>
  withIndicator(level2, [level1, label, `指标1: ${name}`, value]);
const quality = (name: string, value = "100%") => at("质量指标", "质量指标 (必填量化)", name, value);
const sustain = (name: string, value = "100%") => at("可持续影响指标", "可持续影响指标 (必填)", name, value);

ruleTester(processIndicator, {
  valid: [
    { name: "clean table" },
    {
      name: "seed L106: subsidies reaching recipients are the output",
      tables: [{ indicators: quality("慰问资金发放到位率") }],
    },
    { name: "seed L153: the right recipients", tables: [{ indicators: quality("发放对象的符合性") }] },
    {
      name: "成本 rows are non-cost-in-cost's (S20 成本控制率)",
      tables: [{ indicators: at("成本指标", "成本指标 (必填量化)", "成本控制率", "100%") }],
    },
    {
      name: "满意度 rows are not checked",
      tables: [
        {
          indicators: at("服务对象满意度指标", "服务对象满意度指标 (必填量化)", "资金拨付满意度", "≥90%", "满意度指标"),
        },
      ],
    },
    { name: "an N/A row", tables: [{ indicators: sustain("资金到位率", "/") }] },
    {
      name: "a policy exception",
      tables: [{ indicators: quality("经费支出合规性") }],
      config: { options: { "process-indicator": { exceptions: ["合规性"] } } },
    },
  ],
  invalid: [
    {
      name: "review-criteria §1.9: 可持续影响 资金到位率 | 100%",
      tables: [{ indicators: sustain("资金到位率") }],
      errors: [
        { row: sustainRow, cell: `D${sustainRow}`, messageId: "benefit", messageIncludes: "建议增加明确效益指标" },
      ],
    },
    {
      name: "review-criteria §1.9: 可持续影响 预算执行率 | 100%",
      tables: [{ indicators: sustain("预算执行率") }],
      errors: [{ row: sustainRow, messageIncludes: "“预算执行率”" }],
    },
    {
      name: "S22: 质量 业务工作支出到位率 is funds arriving, not an output",
      tables: [{ indicators: quality("业务工作支出到位率", "100") }],
      errors: [{ row: qualityRow, messageId: "output", messageIncludes: "建议增加明确产出指标" }],
    },
    {
      name: "seed L39: 经费支出合规性 under 质量",
      tables: [{ indicators: quality("经费支出合规性") }],
      errors: [{ row: qualityRow, messageIncludes: "培训考核合格率" }],
    },
    {
      name: "seed L406, L407: 经费用途准确性 and 财务资料完整性",
      tables: [
        {
          indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 经费用途的准确性", "100%"]).flatMap(
            (r, i) => (i === 1 ? [r, ["", "", "指标2: 财务资料的完整性", "100%"] as IndicatorRow] : [r]),
          ),
        },
      ],
      errors: [{ row: qualityRow }, { row: qualityRow + 1, messageIncludes: "财务资料…完整" }],
    },
    {
      name: "real table 06 L19: 财政资金到位及时支付率 under 时效",
      tables: [{ indicators: at("时效指标", "时效指标 (必填量化)", "财政资金到位及时支付率", "=100%") }],
      errors: [{ row: timeRow, messageIncludes: "补贴发放完成时间" }],
    },
    {
      name: "real table 05 L14: 经费有效使用情况 under 经济效益",
      tables: [{ indicators: at("经济效益指标", "经济效益指标 (选填量化)", "经费有效使用情况", "=100%", "效益指标") }],
      errors: [{ row: econRow, messageId: "benefit" }],
    },
    {
      name: "L20: 科目调整次数 under 数量 and 足额保障率 under 社会效益",
      tables: [
        {
          indicators: withIndicator(
            "社会效益指标",
            ["", "社会效益指标 (必填)", "指标1: 人员经费足额保障率", "100%"],
            at("数量指标", "数量指标 (必填量化)", "预算科目调整次数", "≤2次", "产出指标"),
          ),
        },
      ],
      errors: [
        { row: qtyRow, messageId: "output" },
        { row: indicatorRow("社会效益指标"), messageId: "benefit" },
      ],
    },
    {
      name: "L20: 结余率 as 经济效益",
      tables: [{ indicators: at("经济效益指标", "经济效益指标 (选填量化)", "项目资金结余率", "≤5%", "效益指标") }],
      errors: [{ row: econRow }],
    },
    {
      name: "S22: 支出安排金额 under 数量 is reported on the money value",
      tables: [{ indicators: at("数量指标", "数量指标 (必填量化)", "业务工作支出安排金额", "28.8万元", "产出指标") }],
      errors: [{ row: qtyRow, cell: `E${qtyRow}` }],
    },
    {
      name: "a policy adds a term",
      tables: [{ indicators: quality("政府采购程序规范性") }],
      config: { options: { "process-indicator": { terms: ["政府采购程序"] } } },
      errors: [{ row: qualityRow }],
    },
  ],
});

describe("process-indicator beside money-in-quantity", () => {
  const grid = () =>
    sheetGrid({
      indicators: at("数量指标", "数量指标 (必填量化)", "业务工作支出安排金额", "28.8万元", "产出指标"),
    });

  test("the money under 数量 is told once, by money-in-quantity, when both are on", () => {
    const found = new Checker({}, [processIndicator, moneyInQuantity]).run(grid()).diagnostics;
    expect(found.map((d) => `${d.cell} ${d.ruleId}`)).toEqual([`E${qtyRow} money-in-quantity`]);
  });

  test("with money-in-quantity off, process-indicator speaks", () => {
    const found = new Checker({ rules: { "money-in-quantity": "off" } }, [processIndicator, moneyInQuantity]).run(
      grid(),
    ).diagnostics;
    expect(found.map((d) => `${d.cell} ${d.ruleId}`)).toEqual([`E${qtyRow} process-indicator`]);
  });
});

describe("process-indicator opinion", () => {
  test("under 效益 it is filed as 建议增加明确效益指标 (8), under 产出 as 建议增加明确产出指标 (9)", () => {
    const benefit = runRule(processIndicator, { name: "benefit", tables: [{ indicators: sustain("资金到位率") }] });
    const output = runRule(processIndicator, { name: "output", tables: [{ indicators: quality("经费支出合规性") }] });
    expect(benefit.map((d) => opinionOf(processIndicator.meta, d))).toEqual([8]);
    expect(output.map((d) => opinionOf(processIndicator.meta, d))).toEqual([9]);
  });
});
