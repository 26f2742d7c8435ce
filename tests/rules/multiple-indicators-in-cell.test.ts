import { multipleIndicatorsInCell } from "../../src/core/rules/structure/multiple-indicators-in-cell";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

const cost = indicatorRow("成本指标");

ruleTester(multipleIndicatorsInCell, {
  valid: [
    { name: "clean table" },
    {
      name: "L155: one indicator and one value",
      tables: [
        {
          indicators: withIndicator("成本指标", [
            "",
            "成本指标 (必填量化)",
            "指标1: 被评定为一星级的, 党组织书记按每月100元的标准发放",
            "1200元/人/年",
          ]),
        },
      ],
    },
    {
      name: "L127: two quantities joined by 、 are compound-value's",
      tables: [
        {
          indicators: withIndicator("数量指标", [
            "产出指标",
            "数量指标 (必填量化)",
            "指标1: 村、社区党组织书记数量",
            "162个村、36个社区",
          ]),
        },
      ],
    },
    {
      name: "a spaced operator is one value",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 合格率", "≥ 95%"]) }],
    },
    {
      name: "a name that mentions 指标 in passing",
      tables: [
        { indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 各项考核指标达标率", "≥95%"]) },
      ],
    },
  ],
  invalid: [
    {
      name: "L225: two 指标N: in one 三级 cell and two values",
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
      errors: [{ row: cost, messageId: "names", cell: "D14", messageIncludes: "拆成2行" }],
    },
    {
      name: "one name, two values",
      tables: [
        {
          indicators: withIndicator("成本指标", [
            "",
            "成本指标 (必填量化)",
            "指标1: 补贴标准",
            "3600元/人/年\n2400元/人/年",
          ]),
        },
      ],
      errors: [{ row: cost, messageId: "values", cell: "E14" }],
    },
  ],
});
