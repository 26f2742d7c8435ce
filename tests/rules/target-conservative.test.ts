import { targetConservative } from "../../src/core/rules/relevance/target-conservative";
import { nonCostInCost } from "../../src/core/rules/cost/non-cost-in-cost";
import { Checker } from "../../src/core/engine";
import { ruleTester } from "../helpers/rule-tester";
import { FIRST_INDICATOR_ROW, sheetGrid, type IndicatorRow } from "../helpers/table-builder";

/** A table of the old form with the given 数量 / 质量 / 时效 / 成本 / 效益 rows (qualitative benefits by default). */
function table(o: {
  quantity?: ReadonlyArray<readonly [string, string]>;
  quality?: ReadonlyArray<readonly [string, string]>;
  time?: ReadonlyArray<readonly [string, string]>;
  cost?: ReadonlyArray<readonly [string, string]>;
  social?: ReadonlyArray<readonly [string, string]>;
  satisfaction?: string;
}): IndicatorRow[] {
  const block = (l1: string, l2: string, rows: ReadonlyArray<readonly [string, string]>): IndicatorRow[] =>
    rows.map(([n, v], i) => [i === 0 ? l1 : "", i === 0 ? l2 : "", `指标${i + 1}: ${n}`, v]);
  return [
    ...block("产出指标", "数量指标 (必填量化)", o.quantity ?? [["培训人次", "≥200人次"]]),
    ...block("", "质量指标 (必填量化)", o.quality ?? [["培训考核合格率", "≥95%"]]),
    ...block("", "时效指标 (必填量化)", o.time ?? [["培训完成时间", "2024年12月31日前"]]),
    ...block("", "成本指标 (必填量化)", o.cost ?? [["培训经费总额", "≤10万元"]]),
    ...block("效益指标", "社会效益指标 (必填)", o.social ?? [["基层干部履职能力提升情况", "达到预期目标"]]),
    ...block("", "可持续影响指标 (必填)", [["培训成果长效应用机制", "达到预期目标"]]),
    ...block("满意度指标", "服务对象满意度指标 (必填量化)", [["参训学员满意度", o.satisfaction ?? "≥90%"]]),
  ];
}
const row = (i: number) => FIRST_INDICATOR_ROW + i;

