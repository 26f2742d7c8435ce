import { moneyInQuantity } from "../../src/core/rules/cost/money-in-quantity";
import { ruleTester } from "../helpers/rule-tester";
import {
  CLEAN_INDICATORS,
  FIRST_INDICATOR_ROW,
  indicatorRow,
  withIndicator,
  type IndicatorRow,
} from "../helpers/table-builder";

/** The clean table with its 数量 row replaced by `quantity`. */
function rows(quantity: ReadonlyArray<readonly [string, string]>): IndicatorRow[] {
  const q: IndicatorRow[] = quantity.map(([n, v], i) => [
    i === 0 ? "产出指标" : "",
    i === 0 ? "数量指标 (必填硬性指标)" : "",
    `指标${i + 1}: ${n}`,
    v,
  ]);
  return [...q, ...CLEAN_INDICATORS.slice(1)];
}
const row = indicatorRow("数量指标");

ruleTester(moneyInQuantity, {
  valid: [
    { name: "clean table" },
    { name: "L447 a count of films", tables: [{ indicators: rows([["电视教育片拍摄数量", "4个"]]) }] },
    {
      name: "a year and a tenure in the name are not money (L177, L244)",
      tables: [
        {
          indicators: rows([
            ["任职累计满20年以上优秀村党组织书记数量", "18名"],
            ["2024年老年大学举办活动次数", "≥3次"],
          ]),
        },
      ],
    },
    { name: "万人 is people, not money", tables: [{ indicators: rows([["惠及群众5万人次的宣传活动场次", "≥4场"]]) }] },
    {
      name: "money under 成本 is not this rule's",
      tables: [{ indicators: withIndicator("成本指标", ["", "成本指标 (必填量化)", "指标1: 培训经费", "≤10万元"]) }],
    },
  ],
  invalid: [
    {
      name: "T18 five budget lines in 万元 under 数量 (L401–405)",
      tables: [
        {
          indicators: rows([
            ["办公费", "1万元"],
            ["差旅费", "3万元"],
            ["邮电费", "1万元"],
            ["印刷费", "3万元"],
            ["其他商品服务支出", "2万元"],
          ]),
        },
      ],
      errors: [0, 1, 2, 3, 4].map((i) => ({
        row: FIRST_INDICATOR_ROW + i,
        messageId: "moneyValue",
        cell: `E${FIRST_INDICATOR_ROW + i}`,
      })),
    },
    {
      name: "T4 money inside the 数量 name (L85)",
      tables: [{ indicators: rows([["党建网日常维护及等级保护测评次数; 等保测评4万元。", "长期维护测评"]]) }],
      errors: [{ row, messageId: "moneyName", cell: `D${row}`, messageIncludes: "4万元" }],
    },
    {
      name: "a per-person amount under 数量",
      tables: [{ indicators: rows([["人均补助", "1000元/人"]]) }],
      errors: [{ row, messageId: "moneyValue", messageIncludes: "成本指标" }],
    },
    {
      name: "万 alone at the end of a name",
      tables: [{ indicators: rows([["采购设备5万", "≥3台"]]) }],
      errors: [{ row, messageId: "moneyName", messageIncludes: "5万" }],
    },
  ],
});
