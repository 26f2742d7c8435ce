import { personalData } from "../../src/core/rules/hygiene/personal-data";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const costRow = indicatorRow("成本指标");
const cost = (name: string, value = "500元/人/月"): IndicatorRow[] =>
  withIndicator("成本指标", ["", "成本指标 (必填量化)", name, value]);
const GOAL_ROW = 9;

ruleTester(personalData, {
  valid: [
    { name: "clean table" },
    { name: "a count without a name (L200)", tables: [{ indicators: cost("指标1: 建国前老党员数量", "1名") }] },
    {
      name: "roles and a count (L180)",
      tables: [{ indicators: cost("指标1: 离职村书记、村主任17人", "600元/人/年") }],
    },
    { name: "an anonymised name", tables: [{ indicators: cost("指标1: 建国前老党员张某1人") }] },
    { name: "a village after a role", tables: [{ indicators: cost("指标1: 帮扶党员王庄3人") }] },
    {
      name: "ordinary words after a role",
      tables: [{ goal: "目标1: 保障人员周转, 提升党员满意度, 为11个党支部的10名书记发放补贴。" }],
    },
    { name: "word endings are not given names", tables: [{ goal: "目标1: 组织党员夏训500人, 高校学生毕业200人。" }] },
    {
      name: "a large amount is not a phone number",
      tables: [{ indicators: cost("指标1: 项目总投资", "≤13000000000元") }],
    },
  ],
  invalid: [
    {
      name: "a member named in a cost row (L203)",
      tables: [{ indicators: cost("指标1: 建国前老党员李福祥1人", "500/人/月") }],
      errors: [
        {
          row: costRow,
          messageId: "name",
          cell: `D${costRow}`,
          messageIncludes: "李福祥",
          suggestions: ["指标1: 建国前老党员1人"],
        },
      ],
    },
    {
      name: "a name with 同志 in the goal",
      tables: [{ goal: "目标1: 为老党员张明同志发放生活补贴。" }],
      errors: [
        { row: GOAL_ROW, messageId: "name", cell: `B${GOAL_ROW}`, suggestions: ["目标1: 为老党员同志发放生活补贴。"] },
      ],
    },
    {
      name: "a labelled contact person",
      tables: [{ goal: "目标1: 举办培训班, 联系人：王芳" }],
      errors: [{ row: GOAL_ROW, messageId: "labelledName", messageIncludes: "王芳" }],
    },
    {
      name: "a phone number is masked in the message",
      tables: [{ goal: "目标1: 举办培训班, 咨询电话13912345678。" }],
      errors: [{ row: GOAL_ROW, messageId: "phone", messageIncludes: "139****5678" }],
    },
    {
      name: "an ID number in a value",
      tables: [{ indicators: cost("指标1: 补助对象", "64050219500101123X") }],
      errors: [{ row: costRow, messageId: "idNumber", cell: `E${costRow}` }],
    },
  ],
});
