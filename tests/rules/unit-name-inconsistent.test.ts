import { unitNameInconsistent } from "../../src/core/rules/document/unit-name-inconsistent";
import { ruleTester } from "../helpers/rule-tester";

ruleTester(unitNameInconsistent, {
  valid: [
    { name: "clean table" },
    {
      name: "one spelling (`区委组织部`) in every table",
      tables: [
        { dept: "区委组织部", unit: "区委组织部" },
        { dept: "区委组织部", unit: "区委组织部" },
      ],
    },
    {
      name: "a name after a budget code is identified by the code (L30 `35005001组织部`)",
      tables: [
        { dept: "35005001组织部", unit: "区委组织部" },
        { dept: "35005001组织部", unit: "区委组织部" },
      ],
    },
    { name: "different organisations", tables: [{ unit: "区委组织部" }, { unit: "区委宣传部" }] },
    {
      name: "a short name that ends two different organisations is left alone",
      tables: [{ unit: "区委组织部" }, { unit: "市委组织部" }, { unit: "组织部" }],
    },
  ],
  invalid: [
    {
      name: "`组织部` (L78) and `中共中卫市沙坡头区委组织部` (L418) beside `区委组织部` (L8)",
      tables: [
        { dept: "区委组织部", unit: "区委组织部" },
        { dept: "35005001组织部", unit: "组织部" },
        { dept: "中共中卫市沙坡头区委组织部", unit: "区委组织部" },
      ],
      errors: [
        {
          row: 24,
          messageId: "inconsistent",
          cell: "D24",
          severity: "info",
          messageIncludes: "区委组织部",
          suggestions: ["区委组织部"],
        },
        { row: 44, messageId: "inconsistent", cell: "B44", suggestions: ["区委组织部"] },
      ],
    },
    {
      name: "on a tie the fuller name wins",
      tables: [{ unit: "区委组织部" }, { unit: "中共某某区委组织部" }],
      errors: [{ row: 4, messageId: "inconsistent", cell: "D4", suggestions: ["中共某某区委组织部"] }],
    },
  ],
});
