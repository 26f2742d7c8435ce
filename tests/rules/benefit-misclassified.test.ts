import { benefitMisclassified } from "../../src/core/rules/benefit/benefit-misclassified";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const ecoRow = indicatorRow("生态效益指标");
const econRow = indicatorRow("经济效益指标");
const eco = (name: string, value = "明显"): IndicatorRow[] =>
  withIndicator("生态效益指标", ["", "生态效益指标 (必填)", `指标1: ${name}`, value]);
const econ = (name: string, value = "明显"): IndicatorRow[] =>
  withIndicator("经济效益指标", ["效益指标", "经济效益指标 (必填量化)", `指标1: ${name}`, value]);

const T5 = {
  name: "党内关怀帮扶本级配套资金",
  goal: "目标1: 用于关怀帮扶生活困难党员, 帮助解决党员及家属的实际困难, 为党员充分发挥先锋模范作用创造良好的环境。",
};

ruleTester(benefitMisclassified, {
  valid: [
    { name: "clean table" },
    {
      name: "an ecological effect (catalogue)",
      tables: [{ indicators: eco("降尘抑尘后空气质量优良天数比例", "≥85%") }],
    },
    {
      name: "the form's N/A sentence in an optional row (安徽)",
      tables: [{ indicators: eco("本项目不适用此指标", "无") }],
    },
    { name: "an economic effect (L109)", tables: [{ indicators: econ("提升党员家庭收入水平") }] },
    { name: "economic development (L248)", tables: [{ indicators: econ("促进沙坡头区经济发展", "/") }] },
    {
      name: "a blank 选填 placeholder (L19)",
      tables: [{ indicators: withIndicator("经济效益指标", ["效益指标", "经济效益指标 (选填量化)", "指标1:", ""]) }],
    },
    { name: "不涉及 written as the name (L65, L67)", tables: [{ indicators: eco("不涉及", "") }] },
    {
      name: "awareness in a project that is about the environment",
      tables: [
        {
          name: "农村人居环境整治经费",
          goal: "目标1: 开展农村生活垃圾治理, 改善人居环境。",
          indicators: eco("提升群众生态环保意识"),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "a construction output under 生态效益 (L21)",
      tables: [{ indicators: eco("改造建设村级活动场所", "不断提升服务功能") }],
      errors: [{ row: ecoRow, messageId: "ecoNoKeyword", cell: `D${ecoRow}` }],
    },
    {
      name: "members' ecological attention in a relief fund (L111)",
      tables: [{ ...T5, indicators: eco("提升党员生态关注度") }],
      errors: [{ row: ecoRow, messageId: "ecoAwareness" }],
    },
    {
      name: "care felt by retirees (L473)",
      tables: [{ indicators: eco("让困难离退休干部感受到组织的关怀。") }],
      errors: [{ row: ecoRow, messageId: "ecoNoKeyword" }],
    },
    {
      name: "a name without a value is still read (L228)",
      tables: [{ indicators: eco("提高离退休人员生活幸福指数", "/") }],
      errors: [{ row: ecoRow }],
    },
    {
      name: "a social environment is not ecological",
      tables: [{ indicators: eco("营造良好的学习环境") }],
      errors: [{ row: ecoRow, messageId: "ecoNoKeyword" }],
    },
    {
      name: "水平 is not water",
      tables: [{ indicators: eco("提高党员教育工作水平") }],
      errors: [{ row: ecoRow, messageId: "ecoNoKeyword" }],
    },
    {
      name: "high-quality development is not an economic benefit (L226)",
      tables: [{ indicators: econ("促进沙坡头区高质量发展") }],
      errors: [{ row: econRow, messageId: "econNoKeyword", messageIncludes: "增收" }],
    },
  ],
});
