import { quantifiedValueRequired } from "../../src/core/rules/structure/quantified-value-required";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

ruleTester(quantifiedValueRequired, {
  valid: [
    { name: "clean table" },
    {
      name: "L16: 100%",
      tables: [
        { indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 党员教育管理工作完成率", "100%"]) },
      ],
    },
    {
      name: "a date under 时效 (L129)",
      tables: [{ indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 举办时间", "2024年年底"]) }],
    },
    {
      name: "a range is quantitative (range-value's)",
      tables: [
        { indicators: withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", "指标1: 发放人数", "50-100人"]) },
      ],
    },
    {
      name: "`每月` under 时效 is time-value-format's (L202)",
      tables: [{ indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 补贴发放时间", "每月"]) }],
    },
    {
      name: "质量 annotated (必填) only: qualitative allowed (T13)",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标 (必填)", "指标1: 培训质量", "达到预期目标"]) }],
    },
    {
      name: "unannotated 社会效益 is not quantified (L44)",
      tables: [
        { indicators: withIndicator("社会效益指标", ["", "社会效益指标", "指标1: 有效保障招录工作进行", "明显"]) },
      ],
    },
    {
      name: "a qualitative satisfaction value is satisfaction-format's",
      tables: [
        {
          indicators: withIndicator("服务对象满意度指标", [
            "满意度指标",
            "服务对象满意度指标 (必填量化)",
            "指标1: 参训学员满意度",
            "满意",
          ]),
        },
      ],
    },
    {
      name: "a template placeholder is value-unparseable's (`≥**人`)",
      tables: [
        { indicators: withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", "指标1: 培训人数", "≥**人"]) },
      ],
    },
    {
      name: "an Excel date serial under 时效 is a number (time-value-format reports it)",
      tables: [
        { indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 资金到位时间", "=44,561"]) },
      ],
    },
    {
      name: "the budget system's operators are quantitative (`》=95%`)",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 验收合格率", "》=95%"]) }],
    },
    {
      name: "`/` is left to required-marked-na (L131)",
      tables: [{ indicators: withIndicator("经济效益指标", ["效益指标", "经济效益指标 (必填量化)", "指标1:", "/"]) }],
    },
  ],
  invalid: [
    {
      name: "L223: 质量指标 (必填量化) | 有效保障",
      tables: [
        { indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 保障工作有序开展", "有效保障"]) },
      ],
      errors: [{ row: indicatorRow("质量指标"), messageId: "notQuantified", cell: "E12", messageIncludes: "≥95%" }],
    },
    {
      name: "L109: 经济效益 指标 (必填量化) | 明显",
      tables: [
        {
          indicators: withIndicator("经济效益指标", [
            "效益指标",
            "经济效益 指标 (必填量化)",
            "指标1: 提升党员家庭收入水平",
            "明显",
          ]),
        },
      ],
      errors: [{ row: indicatorRow("经济效益指标"), messageId: "notQuantified" }],
    },
    {
      name: "L85: unannotated 数量指标 | 长期维护测评",
      tables: [
        {
          indicators: withIndicator("数量指标", [
            "产出指标",
            "数量指标",
            "指标1: 党建网日常维护及等级保护测评次数",
            "长期维护测评",
          ]),
        },
      ],
      errors: [{ row: indicatorRow("数量指标"), messageId: "notQuantified", messageIncludes: "按模板默认" }],
    },
    {
      name: "L471: 选填量化 filled qualitatively → warning",
      tables: [
        {
          indicators: withIndicator("经济效益指标", [
            "效益指标",
            "经济效益指标 (选填量化)",
            "指标1: 提高困难离退休干部生活质量。",
            "明显",
          ]),
        },
      ],
      errors: [{ row: indicatorRow("经济效益指标"), messageId: "optionalQualitative", severity: "warning" }],
    },
    {
      name: "时效 (必填硬性指标) with a vague word",
      tables: [{ indicators: withIndicator("时效指标", ["", "时效指标 (必填硬性指标)", "指标1: 完成时间", "长期"]) }],
      errors: [{ row: indicatorRow("时效指标"), messageId: "notQuantifiedTime", messageIncludes: "2024年12月31日前" }],
    },
    {
      name: "a date is not a quantity outside 时效",
      tables: [{ indicators: withIndicator("成本指标", ["", "成本指标 (必填量化)", "指标1: 经费拨付", "2024年底"]) }],
      errors: [{ row: indicatorRow("成本指标"), messageId: "notQuantified" }],
    },
  ],
});
