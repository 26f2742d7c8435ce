import { goalIndicatorMismatch } from "../../src/core/rules/relevance/goal-indicator-mismatch";
import { corpusFindings } from "../helpers/goal-corpus";
import { ruleTester } from "../helpers/rule-tester";
import { CLEAN_INDICATORS, indicatorRow, withIndicator, type IndicatorRow } from "../helpers/table-builder";

/** The goal's cell in a default table (column B of row 9). */
const GOAL = "B9";
const quantity = indicatorRow("数量指标");
const quality = indicatorRow("质量指标");

const quantityRow = (name: string, value: string): IndicatorRow[] =>
  withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", `指标1: ${name}`, value]);

ruleTester(goalIndicatorMismatch, {
  valid: [
    { name: "clean table: the goal's 200人次 is the 数量 row's ≥200人次" },
    {
      name: "money stays with goal-amount-mismatch",
      tables: [{ goal: "目标1: 培训经费12万元, 培训200人次。" }],
    },
    {
      name: "a funding share is not a target (山东 临邑: 县级财政负担20%)",
      tables: [
        {
          goal: "根据鲁财科教(2024)67号文件,小学教育公用经费每生每年780元,县级财政负担20%计,主要用于学校教学与管理。",
          indicators: quantityRow("小学就读人数", "<=6962人"),
        },
      ],
    },
    {
      name: "6万人 is 60000人 (湖南 南岳)",
      tables: [
        {
          goal: "为水濂村带来观光游客不少于6万人,村集体收入达6万元。",
          indicators: quantityRow("贫困地区乡村旅游开发景点接待游客数量(≥**人)", ">=60000人"),
        },
      ],
    },
    {
      name: "a bare number under a name that shares the goal's words (湖北 武汉: 新增高新技术企业 | 15)",
      tables: [
        {
          goal: "通过落实专项资金,引导企业加大科技创新,进一步培育壮大高新技术企业数量。新增高新技术企业15家。",
          indicators: quantityRow("新增高新技术企业", "15"),
        },
      ],
    },
    {
      name: "2名 is 2人 (seed L243)",
      tables: [
        {
          goal: "目标1: 沙坡头区2023年度关心下一代工作委员会工作经费2.4万元, 为2名区关工委主任(副主任)发放全年工作补贴24000元, 促使其有效发挥区关工委作用, 推动工作有效落实。",
          indicators: quantityRow("沙坡头区关心下一代工作委员会工作补贴发放人数", "2人"),
        },
      ],
    },
    {
      name: "the goal's quantity written in the indicator's name (seed L155: 满20年以上)",
      tables: [
        {
          goal: "目标1: 用于任职累计满20年以上优秀村党组织书记、村委会主任发放奖励补贴, 进一步健全村干部激励保障机制。",
          indicators: quantityRow("任职累计满20年以上优秀村党组织书记、村委会主任数量", "18名"),
        },
      ],
    },
    {
      name: "a frequency is not a figure an indicator must state (每月开展1次)",
      tables: [{ goal: "目标1: 每月开展1次党员集中学习, 培训200人次。" }],
    },
    {
      name: "dates in the goal are not quantities",
      tables: [{ goal: "目标1: 2024年12月31日前完成培训200人次。" }],
    },
    {
      name: "a table without 产出 rows is left to required-level2-missing (重庆 奉节, partial)",
      tables: [
        {
          goal: "新建中药材晾晒房一座,占地300平方米,硬化室外晒坝420平方米;新建厕所1个,长4.5米,宽3米。",
          indicators: [["成本指标", "经济成本指标", "指标1: 项目建设成本", "≤65万元"]],
        },
      ],
    },
    {
      name: "the goal's total split over two rows",
      tables: [
        {
          goal: "目标1: 培训基层干部300人次。",
          indicators: [
            ...quantityRow("村干部培训人次", "200人次"),
            ["", "", "指标2: 社区干部培训人次", "100人次"],
            ...CLEAN_INDICATORS.slice(1),
          ],
        },
      ],
    },
    {
      name: "the goal's parts against the row's total",
      tables: [{ goal: "目标1: 培训村干部200人次、社区干部100人次。", indicators: quantityRow("培训人次", "300人次") }],
    },
    {
      name: "a goal without quantities (seed L22)",
      tables: [
        {
          goal: "目标1: 为基层党建工作提供经费保障, 加强各领域基层党组织建设, 强化党员学习、教育、管理, 提高基层党建工作质量。",
        },
      ],
    },
  ],
  invalid: [
    {
      name: "review-criteria §1.9: 280人次 against ≥260人次, and 20门 with no 课程 row",
      tables: [{ goal: "培训学员280人次，开设课程20门", indicators: quantityRow("培训学员人次", "≥260人次") }],
      errors: [
        {
          row: 9,
          messageId: "noIndicator",
          severity: "info",
          cell: GOAL,
          messageIncludes: "“开设课程20门”写了“20门”",
        },
        { row: quantity, messageId: "different", cell: `E${quantity}`, messageIncludes: "“280人次”" },
      ],
    },
    {
      name: "a rate in the goal against the row named by the same rate",
      tables: [{ goal: "目标1: 培训200人次，考核合格率≥98%。" }],
      errors: [{ row: quality, messageId: "different", cell: `E${quality}`, messageIncludes: "“≥95%”" }],
    },
    {
      name: "a count of a family no indicator measures (4期)",
      tables: [{ goal: "目标1: 举办基层干部培训班4期, 培训200人次。" }],
      errors: [{ row: 9, messageId: "noIndicator", severity: "info", messageIncludes: "“4期”" }],
    },
    {
      name: "goal quantities no row states (seed L220: 10名书记、1名副书记、20名委员 against 党组织个数 11个)",
      tables: [
        {
          goal: "目标1: 加强和改进离退休干部党支部书记队伍建设, 激励其发挥带头作用, 为11个离退休干部党支部的10名书记、1名副书记、20名委员发放全年工作补贴。",
          indicators: quantityRow("沙坡头区离退休干部党组织个数", "11个"),
        },
      ],
      errors: [{ row: 9, messageId: "noIndicator", severity: "info", messageIncludes: "“10名”、“1名”、“20名”" }],
    },
    {
      name: "a rate stated in the goal that no row measures (内蒙古 乌海: 在岗率100%)",
      tables: [{ goal: "目标1:聘用人员在岗率100% 目标2:培训200人次" }],
      errors: [{ row: 9, messageId: "noIndicator", severity: "info", messageIncludes: "“100%”" }],
    },
  ],
});

test("on the seed and the real tables: no warning; info where the goal states a figure no row gives", () => {
  // seed L125 不少于3天 (轮训 length) and L220 10名书记、1名副书记、20名委员; 内蒙古 乌海 聘用人员1人 and 在岗率100%;
  // 湖南 岳阳县 完成项目主体工程70% — each a figure of the goal that no indicator states
  expect(corpusFindings(goalIndicatorMismatch)).toEqual([
    "seed B125 info/noIndicator",
    "seed B220 info/noIndicator",
    "06 B12 info/noIndicator",
    "06 B12 info/noIndicator",
    "13 B10 info/noIndicator",
  ]);
});
