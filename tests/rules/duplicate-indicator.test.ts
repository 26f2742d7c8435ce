import { duplicateIndicator } from "../../src/core/rules/structure/duplicate-indicator";
import { ruleTester } from "../helpers/rule-tester";
import { CLEAN_INDICATORS, indicatorRow, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const SAME = "实现自治区、市、县三级联网查档";
const benefit = withIndicator("经济效益指标", ["效益指标", "经济效益 指标 (必填量化)", `指标1: ${SAME}`, "≥5%"]);

ruleTester(duplicateIndicator, {
  valid: [
    { name: "clean table" },
    { name: "L20 and L22 carry different texts", tables: [{ indicators: CLEAN_INDICATORS }] },
    {
      name: "empty placeholders are not duplicates",
      tables: [
        {
          indicators: withIndicator(
            "生态效益指标",
            ["", "生态效益指标 (选填)", "指标1:", ""],
            withIndicator("经济效益指标", ["效益指标", "经济效益指标 (选填量化)", "指标1:", ""]),
          ),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "L429/L430: the same text under 经济效益 and 社会效益, reported on the second",
      tables: [
        {
          indicators: withIndicator(
            "社会效益指标",
            ["", "社会效益 指标 (必填)", `指标1: ${SAME}`, "有效提升"],
            benefit,
          ),
        },
      ],
      errors: [{ row: indicatorRow("社会效益指标"), messageId: "otherLevel2", cell: "D16", messageIncludes: "第15行" }],
    },
    {
      name: "twice under one 二级, ignoring spaces and a trailing 。",
      tables: [
        {
          indicators: [
            CLEAN_INDICATORS[0] as IndicatorRow,
            ["", "", "指标2: 培训 人次。", "≥100人次"],
            ...CLEAN_INDICATORS.slice(1),
          ],
        },
      ],
      errors: [{ row: 12, messageId: "sameLevel2" }],
    },
  ],
});
