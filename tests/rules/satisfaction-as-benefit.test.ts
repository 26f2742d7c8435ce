import { satisfactionAsBenefit } from "../../src/core/rules/benefit/satisfaction-as-benefit";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

const socialRow = indicatorRow("社会效益指标");
const sustainRow = indicatorRow("可持续影响指标");

ruleTester(satisfactionAsBenefit, {
  valid: [
    { name: "clean table" },
    {
      name: "a social effect (L20)",
      tables: [
        {
          indicators: withIndicator("社会效益指标", ["", "社会效益指标 (必填)", "指标1: 保障基层党建工作", "有效保障"]),
        },
      ],
    },
    {
      name: "satisfaction in its own row (L23)",
      tables: [
        {
          indicators: withIndicator("服务对象满意度指标", [
            "满意度指标",
            "服务对象满意度指标 (必填量化)",
            "指标1: 党员满意度",
            "≥95%",
          ]),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "a satisfaction rate as 社会效益 (S21)",
      tables: [
        {
          indicators: withIndicator("社会效益指标", [
            "",
            "社会效益指标 (必填)",
            "指标1: 服务周期内,市民对空气质量改善的满意程度",
            "≥85%",
          ]),
        },
      ],
      errors: [{ row: socialRow, messageId: "satisfaction", cell: `D${socialRow}`, messageIncludes: "社会效益指标" }],
    },
    {
      name: "a praise rate as 可持续影响",
      tables: [
        { indicators: withIndicator("可持续影响指标", ["", "可持续影响指标 (必填)", "指标1: 群众好评率", "≥90%"]) },
      ],
      errors: [{ row: sustainRow, messageId: "satisfaction" }],
    },
  ],
});
