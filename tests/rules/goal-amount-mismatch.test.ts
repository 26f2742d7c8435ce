import { goalAmountMismatch } from "../../src/core/rules/document/goal-amount-mismatch";
import { ruleTester } from "../helpers/rule-tester";

const L83 =
  "目标1: 党建网日常维护及等级保护测评费9万元, 用于对党建网的日常维护及等级保护测评, 从而提高党建网网络系统安全。";
const L309 =
  "目标1: 人才公寓租赁费用30万元, 乡村振兴人才工作站建设经费30万元。 目标2: 举办行业人才培训班5万元, 召开人才工作观摩调研、人才座谈会等5万元。 目标3: 组织部分事业单位赴北京、上海、西安等发达地区高校延揽硕博人才, 工作经费及聘用人员安家费等需30万元。";

ruleTester(goalAmountMismatch, {
  valid: [
    { name: "clean table" },
    {
      name: "single amount equal to the total (L35)",
      tables: [
        {
          total: "5",
          fiscal: "5",
          goal: "目标1: 招录（聘）公务员、事业单位工作人员专项资金5万元。用于支付招录（聘）工作中产生的费用。",
        },
      ],
    },
    {
      name: "a cap (`50万元额度`) and a rate (`1840元/人/月`) are not the goal's amount (L334)",
      tables: [
        {
          total: "8",
          fiscal: "8",
          goal: "目标1: 高校毕业实习生实习期间的生活补贴(1840元/人/月)、社会保险补贴, 意外伤害险保险补贴(意外伤害险不得高于50万元额度)。",
        },
      ],
    },
    {
      name: "the total restated in yuan: `24000元` = 2.4万元 (L264)",
      tables: [
        {
          total: "2.4",
          fiscal: "2.4",
          goal: "目标1: 沙坡头区2024年度关心下一代工作委员会工作经费2.4万元, 为2名区关工委主任(副主任)发放全年工作补贴24000元, 促使其有效发挥区关工委作用。",
        },
      ],
    },
    {
      name: "费用10万元 (L399)",
      tables: [{ goal: "目标1: 组织部日常办公、差旅、印刷、报刊征订等费用10万元, 用于组织部日常办公开支。" }],
    },
    {
      name: "parts that add up to the total",
      tables: [{ total: "50", fiscal: "50", goal: "目标1: 培训费30万元。 目标2: 资料费20万元。" }],
    },
    {
      name: "a total followed by its breakdown",
      tables: [{ goal: "目标1: 经费10万元, 其中培训费6万元, 资料费4万元。" }],
    },
    {
      name: "prose rounding (343.18 for 343.183)",
      tables: [{ total: "343.183", fiscal: "343.183", goal: "目标1: 补助资金343.18万元。" }],
    },
    { name: "per-head amounts are rates", tables: [{ goal: "目标1: 培训200人次, 人均500元, 每人每天伙食费100元。" }] },
    { name: "no total: nothing to compare", tables: [{ total: "", goal: L83 }] },
  ],
  invalid: [
    {
      name: "single amount differs (L83: 9 vs 13)",
      tables: [{ total: "13", fiscal: "13", goal: L83 }],
      errors: [
        {
          row: 9,
          messageId: "single",
          cell: "B9",
          severity: "warning",
          messageIncludes: "13",
          suggestions: [],
        },
      ],
    },
    {
      name: "L242: 15 vs 10",
      tables: [{ goal: "目标1: 老年大学活动经费15万元, 支付老年大学活动费、培训费等费用。" }],
      errors: [{ row: 9, messageId: "single", messageIncludes: "15" }],
    },
    {
      name: "sum of 目标1…3 (L309: 100 vs 50)",
      tables: [{ total: "50", fiscal: "50", goal: L309 }],
      errors: [{ row: 9, messageId: "sum", messageIncludes: "100", suggestions: [] }],
    },
    {
      name: "L356: 186.18 vs 256",
      tables: [
        {
          total: "256",
          fiscal: "256",
          goal: "目标1:生活补贴、保险费用186.18万元。支付“三支一扶”高校毕业生工资和保险费用。",
        },
      ],
      errors: [{ row: 9, messageId: "single", messageIncludes: "186.18" }],
    },
    {
      name: "an amount in yuan is compared in yuan, and no rewrite is offered",
      tables: [{ goal: "目标1: 培训经费50000元。" }],
      errors: [{ row: 9, messageId: "single", suggestions: [] }],
    },
    {
      name: "a stated total whose breakdown agrees with it but not with the fund",
      tables: [{ goal: "目标1: 经费15万元, 其中培训费10万元, 资料费5万元。" }],
      errors: [
        {
          row: 9,
          messageId: "single",
          messageIncludes: "15",
          suggestions: [],
        },
      ],
    },
  ],
});
