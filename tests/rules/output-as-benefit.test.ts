import { outputAsBenefit } from "../../src/core/rules/relevance/output-as-benefit";
import { processIndicator } from "../../src/core/rules/relevance/process-indicator";
import { benefitMisclassified } from "../../src/core/rules/benefit/benefit-misclassified";
import { satisfactionAsBenefit } from "../../src/core/rules/benefit/satisfaction-as-benefit";
import { Checker } from "../../src/core/engine";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, sheetGrid, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const socialRow = indicatorRow("社会效益指标");
const ecoRow = indicatorRow("生态效益指标");
const sustainRow = indicatorRow("可持续影响指标");
const qualityRow = indicatorRow("质量指标");
const social = (name: string, value = "100%"): IndicatorRow[] =>
  withIndicator("社会效益指标", ["", "社会效益指标 (必填)", `指标1: ${name}`, value]);
const eco = (name: string, value = "100%"): IndicatorRow[] =>
  withIndicator("生态效益指标", ["", "生态效益指标 (选填)", `指标1: ${name}`, value]);
const sustain = (name: string, value = "100%"): IndicatorRow[] =>
  withIndicator("可持续影响指标", ["", "可持续影响指标 (必填)", `指标1: ${name}`, value]);
const quality = (name: string, value = "≥95%"): IndicatorRow[] =>
  withIndicator("质量指标", ["", "质量指标 (必填量化)", `指标1: ${name}`, value]);

ruleTester(outputAsBenefit, {
  valid: [
    { name: "clean table" },
    {
      name: "real table 13 L18: beneficiaries are a social effect",
      tables: [{ indicators: social("受益脱贫(监测)人口数", "≥500人") }],
    },
    {
      name: "seed L343: 推动就业 under 可持续影响 is an effect",
      tables: [{ indicators: sustain("推动实习大学生就业", "明显") }],
    },
    {
      name: "drinking-water quality is an effect, not an output",
      tables: [{ indicators: eco("农村饮用水水质合格率", "≥95%") }],
    },
    { name: "the catalogue example under 质量 (培训考核合格率)", tables: [{ indicators: quality("培训考核合格率") }] },
    { name: "a training's own quality under 质量", tables: [{ indicators: quality("就业技能培训合格率") }] },
    {
      name: "seed L132: a qualitative social effect",
      tables: [{ indicators: social("强化村、社区干部队伍建设", "有所改善") }],
    },
    {
      name: "a service life counted from acceptance is an effect, not an acceptance rate",
      tables: [{ indicators: sustain("工程验收后设计使用年限", "≥20年") }],
    },
    { name: "an N/A benefit row", tables: [{ indicators: social("项目验收合格率", "/") }] },
  ],
  invalid: [
    {
      name: "S18: 验收合格率 under 社会效益 belongs to 质量",
      tables: [{ indicators: social("项目验收合格率") }],
      errors: [
        {
          row: socialRow,
          cell: `D${socialRow}`,
          messageId: "outputInBenefit",
          messageIncludes: "应放在质量指标下",
        },
      ],
    },
    {
      name: "passing acceptance under 可持续影响",
      tables: [{ indicators: sustain("项目通过验收", "是") }],
      errors: [{ row: sustainRow, messageIncludes: "应放在质量指标下" }],
    },
    {
      name: "a completion rate under 可持续影响",
      tables: [{ indicators: sustain("年度任务完成率") }],
      errors: [{ row: sustainRow, messageIncludes: "长效管理制度" }],
    },
    {
      name: "timeliness under 社会效益 belongs to 时效",
      tables: [{ indicators: social("补贴发放及时率") }],
      errors: [{ row: socialRow, messageIncludes: "应放在时效指标下" }],
    },
    {
      name: "an activity count under 社会效益 belongs to 数量",
      tables: [{ indicators: social("开展政策宣传次数", "≥10次") }],
      errors: [{ row: socialRow, messageIncludes: "应放在数量指标下" }],
    },
    {
      name: "a training headcount under 生态效益",
      tables: [{ indicators: eco("培训农技人员人数", "≥200人") }],
      errors: [{ row: ecoRow }],
    },
    {
      name: "S18: a cure rate under 质量 belongs to 社会效益",
      tables: [{ indicators: quality("慢性病患者治愈率", "≥60%") }],
      errors: [
        { row: qualityRow, cell: `D${qualityRow}`, messageId: "effectInQuality", messageIncludes: "社会效益指标" },
      ],
    },
    {
      name: "income under 质量 belongs to 经济效益",
      tables: [{ indicators: quality("带动农户增收", "≥500元") }],
      errors: [{ row: qualityRow, messageIncludes: "经济效益指标" }],
    },
    {
      name: "air quality days under 质量 belong to 生态效益",
      tables: [{ indicators: quality("空气质量优良天数", "≥300天") }],
      errors: [{ row: qualityRow, messageIncludes: "生态效益指标" }],
    },
    {
      name: "public awareness under 质量",
      tables: [{ indicators: quality("群众政策知晓率", "≥90%") }],
      errors: [{ row: qualityRow }],
    },
  ],
});

describe("output-as-benefit beside its neighbours", () => {
  const ids = (rules: ConstructorParameters<typeof Checker>[1], indicators: IndicatorRow[]) =>
    new Checker({}, rules).run(sheetGrid({ indicators })).diagnostics.map((d) => `${d.cell} ${d.ruleId}`);

  test("an output under 生态效益 is told once: benefit-misclassified defers to output-as-benefit", () => {
    expect(ids([benefitMisclassified], eco("项目验收合格率"))).toEqual([`D${ecoRow} benefit-misclassified`]);
    expect(ids([benefitMisclassified, outputAsBenefit], eco("项目验收合格率"))).toEqual([
      `D${ecoRow} output-as-benefit`,
    ]);
  });

  test("资金到位率 under 效益 is process-indicator's alone", () => {
    expect(ids([outputAsBenefit], social("资金到位率"))).toEqual([`D${socialRow} output-as-benefit`]);
    expect(ids([outputAsBenefit, processIndicator], social("资金到位率"))).toEqual([`D${socialRow} process-indicator`]);
  });

  test("a satisfaction rate under 效益 is satisfaction-as-benefit's alone", () => {
    expect(ids([outputAsBenefit, satisfactionAsBenefit], social("培训完成率满意度", "≥90%"))).toEqual([
      `D${socialRow} satisfaction-as-benefit`,
    ]);
  });
});
