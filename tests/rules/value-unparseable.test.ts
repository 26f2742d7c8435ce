import { valueUnparseable } from "../../src/core/rules/value/value-unparseable";
import fc from "fast-check";
import { VALUE_RULES } from "../../src/core/rules/value";
import { TIME_RULES } from "../../src/core/rules/time";
import { Checker } from "../../src/core/engine";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, sheetGrid, withIndicator } from "../helpers/table-builder";

const qty = (value: string) => ({
  indicators: withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", "指标1: 培训次数", value]),
});
const row = indicatorRow("数量指标");

ruleTester(valueUnparseable, {
  valid: [
    { name: "clean table" },
    { name: "a count with its unit", tables: [qty("2280次")] },
    {
      name: "a percentage (L16)",
      tables: [
        { indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 党员教育管理工作完成率", "100%"]) },
      ],
    },
    {
      name: "a duration (L87)",
      tables: [
        {
          indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 系统故障修复平均时间", "≤60分钟"]),
        },
      ],
    },
    {
      name: "a year-end date (L129)",
      tables: [{ indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 举办时间", "2024年年底"]) }],
    },
    { name: "text without digits is qualitative, not unparseable (L85)", tables: [qty("长期维护测评")] },
    { name: "a range is parseable (L467)", tables: [qty("50-100次")] },
    {
      name: "an N/A marker",
      tables: [{ indicators: withIndicator("经济效益指标", ["效益指标", "经济效益指标 (选填量化)", "指标1:", "/"]) }],
    },
    ...[
      ">=95%",
      "<=5%",
      "》=95%",
      "《=5%",
      "＞＝95％",
      "＜＝5％",
      "》95%",
      "=300天",
      "=100百分比",
      "±3%以内",
      "=44,561",
    ].map((v) => ({
      name: `the budget system's written form ${v} is an operator and a number`,
      tables: [qty(v)],
    })),
    { name: "real table 05: 780元/生/年", tables: [qty("780元/生/年")] },
    {
      name: "a unit in brackets is not a placeholder (`流转土地(亩)`)",
      tables: [
        { indicators: withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", "指标1: 流转土地(亩)", "60"]) },
      ],
    },
    {
      name: "a remark in brackets is not a placeholder (`项目(工程)验收合格率`)",
      tables: [
        { indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 项目(工程)验收合格率", "100%"]) },
      ],
    },
  ],
  invalid: [
    {
      name: "digits in text that fits no grammar",
      tables: [qty("约为3-5次左右每期")],
      errors: [{ row, messageId: "unparseable", cell: "E11", messageIncludes: "约为3-5次左右每期" }],
    },
    {
      name: "a value with a remark in parentheses",
      tables: [qty("100人（其中党员80人）")],
      errors: [{ row, messageId: "unparseable" }],
    },
    {
      name: "a quarter and a percentage in one phrase",
      tables: [
        { indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 完成进度", "第3季度完成80%"]) },
      ],
      errors: [{ row: indicatorRow("时效指标"), messageId: "unparseable", messageIncludes: "2024年12月31日前" }],
    },
    {
      name: "a template placeholder as the value is a leftover, not an unreadable value",
      tables: [qty("≥**次")],
      errors: [{ row, messageId: "placeholder", severity: "warning", cell: "E11", messageIncludes: "≥200人" }],
    },
    {
      name: "XX as the value of a quality row",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 培训考核合格率", "XX%"]) }],
      errors: [{ row: indicatorRow("质量指标"), messageId: "placeholder", messageIncludes: "≥95%" }],
    },
    {
      name: "the template's hint left in a 三级 name is info, with the name without it (real table 15 row 22)",
      tables: [
        {
          indicators: withIndicator("服务对象满意度指标", [
            "满意度指标",
            "服务对象满意度指标 (必填量化)",
            "指标1: 旅游行业经营主体满意度(≥**%)",
            ">=90%",
          ]),
        },
      ],
      errors: [
        {
          row: indicatorRow("服务对象满意度指标"),
          messageId: "nameHint",
          severity: "info",
          cell: "D19",
          messageIncludes: "“(≥**%)”",
          suggestions: ["指标1: 旅游行业经营主体满意度"],
        },
      ],
    },
    {
      name: "a hint after the name (real table 15 row 21)",
      tables: [
        {
          indicators: withIndicator("社会效益指标", [
            "",
            "社会效益指标 (必填)",
            "受益建档立卡贫困人口数≥**人",
            ">=29人",
          ]),
        },
      ],
      errors: [
        {
          row: indicatorRow("社会效益指标"),
          messageId: "nameHint",
          severity: "info",
          suggestions: ["受益建档立卡贫困人口数"],
        },
      ],
    },
    {
      name: "the template's core-indicator star before a name (real table 15 row 13)",
      tables: [
        {
          indicators: withIndicator("质量指标", [
            "",
            "质量指标 (必填量化)",
            "*贫困地区旅游基础设施建设质量达标率100%",
            ">=98%",
          ]),
        },
      ],
      errors: [
        {
          row: indicatorRow("质量指标"),
          messageId: "nameMark",
          severity: "info",
          suggestions: ["贫困地区旅游基础设施建设质量达标率100%"],
        },
      ],
    },
    {
      name: "a name that is only a placeholder, and its placeholder value",
      tables: [{ indicators: withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", "指标1: XX", "≥**人"]) }],
      errors: [
        { row, messageId: "nameOnlyPlaceholder", severity: "warning", cell: "D11", messageIncludes: "培训人数" },
        { row, messageId: "placeholder", cell: "E11" },
      ],
    },
    {
      name: "a formula error",
      tables: [qty("#REF!")],
      errors: [{ row, messageId: "formulaError", messageIncludes: "#REF!" }],
    },
  ],
});

describe("value and time rules never throw on odd input", () => {
  test("random names and values", () => {
    const rules = [...VALUE_RULES, ...TIME_RULES];
    const odd = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "#REF!",
        "≥",
        "%",
        "万",
        "/人/年",
        "1e400%",
        `≤1${"0".repeat(400)}人`,
        "2024年年年底",
        "每",
        "指标2:",
        "0.0.0",
        "—",
        "（",
      ),
    );
    fc.assert(
      fc.property(
        odd,
        odd,
        fc.constantFrom("数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "服务对象满意度指标"),
        (name, value, level2) => {
          const tables = [
            { name, indicators: withIndicator(level2, ["", `${level2} (必填量化)`, `指标1: ${name}`, value]) },
          ];
          new Checker({}, rules).run(sheetGrid(...tables));
        },
      ),
      { numRuns: 100 },
    );
  });
});
