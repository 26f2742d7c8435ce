import { valueTypeColumnMismatch } from "../../src/core/rules/value/value-type-column-mismatch";
import { quantifiedValueRequired } from "../../src/core/rules/structure/quantified-value-required";
import { Checker } from "../../src/core/engine";
import { gridFromStrings } from "../../src/core/grid";
import { ruleTester } from "../helpers/rule-tester";

// 湖南 岳阳楼区 2023 (rules.md S22): 指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 | 备注
const HEADER = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标值类型",
  "*指标值",
  "计量单位",
  "*指标解释",
  "*评(扣)分标准",
  "备注",
];
const TOP = [["项目支出绩效目标表"], ["项目名称", "价格认证鉴定"], ["年度总体目标", "完成价格认证200件"], HEADER];
const FIRST = TOP.length + 1; // 1-based row of the first indicator
const ok = [
  ["产出指标", "数量指标", "价格认证件数", "定量", "≥200", "件", "口径", "标准", ""],
  ["", "质量指标", "认证准确率", "定量", "100", "%", "口径", "标准", ""],
  ["效益指标", "社会效益指标", "维护价格秩序", "定性", "有效维护", "", "口径", "标准", ""],
];
const s22 = (...rows: string[][]) => gridFromStrings("Sheet1", [...TOP, ...ok, ...rows]);

// 内蒙古 乌海 2021 (real table 06): 指标性质 holds 正向/反向, 指标方向 holds `=`
const wuhai = (row: string[]) =>
  gridFromStrings("Sheet1", [
    ["项目绩效目标表"],
    ["项目名称", "再生资源回收市场管理经费"],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位", "分值", "备注"],
    ["产出指标", "数量指标", "聘用人员数", "正向", "=", "8", "", "4", ""],
    row,
  ]);

ruleTester(valueTypeColumnMismatch, {
  valid: [
    { name: "clean table (one value column)" },
    { name: "S22 rows that agree", grid: s22() },
    {
      name: "乌海: a 正向/反向 column is no type column; a copied date serial in the unit column is not compared",
      grid: wuhai(["产出指标", "时效指标", "项目财政资金到位时间", "正向", "=", "44,561", "44,561", "10", ""]),
    },
    {
      name: "定量（其他） is the budget system's own option and not judged",
      grid: s22(["", "时效指标", "完成时间", "定量（其他）", "按月安排", "", "口径", "标准", ""]),
    },
    {
      name: "the number's own unit equal to the unit column",
      grid: s22(["", "成本指标", "认证经费", "定量", "28.8万元", "万元", "口径", "标准", ""]),
    },
    {
      name: "定性 with `/` in the unit column",
      grid: s22(["", "社会效益指标", "维护市场秩序", "定性", "有效维护", "/", "口径", "标准", ""]),
    },
    {
      name: "spellings of one unit family are no contradiction (％ | %, ㎡ | 平方米, 人次 | 次)",
      grid: s22(
        ["", "质量指标", "验收合格率", "定量", "95%", "％", "口径", "标准", ""],
        ["", "数量指标", "改造面积", "定量", "3000㎡", "平方米", "口径", "标准", ""],
        ["", "数量指标", "培训人次", "定量", "200人次", "次", "口径", "标准", ""],
      ),
    },
  ],
  invalid: [
    {
      name: "S22 `定量 | 28.8万元 | %`: the unit column contradicts the value's own unit",
      grid: s22(["", "成本指标", "认证经费", "定量", "28.8万元", "%", "口径", "标准", ""]),
      errors: [{ row: FIRST + 3, messageId: "unitContradicts", cell: "F8", messageIncludes: "28.8万元" }],
    },
    {
      name: "S22 `定性 | 应保尽保 | %`: a unit for a qualitative value",
      grid: s22(["", "社会效益指标", "保障困难群众", "定性", "应保尽保", "%", "口径", "标准", ""]),
      errors: [{ row: FIRST + 3, messageId: "qualitativeWithUnit", cell: "F8", messageIncludes: "指标值类型" }],
    },
    {
      name: "S22 `定量 | 按月安排`: 定量 without a number (in a row that need not be quantified)",
      grid: s22(["", "社会效益指标", "宣传频次", "定量", "按月安排", "", "口径", "标准", ""]),
      errors: [{ row: FIRST + 3, messageId: "quantitativeNoNumber", cell: "E8" }],
    },
    {
      name: "定性 with a number",
      grid: s22(["", "可持续影响指标", "机制运行率", "定性", "100", "%", "口径", "标准", ""]),
      errors: [{ row: FIRST + 3, messageId: "qualitativeWithNumber", messageIncludes: "100%" }],
    },
    {
      name: "乌海 layout: a number with its own unit against the unit column",
      grid: wuhai(["产出指标", "质量指标", "工作任务完成率", "正向", "=", "100人", "%", "4", ""]),
      errors: [{ row: 5, messageId: "unitContradicts" }],
    },
  ],
});

test("定量 without a number in a quantified row: quantified-value-required's error stands alone", () => {
  const grid = s22(["", "时效指标", "完成时间", "定量", "按月安排", "", "口径", "标准", ""]);
  const ids = new Checker({}, [quantifiedValueRequired, valueTypeColumnMismatch])
    .run(grid)
    .diagnostics.map((d) => `${d.cell} ${d.ruleId} ${d.severity}`);
  expect(ids).toEqual(["E8 quantified-value-required error"]);
  const alone = new Checker({}, [valueTypeColumnMismatch]).run(grid).diagnostics.map((d) => d.messageId);
  expect(alone).toEqual(["quantitativeNoNumber"]);
});
