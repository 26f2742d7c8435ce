import { requiredLevel3Missing } from "../../src/core/rules/structure/required-level3-missing";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

const time = indicatorRow("时效指标");

ruleTester(requiredLevel3Missing, {
  valid: [
    { name: "clean table" },
    {
      name: "L16: named 三级 with a value",
      tables: [
        { indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 党员教育管理工作完成率", "100%"]) },
      ],
    },
    {
      name: "a blank required row is required-marked-na's",
      tables: [{ indicators: withIndicator("时效指标", ["", "时效指标 (必填)", "指标1:", ""]) }],
    },
    {
      name: "a named required row with `/` is name-without-value's",
      tables: [{ indicators: withIndicator("社会效益指标", ["", "社会效益指标 (必填)", "指标1: 保障工作", "/"]) }],
    },
    {
      name: "optional rows are not checked",
      tables: [{ indicators: withIndicator("经济效益指标", ["效益指标", "经济效益指标 (选填量化)", "", "≥5%"]) }],
    },
  ],
  invalid: [
    {
      name: "L291: `指标: 2023年度` with an empty value",
      tables: [{ indicators: withIndicator("时效指标", ["", "时效指标 (必填)", "指标: 2023年度", ""]) }],
      errors: [{ row: time, messageId: "valueInName", cell: "D13", messageIncludes: "2024年12月31日前" }],
    },
    {
      name: "a named required 三级 with no value",
      tables: [{ indicators: withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", "指标1: 培训人次", ""]) }],
      errors: [{ row: indicatorRow("数量指标"), messageId: "noValue", cell: "E11" }],
    },
    {
      name: "a value with no 三级 name",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1:", "≥95%"]) }],
      errors: [{ row: indicatorRow("质量指标"), messageId: "noName", cell: "D12" }],
    },
  ],
});
