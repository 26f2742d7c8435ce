import { percentOutOfRange } from "../../src/core/rules/value/percent-out-of-range";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

const quality = (name: string, value: string) => ({
  indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", `指标1: ${name}`, value]),
});
const row = indicatorRow("质量指标");

ruleTester(percentOutOfRange, {
  valid: [
    { name: "clean table" },
    { name: "an upper bound (L86)", tables: [quality("系统故障率", "≤5%")] },
    { name: "exactly 100% (L16)", tables: [quality("党员教育管理工作完成率", "100%")] },
    { name: "zero errors (L245)", tables: [quality("活动举办的差错率", "0%")] },
    {
      name: "a growth rate may exceed 100%",
      tables: [
        {
          indicators: withIndicator("经济效益指标", [
            "效益指标",
            "经济效益指标 (选填量化)",
            "指标1: 村集体收入增长率",
            "≥120%",
          ]),
        },
      ],
    },
    {
      name: "≥100% satisfaction is satisfaction-threshold's",
      tables: [
        {
          indicators: withIndicator("服务对象满意度指标", [
            "满意度指标",
            "服务对象满意度指标 (必填量化)",
            "指标1: 学员满意度",
            "≥100%",
          ]),
        },
      ],
    },
    { name: "per mille up to 1000", tables: [quality("档案完整率", "≥999‰")] },
  ],
  invalid: [
    {
      name: "292% (鄂州 holdout, OCR)",
      tables: [quality("资金到位率", "292%")],
      errors: [{ row, messageId: "aboveMax", cell: "E12" }],
    },
    { name: "a negative percentage", tables: [quality("合格率", "-5%")], errors: [{ row, messageId: "belowZero" }] },
    { name: "a range above 100", tables: [quality("合格率", "90%-120%")], errors: [{ row, messageId: "aboveMax" }] },
    {
      name: "more than 100% is impossible",
      tables: [quality("合格率", ">100%")],
      errors: [{ row, messageId: "impossibleAbove" }],
    },
    {
      name: "≥100% is info",
      tables: [quality("培训考核合格率", "≥100%")],
      errors: [{ row, messageId: "atCeiling", severity: "info" }],
    },
    {
      name: "the word 百分比 as the unit (S23)",
      tables: [quality("培训考核合格率", "≥100百分比")],
      errors: [{ row, messageId: "atCeiling", severity: "info" }],
    },
  ],
});
