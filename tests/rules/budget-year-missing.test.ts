import { budgetYearMissing } from "../../src/core/rules/document/budget-year-missing";
import { ruleTester } from "../helpers/rule-tester";

ruleTester(budgetYearMissing, {
  valid: [
    { name: "clean table" },
    { name: "L5 `(2024年度)`", tables: [{ yearLine: "(2024年度)" }] },
    { name: "full-width parentheses", tables: [{ yearLine: "（2024年度）" }] },
    {
      name: "year only in the title (S19)",
      tables: [{ yearLine: null, title: "自治区本级部门2024年项目支出预算绩效目标表" }],
    },
    { name: "no title but a year line above 项目名称 is table-title-missing's", tables: [{ title: "" }] },
  ],
  invalid: [
    {
      name: "no title and no year line",
      tables: [{ title: "", yearLine: null }],
      errors: [{ row: 2, messageId: "missing", cell: "A2" }],
    },
    {
      name: "no year anywhere",
      tables: [{ yearLine: null }],
      errors: [{ row: 1, messageId: "missing", cell: "A1", messageIncludes: "(2024年度)" }],
    },
    {
      name: "no year anywhere, the configured year is the example",
      config: { year: 2025 },
      tables: [{ yearLine: null }],
      errors: [{ row: 1, messageId: "missing", messageIncludes: "(2025年度)" }],
    },
    {
      name: "a year line the parser cannot read",
      tables: [{ yearLine: "(二〇二四年度)" }],
      errors: [{ row: 2, messageId: "unreadable", cell: "A2", suggestions: [] }],
    },
    {
      name: "an unreadable year line with digits gets the canonical form",
      tables: [{ yearLine: "2024年度预算" }],
      errors: [{ row: 2, messageId: "unreadable", suggestions: ["(2024年度)"] }],
    },
    {
      name: "space inside the parentheses (L95)",
      tables: [{ yearLine: "(2024 年度)" }],
      errors: [
        { row: 2, ruleId: "budget-year-format", messageId: "format", severity: "info", suggestions: ["(2024年度)"] },
      ],
    },
    {
      name: "bare year (L415)",
      tables: [{ yearLine: "2024" }],
      errors: [{ row: 2, ruleId: "budget-year-format", severity: "info", suggestions: ["(2024年度)"] }],
    },
    {
      name: "year without parentheses",
      tables: [{ yearLine: "2024年度" }],
      errors: [{ row: 2, ruleId: "budget-year-format", severity: "info", suggestions: ["(2024年度)"] }],
    },
  ],
});
