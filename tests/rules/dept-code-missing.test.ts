import { deptCodeMissing } from "../../src/core/rules/document/dept-code-missing";
import { ruleTester } from "../helpers/rule-tester";
import { gridFromStrings } from "../../src/core/grid";
import { tableRows } from "../helpers/table-builder";

/** The default table with its department label spelt as another province's form prints it. */
const deptLabelled = (label: string, dept: string) =>
  gridFromStrings(
    "Sheet1",
    tableRows({ dept }).map((r) => (r[0] === "主管部门及代码" ? [label, ...r.slice(1)] : r)),
  );

ruleTester(deptCodeMissing, {
  valid: [
    { name: "clean table" },
    { name: "code in brackets (S19 `[812]自治区教育厅`)", tables: [{ dept: "[812]自治区教育厅" }] },
    // issue 8: a form whose label asks for the name alone is not missing a code
    { name: "label 主管部门 (湖南, 内蒙古) asks for no code", grid: deptLabelled("主管部门", "某县交通运输局") },
    { name: "label 预算部门 asks for no code", grid: deptLabelled("预算部门", "某县交通运输局") },
    { name: "code in full-width brackets `【812033】…`", tables: [{ dept: "【812033】宁夏长庆初级中学" }] },
    { name: "an empty cell is header-field-missing's", tables: [{ dept: "" }] },
  ],
  invalid: [
    {
      name: "label 主管部门及编码 (湖北) asks for the code",
      grid: deptLabelled("主管部门及编码", "区科经局"),
      errors: [{ row: 4, messageId: "noCode" }],
    },
    {
      name: "name without code (L8 `区委组织部`)",
      tables: [{ dept: "区委组织部" }],
      errors: [{ row: 4, messageId: "noCode", cell: "B4", severity: "info" }],
    },
    {
      name: "code glued to the name (L30 `35005001组织部`)",
      tables: [{ dept: "35005001组织部" }],
      errors: [{ row: 4, messageId: "glued", severity: "info", suggestions: ["35005001 组织部"] }],
    },
  ],
});
