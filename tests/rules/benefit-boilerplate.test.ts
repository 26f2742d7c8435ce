import { benefitBoilerplate } from "../../src/core/rules/relevance/benefit-boilerplate";
import { vagueQualitative } from "../../src/core/rules/value/vague-qualitative";
import { Checker } from "../../src/core/engine";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, sheetGrid, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const socialRow = indicatorRow("社会效益指标");
const econRow = indicatorRow("经济效益指标");
const sustainRow = indicatorRow("可持续影响指标");
const social = (name: string, value: string): IndicatorRow[] =>
  withIndicator("社会效益指标", ["", "社会效益指标 (必填)", `指标1: ${name}`, value]);
const econ = (name: string, value: string): IndicatorRow[] =>
  withIndicator("经济效益指标", ["效益指标", "经济效益指标 (选填量化)", `指标1: ${name}`, value]);
const sustain = (name: string, value: string): IndicatorRow[] =>
  withIndicator("可持续影响指标", ["", "可持续影响指标 (必填)", `指标1: ${name}`, value]);

ruleTester(benefitBoilerplate, {
  valid: [
    { name: "clean table" },
    { name: "a slogan name with a measurable value", tables: [{ indicators: social("提高办事效率", "≥20%") }] },
    {
      name: "seed L109: a concrete effect on people (income) that only lacks a number",
      tables: [{ indicators: econ("提升党员家庭收入水平", "明显") }],
    },
    { name: "seed L248: marked N/A", tables: [{ indicators: econ("促进沙坡头区经济发展", "/") }] },
    {
      name: "real table 13 L18: a specific benefit",
      tables: [{ indicators: social("受益脱贫(监测)人口数", "≥500人") }],
    },
    {
      name: "seed L205: words outside the lexicon",
      tables: [{ indicators: social("关爱老党员, 帮助解决困难", "有所提升") }],
    },
    {
      name: "the two words of an entry in different clauses do not match",
      tables: [{ indicators: social("保障群众出行安全，道路设施正常运转", "明显") }],
    },
    {
      name: "a slogan under 数量 is not a benefit row",
      tables: [
        {
          indicators: withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", "指标1: 提高工作效率", "效果明显"]),
        },
      ],
    },
    {
      name: "a policy exception silences an entry",
      tables: [{ indicators: social("保障单位正常运转", "应保尽保") }],
      config: { options: { "benefit-boilerplate": { exceptions: ["正常运转"] } } },
    },
  ],
  invalid: [
    {
      name: "review-criteria §1.9: 保障单位正常运转 | 应保尽保",
      tables: [{ indicators: social("保障单位正常运转", "应保尽保") }],
      errors: [
        {
          row: socialRow,
          cell: `E${socialRow}`,
          messageId: "boilerplate",
          messageIncludes: "建议增加明确效益指标",
        },
      ],
    },
    {
      name: "review-criteria §1.9: 提高工作效率 | 效果明显",
      tables: [{ indicators: social("提高工作效率", "效果明显") }],
      errors: [{ row: socialRow, messageIncludes: "“提高工作效率”配指标值“效果明显”" }],
    },
    {
      name: "a slogan valued 100%",
      tables: [{ indicators: sustain("促进区域经济发展", "100%") }],
      errors: [{ row: sustainRow, messageIncludes: "长效管理制度持续运行" }],
    },
    {
      name: "a slogan valued ≥100%",
      tables: [{ indicators: social("提升服务水平", "≥100%") }],
      errors: [{ row: socialRow }],
    },
    {
      name: "a bare 是 says no more than 明显",
      tables: [{ indicators: social("保障单位正常运转", "是") }],
      errors: [{ row: socialRow }],
    },
    {
      name: "a graded word does not make a slogan measurable",
      tables: [{ indicators: social("提升服务水平", "达到预期目标") }],
      errors: [{ row: socialRow }],
    },
    {
      name: "seed L249: 保障…正常运行",
      tables: [{ indicators: social("保障沙坡头区老年大学活动正常运行", "有效保障") }],
      errors: [{ row: socialRow }],
    },
    {
      name: "seed L321: 助力经济社会发展",
      tables: [{ indicators: sustain("助力经济社会发展", "明显") }],
      errors: [{ row: sustainRow }],
    },
    {
      name: "seed L44: 保持良好公众形象",
      tables: [{ indicators: social("有效保障招录（聘）工作进行, 保持良好公众形象", "明显") }],
      errors: [{ row: socialRow }],
    },
    {
      name: "seed L226 under 经济效益: the example is an economic effect",
      tables: [{ indicators: econ("促进沙坡头区高质量发展", "明显") }],
      errors: [{ row: econRow, messageIncludes: "增收" }],
    },
    {
      name: "a policy adds an entry",
      tables: [{ indicators: social("营造良好学习氛围", "明显") }],
      config: { options: { "benefit-boilerplate": { names: ["营造…氛围"] } } },
      errors: [{ row: socialRow }],
    },
  ],
});

describe("benefit-boilerplate beside vague-qualitative", () => {
  const run = (config: ConstructorParameters<typeof Checker>[0], indicators: IndicatorRow[]) =>
    new Checker(config, [vagueQualitative, benefitBoilerplate])
      .run(sheetGrid({ indicators }))
      .diagnostics.map((d) => `${d.cell} ${d.ruleId}`);

  test("a slogan with a vague word is told once, as boilerplate (grading the word would keep the slogan)", () => {
    expect(run({}, social("提高工作效率", "效果明显"))).toEqual([`E${socialRow} benefit-boilerplate`]);
  });

  test("with benefit-boilerplate off, vague-qualitative speaks again", () => {
    expect(run({ rules: { "benefit-boilerplate": "off" } }, social("提高工作效率", "效果明显"))).toEqual([
      `E${socialRow} vague-qualitative`,
    ]);
  });

  test("a vague value under a specific name stays vague-qualitative's", () => {
    expect(run({}, social("受益群众生活条件", "明显改善"))).toEqual([`E${socialRow} vague-qualitative`]);
  });
});
