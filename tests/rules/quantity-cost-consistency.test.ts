import { quantityCostConsistency } from "../../src/core/rules/cost/quantity-cost-consistency";
import { ruleTester } from "../helpers/rule-tester";
import { CLEAN_INDICATORS, FIRST_INDICATOR_ROW, type IndicatorRow, type TableSpec } from "../helpers/table-builder";

/** The clean table with its 成本 row replaced by `cost` and its 数量 row by `quantity`. */
function rows(
  cost: ReadonlyArray<readonly [string, string]>,
  quantity: ReadonlyArray<readonly [string, string]>,
): IndicatorRow[] {
  const q: IndicatorRow[] = quantity.map(([n, v], i) => [
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
const fund = (t: string): TableSpec => ({ total: t, fiscal: t });
const T8_QTY: [string, string] = ["任职累计满20年以上优秀村党组织书记、村委会主任数量", "18名"];

ruleTester(quantityCostConsistency, {
  valid: [
    { name: "clean table" },
    {
      name: "T8 17 + 1 = 18 = L177 18名 (L180–181)",
      tables: [
        {
          ...fund("1.14"),
          indicators: rows(
            [
              ["离职村书记、村主任17人", "600/人/年"],
              ["在职村书记、村主任1人", "1200/人/年"],
            ],
            [T8_QTY],
          ),
        },
      ],
    },
    {
      name: "T9 1人 = 1名 (L200, L203)",
      tables: [{ ...fund("0.6"), indicators: rows([["建国前老党员1人", "500/人/月"]], [["建国前老党员数量", "1名"]]) }],
    },
    {
      name: "a ≥ target accepts more people",
      tables: [
        {
          indicators: rows(
            [
              ["离职村书记17人", "600/人/年"],
              ["在职村书记2人", "1200/人/年"],
            ],
            [["补贴人数", "≥18名"]],
          ),
        },
      ],
    },
    {
      name: "people in a total row's name are not beneficiaries",
      tables: [{ indicators: rows([["聘请专家5人评审费", "≤2万元"]], [["培训人数", "200人"]]) }],
    },
    {
      name: "several headcounts: no basis to compare",
      tables: [
        {
          indicators: rows(
            [["离职村书记17人", "600/人/年"]],
            [
              ["村书记人数", "18名"],
              ["村主任人数", "20名"],
            ],
          ),
        },
      ],
    },
    {
      name: "人次 is not a headcount",
      tables: [{ indicators: rows([["离职村书记17人", "600/人/年"]], [["培训人次", "≥200人次"]]) }],
    },
  ],
  invalid: [
    {
      name: "cost rows 17 + 2 against 18名 (catalogue example)",
      tables: [
        {
          indicators: rows(
            [
              ["离职村书记、村主任17人", "600/人/年"],
              ["在职村书记、村主任2人", "1200/人/年"],
            ],
            [T8_QTY],
          ),
        },
      ],
      errors: [
        { row: FIRST_INDICATOR_ROW, messageId: "mismatch", cell: `E${FIRST_INDICATOR_ROW}`, messageIncludes: "19名" },
      ],
    },
    {
      name: "a range headcount the cost rows fall outside",
      tables: [{ indicators: rows([["困难离退休干部30人", "2000元/人"]], [["帮扶人数", "50-100人"]]) }],
      errors: [{ row: FIRST_INDICATOR_ROW, messageIncludes: "30 人" }],
    },
  ],
});
