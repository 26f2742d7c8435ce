import { typoDuplicatedWord } from "../../src/core/rules/hygiene/typo-duplicated-word";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

const costRow = indicatorRow("成本指标");
const socialRow = indicatorRow("社会效益指标");
const sustainRow = indicatorRow("可持续影响指标");

ruleTester(typoDuplicatedWord, {
  valid: [
    { name: "clean table" },
    {
      name: "no repeat (L62)",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标 (必填)", "指标1: 经费支出合规性", "100%"]) }],
    },
    {
      name: "a list of similar words (L366)",
      tables: [
        {
          indicators: withIndicator("可持续影响指标", [
            "",
            "可持续影响指标 (必填)",
            "指标1: 推动农村基层支农、支教、支医和扶贫发展",
            "明显",
          ]),
        },
      ],
    },
    {
      name: "a word twice in a long sentence (L68)",
      tables: [
        {
          indicators: withIndicator("可持续影响指标", [
            "",
            "可持续影响指标 (必填)",
            "指标1:为我区事业单位发展提供有力的人才支撑;营造良好的人才引进、培养环境",
            "显著",
          ]),
        },
      ],
    },
    { name: "a meant reduplication", tables: [{ goal: "目标1: 一步一步推进基层干部培训。" }] },
    {
      name: "one place name in the project name (L350)",
      tables: [{ name: "沙坡头区2022年度“三支一扶”高校毕业生生活补贴经费" }],
    },
    { name: "a place name twice in the goal", tables: [{ goal: "目标1: 沙坡头区干部培训, 提高沙坡头区干部能力。" }] },
  ],
  invalid: [
    {
      name: "a doubled word (L64)",
      tables: [
        { indicators: withIndicator("成本指标", ["", "成本指标 (必填量化)", "指标1:面试阶段费用费用", "≤15万元"]) },
      ],
      errors: [
        {
          row: costRow,
          messageId: "adjacent",
          cell: `D${costRow}`,
          messageIncludes: "费用",
          suggestions: ["指标1:面试阶段费用"],
        },
      ],
    },
    {
      name: "the place name twice in the project name (L328)",
      tables: [{ name: "沙坡头区2024年度沙坡头区实习大学生就业见习补助" }],
      errors: [{ row: 3, messageId: "place", cell: "C3", suggestions: ["沙坡头区2024年度实习大学生就业见习补助"] }],
    },
    {
      name: "a doubled word in a qualitative value",
      tables: [
        {
          indicators: withIndicator("社会效益指标", [
            "",
            "社会效益指标 (必填)",
            "指标1: 基层干部履职能力",
            "明显提升提升",
          ]),
        },
      ],
      errors: [{ row: socialRow, messageId: "adjacent", cell: `E${socialRow}`, suggestions: ["明显提升"] }],
    },
    {
      name: "a doubled year in an indicator name",
      tables: [
        {
          indicators: withIndicator("可持续影响指标", [
            "",
            "可持续影响指标 (必填)",
            "指标1: 2024年度2024年度培训成果应用",
            "达到预期目标",
          ]),
        },
      ],
      errors: [{ row: sustainRow, messageId: "adjacent", suggestions: ["指标1: 2024年度培训成果应用"] }],
    },
    {
      name: "a doubled word in the goal",
      tables: [{ goal: "目标1: 举办基层干部培训培训班。" }],
      errors: [{ row: 9, messageId: "adjacent", suggestions: ["目标1: 举办基层干部培训班。"] }],
    },
  ],
});
