import { level2WrongParent } from "../../src/core/rules/structure/level2-wrong-parent";
import { ruleTester } from "../helpers/rule-tester";
import { CLEAN_INDICATORS, type IndicatorRow } from "../helpers/table-builder";

const COST = CLEAN_INDICATORS[3] as IndicatorRow;
const without = (prefix: string): IndicatorRow[] => CLEAN_INDICATORS.filter((r) => !r[1].startsWith(prefix));
const MOF2021: IndicatorRow[] = [
  ["成本指标", "经济成本指标 (必填)", "指标1: 培训经费总额", "≤10万元"],
  ...without("成本指标"),
];

ruleTester(level2WrongParent, {
  valid: [
    { name: "clean table" },
    { name: "成本指标 inside the 产出指标 block of a legacy table (L18)", tables: [{ indicators: CLEAN_INDICATORS }] },
    { name: "2021 table: 经济成本指标 under the 一级 成本指标", tables: [{ indicators: MOF2021 }] },
    {
      name: "mixed table: 成本指标 under 产出 is left to generation-mixed",
      tables: [{ indicators: [MOF2021[0] as IndicatorRow, ...CLEAN_INDICATORS] }],
    },
  ],
  invalid: [
    {
      name: "成本指标 placed inside the 效益指标 block (between L19 and L22)",
      tables: [
        {
          indicators: [
            ...without("成本指标").slice(0, 4),
            ["", COST[1], COST[2], COST[3]],
            ...without("成本指标").slice(4),
          ],
        },
      ],
      errors: [{ row: 15, messageId: "wrongParent", cell: "C15", messageIncludes: "产出指标" }],
    },
    {
      name: "服务对象满意度 under 效益指标",
      tables: [
        {
          indicators: [
            ...CLEAN_INDICATORS.slice(0, 8),
            ["", "服务对象满意度指标 (必填量化)", "指标1: 参训学员满意度", "≥90%"],
          ],
        },
      ],
      errors: [{ row: 19, messageId: "wrongParent", messageIncludes: "满意度指标" }],
    },
    {
      name: "2021 profile: 成本指标 under 产出指标 is the old layout",
      config: { profile: "mof-2021" },
      tables: [{ indicators: CLEAN_INDICATORS }],
      errors: [{ row: 14, messageId: "costIsLevel1" }],
    },
  ],
});
