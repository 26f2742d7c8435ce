import { benefitVsGoalRelevance } from "../../src/core/rules/benefit/benefit-vs-goal-relevance";
import { ruleTester } from "../helpers/rule-tester";
import { gridFromStrings } from "../../src/core/grid";
import { CLEAN_INDICATORS, indicatorRow, tableRows, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const sustainRow = indicatorRow("可持续影响指标");
const econRow = indicatorRow("经济效益指标");
const socialRow = indicatorRow("社会效益指标");
const qualityRow = indicatorRow("质量指标");

const T1_GOAL =
  "目标1: 为基层党建工作提供经费保障, 加强各领域基层党组织建设, 强化党员学习、教育、管理, 提高基层党建工作质量。";
const T19_GOAL =
  "购买软件系统和基础硬件设施、数据迁移,进一步完善数字档案集中管理平台功能,实现自治区、市、县三级联网查档。";

/** A goal over two rows: its second 目标 on the row under the label (the whole goal is read, not its first cell). */
function goalOverTwoRows(second: string, indicators: IndicatorRow[]): ReturnType<typeof gridFromStrings> {
  const rows = tableRows({ goal: "目标1: 购买软件系统和基础硬件设施。", indicators });
  const at = rows.findIndex((r) => r[0] === "年度总体目标");
  rows.splice(at + 1, 0, ["", second]);
  return gridFromStrings("Sheet1", rows);
}

const sustain = (name: string): IndicatorRow[] =>
  withIndicator("可持续影响指标", ["", "可持续影响指标 (必填)", `指标1: ${name}`, "持续提高"]);
const both = (name: string): IndicatorRow[] =>
  withIndicator(
    "社会效益指标",
    ["", "社会效益指标 (必填)", `指标1: ${name}`, "有效提升"],
    withIndicator("经济效益指标", ["效益指标", "经济效益指标 (必填量化)", `指标1: ${name}`, "有效提升"]),
  );

ruleTester(benefitVsGoalRelevance, {
  valid: [
    { name: "clean table" },
    {
      name: "an effect in its own words (L110)",
      tables: [
        {
          goal: "目标1: 用于关怀帮扶生活困难党员, 帮助解决党员及家属的实际困难。",
          indicators: withIndicator("社会效益指标", [
            "",
            "社会效益指标 (必填)",
            "指标1: 提升党员及家属生活水平",
            "明显",
          ]),
        },
      ],
    },
    {
      name: "a short name found in the goal by chance",
      tables: [{ goal: "目标1: 开展见习, 促进就业。", indicators: sustain("促进就业") }],
    },
    {
      name: "a paraphrase is not a copy (L452)",
      tables: [
        {
          goal: "目标1: 展现沙坡头区党员教育工作经验, 提高我区党员教育工作整体水平。",
          indicators: sustain("有效展现沙坡头区党员教育工作经验"),
        },
      ],
    },
    { name: "no goal", tables: [{ goal: "", indicators: sustain("提高基层党建工作质量") }] },
  ],
  invalid: [
    {
      name: "the closing words of the goal (L22)",
      tables: [{ goal: T1_GOAL, indicators: sustain("提高基层党建工作质量") }],
      errors: [{ row: sustainRow, messageId: "goalCopy", cell: `D${sustainRow}`, messageIncludes: "可持续影响指标" }],
    },
    {
      name: "the same goal words under 经济效益 and 社会效益 (L429/L430)",
      tables: [{ goal: T19_GOAL, indicators: both("实现自治区、市、县三级联网查档") }],
      errors: [
        { row: econRow, messageId: "goalCopy" },
        { row: socialRow, messageId: "goalCopy" },
      ],
    },
    {
      name: "the words of the goal's second row",
      grid: goalOverTwoRows(
        "目标2: 完善数字档案管理平台, 实现自治区、市、县三级联网查档。",
        sustain("实现自治区市县三级联网查档"),
      ),
      errors: [{ row: sustainRow + 1, messageId: "goalCopy", cell: `D${sustainRow + 1}` }],
    },
    {
      name: "two 效益 rows with one text",
      tables: [{ indicators: both("乡村治理水平提升") }],
      errors: [
        { row: econRow, messageId: "rowCopy", messageIncludes: `第${socialRow}行` },
        { row: socialRow, messageId: "rowCopy", messageIncludes: `第${econRow}行` },
      ],
    },
    {
      name: "a 效益 row copying a 质量 row",
      tables: [
        {
          indicators: withIndicator(
            "社会效益指标",
            ["", "社会效益指标 (必填)", "指标1: 培训考核合格率", "≥95%"],
            CLEAN_INDICATORS,
          ),
        },
      ],
      errors: [{ row: socialRow, messageId: "rowCopy", messageIncludes: `第${qualityRow}行质量指标` }],
    },
  ],
});