ruleTester(targetConservative, {
  valid: [
    { name: "clean table" },
    {
      name: "one legitimate 验收合格率 100% among measured rates",
      tables: [
        {
          indicators: table({
            quality: [
              ["工程验收合格率", "100%"],
              ["设备完好率", "≥98%"],
            ],
            time: [["按期完工率", "≥95%"]],
          }),
        },
      ],
    },
    {
      name: "seed T16: two rates at 100% beside a headcount (below minRates)",
      tables: [
        {
          indicators: table({
            quantity: [["三支一扶高校毕业生补贴人数", "199人"]],
            quality: [["生活补贴到位率", "100%"]],
            time: [["生活补贴发放及时性", "100%"]],
          }),
        },
      ],
    },
    {
      name: "3 of 5 rates at 100% is below the 80% share",
      tables: [
        {
          indicators: table({
            quality: [
              ["补贴到位率", "100%"],
              ["发放对象符合率", "100%"],
              ["档案完整率", "100%"],
              ["考核合格率", "≥95%"],
            ],
            time: [["按期发放率", "≥98%"]],
          }),
        },
      ],
    },
    {
      name: "reverse rates at 0% are not full rates (seed L245 差错率 0%)",
      tables: [
        {
          indicators: table({
            quality: [
              ["活动举办的差错率", "0%"],
              ["系统故障率", "≤5%"],
              ["投诉率", "0%"],
            ],
          }),
        },
      ],
    },
    {
      name: "a 100% satisfaction is satisfaction-threshold's",
      tables: [{ indicators: table({ satisfaction: "100%" }) }],
    },
    {
      name: "one ≥1次 count can be a real yearly plan",
      tables: [{ indicators: table({ quantity: [["年度测评次数", "≥1次"]] }) }],
    },
    {
      name: "a control rate beside a money row is not the only 成本 row",
      tables: [
        {
          indicators: table({
            cost: [
              ["培训经费总额", "≤10万元"],
              ["成本控制率", "≤100%"],
            ],
          }),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "seed T15: every rate of a subsidy table at 100%, no count at all",
      tables: [
        {
          indicators: table({
            quantity: [["实习大学生覆盖率", "100%"]],
            quality: [["生活补贴到位率", "100%"]],
            time: [["生活补贴发放及时性", "100%"]],
          }),
        },
      ],
      errors: [
        {
          row: row(0),
          cell: `E${row(0)}`,
          messageId: "fullRates",
          messageIncludes: `本表3个比率指标中有3个目标值为100%（第${row(0)}、${row(1)}、${row(2)}行）`,
        },
      ],
    },
    {
      name: "real table 05: =100% in 质量 and every 效益 row",
      tables: [
        {
          indicators: table({
            quality: [["教学条件改善、办学水平提高", "=100%"]],
            social: [
              ["经费有效使用情况", "=100%"],
              ["教学质量提高、办学条件改善", "=100%"],
              ["学生受益情况", "=100%"],
            ],
          }),
        },
      ],
      errors: [{ row: row(1), messageIncludes: "4个比率指标中有4个" }],
    },
    {
      name: "4 of 5 rates at 100% or ≥100% (80%)",
      tables: [
        {
          indicators: table({
            quality: [
              ["补贴到位率", "100%"],
              ["发放对象符合率", "≥100%"],
              ["档案完整率", "＝100%"],
              ["考核合格率", "≥95%"],
            ],
            time: [["按期发放率", "100%"]],
          }),
        },
      ],
      errors: [{ row: row(1), messageIncludes: "5个比率指标中有4个" }],
    },
    {
      name: "a policy lowers minRates",
      tables: [
        {
          indicators: table({
            quality: [["生活补贴到位率", "100%"]],
            time: [["生活补贴发放及时性", "100%"]],
          }),
        },
      ],
      config: { options: { "target-conservative": { minRates: 2 } } },
      errors: [{ row: row(1) }],
    },
    {
      name: "the only 成本 row controls the budget in words",
      tables: [{ indicators: table({ cost: [["项目成本控制", "控制在预算范围内"]] }) }],
      errors: [{ row: row(3), cell: `E${row(3)}`, messageId: "costControl", messageIncludes: "“项目成本控制”" }],
    },
    {
      name: "counts of ≥1",
      tables: [
        {
          indicators: table({
            quantity: [
              ["开展督查次数", "≥1次"],
              ["建设站点数量", "≥1个"],
              ["培训人次", "≥200人次"],
            ],
          }),
        },
      ],
      errors: [{ row: row(0), messageId: "lowCounts", messageIncludes: `2个数量指标` }],
    },
  ],
});

describe("target-conservative beside non-cost-in-cost", () => {
  const grid = () => sheetGrid({ indicators: table({ cost: [["成本控制率", "100%"]] }) });

  test("S20 成本控制率 100% as the only 成本 row is told once, by non-cost-in-cost", () => {
    const found = new Checker({}, [targetConservative, nonCostInCost]).run(grid()).diagnostics;
    expect(found.map((d) => `${d.cell} ${d.ruleId}`)).toEqual([`E${row(3)} non-cost-in-cost`]);
  });

  test("with non-cost-in-cost off, the conservative target is reported", () => {
    const found = new Checker({ rules: { "non-cost-in-cost": "off" } }, [targetConservative, nonCostInCost]).run(
      grid(),
    ).diagnostics;
    expect(found.map((d) => `${d.cell} ${d.ruleId}/${d.messageId}`)).toEqual([
      `E${row(3)} target-conservative/costControl`,
    ]);
  });
});
