import { implementingUnitVague } from "../../src/core/rules/document/implementing-unit-vague";
import { ruleTester } from "../helpers/rule-tester";

ruleTester(implementingUnitVague, {
  valid: [
    { name: "clean table" },
    { name: "L8 `区委组织部`", tables: [{ unit: "区委组织部" }] },
    { name: "short name `组织部` (L78) is a unit, not a category", tables: [{ unit: "组织部" }] },
    { name: "several named units", tables: [{ unit: "区委组织部、区委宣传部" }] },
  ],
  invalid: [
    {
      name: "`相关部门单位` (L304)",
      tables: [{ dept: "35005001组织部", unit: "相关部门单位" }],
      errors: [{ row: 4, messageId: "vague", cell: "D4", severity: "warning", suggestions: [] }],
    },
    {
      name: "`各乡镇` is a category",
      tables: [{ unit: "各乡镇" }],
      errors: [{ row: 4, messageId: "vague", suggestions: [] }],
    },
    {
      name: "a list left open with 等",
      tables: [{ unit: "区委组织部等" }],
      errors: [{ row: 4, messageId: "vague" }],
    },
    {
      name: "no unit yet",
      tables: [{ dept: "相关单位", unit: "待定" }],
      errors: [{ row: 4, messageId: "vague", messageIncludes: "区委组织部", suggestions: [] }],
    },
  ],
});
