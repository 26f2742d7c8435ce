import { rowMisaligned } from "../../src/core/rules/structure/row-misaligned";
import { ruleTester } from "../helpers/rule-tester";
import { CLEAN_INDICATORS } from "../helpers/table-builder";

const withoutLast = CLEAN_INDICATORS.slice(0, 8);

ruleTester(rowMisaligned, {
  valid: [
    { name: "clean table" },
    { name: "L41: 三级 in column D, value in column E", tables: [{ indicators: CLEAN_INDICATORS, extraRows: [] }] },
  ],
  invalid: [
    {
      name: "L163: the satisfaction row shifted one column left",
      tables: [
        {
          indicators: withoutLast,
          extraRows: [["满意度指标", "服务对象满意度指标 (必填量化)", "指标1: 参训学员满意度", "≥90%"]],
        },
      ],
      errors: [{ row: 19, messageId: "level1", cell: "A19", severity: "warning", messageIncludes: "右移1列" }],
    },
    {
      name: "L42: a 指标N: text in the 一级 column and its value in the 三级 column",
      tables: [
        {
          indicators: CLEAN_INDICATORS.slice(0, 4),
          extraRows: [["", "指标2: 笔试阶段费用", "", "≤2万元"], ...CLEAN_INDICATORS.slice(4).map((r) => ["", ...r])],
        },
      ],
      errors: [{ row: 15, messageId: "level3", cell: "B15" }],
    },
    {
      name: "L365: a 二级 label in the 一级 column, the whole row shifted",
      tables: [
        {
          indicators: CLEAN_INDICATORS.slice(0, 4),
          extraRows: [
            ["", "社会效益指标 (必填)", "指标1: 基层干部履职能力提升比例", "≥90%"],
            ...CLEAN_INDICATORS.slice(7).map((r) => ["", ...r]),
          ],
        },
      ],
      errors: [{ row: 15, messageId: "level2", cell: "B15" }],
    },
  ],
});
