import { requiredLevel2Missing } from "../../src/core/rules/structure/required-level2-missing";
import { ruleTester } from "../helpers/rule-tester";
import { CLEAN_INDICATORS, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const without = (base: ReadonlyArray<IndicatorRow>, ...prefixes: string[]): IndicatorRow[] =>
  base.filter((r) => !prefixes.some((p) => r[1].startsWith(p)));
/** Variant D (T2, T4): no annotations at all. */
const BARE: IndicatorRow[] = CLEAN_INDICATORS.map((r) => [r[0], r[1].replace(/\s*\(.*\)$/, ""), r[2], r[3]]);
/** Variant B (T14): 经济效益 is 必填量化. */
const VARIANT_B = withIndicator("经济效益指标", [
  "效益指标",
  "经济效益指标 (必填量化)",
  "指标1: 节约差旅支出金额",
  "≥1万元",
]);

ruleTester(requiredLevel2Missing, {
  valid: [
    { name: "clean table" },
    { name: "T1: all nine 二级 rows present", tables: [{ indicators: CLEAN_INDICATORS }] },
    {
      name: "optional rows present but marked 不涉及",
      tables: [{ indicators: withIndicator("生态效益指标", ["", "生态效益指标 (选填)", "不涉及", ""]) }],
    },
    {
      name: "2021 table with 经济成本指标 and both optional cost rows",
      tables: [
        {
          indicators: [
            ["成本指标", "经济成本指标 (必填)", "指标1: 培训经费总额", "≤10万元"],
            ["", "社会成本指标 (选填)", "不涉及", ""],
            ["", "生态环境成本指标 (选填)", "不涉及", ""],
            ...without(CLEAN_INDICATORS, "成本指标"),
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: "T18: no 成本指标 row, reported on the 产出指标 row",
      tables: [{ indicators: without(CLEAN_INDICATORS, "成本指标") }],
      errors: [{ row: 11, messageId: "missing", cell: "B11", messageIncludes: "成本指标" }],
    },
    {
      name: "T14: 生态效益 missing while 经济效益 is 必填量化 (variant B) → warning",
      tables: [{ indicators: without(VARIANT_B, "生态效益指标") }],
      errors: [{ row: 15, messageId: "missingInferred", severity: "warning", cell: "B15" }],
    },
    {
      name: "T4: no 经济/生态 rows in an unannotated table → one info",
      tables: [
        {
          indicators: without(BARE, "经济效益指标", "生态效益指标").map((r) =>
            r[1] === "社会效益指标" ? (["效益指标", r[1], r[2], r[3]] as IndicatorRow) : r,
          ),
        },
      ],
      errors: [
        { row: 15, ruleId: "optional-level2-absent", messageId: "optionalAbsent", messageIncludes: "生态效益指标" },
      ],
    },
    {
      name: "the whole 满意度 group missing → reported on the indicator header",
      tables: [{ indicators: without(CLEAN_INDICATORS, "服务对象满意度指标") }],
      errors: [{ row: 10, messageId: "missing", messageIncludes: "服务对象满意度指标" }],
    },
    {
      name: "2021 table without 经济成本指标",
      tables: [
        {
          indicators: [
            ["成本指标", "社会成本指标 (选填)", "指标1: 噪声投诉率", "≤5%"],
            ...without(CLEAN_INDICATORS, "成本指标"),
          ],
        },
      ],
      errors: [
        { row: 11, ruleId: "optional-level2-absent", messageIncludes: "生态环境成本指标" },
        { row: 11, messageId: "missing", messageIncludes: "经济成本指标" },
      ],
    },
    {
      name: "config.defaultRequired makes an absent row required",
      config: {
        defaultRequired: [
          "数量指标",
          "质量指标",
          "时效指标",
          "成本指标",
          "经济效益指标",
          "社会效益指标",
          "可持续影响指标",
          "服务对象满意度指标",
        ],
      },
      tables: [
        {
          indicators: without(CLEAN_INDICATORS, "经济效益指标").map((r) =>
            r[1].startsWith("社会效益") ? (["效益指标", r[1], r[2], r[3]] as IndicatorRow) : r,
          ),
        },
      ],
      errors: [{ row: 15, messageId: "missing", messageIncludes: "经济效益指标" }],
    },
    {
      name: "a table with no 二级 rows at all: one finding",
      tables: [{ indicators: [] }],
      errors: [{ row: 10, messageId: "noLevel2" }],
    },
  ],
});
