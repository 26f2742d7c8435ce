import { requiredMarkedNa } from "../../src/core/rules/structure/required-marked-na";
import { ruleTester } from "../helpers/rule-tester";
import { CLEAN_INDICATORS, indicatorRow, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const econ = indicatorRow("经济效益指标");
const eco = indicatorRow("生态效益指标");
/** Variant B (T3, T6): 经济 and 生态 are required. */
const VARIANT_B = withIndicator(
  "生态效益指标",
  ["", "生态效益指标 (必填)", "指标1: 培训资料电子化节能率", "≥80%"],
  withIndicator("经济效益指标", ["效益指标", "经济效益指标 (必填量化)", "指标1: 节约差旅支出比例", "≥5%"]),
);

const sat = indicatorRow("服务对象满意度指标");
const satisfactionNa = (value: string): IndicatorRow[] =>
  withIndicator("服务对象满意度指标", [
    "满意度指标",
    "服务对象满意度指标 (必填量化)",
    "指标1: 本指标不适用此项目",
    value,
  ]);
const MAY_BE_NA = { options: { "required-marked-na": { mayBeNa: ["服务对象满意度指标"] } } };

ruleTester(requiredMarkedNa, {
  valid: [
    { name: "clean table" },
    {
      name: "满意度 marked 不适用 where the office allows it (option mayBeNa, C37)",
      tables: [{ indicators: satisfactionNa("") }],
      config: MAY_BE_NA,
    },
    {
      name: "blank 选填 row (L19) is allowed",
      tables: [{ indicators: withIndicator("经济效益指标", ["效益指标", "经济效益指标 (选填量化)", "指标1:", ""]) }],
    },
    {
      name: "不涉及 in a 选填 row (L293)",
      tables: [{ indicators: withIndicator("生态效益指标", ["", "生态效益指标 (选填)", "不涉及", ""]) }],
    },
    {
      name: "a named required row with `/` is name-without-value's (L228)",
      tables: [
        {
          indicators: withIndicator(
            "生态效益指标",
            ["", "生态效益指标 (必填)", "指标1: 提高离退休人员生活幸福指数", "/"],
            VARIANT_B,
          ),
        },
      ],
    },
    {
      name: "unannotated optional 二级 (T2 L43) may stay empty",
      tables: [
        {
          indicators: CLEAN_INDICATORS.map((r) =>
            r[1].startsWith("经济效益") ? (["效益指标", "经济效益指标", "", ""] as IndicatorRow) : r,
          ),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "满意度 marked 不适用 under the default policy",
      tables: [{ indicators: satisfactionNa("") }],
      errors: [{ row: sat, messageId: "marked", messageIncludes: "本指标不适用此项目" }],
    },
    {
      name: "mayBeNa never excuses an empty required row",
      tables: [
        {
          indicators: withIndicator("服务对象满意度指标", [
            "满意度指标",
            "服务对象满意度指标 (必填量化)",
            "指标1:",
            "",
          ]),
        },
      ],
      config: MAY_BE_NA,
      errors: [{ row: sat, messageId: "blank" }],
    },
    {
      name: "不涉及 typed in the 三级 column of 必填量化 (L65)",
      tables: [
        { indicators: withIndicator("经济效益指标", ["效益指标", "经济效益指标 (必填量化)", "不涉及", ""], VARIANT_B) },
      ],
      errors: [{ row: econ, messageId: "marked", cell: "D15", messageIncludes: "不涉及" }],
    },
    {
      name: "`指标1: | /` in 必填 rows (L131, L133)",
      tables: [
        {
          indicators: withIndicator(
            "生态效益指标",
            ["", "生态效益指标 (必填)", "指标1:", "/"],
            withIndicator("经济效益指标", ["效益指标", "经济效益指标 (必填量化)", "指标1:", "/"], VARIANT_B),
          ),
        },
      ],
      errors: [
        { row: econ, messageId: "marked", cell: "E15" },
        { row: eco, messageId: "marked", cell: "E17" },
      ],
    },
    {
      name: "a required row left blank",
      tables: [{ indicators: withIndicator("社会效益指标", ["", "社会效益指标 (必填)", "指标1:", ""]) }],
      errors: [{ row: indicatorRow("社会效益指标"), messageId: "blank" }],
    },
    {
      name: "a default-required 二级 with no 三级 at all (no annotations)",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标", "", ""]) }],
      errors: [{ row: indicatorRow("质量指标"), messageId: "blank", cell: "D12", messageIncludes: "模板默认必填" }],
    },
    {
      name: "`无` in the value of a required row",
      tables: [{ indicators: withIndicator("可持续影响指标", ["", "可持续影响指标 (必填)", "", "无"]) }],
      errors: [{ row: indicatorRow("可持续影响指标"), messageId: "marked", messageIncludes: "“无”" }],
    },
  ],
});
