import { targetBelowHistory } from "../../src/core/rules/relevance/target-below-history";
import { columnRoleOf } from "../../src/core/layout/labels";
import { ruleTester } from "../helpers/rule-tester";
import {
  CLEAN_INDICATORS,
  indicatorRow,
  withIndicator,
  type IndicatorRow,
  type TableSpec,
} from "../helpers/table-builder";

/**
 * The clean table with a previous-year column: `history` maps a 二级 label prefix to last year's figure; the other
 * rows keep an empty cell, as a 新增 row would.
 */
function withHistory(
  history: Readonly<Record<string, string>>,
  indicators: ReadonlyArray<IndicatorRow> = CLEAN_INDICATORS,
  header = "上年实际值",
  more: TableSpec["extraColumns"] = [],
): TableSpec {
  const cells = indicators.map((r) => Object.entries(history).find(([k]) => r[1].startsWith(k))?.[1] ?? "");
  return { indicators, extraColumns: [{ header, cells }, ...more] };
}

const qtyRow = indicatorRow("数量指标");
const qualityRow = indicatorRow("质量指标");
const econRow = indicatorRow("经济效益指标");
const satisfactionRow = indicatorRow("服务对象满意度指标");
const quality = (name: string, value: string) =>
  withIndicator("质量指标", ["", "质量指标 (必填量化)", `指标1: ${name}`, value]);

ruleTester(targetBelowHistory, {
  valid: [
    { name: "clean table without a history column" },
    {
      name: "targets at or above last year's actual",
      tables: [withHistory({ 数量指标: "180人次", 质量指标: "95%", 服务对象满意度指标: "88%" })],
    },
    { name: "a 新增 row: history marked N/A", tables: [withHistory({ 数量指标: "/", 质量指标: "无" })] },
    {
      name: "a reverse target below last year's actual is an improvement",
      tables: [withHistory({ 质量指标: "6%" }, quality("系统故障率", "≤5%"))],
    },
    {
      name: "people and person-times are different measures",
      tables: [withHistory({ 数量指标: "260人" })],
    },
    {
      name: "成本 rows are not checked (a lower cost is not a lower ambition)",
      tables: [withHistory({ 成本指标: "12万元" })],
    },
    {
      name: "a duration without an operator or a direction column is ambiguous",
      tables: [
        withHistory(
          { 时效指标: "3天" },
          withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 平均办结时间", "5天"]),
        ),
      ],
    },
    {
      name: "an approximate target is not compared",
      tables: [
        withHistory(
          { 数量指标: "260人次" },
          withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", "指标1: 培训人次", "约200人次"]),
        ),
      ],
    },
  ],
  invalid: [
    {
      name: "a count below last year's actual",
      tables: [withHistory({ 数量指标: "260人次" })],
      errors: [
        {
          row: qtyRow,
          cell: `E${qtyRow}`,
          messageId: "belowHistory",
          messageIncludes: "“培训人次”的目标“≥200人次”低于上年实际值“260人次”",
        },
      ],
    },
    {
      name: "the suggestion keeps last year's figure and the target's operator side",
      tables: [withHistory({ 质量指标: "98%" })],
      errors: [{ row: qualityRow, messageIncludes: "“≥98%”" }],
    },
    {
      name: "a history figure without its unit takes the target's",
      tables: [withHistory({ 质量指标: "98" })],
      errors: [{ row: qualityRow, messageIncludes: "“≥98%”" }],
    },
    {
      name: "satisfaction below last year's",
      tables: [withHistory({ 服务对象满意度指标: "96%" })],
      errors: [{ row: satisfactionRow }],
    },
    {
      name: "money compared in yuan (5万元 < 60000元)",
      tables: [
        withHistory(
          { 经济效益指标: "60000元" },
          withIndicator("经济效益指标", ["效益指标", "经济效益指标 (选填量化)", "指标1: 带动群众增收", "≥5万元"]),
        ),
      ],
      errors: [{ row: econRow }],
    },
    {
      name: "a reverse rate above last year's actual",
      tables: [withHistory({ 质量指标: "3%" }, quality("系统故障率", "≤5%"))],
      errors: [{ row: qualityRow, messageId: "aboveHistory", messageIncludes: "“≤3%”" }],
    },
    {
      name: "a 反向 direction column makes a bare duration reverse",
      tables: [
        withHistory(
          { 时效指标: "3天" },
          withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 平均办结时间", "5天"]),
          "上年实际值",
          [{ header: "指标方向", cells: ["正向", "正向", "反向", "反向", "正向", "正向", "正向", "正向", "正向"] }],
        ),
      ],
      errors: [{ row: indicatorRow("时效指标"), messageId: "aboveHistory" }],
    },
    {
      name: "S20 黄石: a year-labelled actual column (2021年实际实现值)",
      tables: [
        { ...withHistory({ 数量指标: "280人次" }, CLEAN_INDICATORS, "2021年实际实现值"), yearLine: "(2022年度)" },
      ],
      errors: [{ row: qtyRow, messageIncludes: "低于2021年实际实现值“280人次”" }],
    },
    {
      name: "the message names the table's own column",
      tables: [withHistory({ 数量指标: "260人次" }, CLEAN_INDICATORS, "上年完成值")],
      errors: [{ row: qtyRow, messageIncludes: "低于上年完成值" }],
    },
  ],
});

describe("year-labelled indicator columns (黄石 2022 批复表)", () => {
  test.each([
    ["2021年实际实现值", "history"],
    ["2021年度实际完成值", "history"],
    ["上年实际数", "history"],
    ["预期2022年实现值", "value"],
    ["2022年预期目标值", "value"],
  ])("%s is the %s column", (header, role) => {
    expect(columnRoleOf(header)?.role).toBe(role);
  });

  test("a bare year before 指标值 names no role: nothing says whose year it is", () => {
    expect(columnRoleOf("2022年指标值")).toBeNull();
  });
});
