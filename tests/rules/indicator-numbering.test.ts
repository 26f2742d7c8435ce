import { indicatorNumbering } from "../../src/core/rules/structure/indicator-numbering";
import { ruleTester } from "../helpers/rule-tester";
import { CLEAN_INDICATORS, indicatorRow, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const QTY = CLEAN_INDICATORS[0] as IndicatorRow;
const withRows = (rows: IndicatorRow[]): IndicatorRow[] => [QTY, ...rows, ...CLEAN_INDICATORS.slice(1)];

ruleTester(indicatorNumbering, {
  valid: [
    { name: "clean table" },
    {
      name: "L149–L152: 指标1..4 in order",
      tables: [
        {
          indicators: withRows([
            ["", "", "指标2: 结业人数", "≥190人"],
            ["", "", "指标3: 培训班次", "≥4期"],
          ]),
        },
      ],
    },
    {
      name: "full-width colon",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1：培训考核合格率", "≥95%"]) }],
    },
    {
      name: "names without any prefix are not numbered",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "培训考核合格率", "≥95%"]) }],
    },
  ],
  invalid: [
    {
      name: "L312: a second 指标1",
      tables: [{ indicators: withRows([["", "", "指标1: 培养人数", "≥10人"]]) }],
      errors: [{ row: 12, messageId: "duplicate", cell: "D12", suggestions: ["指标2: 培养人数"] }],
    },
    {
      name: "L340–L341: 指标1 three times",
      tables: [
        {
          indicators: withRows([
            ["", "", "指标1: 社会保险补贴覆盖率", "100%"],
            ["", "", "指标1: 商业保险补贴覆盖率", "100%"],
          ]),
        },
      ],
      errors: [
        { row: 12, messageId: "duplicate", suggestions: ["指标2: 社会保险补贴覆盖率"] },
        { row: 13, messageId: "duplicate", suggestions: ["指标3: 商业保险补贴覆盖率"] },
      ],
    },
    {
      name: "L410: the block starts at 指标2",
      tables: [
        {
          indicators: withIndicator("可持续影响指标", [
            "",
            "可持续影响指标",
            "指标2: 提高整体工作效率和水平。",
            "持续提高",
          ]),
        },
      ],
      errors: [
        {
          row: indicatorRow("可持续影响指标"),
          messageId: "outOfSequence",
          suggestions: ["指标1: 提高整体工作效率和水平。"],
        },
      ],
    },
    {
      name: "L290: `指标:` without a number",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标 (必填)", "指标: 培训达标率", "100%"]) }],
      errors: [{ row: indicatorRow("质量指标"), messageId: "noNumber", suggestions: ["指标1: 培训达标率"] }],
    },
    {
      name: "L17: `指标1` without a colon",
      tables: [
        {
          indicators: withIndicator("时效指标", [
            "",
            "时效指标 (必填量化)",
            "指标1基层党建工作开展时间",
            "2024年1月-12月",
          ]),
        },
      ],
      errors: [
        {
          row: indicatorRow("时效指标"),
          messageId: "noColon",
          severity: "info",
          suggestions: ["指标1: 基层党建工作开展时间"],
        },
      ],
    },
    {
      name: "the clerk's colon and spacing are kept",
      tables: [{ indicators: withRows([["", "", "指标3：结业人数", "≥190人"]]) }],
      errors: [{ row: 12, messageId: "outOfSequence", suggestions: ["指标2：结业人数"] }],
    },
  ],
});
