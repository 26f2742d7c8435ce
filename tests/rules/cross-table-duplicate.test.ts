import { crossTableDuplicate } from "../../src/core/rules/hygiene/cross-table-duplicate";
import { ruleTester } from "../helpers/rule-tester";
import { CLEAN_INDICATORS, type IndicatorRow } from "../helpers/table-builder";

// T16 (L358–L367) and T17 (L381–L387) of the seed, cut to the rows the two tables hold
const T16: IndicatorRow[] = [
  ["产出指标", "数量指标 (必填量化)", "指标1:沙坡头区2022年度“三支一扶”高校毕业生补贴人数", "199人"],
  ["", "质量指标 (必填)", "指标1:生活补贴到位率", "100%"],
  ["", "时效指标 (必填量化)", "指标1:生活补贴发放及时性", "100%"],
  ["", "成本指标 (必填量化)", "指标1:补助标准", "5242.17元/人/月"],
  ["", "", "指标2:2024年度培训费", "≤70万元"],
  ["效益指标", "社会效益指标 (必填)", "指标1:保障“三支一扶”高校毕业生基本生活需求", "明显"],
  ["", "可持续影响指标 (必填)", "指标1:推动农村基层支农、支教、支医和扶贫发展", "明显"],
  ["满意度指标", "服务对象满意度指标 (必填量化)", "指标1:接受生活补贴人员满意度", "≥95%"],
];
const T17: IndicatorRow[] = [
  ["产出指标", "数量指标 (必填量化)", "指标1:“三支一扶”高校毕业生补贴人数", "小于199人"],
  ...T16.slice(1, 4),
  ...T16.slice(5),
];
// T2 (L37–L47) and T3 (L61–L69): one shared row (`经费支出合规性 100%`)
const T2: IndicatorRow[] = [
  ["产出指标", "数量指标 (必填量化)", "指标1: 招录（聘）人数", "≥50人"],
  ["", "质量指标 (必填)", "指标1: 经费支出合规性", "100%"],
  ["", "时效指标 (必填量化)", "指标1: 招录（聘）公务员、事业单位工作人员完成及时性", "100%"],
  ["", "成本指标 (必填量化)", "指标1: 笔试阶段费用", "≤2万元"],
  ["满意度指标", "服务对象满意度指标 (必填量化)", "指标1: 招录（聘）人员满意度", "≥95%"],
];
const T3: IndicatorRow[] = [
  ["产出指标", "数量指标 (必填量化)", "指标1: 沙坡头区事业单位面试人数", "≥200人"],
  ["", "质量指标 (必填)", "指标1: 经费支出合规性", "100%"],
  ["", "时效指标 (必填量化)", "指标1: 事业单位工作人员完成及时性", "100%"],
  ["", "成本指标 (必填量化)", "指标1: 面试阶段费用", "≤15万元"],
  ["满意度指标", "服务对象满意度指标 (必填量化)", "指标1: 报考人员对公开招聘的满意度", "≥95%"],
];

/** 1-based row of the 项目名称 of the second table: 10 header rows + the first table's indicators + a blank row. */
const secondNameRow = (first: ReadonlyArray<IndicatorRow>): number => 10 + first.length + 1 + 3;

// four of the nine clean rows, with the five others changed: 4/9 is below the 60% share
const fourShared: IndicatorRow[] = CLEAN_INDICATORS.map((r, i) => (i < 4 ? r : [r[0], r[1], `${r[2]}（二期）`, r[3]]));

ruleTester(crossTableDuplicate, {
  valid: [
    { name: "clean table" },
    {
      name: "different indicator sets (T2 vs T3)",
      tables: [
        { name: "招录专项资金", indicators: T2 },
        { name: "面试考务费用", indicators: T3 },
      ],
    },
    {
      name: "four shared rows out of nine",
      tables: [{}, { name: "基层干部培训经费（二期）", indicators: fourShared }],
    },
    {
      name: "blank and 不涉及 rows carry no signal",
      tables: [
        { indicators: T2.map((r) => [r[0], r[1], "指标1:", "/"]) },
        { name: "其他", indicators: T2.map((r) => [r[0], r[1], "指标1:", "/"]) },
      ],
    },
  ],
  invalid: [
    {
      name: "same standard and same rows (T16/T17)",
      tables: [
        { name: "沙坡头区2022年度“三支一扶”高校毕业生生活补贴经费", indicators: T16 },
        { name: "教育卫生乡镇三支一扶补助资金", indicators: T17 },
      ],
      errors: [
        { row: 3, messageId: "duplicate", cell: "C3", messageIncludes: "5242.17元/人/月" },
        { row: secondNameRow(T16), messageId: "duplicate", messageIncludes: "沙坡头区2022年度" },
      ],
    },
    {
      name: "a table pasted twice under another name",
      tables: [{}, { name: "基层干部轮训经费" }],
      errors: [
        { row: 3, messageIncludes: "基层干部轮训经费" },
        { row: secondNameRow(CLEAN_INDICATORS), messageIncludes: "基层干部培训经费" },
      ],
    },
  ],
});
