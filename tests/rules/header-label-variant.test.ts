import { gridFromStrings } from "../../src/core/grid";
import { headerLabelVariant } from "../../src/core/rules/document/header-label-variant";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, tableRows, withIndicator } from "../helpers/table-builder";

/** The default table with one header label respelt. */
function relabel(from: string, to: string) {
  return gridFromStrings(
    "Sheet1",
    tableRows().map((r) => r.map((c) => (c === from ? to : c))),
  );
}

ruleTester(headerLabelVariant, {
  valid: [
    { name: "clean table" },
    { name: "full-width colon in 年度资金总额：", grid: relabel("年度资金总额:", "年度资金总额：") },
    {
      name: "full-width parentheses around the annotation",
      tables: [
        { indicators: withIndicator("数量指标", ["产出指标", "数量指标（必填量化）", "指标1: 培训人次", "≥200人次"]) },
      ],
    },
    {
      // 重庆's form glues the score range to the 一级 (real table 02, B17): a fix dropping it would lose the score
      name: "a score range glued to the label is the form, not a variant",
      tables: [
        {
          indicators: withIndicator("数量指标", [
            "产出指标(0-50)分",
            "数量指标 (必填量化)",
            "指标1: 培训人次",
            "≥200人次",
          ]),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "inner spaces in 一级 and 二级 labels (L69)",
      tables: [
        {
          indicators: withIndicator("服务对象", [
            "满意度 指标",
            "服务对象 满意度指标 (必填量化)",
            "指标1: 参训学员满意度",
            "≥90%",
          ]),
        },
      ],
      errors: [
        { row: indicatorRow("服务对象"), messageId: "level1", cell: "B19", suggestions: ["满意度指标"] },
        {
          row: indicatorRow("服务对象"),
          messageId: "level2",
          cell: "C19",
          suggestions: ["服务对象满意度指标 (必填量化)"],
        },
      ],
    },
    {
      name: "`经济效益 指标 (必填量化)` (L65) keeps its annotation",
      tables: [
        {
          indicators: withIndicator("经济效益", [
            "效益指标",
            "经济效益 指标 (必填量化)",
            "指标1: 节约差旅支出比例",
            "≥5%",
          ]),
        },
      ],
      errors: [{ row: indicatorRow("经济效益"), messageId: "level2", suggestions: ["经济效益指标 (必填量化)"] }],
    },
    {
      name: "older alias 环境效益指标 (S16)",
      tables: [
        { indicators: withIndicator("生态效益", ["", "环境效益指标 (选填)", "指标1: 培训资料电子化节能率", "≥80%"]) },
      ],
      errors: [{ row: indicatorRow("生态效益"), messageId: "level2", suggestions: ["生态效益指标 (选填)"] }],
    },
    {
      name: "truncated 实施单 (L281)",
      grid: relabel("实施单位", "实施单"),
      errors: [{ row: 4, messageId: "header", cell: "C4", suggestions: ["实施单位"] }],
    },
    {
      name: "`项目资金 (万)` (L396)",
      grid: relabel("项目资金 (万元)", "项目资金 (万)"),
      errors: [{ row: 6, messageId: "header", cell: "A6", suggestions: ["项目资金 (万元)"] }],
    },
    {
      name: "`其中: 财政拨款` with a space (L101)",
      grid: relabel("其中:财政拨款", "其中: 财政拨款"),
      errors: [{ row: 7, messageId: "header", cell: "B7", suggestions: ["其中:财政拨款"] }],
    },
  ],
});
