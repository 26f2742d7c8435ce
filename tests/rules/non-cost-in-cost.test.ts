import { nonCostInCost } from "../../src/core/rules/cost/non-cost-in-cost";
import { ruleTester } from "../helpers/rule-tester";
import { CLEAN_INDICATORS, FIRST_INDICATOR_ROW, withIndicator, type IndicatorRow } from "../helpers/table-builder";

/** The clean table with its 成本 row replaced by `cost`. */
function rows(cost: ReadonlyArray<readonly [string, string]>): IndicatorRow[] {
  const c: IndicatorRow[] = cost.map(([n, v], i) => ["", i === 0 ? "成本指标 (必填量化)" : "", `指标1: ${n}`, v]);
  return [...CLEAN_INDICATORS.slice(0, 3), ...c, ...CLEAN_INDICATORS.slice(4)];
}
const costRow = FIRST_INDICATOR_ROW + 3;

ruleTester(nonCostInCost, {
  valid: [
    { name: "clean table" },
    { name: "L339 a unit standard", tables: [{ indicators: rows([["补助标准", "1840元/人/月"]]) }] },
    {
      name: "L155 a standard without its currency is money (unit-missing's)",
      tables: [{ indicators: rows([["一星级书记津贴", "1200/人/年"]]) }],
    },
    { name: "L18 60万 is money", tables: [{ indicators: rows([["基层党建工作经费", "60万"]]) }] },
    { name: "a bare number is unit-missing's", tables: [{ indicators: rows([["培训费", "≤15"]]) }] },
    {
      name: "a qualitative 成本 value is quantified-value-required's",
      tables: [{ indicators: rows([["成本控制", "有效控制"]]) }],
    },
    {
      name: "a percentage under 质量 is fine",
      tables: [
        { indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 社会保险补贴覆盖率", "100%"]) },
      ],
    },
  ],
  invalid: [
    {
      name: "T15 coverage rates under 成本 (L340, L341)",
      tables: [
        {
          indicators: rows([
            ["补助标准", "1840元/人/月"],
            ["社会保险补贴覆盖率", "100%"],
            ["商业保险补贴覆盖率", "100%"],
          ]),
        },
      ],
      errors: [
        { row: costRow + 1, messageId: "notMoney", cell: `E${costRow + 1}`, messageIncludes: "质量指标" },
        { row: costRow + 2, messageId: "notMoney", cell: `E${costRow + 2}` },
      ],
    },
    {
      name: "S20 成本控制率 100%",
      tables: [{ indicators: rows([["成本控制率", "100%"]]) }],
      errors: [{ row: costRow, messageIncludes: "≤8万元" }],
    },
    {
      name: "a headcount under 成本",
      tables: [{ indicators: rows([["补助人数", "199人"]]) }],
      errors: [{ row: costRow, messageIncludes: "数量指标" }],
    },
  ],
});
