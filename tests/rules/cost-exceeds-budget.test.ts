import { costExceedsBudget } from "../../src/core/rules/cost/cost-exceeds-budget";
import { ruleTester } from "../helpers/rule-tester";
import { CLEAN_INDICATORS, FIRST_INDICATOR_ROW, type IndicatorRow } from "../helpers/table-builder";

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

ruleTester(costExceedsBudget, {
  valid: [
    { name: "clean table" },
    {
      name: "T2 ≤3万元 + ≤2万元 = 5 (L41–42)",
      tables: [
        {
          total: "5",
          fiscal: "5",
          indicators: rows([
            ["考察录用阶段费用", "≤3万元"],
            ["笔试阶段费用", "≤2万元"],
          ]),
        },
      ],
    },
    {
      name: "T1 60万 = 60 (L18)",
      tables: [{ total: "60", fiscal: "60", indicators: rows([["基层党建工作经费", "60万"]]) }],
    },
    { name: "within the 0.5% tolerance", tables: [{ indicators: rows([["培训费", "≤10.04万元"]]) }] },
    {
      name: "a total row with its breakdown is not counted twice",
      tables: [
        {
          indicators: rows([
            ["培训经费总成本", "≤10万元"],
            ["授课费", "≤6万元"],
            ["食宿费", "≤4万元"],
          ]),
        },
      ],
    },
    {
      name: "unit standards are not totals (T16 L361)",
      tables: [
        {
          total: "256",
          fiscal: "256",
          indicators: rows(
            [
              ["补助标准", "5242.17元/人/月"],
              ["2024年度培训费", "≤70万元"],
              ["2024年度体检费", "≤11万元"],
              ["招募考试费", "≤8万元"],
            ],
            [["补贴人数", "199人"]],
          ),
        },
      ],
    },
    {
      name: "money in 数量 rows is not cost (T18 L401–405)",
      tables: [
        {
          indicators: rows(
            [["办公费", "≤10万元"]],
            [
              ["办公费", "1万元"],
              ["差旅费", "3万元"],
              ["印刷费", "30万元"],
            ],
          ),
        },
      ],
    },
    { name: "no fund total", tables: [{ total: "", fiscal: "", indicators: rows([["培训费", "≤30万元"]]) }] },
    { name: "a 成本 value that is not money", tables: [{ indicators: rows([["成本控制率", "100%"]]) }] },
  ],
  invalid: [
    {
      name: "T14 ≤30 + ≤30 + ≤10 + ≤30 = 100 > 50 (L315–318)",
      tables: [
        {
          total: "50",
          fiscal: "50",
          indicators: rows(
            [
              ["人才公寓租赁费", "≤30万元"],
              ["乡村振兴人才工作站建设经费", "≤30万元"],
              ["培训及活动经费", "≤10万元"],
              ["工作经费、安家费", "≤30万元"],
            ],
            [
              ["举办活动次数", "≥2次"],
              ["培养人数", "≥10人"],
            ],
          ),
        },
      ],
      errors: [
        { row: firstCostRow(2), messageId: "exceeds", cell: `E${firstCostRow(2)}`, messageIncludes: "100 万元" },
      ],
    },
    {
      name: "one total above the fund, without an operator",
      tables: [{ indicators: rows([["培训费", "12万元"]]) }],
      errors: [{ row: firstCostRow(), messageIncludes: "≤10万元" }],
    },
    {
      name: "amounts in 元 are converted",
      tables: [
        {
          total: "1",
          fiscal: "1",
          indicators: rows([
            ["资料费", "6000元"],
            ["场地费", "5000元"],
          ]),
        },
      ],
      errors: [{ row: firstCostRow(), messageIncludes: "1.1 万元" }],
    },
  ],
});
