import { gridFromStrings } from "../../src/core/grid";
import { headerFieldMissing } from "../../src/core/rules/document/header-field-missing";
import { ruleTester } from "../helpers/rule-tester";
import { tableRows } from "../helpers/table-builder";

/** The default table without the rows whose first cell is one of `labels`. */
function withoutRows(...labels: string[]) {
  return gridFromStrings(
    "Sheet1",
    tableRows().filter((r) => !labels.includes(r[0] ?? "")),
  );
}

ruleTester(headerFieldMissing, {
  valid: [
    { name: "clean table" },
    { name: "L8: every field filled (offset-1 layout)", tables: [{ dept: "区委组织部", unit: "区委组织部" }] },
    { name: "an empty goal is goal-missing's", tables: [{ goal: "" }] },
    { name: "an empty 其他资金 means 0", tables: [{ other: "" }] },
    // issue 8: each form is judged by its own fields — a form without 项目属性 / 项目期 rows lacks nothing
    {
      name: "a form without the 项目属性 row (and so without 项目期) is not missing them",
      grid: withoutRows("项目属性"),
    },
    {
      name: "a province's own labels: 项目来源 for 项目属性, 建设周期 for 项目期, 预算部门 for 主管部门",
      grid: gridFromStrings(
        "Sheet1",
        tableRows().map((r) =>
          r[0] === "项目属性"
            ? ["项目来源", "本级申报项目", "建设周期", "2024年4月-2025年2月"]
            : r[0] === "主管部门及代码"
              ? ["预算部门", "区委组织部", "实施单位", "区委组织部"]
              : r,
        ),
      ),
    },
  ],
  invalid: [
    {
      name: "实施单位 has no value (L418)",
      tables: [{ unit: "" }],
      errors: [{ row: 4, messageId: "valueMissing", cell: "D4", messageIncludes: "实施单位" }],
    },
    {
      name: "`/` counts as empty",
      tables: [{ name: "/" }],
      errors: [{ row: 3, messageId: "valueMissing", cell: "C3", messageIncludes: "项目名称" }],
    },
    {
      name: "项目属性 and 项目期 both empty",
      tables: [{ attr: "", period: "" }],
      errors: [
        { row: 5, messageId: "valueMissing", cell: "B5", messageIncludes: "项目属性" },
        { row: 5, messageId: "valueMissing", cell: "D5", messageIncludes: "项目期" },
      ],
    },
    {
      name: "年度资金总额 empty",
      tables: [{ total: "" }],
      errors: [{ row: 6, messageId: "valueMissing", cell: "C6", messageIncludes: "年度资金总额" }],
    },
    {
      name: "the 项目属性 row is missing altogether where the policy requires 项目属性 and 项目期",
      grid: withoutRows("项目属性"),
      config: { requiredHeaderFields: ["projectName", "fundTotal", "attribute", "period"] },
      errors: [
        { row: 4, messageId: "labelMissing", messageIncludes: "项目属性" },
        { row: 4, messageId: "labelMissing", messageIncludes: "项目期" },
      ],
    },
    {
      name: "a table with no header rows gets one finding",
      grid: withoutRows("项目名称", "主管部门及代码", "项目属性", "项目资金 (万元)", "", "年度总体目标"),
      errors: [{ row: 1, messageId: "headerMissing" }],
    },
  ],
});
