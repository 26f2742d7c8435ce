import { deptCodeMissing } from "../../src/core/rules/document/dept-code-missing";
import { ruleTester } from "../helpers/rule-tester";

ruleTester(deptCodeMissing, {
  valid: [
    { name: "clean table" },
    { name: "code in brackets (S19 `[812]自治区教育厅`)", tables: [{ dept: "[812]自治区教育厅" }] },
    { name: "code in full-width brackets `【812033】…`", tables: [{ dept: "【812033】宁夏长庆初级中学" }] },
    { name: "an empty cell is header-field-missing's", tables: [{ dept: "" }] },
  ],
  invalid: [
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
