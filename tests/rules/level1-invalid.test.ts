import { level1Invalid } from "../../src/core/rules/structure/level1-invalid";
import { ruleTester } from "../helpers/rule-tester";
import { CLEAN_INDICATORS, indicatorRow, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const social = indicatorRow("社会效益指标");
/** The 效益 block opens with its 二级 repeated in the 一级 column and no 效益指标 label (L342); row 15. */
const level2Twice: IndicatorRow[] = [
  ...CLEAN_INDICATORS.slice(0, 4),
  ["社会效益指标 (必填)", "社会效益指标 (必填)", "指标1: 基层干部履职能力提升比例", "≥90%"],
  ...CLEAN_INDICATORS.slice(6),
];

ruleTester(level1Invalid, {
  valid: [
    { name: "clean table" },
    {
      name: "2021 table with 成本指标 as 一级",
      tables: [
        {
          indicators: [
            ["成本指标", "经济成本指标 (必填)", "指标1: 培训经费总额", "≤10万元"],
            ...CLEAN_INDICATORS.filter((r) => !r[1].startsWith("成本指标")),
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: "二级 label repeated in the 一级 column, 效益指标 missing (L342)",
      tables: [{ indicators: level2Twice }],
      errors: [
        {
          row: 15,
          ruleId: "level2-in-level1-column",
          messageId: "level2InLevel1Column",
          cell: "B15",
          suggestions: ["效益指标"],
        },
      ],
    },
    {
      name: "a repeated 二级 under an 一级 already written above: clear the cell",
      tables: [
        {
          indicators: withIndicator("社会效益指标", [
            "社会效益指标 (必填)",
            "社会效益指标 (必填)",
            "指标1: 基层干部履职能力提升比例",
            "≥90%",
          ]),
        },
      ],
      errors: [
        {
          row: social,
          ruleId: "level2-in-level1-column",
          messageId: "level2InLevel1ColumnRepeated",
          suggestions: [""],
        },
      ],
    },
    {
      name: "row shifted left: 二级 in the 一级 column (L408)",
      tables: [
        {
          indicators: CLEAN_INDICATORS.slice(0, 2),
          extraRows: [
            ["", "时效指标 (必填)", "指标1: 工作完成的及时性", "100%"],
            ["", "", "成本指标 (必填量化)", "指标1: 培训经费总额", "≤10万元"],
            ...CLEAN_INDICATORS.slice(4).map((r) => ["", ...r]),
          ],
        },
      ],
      errors: [
        {
          row: 13,
          ruleId: "level2-in-level1-column",
          messageId: "level2InLevel1ColumnShifted",
          cell: "B13",
          messageIncludes: "产出指标",
        },
      ],
    },
    {
      name: "a scoring-sheet category (投入指标)",
      tables: [{ indicators: [["投入指标", "资金投入", "指标1: 资金到位率", "100%"], ...CLEAN_INDICATORS] }],
      errors: [{ row: 11, messageId: "foreign", cell: "B11" }],
    },
    {
      name: "unknown text in the 一级 column before a 二级",
      tables: [
        { indicators: withIndicator("数量指标", ["产出类", "数量指标 (必填量化)", "指标1: 培训人次", "≥200人次"]) },
      ],
      errors: [{ row: 11, messageId: "unknown", suggestions: ["产出指标"] }],
    },
    {
      name: "成本指标 as 一级 when the legacy profile is forced",
      config: { profile: "legacy" },
      tables: [
        {
          indicators: [
            ["成本指标", "经济成本指标 (必填)", "指标1: 培训经费总额", "≤10万元"],
            ...CLEAN_INDICATORS.filter((r) => !r[1].startsWith("成本指标")),
          ],
        },
      ],
      errors: [{ row: 11, messageId: "costLevel1Legacy" }],
    },
  ],
});
