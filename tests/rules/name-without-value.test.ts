import { nameWithoutValue } from "../../src/core/rules/structure/name-without-value";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

ruleTester(nameWithoutValue, {
  valid: [
    { name: "clean table" },
    {
      name: "L20: 保障基层党建工作 | 有效保障",
      tables: [
        {
          indicators: withIndicator("社会效益指标", ["", "社会效益指标 (必填)", "指标1: 保障基层党建工作", "有效保障"]),
        },
      ],
    },
    {
      name: "an empty value under a required 二级 is required-level3-missing's",
      tables: [{ indicators: withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", "指标1: 培训人次", ""]) }],
    },
    {
      name: "an unfilled placeholder has no name",
      tables: [{ indicators: withIndicator("生态效益指标", ["", "生态效益指标 (选填)", "指标1:", "/"]) }],
    },
    {
      name: "the form's N/A sentence `本项目不适用此指标 | 无` (安徽)",
      tables: [{ indicators: withIndicator("生态效益指标", ["", "生态效益指标 (选填)", "本项目不适用此指标", "无"]) }],
    },
    {
      name: "the other wording `本指标不适用此项目 | /`",
      tables: [{ indicators: withIndicator("生态效益指标", ["", "生态效益指标 (选填)", "本指标不适用此项目", "/"]) }],
    },
  ],
  invalid: [
    {
      name: "L228: a named 生态效益 (必填) row with `/`",
      tables: [
        {
          indicators: withIndicator("生态效益指标", [
            "",
            "生态效益指标 (必填)",
            "指标1: 提高离退休人员生活幸福指数",
            "/",
          ]),
        },
      ],
      errors: [{ row: indicatorRow("生态效益指标"), messageId: "naRequired", cell: "E17" }],
    },
    {
      name: "L248: a named 经济效益 (必填量化) row with `/`",
      tables: [
        {
          indicators: withIndicator("经济效益指标", [
            "效益指标",
            "经济效益 指标 (必填量化)",
            "指标1: 促进沙坡头区经济发展",
            "/",
          ]),
        },
      ],
      errors: [{ row: indicatorRow("经济效益指标"), messageId: "naRequired" }],
    },
    {
      name: "a named 选填 row with no value",
      tables: [
        {
          indicators: withIndicator("经济效益指标", [
            "效益指标",
            "经济效益指标 (选填量化)",
            "指标1: 节约差旅支出比例",
            "",
          ]),
        },
      ],
      errors: [{ row: indicatorRow("经济效益指标"), messageId: "empty" }],
    },
    {
      name: "a named 选填 row marked 不涉及",
      tables: [{ indicators: withIndicator("生态效益指标", ["", "生态效益指标 (选填)", "指标1: 节能率", "不涉及"]) }],
      errors: [{ row: indicatorRow("生态效益指标"), messageId: "naOptional" }],
    },
  ],
});
