import { tableTitleMissing } from "../../src/core/rules/document/table-title-missing";
import { ruleTester } from "../helpers/rule-tester";

ruleTester(tableTitleMissing, {
  valid: [
    { name: "clean table" },
    { name: "title L3 `项目支出预算绩效目标表` in every stacked table", tables: [{}, {}, {}] },
    { name: "申报表 wording (S20)", tables: [{ title: "项目支出绩效目标申报表" }] },
    { name: "title carrying the year (S19)", tables: [{ title: "自治区本级部门2024年项目支出预算绩效目标表" }] },
  ],
  invalid: [
    {
      name: "a table with no title at all",
      tables: [{ title: "" }],
      errors: [{ row: 3, messageId: "missing", cell: "A3" }],
    },
    {
      name: "a second table pasted under the first without its title",
      tables: [{}, { title: "" }],
      errors: [{ row: 23, messageId: "missing" }],
    },
    {
      name: "a misspelt title is pointed at, with the canonical spelling",
      tables: [{ title: "项目绩效目标表" }],
      errors: [{ row: 1, messageId: "misspelt", cell: "A1", suggestions: ["项目支出预算绩效目标表"] }],
    },
  ],
});
