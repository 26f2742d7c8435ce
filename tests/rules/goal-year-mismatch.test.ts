import { goalYearMismatch } from "../../src/core/rules/document/goal-year-mismatch";
import { ruleTester } from "../helpers/rule-tester";

const L264 =
  "目标1: 沙坡头区2023年度关心下一代工作委员会工作经费2.4万元, 为2名区关工委主任(副主任)发放全年工作补贴24000元。";

ruleTester(goalYearMismatch, {
  valid: [
    { name: "clean table" },
    { name: "no year given (L35)", tables: [{ goal: "目标1: 招录（聘）公务员、事业单位工作人员专项资金5万元。" }] },
    { name: "the budget year", tables: [{ goal: "目标1: 2024年举办培训班4期。" }] },
    {
      name: "a comparison with last year",
      tables: [{ goal: "目标1: 培训人次较2023年增长10%, 在2023年基础上扩大覆盖面。" }],
    },
    { name: "numbers that are not years", tables: [{ goal: "目标1: 发放补贴2000元, 任职累计满20年以上。" }] },
    { name: "no budget year known", tables: [{ yearLine: null, goal: L264 }] },
  ],
  invalid: [
    {
      name: "`2023年度` in a 2024 table (L264)",
      tables: [{ goal: L264 }],
      errors: [
        {
          row: 9,
          messageId: "mismatch",
          cell: "B9",
          severity: "warning",
          messageIncludes: "“2023年度”改为“2024年度”",
          suggestions: [L264.replace("2023年度", "2024年度")],
        },
      ],
    },
    {
      name: "a later year",
      tables: [{ goal: "目标1: 到2026年底建成数字档案平台。" }],
      errors: [{ row: 9, messageId: "mismatch", messageIncludes: "2026" }],
    },
    {
      name: "a year inside a cross-year 项目期 is info",
      tables: [{ period: "2023.07-2024.01", goal: "目标1: 2023年7月启动, 2024年1月完成雾炮车采购。" }],
      errors: [{ row: 9, messageId: "mismatchInPeriod", severity: "info" }],
    },
    {
      name: "the configured year decides",
      config: { year: 2025 },
      tables: [{ goal: "目标1: 2024年举办培训班4期。" }],
      errors: [{ row: 9, messageId: "mismatch", messageIncludes: "2025" }],
    },
  ],
});
