import { costDerivedMismatch } from "../../src/core/rules/cost/cost-derived-mismatch";
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

const STARS: Array<[string, string]> = [
  ["被评定为一星级的, 党组织书记按每月100元的标准发放", "1200/人/年"],
  ["被评定为二星级的, 党组织书记按每月200元的标准发放", "2400/人/年"],
  ["被评定为三星级的, 党组织书记基础津贴按每月300元的标准发放, 绩效津贴按每年3000元的标准发放", "6600/人/年"],
  ["被评定为四星级的, 党组织书记基础津贴按每月400元的标准发放, 绩效津贴按每年4000元的标准发放", "8800/人/年"],
];
const STAR_COUNTS: Array<[string, string]> = [
  ["一星级党组织数量", "10个"],
  ["二星级党组织数量", "15个"],
  ["三星级党组织数量", "11个"],
  ["四星级党组织数量", "3个"],
];
const T10_GOAL = "目标1: 为11个离退休干部党支部的10名书记、1名副书记、20名委员发放全年工作补贴。";

ruleTester(costDerivedMismatch, {
  valid: [
    { name: "clean table" },
    {
      name: "T7 10×1200 + 15×2400 + 11×6600 + 3×8800 = 14.7, paired by star level (L149–158)",
      tables: [{ ...fund("14.7"), indicators: rows(STARS, STAR_COUNTS) }],
    },
    {
      name: "T7 rows in another order still pair by name",
      tables: [{ ...fund("14.7"), indicators: rows([STARS[3]!, STARS[0]!, STARS[2]!, STARS[1]!], STAR_COUNTS) }],
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
            [["村党组织书记、村委会主任数量", "18名"]],
          ),
        },
      ],
    },
    {
      name: "T9 1×500×12 = 0.6, per month × 12 (L203)",
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
      name: "T10 a derived shortfall is cost-below-budget's (L225)",
      tables: [
        {
          goal: T10_GOAL,
          indicators: rows(
            [["书记(副书记)按300元/月补贴标准发放 指标2: 委员按200元/月补贴标准发放", "3600/人/每年 2400/人/每年"]],
            [["离退休干部党组织个数", "11个"]],
          ),
        },
      ],
    },
    {
      name: "a total row beside its unit standards is not added to them",
      tables: [{ ...fund("14.7"), indicators: rows([["津贴总额", "≤14.7万元"], ...STARS], STAR_COUNTS) }],
    },
    {
      name: "within the 5% tolerance",
      tables: [{ ...fund("2.3"), indicators: rows([["补贴标准", "1000元/人/月"]], [["补贴发放人数", "2人"]]) }],
    },
    {
      name: "T21 ranges are cost-range-exceeds-budget's (L470)",
      tables: [{ indicators: rows([["帮扶标准", "1000-2000元/人"]], [["帮扶资金发放人数", "50-100人"]]) }],
    },
    { name: "no fund total", tables: [{ ...fund(""), indicators: rows([["补助标准", "1840元/人/月"]]) }] },
  ],
  invalid: [
    {
      name: "T16 199 × 5242.17 × 12 ≫ 256 (L358, L361)",
      tables: [
        {
          ...fund("256"),
          indicators: rows(
            [
              ["补助标准", "5242.17元/人/月"],
              ["2024年度培训费", "≤70万元"],
              ["2024年度体检费", "≤11万元"],
              ["招募考试费", "≤8万元"],
            ],
            [["2022年度“三支一扶”高校毕业生补贴人数", "199人"]],
          ),
        },
      ],
      errors: [
        {
          row: firstCostRow(),
          messageId: "over",
          cell: `E${firstCostRow()}`,
          messageIncludes: "199人×5242.17元×12个月 = 1251.83 万元",
        },
      ],
    },
    {
      name: "T16 the message says how many months the fund covers",
      tables: [{ ...fund("256"), indicators: rows([["补助标准", "5242.17元/人/月"]], [["补贴人数", "199人"]]) }],
      errors: [{ row: firstCostRow(), messageId: "over", messageIncludes: "2.45 个月" }],
    },
    {
      name: "T15 no headcount: info with the implied person-months (L339)",
      tables: [
        {
          ...fund("8"),
          indicators: rows(
            [
              ["补助标准", "1840元/人/月"],
              ["社会保险补贴覆盖率", "100%"],
            ],
            [["实习大学生覆盖率", "100%"]],
          ),
        },
      ],
      errors: [
        {
          row: firstCostRow(),
          ruleId: "cost-unverifiable",
          messageId: "noCount",
          messageIncludes: "43.48 人·月（约 3.62 人·年）",
        },
      ],
    },
    {
      name: "T17 a headcount written as a ceiling: info (L381, L384)",
      tables: [
        {
          ...fund("343.183"),
          indicators: rows([["补助标准", "5242.17元/人/月"]], [["“三支一扶”高校毕业生补贴人数", "小于199人"]]),
        },
      ],
      errors: [
        { row: firstCostRow(), ruleId: "cost-unverifiable", messageId: "countBound", messageIncludes: "54.55 人·年" },
      ],
    },
    {
      name: "a standard per person per day needs the days",
      tables: [{ indicators: rows([["培训伙食费", "100元/人/天"]], [["培训人数", "200人"]]) }],
      errors: [{ row: firstCostRow(), ruleId: "cost-unverifiable", messageId: "denominators" }],
    },
    {
      name: "a monthly lump sum × 12 above the fund",
      tables: [{ ...fund("25"), indicators: rows([["人才公寓租金", "3万元/月"]]) }],
      errors: [{ row: firstCostRow(), messageId: "over", messageIncludes: "36 万元" }],
    },
    {
      name: "counts that cannot be told apart by name are unverifiable",
      tables: [
        {
          indicators: rows(
            [
              ["书记补贴", "1200元/人/年"],
              ["委员补贴", "600元/人/年"],
            ],
            [
              ["补贴发放人数", "30人"],
              ["覆盖党支部数量", "11个"],
            ],
          ),
        },
      ],
      errors: [{ row: firstCostRow(2), ruleId: "cost-unverifiable", messageId: "noCount" }],
    },
  ],
});
