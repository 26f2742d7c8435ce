import { vagueQualitative } from "../../src/core/rules/value/vague-qualitative";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

const social = (value: string, label = "社会效益指标 (必填)") => ({
  indicators: withIndicator("社会效益指标", ["", label, "指标1: 保障基层党建工作", value]),
});
const row = indicatorRow("社会效益指标");

ruleTester(vagueQualitative, {
  valid: [
    { name: "clean table" },
    { name: "a graded statement", tables: [social("达到预期目标")] },
    { name: "a measurable value", tables: [social("≥95%")] },
    {
      name: "a quantified row is quantified-value-required's (L109)",
      tables: [
        {
          indicators: withIndicator("经济效益指标", [
            "效益指标",
            "经济效益指标 (必填量化)",
            "指标1: 提升党员家庭收入水平",
            "明显",
          ]),
        },
      ],
    },
    {
      name: "质量 is quantified by default (L223)",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标", "指标1: 保障工作有序开展", "有效保障"]) }],
    },
    { name: "a precise qualitative value", tables: [social("符合国家标准")] },
  ],
  invalid: [
    {
      name: "有效保障 (L20)",
      tables: [social("有效保障")],
      errors: [{ row, messageId: "vague", cell: "E16", suggestions: [] }],
    },
    { name: "持续提高 (L22)", tables: [social("持续提高")], errors: [{ row, messageId: "vague" }] },
    {
      name: "长期 in 可持续影响 (L134)",
      tables: [
        {
          indicators: withIndicator("可持续影响指标", [
            "",
            "可持续影响指标 (必填)",
            "指标1: 持续提升村、社区党组织书记能力素质",
            "长期",
          ]),
        },
      ],
      errors: [{ row: indicatorRow("可持续影响指标"), messageId: "vague" }],
    },
    { name: "a phrase holding a vague word", tables: [social("效果明显")], errors: [{ row, messageId: "vague" }] },
    {
      name: "质量 annotated only 必填 (variant C) is not quantified",
      tables: [
        { indicators: withIndicator("质量指标", ["", "质量指标 (必填)", "指标1: 保障工作有序开展", "有效保障"]) },
      ],
      errors: [{ row: indicatorRow("质量指标"), messageId: "vague" }],
    },
    {
      name: "an unannotated 效益 row (T2 L44)",
      tables: [social("明显", "社会效益指标")],
      errors: [{ row, messageId: "vague" }],
    },
  ],
});
