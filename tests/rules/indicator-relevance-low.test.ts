import { indicatorRelevanceLow } from "../../src/core/rules/relevance/indicator-relevance-low";
import { Checker } from "../../src/core/engine";
import { RULES } from "../../src/core/rules";
import { corpusFindings } from "../helpers/goal-corpus";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, sheetGrid, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const T1_GOAL =
  "目标1: 为基层党建工作提供经费保障, 加强各领域基层党组织建设, 强化党员学习、教育、管理, 提高基层党建工作质量。";
const quantity = indicatorRow("数量指标");
const social = indicatorRow("社会效益指标");
const time = indicatorRow("时效指标");

const row = (level2: string, name: string, value: string): IndicatorRow[] =>
  withIndicator(level2, ["", `${level2} (必填)`, `指标1: ${name}`, value]);

ruleTester(indicatorRelevanceLow, {
  valid: [
    { name: "clean table" },
    {
      name: "a generic process row is not judged by overlap (seed L38: 经费支出合规性)",
      tables: [{ indicators: row("质量指标", "经费支出合规性", "100%") }],
    },
    {
      name: "时效 and 成本 rows are not judged (seed L362: 2024年度培训费)",
      tables: [
        {
          indicators: withIndicator(
            "时效指标",
            ["", "时效指标 (必填量化)", "指标1: 招募考试时间", "2024年6月底"],
            row("成本指标", "招募考试费", "≤8万元"),
          ),
        },
      ],
    },
    {
      name: "效益 rows are not judged by default (an effect worded apart from the outputs, 湖南 岳阳县: 年增粮食)",
      tables: [{ indicators: row("社会效益指标", "年增粮食", "3500公斤") }],
    },
    {
      name: "satisfaction rows are not judged",
      tables: [{ indicators: row("服务对象满意度指标", "游客满意度", "≥90%") }],
    },
    {
      name: "a 本项目不适用此指标 row (安徽 六安)",
      tables: [{ indicators: row("生态效益指标", "本项目不适用此指标", "无") }],
    },
    {
      name: "an amount under 数量 is for money-in-quantity (seed L403: 邮电费 | 1万元)",
      tables: [{ indicators: row("数量指标", "邮电费", "1万元") }],
    },
    {
      name: "content shared with another indicator only (课程 in 数量 and 质量)",
      tables: [
        {
          indicators: withIndicator(
            "质量指标",
            ["", "质量指标 (必填量化)", "指标1: 课程评估优良率", "≥90%"],
            row("数量指标", "开设课程门数", "20门"),
          ),
        },
      ],
    },
    {
      name: "content shared with the goal (seed L82: 系统故障率 and 提高党建网网络系统安全)",
      tables: [
        {
          name: "党建网日常维护及等级保护测评经费",
          goal: "目标1: 党建网日常维护及等级保护测评费9万元, 从而提高党建网网络系统安全。",
          indicators: row("质量指标", "系统故障率", "≤5%"),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "an output the project's text never mentions (seed L15)",
      tables: [
        {
          name: "基层党建工作经费",
          goal: T1_GOAL,
          indicators: row("数量指标", "评审通过的奖励村党支部领办合作社数量", "6名"),
        },
      ],
      errors: [{ row: quantity, cell: `D${quantity}`, messageIncludes: "与项目名称和年度目标没有共同内容" }],
    },
    {
      name: "an effect from another project (农田灌溉 in a training table), where the policy judges 效益 rows",
      tables: [
        {
          indicators: withIndicator(
            "社会效益指标",
            ["", "社会效益指标 (必填)", "指标1: 新增农田灌溉面积", "≥500亩"],
            withIndicator("经济效益指标", [
              "效益指标",
              "经济效益指标 (选填量化)",
              "指标1: 培训节约差旅支出比例",
              "≥5%",
            ]),
          ),
        },
      ],
      config: { options: { "indicator-relevance-low": { level1: ["产出指标", "效益指标"] } } },
      errors: [{ row: social, messageIncludes: "社会效益指标“新增农田灌溉面积”" }],
    },
    {
      name: "the skipped 二级 are an option",
      tables: [{ indicators: row("时效指标", "招募考试时间", "2024年6月底") }],
      config: { options: { "indicator-relevance-low": { skipLevel2: ["成本指标"] } } },
      errors: [{ row: time, messageIncludes: "时效指标“招募考试时间”" }],
    },
  ],
});

test("a row process-indicator reports on its name cell is not reported again (seed L406: 经费用途的准确性)", () => {
  const grid = sheetGrid({ indicators: row("质量指标", "经费用途的准确性", "100%") });
  const onlyThis = new Checker({}, [indicatorRelevanceLow]).run(grid).diagnostics.map((d) => d.ruleId);
  expect(onlyThis).toEqual(["indicator-relevance-low"]);
  const all = new Checker().run(grid).diagnostics.map((d) => d.ruleId);
  expect(RULES.some((r) => r.meta.id === "process-indicator")).toBe(true);
  expect(all).toContain("process-indicator");
  expect(all).not.toContain("indicator-relevance-low");
});

test("on the seed and the real tables: rare", () => {
  // seed L15 评审通过的奖励村党支部领办合作社数量 under 基层党建工作经费 (a true question); 湖北 武汉 扶持标准达标率
  // (related in substance, not in words: the finding asks the reviewer, it decides nothing)
  expect(corpusFindings(indicatorRelevanceLow)).toEqual(["seed D15 info/unrelated", "10 C19 info/unrelated"]);
});
