import { costPerUnitOverStandard } from "../../src/core/rules/cost/cost-per-unit-over-standard";
import { ruleTester } from "../helpers/rule-tester";
import { CLEAN_INDICATORS, FIRST_INDICATOR_ROW, type IndicatorRow } from "../helpers/table-builder";

/** The clean table with its 成本 row replaced by `cost`. */
function rows(cost: ReadonlyArray<readonly [string, string]>): IndicatorRow[] {
  const c: IndicatorRow[] = cost.map(([n, v], i) => [
    "",
    i === 0 ? "成本指标 (必填量化)" : "",
    `指标${i + 1}: ${n}`,
    v,
  ]);
  return [...CLEAN_INDICATORS.slice(0, 3), ...c, ...CLEAN_INDICATORS.slice(4)];
}
const costRow = FIRST_INDICATOR_ROW + 3;
const FILM = rows([["电教片拍摄制作费", "≤2.5万元/个"]]);
const filmStandard = (maxYuan: number) => ({
  costStandards: [{ match: "拍摄制作费", maxYuan, per: "个", source: "区党员教育电视片制作标准" }],
});
const TRAINING = {
  costStandards: [{ match: "培训费", maxYuan: 550, per: "人/天", source: "中央和国家机关培训费管理办法" }],
};

ruleTester(costPerUnitOverStandard, {
  valid: [
    { name: "clean table" },
    { name: "no standards configured", tables: [{ indicators: FILM }] },
    {
      name: "L450 ≤2.5万元/个 against a ceiling of 3万元/个",
      config: filmStandard(30000),
      tables: [{ indicators: FILM }],
    },
    { name: "a standard for another expense", config: TRAINING, tables: [{ indicators: FILM }] },
    { name: "a standard per another unit", config: TRAINING, tables: [{ indicators: rows([["培训费", "600元/人"]]) }] },
    { name: "a total is not a unit cost", config: TRAINING, tables: [{ indicators: rows([["培训费", "≤10万元"]]) }] },
    { name: "exactly at the standard", config: TRAINING, tables: [{ indicators: rows([["培训费", "550元/人/天"]]) }] },
  ],
  invalid: [
    {
      name: "L450 ≤2.5万元/个 against a ceiling of 2万元/个",
      config: filmStandard(20000),
      tables: [{ indicators: FILM }],
      errors: [
        {
          row: costRow,
          messageId: "overStandard",
          cell: `E${costRow}`,
          messageIncludes: "20000 元/个",
          suggestions: [],
        },
      ],
    },
    {
      name: "per 名 matches a standard per 人, and the upper end of a range counts",
      config: TRAINING,
      tables: [{ indicators: rows([["干部培训费", "400-650元/名/天"]]) }],
      errors: [{ row: costRow, messageIncludes: "中央和国家机关培训费管理办法", suggestions: [] }],
    },
  ],
});
