import { costRangeExceedsBudget } from "../../src/core/rules/cost/cost-range-exceeds-budget";
import { ruleTester } from "../helpers/rule-tester";
import { CLEAN_INDICATORS, FIRST_INDICATOR_ROW, type IndicatorRow, type TableSpec } from "../helpers/table-builder";

/** The clean table with its 成本 row replaced by `cost` (and optionally its 数量 row by `quantity`). */
function rows(
  cost: ReadonlyArray<readonly [string, string]>,
  quantity?: ReadonlyArray<readonly [string, string]>,
): IndicatorRow[] {
  const q: IndicatorRow[] = (quantity ?? [["培训人次", "≥200人次"]]).map(([n, v], i) => [
    i === 0 ? "产出指标" : "",
    i === 0 ? "数量指标 (必填量化)" : "",
    `指标${i + 1}: ${n}`,
    v,
  ]);
  const c: IndicatorRow[] = cost.map(([n, v], i) => [
    "",
    i === 0 ? "成本指标 (必填量化)" : "",
    `指标${i + 1}: ${n}`,
    v,
  ]);
  return [...q, ...CLEAN_INDICATORS.slice(1, 3), ...c, ...CLEAN_INDICATORS.slice(4)];
}
const firstCostRow = (quantityRows = 1) => FIRST_INDICATOR_ROW + quantityRows + 2;
const fund = (t: string): TableSpec => ({ total: t, fiscal: t });
const T21_COST: [string, string] = ["按家庭困难离退休干部每人1000-2000元帮扶资金标准发放", "1000-2000元/人"];
const T21_COUNT: [string, string] = ["沙坡头区离退休干部帮扶资金发放人数", "50-100人"];

ruleTester(costRangeExceedsBudget, {
  valid: [
    { name: "clean table" },
    {
      name: "≤50人 × ≤2000元/人 = 10 with a total of 10 (catalogue pass)",
      tables: [{ indicators: rows([["帮扶标准", "≤2000元/人"]], [["帮扶人数", "≤50人"]]) }],
    },
    { name: "ranges whose upper product fits", tables: [{ indicators: rows([T21_COST], [["帮扶人数", "25-50人"]]) }] },
    {
      name: "T17 a ceiling headcount with an exact standard is cost-unverifiable (L381)",
      tables: [
        { ...fund("343.183"), indicators: rows([["补助标准", "5242.17元/人/月"]], [["补贴人数", "小于199人"]]) },
      ],
    },
    {
      name: "T16 exact values are cost-derived-mismatch's (L361)",
      tables: [{ ...fund("256"), indicators: rows([["补助标准", "5242.17元/人/月"]], [["补贴人数", "199人"]]) }],
    },
    {
      name: "a range with no count to pair is not judged",
      tables: [{ indicators: rows([["帮扶标准", "1000-2000元/人"]], [["帮扶覆盖率", "100%"]]) }],
    },
    { name: "no fund total", tables: [{ ...fund(""), indicators: rows([T21_COST], [T21_COUNT]) }] },
  ],
  invalid: [
    {
      name: "T21 100 × 2000 = 20 > 10, lower 50 × 1000 = 5 (L467, L470)",
      tables: [{ indicators: rows([T21_COST], [T21_COUNT]) }],
      errors: [
        {
          row: firstCostRow(),
          messageId: "upper",
          cell: `E${firstCostRow()}`,
          messageIncludes: "100人×2000元 = 20 万元",
        },
      ],
    },
    {
      name: "the example keeps the upper count and fits the standard to the budget",
      tables: [{ indicators: rows([T21_COST], [T21_COUNT]) }],
      errors: [{ row: firstCostRow(), messageIncludes: "≤1000元/人" }],
    },
    {
      name: "both ceilings above the budget",
      tables: [{ indicators: rows([["帮扶标准", "≤2000元/人"]], [["帮扶人数", "≤60人"]]) }],
      errors: [{ row: firstCostRow(), messageId: "upper", messageIncludes: "12 万元" }],
    },
    {
      name: "even the lower product exceeds the total",
      tables: [{ ...fund("4"), indicators: rows([T21_COST], [T21_COUNT]) }],
      errors: [{ row: firstCostRow(), messageId: "lower", messageIncludes: "50人×1000元 = 5 万元" }],
    },
    {
      name: "a total-type range above the fund",
      tables: [{ indicators: rows([["设备购置费", "8-12万元"]]) }],
      errors: [{ row: firstCostRow(), messageId: "totalRange", messageIncludes: "“≤10万元”" }],
    },
  ],
});
