import { projectPeriodInvalid } from "../../src/core/rules/document/project-period-invalid";
import { ruleTester } from "../helpers/rule-tester";

ruleTester(projectPeriodInvalid, {
  valid: [
    { name: "clean table" },
    { name: "L31 `1年期`", tables: [{ period: "1年期" }] },
    { name: "`长期` (L9)", tables: [{ period: "长期" }] },
    { name: "L419 `2024.01--2024.12`", tables: [{ period: "2024.01--2024.12" }] },
    { name: "cross-year 实施期 (S21 `2023.07-2024.01`)", tables: [{ period: "2023.07-2024.01" }] },
    { name: "year span `2022-2026`", tables: [{ period: "2022-2026" }] },
    { name: "`2024年`", tables: [{ period: "2024年" }] },
    { name: "`2024年1月-12月`", tables: [{ period: "2024年1月-12月" }] },
    { name: "`三年期`", tables: [{ period: "三年期" }] },
    { name: "no budget year: only the format is checked", tables: [{ yearLine: null, period: "2019-2021" }] },
  ],
  invalid: [
    {
      name: "`2022-2023` in a 2024 table",
      tables: [{ period: "2022-2023" }],
      errors: [{ row: 5, messageId: "outside", cell: "D5", severity: "warning", messageIncludes: "2024.01--2024.12" }],
    },
    {
      name: "not a period",
      tables: [{ period: "一次性" }],
      errors: [{ row: 5, messageId: "format", cell: "D5" }],
    },
    {
      name: "the configured year decides",
      config: { year: 2025 },
      tables: [{ period: "2024.01--2024.12" }],
      errors: [{ row: 5, messageId: "outside", messageIncludes: "2025" }],
    },
  ],
});
