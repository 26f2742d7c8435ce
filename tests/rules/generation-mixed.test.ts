import { generationMixed } from "../../src/core/rules/structure/generation-mixed";
import { ruleTester } from "../helpers/rule-tester";
import { CLEAN_INDICATORS, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const COST_2021: IndicatorRow = ["成本指标", "经济成本指标 (必填)", "指标1: 培训经费总额", "≤10万元"];
const MOF2021: IndicatorRow[] = [COST_2021, ...CLEAN_INDICATORS.filter((r) => !r[1].startsWith("成本指标"))];

ruleTester(generationMixed, {
  valid: [
    { name: "clean table" },
    { name: "T1: 成本 only under 产出", tables: [{ indicators: CLEAN_INDICATORS }] },
    { name: "a pure 2021 table", tables: [{ indicators: MOF2021 }] },
    {
      name: "a forced profile does not make a pure table mixed",
      config: { profile: "mof-2021" },
      tables: [{ indicators: CLEAN_INDICATORS }],
    },
  ],
  invalid: [
    {
      name: "a 2021 二级 name used as a 三级 under the old 成本指标 (S22)",
      tables: [{ indicators: withIndicator("成本指标", ["", "成本指标 (必填量化)", "指标1: 社会成本指标", "≤5%"]) }],
      errors: [{ row: 14, messageId: "nameAsLevel3", cell: "D14", messageIncludes: "第14行" }],
    },
    {
      name: "成本指标 under 产出 plus a 2021 成本指标 block",
      tables: [{ indicators: [COST_2021, ...CLEAN_INDICATORS] }],
      errors: [{ row: 11, messageId: "mixed", cell: "B11", messageIncludes: "第15行" }],
    },
  ],
});
