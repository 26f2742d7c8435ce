import { unitMissing } from "../../src/core/rules/value/unit-missing";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

const qty = (name: string, value: string) => ({
  indicators: withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", `指标1: ${name}`, value]),
});
const cost = (name: string, value: string) => ({
  indicators: withIndicator("成本指标", ["", "成本指标 (必填量化)", `指标1: ${name}`, value]),
});
const costRow = indicatorRow("成本指标");

ruleTester(unitMissing, {
  valid: [
    { name: "clean table" },
    { name: "a per-unit cost with currency (L450)", tables: [cost("电教片拍摄制作费", "≤2.5万元/个")] },
    { name: "a monthly standard with currency (L339)", tables: [cost("补助标准", "1840元/人/月")] },
    { name: "a count with its unit (L37)", tables: [qty("组织开展次数", "≥2次")] },
    {
      name: "a date has no unit to miss (L268)",
      tables: [
        { indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 发放完成时间", "2024年底"]) },
      ],
    },
    { name: "the unit written only in the name (`流转土地(亩) | 60`)", tables: [qty("流转土地(亩)", "60")] },
    {
      name: "the unit written only in the name, full-width brackets (`（万元）`)",
      tables: [cost("项目建设成本（万元）", "≤65")],
    },
    {
      name: "a % in the name",
      tables: [{ indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 验收合格率(%)", "100"]) }],
    },
    {
      name: "an Excel date serial under 时效 is time-value-format's (real table 06 row 18)",
      tables: [
        {
          indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 项目财政资金到位时间", "=44,561"]),
        },
      ],
    },
    {
      name: "a bare satisfaction number is satisfaction-format's",
      tables: [
        {
          indicators: withIndicator("服务对象满意度指标", [
            "满意度指标",
            "服务对象满意度指标 (必填量化)",
            "指标1: 学员满意度",
            "90",
          ]),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "a number without a unit (L288)",
      tables: [qty("培训次数", "≥15")],
      errors: [
        {
          row: indicatorRow("数量指标"),
          messageId: "noUnit",
          cell: "E11",
          messageIncludes: "≥15次",
          suggestions: ["≥15次"],
        },
      ],
    },
    {
      name: "a course count without a unit (S20 `开设课程数量 | 220`)",
      tables: [qty("开设课程数量", "220")],
      errors: [{ row: indicatorRow("数量指标"), messageId: "noUnit", suggestions: ["220个"] }],
    },
    {
      name: "a number under a name that does not settle the unit",
      tables: [qty("建设数字档案集中管理平台", "1")],
      errors: [{ row: indicatorRow("数量指标"), messageId: "noUnit", suggestions: [] }],
    },
    {
      name: "a remark in brackets is not a unit",
      tables: [qty("培训人员(试行)", "60")],
      errors: [{ row: indicatorRow("数量指标"), messageId: "noUnit" }],
    },
    {
      name: "a five-digit number outside 时效 is a count without its unit, not a date",
      tables: [qty("受益人数", "44561")],
      errors: [{ row: indicatorRow("数量指标"), messageId: "noUnit", suggestions: ["44561人"] }],
    },
    {
      name: "a bare number under a placeholder hint still lacks its unit",
      tables: [qty("受益人数(≥**人)", "60")],
      errors: [{ row: indicatorRow("数量指标"), messageId: "noUnit", suggestions: ["60人"] }],
    },
    {
      name: "a rate without % before a suffix operator",
      tables: [
        { indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", "指标1: 培训考核合格率", "95以上"]) },
      ],
      errors: [{ row: indicatorRow("质量指标"), messageId: "noUnit", suggestions: ["95%以上"] }],
    },
    {
      name: "a money rate without currency (L155)",
      tables: [cost("被评定为一星级的, 党组织书记按每月100元的标准发放", "1200/人/年")],
      errors: [{ row: costRow, messageId: "noCurrency", suggestions: ["1200元/人/年"] }],
    },
    {
      name: "full-width slashes and 每年 (L269)",
      tables: [cost("区关工委主任(副主任)按每人1000元/月补贴标准发放", "１２０００／人／每年")],
      errors: [{ row: costRow, messageId: "noCurrency", suggestions: ["12000元/人/每年"] }],
    },
    {
      name: "two rates without currency in one cell (L225)",
      tables: [cost("书记按300元/月补贴标准发放", "3600/人/每年 2400/人/每年")],
      errors: [{ row: costRow, messageId: "noCurrency", suggestions: ["3600元/人/每年 2400元/人/每年"] }],
    },
    {
      name: "万 for 万元 in a cost row is info (L18)",
      tables: [cost("基层党建工作经费", "60万")],
      errors: [{ row: costRow, messageId: "abbreviated", severity: "info", suggestions: ["60万元"] }],
    },
    {
      name: "万 outside a money row is info without a guess",
      tables: [qty("培训覆盖", "≥2万")],
      errors: [{ row: indicatorRow("数量指标"), messageId: "abbreviatedUnclear", severity: "info", suggestions: [] }],
    },
  ],
});
