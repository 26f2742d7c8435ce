import { costBelowBudget } from "../../src/core/rules/cost/cost-below-budget";
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

const T7 = rows(
  [
    ["被评定为一星级的, 党组织书记按每月100元的标准发放", "1200/人/年"],
    ["被评定为二星级的, 党组织书记按每月200元的标准发放", "2400/人/年"],
    ["被评定为三星级的, 党组织书记基础津贴按每月300元的标准发放, 绩效津贴按每年3000元的标准发放", "6600/人/年"],
    ["被评定为四星级的, 党组织书记基础津贴按每月400元的标准发放, 绩效津贴按每年4000元的标准发放", "8800/人/年"],
  ],
  [
    ["一星级党组织数量", "10个"],
    ["二星级党组织数量", "15个"],
    ["三星级党组织数量", "11个"],
    ["四星级党组织数量", "3个"],
  ],
);
const T10_GOAL =
  "目标1: 加强和改进离退休干部党支部书记队伍建设, 激励其发挥带头作用, 为11个离退休干部党支部的10名书记、1名副书记、20名委员发放全年工作补贴, 促使老同志们继续发挥余热、再做贡献。";
const T10 = rows(
  [["书记(副书记)按300元/月补贴标准发放 指标2: 委员按200元/月补贴标准发放", "3600/人/每年 2400/人/每年"]],
  [["沙坡头区离退休干部党组织个数", "11个"]],
);

ruleTester(costBelowBudget, {
  valid: [
    { name: "clean table" },
    { name: "T1 60万 = 60 (L18)", tables: [{ ...fund("60"), indicators: rows([["基层党建工作经费", "60万"]]) }] },
    {
      name: "T7 10×1200 + 15×2400 + 11×6600 + 3×8800 = 14.7 (L149–158)",
      tables: [{ ...fund("14.7"), indicators: T7 }],
    },
    {
      name: "T8 17×600 + 1×1200 = 1.14 with N人 in the cost names (L180–181)",
      tables: [
        {
          ...fund("1.14"),
          indicators: rows(
            [
              ["离职村书记、村主任17人", "600/人/年"],
              ["在职村书记、村主任1人", "1200/人/年"],
            ],
            [["优秀村党组织书记、村委会主任数量", "18名"]],
          ),
        },
      ],
    },
    {
      name: "T9 1×500×12 = 0.6 (L203)",
      tables: [{ ...fund("0.6"), indicators: rows([["建国前老党员1人", "500/人/月"]], [["建国前老党员数量", "1名"]]) }],
    },
    {
      name: "T12 2人 × 12000/人/每年 = 2.4 (L266, L269)",
      tables: [
        {
          ...fund("2.4"),
          indicators: rows(
            [["区关工委主任(副主任)按每人1000元/月补贴标准发放", "12000/人/每年"]],
            [["工作补贴发放人数", "2人"]],
          ),
        },
      ],
    },
    {
      name: "T20 4个 × ≤2.5万元/个 = 10 (L447, L450)",
      tables: [{ indicators: rows([["电教片拍摄制作费", "≤2.5万元/个"]], [["电视教育片拍摄数量", "4个"]]) }],
    },
    {
      name: "T15 a standard with no headcount is cost-unverifiable, not below (L339)",
      tables: [{ ...fund("8"), indicators: rows([["补助标准", "1840元/人/月"]], [["实习大学生覆盖率", "100%"]]) }],
    },
    {
      name: "T21 ranges count with their upper end (L467, L470)",
      tables: [{ indicators: rows([["帮扶标准", "1000-2000元/人"]], [["帮扶资金发放人数", "50-100人"]]) }],
    },
    { name: "no 成本 row holds money", tables: [{ indicators: rows([["成本控制率", "100%"]]) }] },
    {
      name: "a 成本 value the grammar cannot read",
      tables: [
        {
          indicators: rows([
            ["培训费", "5万元左右每期2期"],
            ["资料费", "≤1万元"],
          ]),
        },
      ],
    },
    { name: "exactly 95% of the total", tables: [{ indicators: rows([["培训费", "≤9.5万元"]]) }] },
    { name: "no fund total", tables: [{ ...fund(""), indicators: rows([["培训费", "≤1万元"]]) }] },
    {
      name: "a per-person standard is not paired with a count of schools by a shared word",
      tables: [{ ...fund("100"), indicators: rows([["学生资助标准", "2000元/人/年"]], [["资助学校数量", "5所"]]) }],
    },
  ],
  invalid: [
    {
      name: "T10 (10+1)×3600 + 20×2400 = 8.76 of 10, counts from the goal (L225)",
      tables: [{ goal: T10_GOAL, indicators: T10 }],
      errors: [
        {
          row: firstCostRow(),
          messageId: "belowDerived",
          cell: `E${firstCostRow()}`,
          messageIncludes: "11人×3600元 + 20人×2400元 = 8.76 万元",
        },
      ],
    },
    {
      name: "totals explain only half of the fund",
      tables: [
        {
          indicators: rows([
            ["培训费", "≤3万元"],
            ["资料费", "≤2万元"],
          ]),
        },
      ],
      errors: [{ row: firstCostRow(), messageId: "belowTotals", messageIncludes: "5 万元" }],
    },
    {
      name: "2人 × 1000元/人/月 × 12 = 2.4 of 5",
      tables: [{ ...fund("5"), indicators: rows([["补贴标准", "1000元/人/月"]], [["补贴发放人数", "2人"]]) }],
      errors: [{ row: firstCostRow(), messageId: "belowDerived", messageIncludes: "2人×1000元×12个月" }],
    },
  ],
});
