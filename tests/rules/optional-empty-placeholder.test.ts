import { optionalEmptyPlaceholder } from "../../src/core/rules/structure/optional-empty-placeholder";
import { ruleTester } from "../helpers/rule-tester";
import { CLEAN_INDICATORS, indicatorRow, withIndicator, type IndicatorRow } from "../helpers/table-builder";

ruleTester(optionalEmptyPlaceholder, {
  valid: [
    { name: "clean table" },
    {
      name: "L471: an optional row that is filled",
      tables: [
        {
          indicators: withIndicator("经济效益指标", [
            "效益指标",
            "经济效益指标 (选填量化)",
            "指标1: 提高困难离退休干部生活质量。",
            "明显",
          ]),
        },
      ],
    },
    {
      name: "T4: optional rows simply absent",
      tables: [{ indicators: CLEAN_INDICATORS.filter((r) => !r[1].startsWith("生态效益")) }],
    },
    {
      name: "不涉及 written consistently",
      tables: [{ indicators: withIndicator("生态效益指标", ["", "生态效益指标 (选填)", "不涉及", ""]) }],
    },
    {
      name: "a blank required row is required-marked-na's",
      tables: [{ indicators: withIndicator("社会效益指标", ["", "社会效益指标 (必填)", "指标1:", ""]) }],
    },
  ],
  invalid: [
    {
      name: "L19: 经济效益指标 (选填量化) | 指标1:",
      tables: [{ indicators: withIndicator("经济效益指标", ["效益指标", "经济效益指标 (选填量化)", "指标1:", ""]) }],
      errors: [
        {
          row: indicatorRow("经济效益指标"),
          messageId: "placeholder",
          cell: "D15",
          severity: "info",
          suggestions: ["不涉及"],
        },
      ],
    },
    {
      name: "L43: a bare unannotated 经济效益指标 row",
      tables: [
        {
          indicators: CLEAN_INDICATORS.map((r) =>
            r[1].startsWith("经济效益") ? (["效益指标", "经济效益指标", "", ""] as IndicatorRow) : r,
          ),
        },
      ],
      errors: [{ row: indicatorRow("经济效益指标"), messageId: "bare", cell: "C15", suggestions: ["不涉及"] }],
    },
  ],
});
