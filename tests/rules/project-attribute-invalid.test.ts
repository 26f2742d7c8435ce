import { projectAttributeInvalid } from "../../src/core/rules/document/project-attribute-invalid";
import { ruleTester } from "../helpers/rule-tester";

ruleTester(projectAttributeInvalid, {
  valid: [
    { name: "clean table" },
    { name: "L9 `延续性项目`", tables: [{ attr: "延续性项目" }] },
    { name: "L55 `新增项目`", tables: [{ attr: "新增项目" }] },
    { name: "`上年延续性项目` (S20)", tables: [{ attr: "上年延续性项目" }] },
    { name: "`延续项目`", tables: [{ attr: "延续项目" }] },
    { name: "checkbox, one box ticked after its option", tables: [{ attr: "持续性项目■ 新增性项目口" }] },
    { name: "checkbox, one box ticked before its option", tables: [{ attr: "☑延续项目 □新增项目" }] },
    { name: "an empty cell is header-field-missing's", tables: [{ attr: "" }] },
  ],
  invalid: [
    {
      name: "`一般项目` (L419)",
      tables: [{ attr: "一般项目" }],
      errors: [
        { row: 5, messageId: "invalid", cell: "B5", severity: "warning", suggestions: ["延续性项目", "新增项目"] },
      ],
    },
    {
      name: "no box ticked",
      tables: [{ attr: "持续性项目口 新增性项目口" }],
      errors: [{ row: 5, messageId: "noneTicked" }],
    },
    {
      name: "both boxes ticked",
      tables: [{ attr: "持续性项目■ 新增性项目■" }],
      errors: [{ row: 5, messageId: "severalTicked", messageIncludes: "2" }],
    },
    {
      name: "the ticked option is not a 项目属性",
      tables: [{ attr: "■一般项目 □新增项目" }],
      errors: [{ row: 5, messageId: "tickedInvalid", messageIncludes: "一般项目" }],
    },
  ],
});
