import { weightSum } from "../../src/core/rules/structure/weight-sum";
import { gridFromStrings } from "../../src/core/grid";
import { ruleTester } from "../helpers/rule-tester";
import { loadRealTable } from "../corpus/real-tables";
import { gridFromTsv } from "../../src/core/tsv";

const TOP = [["项目支出绩效目标表"], ["项目名称", "基层干部培训"], ["年度总体目标", "培训200人次"]];
const HEADER = ["一级指标", "二级指标", "三级指标", "指标值", "分值"];
const H = TOP.length + 1; // 1-based row of the header

/** 三级 rows with weights: 产出 50 (20 + 20 + 10), 效益 30, 满意度 20 = 100. */
const ROWS: string[][] = [
  ["产出指标", "数量指标", "培训人次", "≥200人次", "20"],
  ["", "质量指标", "培训合格率", "≥95%", "20"],
  ["", "时效指标", "完成时间", "2024年12月31日前", "10"],
  ["效益指标", "社会效益指标", "履职能力提升比例", "≥90%", "30"],
  ["满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "20"],
];
const weighted = (rows: string[][] = ROWS, header = HEADER) => gridFromStrings("Sheet1", [...TOP, header, ...rows]);
const withWeight = (i: number, w: string) => ROWS.map((r, j) => (j === i ? [...r.slice(0, 4), w] : r));

// pmkpi layout: the 一级 and 二级 label rows carry their set weights, the 三级 rows theirs
const PMKPI: string[][] = [
  ["产出指标", "", "", "", "50"],
  ["", "数量指标", "", "", "30"],
  ["", "", "培训人次", "≥200人次", "15"],
  ["", "", "培训天数", "≥5天", "15"],
  ["", "质量指标", "", "", "20"],
  ["", "", "培训合格率", "≥95%", "20"],
  ["效益指标", "社会效益指标", "履职能力提升比例", "≥90%", "30"],
  ["满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "20"],
];

ruleTester(weightSum, {
  valid: [
    { name: "a table without a 分值 column is not judged" },
    { name: "weights add up to 100", grid: weighted() },
    { name: "the pmkpi layout with set weights that add up", grid: weighted(PMKPI) },
    {
      name: "a policy's total of 90 (预算执行率 takes 10 in self-evaluation, S10)",
      grid: weighted(withWeight(4, "10")),
      config: { options: { "weight-sum": { total: 90 } } },
    },
    {
      name: "a 分值 column of score ranges and scoring text holds no weights",
      grid: weighted(ROWS.map((r, j) => [...r.slice(0, 4), j % 2 === 0 ? "0-20分" : "按完成比例得分"])),
    },
    {
      name: "a table with only 产出 weighted (cut off) has no total to judge",
      grid: weighted(ROWS.slice(0, 3)),
    },
    {
      name: "weights written with 分",
      grid: weighted(ROWS.map((r) => [...r.slice(0, 4), `${r[4]}分`])),
    },
    {
      name: "real table 06 (内蒙古 乌海, partial): 产出 weights 50 = the header's 产出指标权重分值50分",
      grid: gridFromTsv("06", loadRealTable("06_neimenggu_wuhai_2021_zaisheng_partial.txt")),
    },
    {
      name: "real table 02 (重庆 奉节, partial): `成本指标(0-20)分` is a range, not a set weight",
      grid: gridFromTsv("02", loadRealTable("02_chongqing_fengjie_2023_shenpi_yunwu_partial.txt")),
    },
  ],
  invalid: [
    {
      name: "the total is 95, not 100 (T3 年度总绩效指标权重需为100)",
      grid: weighted(withWeight(4, "15")),
      errors: [{ row: H, messageId: "total", cell: "E4", messageIncludes: "合计为95，应为100" }],
    },
    {
      name: "a weight of 0",
      grid: weighted(withWeight(2, "0").map((r, j) => (j === 0 ? [...r.slice(0, 4), "30"] : r))),
      errors: [{ row: H + 3, messageId: "notPositive", cell: "E7" }],
    },
    {
      name: "三级 under a 二级 do not add up to its set weight (T4 下级指标录入合计应等于上级设置数)",
      grid: weighted(PMKPI.map((r, j) => (j === 3 ? [...r.slice(0, 4), "10"] : r))),
      // the 一级 adds its 二级's set weights (30 + 20 = 50): only the 二级 and the total are off
      errors: [
        { row: H, messageId: "total", messageIncludes: "合计为95" },
        { row: H + 2, messageId: "level2Sum", cell: "E6", messageIncludes: "合计为25" },
      ],
    },
    {
      name: "二级 set weights that do not add up to the 一级's",
      grid: weighted(
        PMKPI.map((r, j) => (j === 4 ? [...r.slice(0, 4), "25"] : j === 5 ? [...r.slice(0, 4), "25"] : r)),
      ),
      errors: [
        { row: H, messageId: "total", messageIncludes: "合计为105" },
        { row: H + 1, messageId: "level1Sum", cell: "E5", messageIncludes: "合计为55" },
      ],
    },
    {
      name: "the header declares 90 (内蒙古 乌海 form): 100 is wrong there",
      grid: weighted(
        ROWS.map((r) => ["", ...r]),
        ["绩效指标(权重分值90分,其中产出指标权重分值50分,效益指标权重分值30分,满意度指标权重分值10分)", ...HEADER],
      ),
      errors: [
        { row: H, messageId: "total", messageIncludes: "合计为100，应为90（表头注明的总分）" },
        { row: H + 5, messageId: "level1Sum", messageIncludes: "满意度指标”设定的分值为10" },
      ],
    },
    {
      name: "a weight glued to the 一级 label (`产出指标(60分)`)",
      grid: weighted(ROWS.map((r, j) => (j === 0 ? ["产出指标(60分)", ...r.slice(1)] : r))),
      errors: [{ row: H + 1, messageId: "level1Sum", messageIncludes: "设定的分值为60" }],
    },
  ],
});
