import { unitNameMismatch } from "../../src/core/rules/value/unit-name-mismatch";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator } from "../helpers/table-builder";

const qty = (name: string, value: string) => ({
  indicators: withIndicator("数量指标", ["产出指标", "数量指标 (必填量化)", `指标1: ${name}`, value]),
});
const quality = (name: string, value: string) => ({
  indicators: withIndicator("质量指标", ["", "质量指标 (必填量化)", `指标1: ${name}`, value]),
});
const social = (name: string, value: string) => ({
  indicators: withIndicator("社会效益指标", ["", "社会效益指标 (必填)", `指标1: ${name}`, value]),
});

ruleTester(unitNameMismatch, {
  valid: [
    { name: "clean table" },
    {
      name: "people counted in 名 (L177)",
      tables: [qty("任职累计满20年以上优秀村党组织书记、村委会主任数量", "18名")],
    },
    { name: "organisations counted in 个 (L149)", tables: [qty("一星级党组织数量", "10个")] },
    { name: "a headcount in colloquial 个", tables: [qty("培训人数", "200个")] },
    { name: "person-times under a 次数 name", tables: [qty("培训次数", "4000人次")] },
    { name: "a name that does not say what it measures (L425)", tables: [qty("建设数字档案集中管理平台", "1个")] },
    { name: "a saving rate under a cost name", tables: [social("节约培训成本", "≥5%")] },
    { name: "a bare number is unit-missing's (L288)", tables: [qty("培训次数", "≥15")] },
  ],
  invalid: [
    {
      // run alone (value-type-mismatch off) it speaks; with value-type-mismatch on, defersTo leaves the cell to that
      // rule (tests/policy/policy.test.ts) — before issue 9 the row reported nothing at all with it off
      name: "a count under 质量 (L426) when value-type-mismatch is off",
      tables: [quality("数字档案完整率", "830卷")],
      errors: [{ row: indicatorRow("质量指标"), messageId: "mismatch" }],
    },
    {
      name: "the name is read without the template's hint (`…合作社数量≥**个`)",
      tables: [qty("领办合作社数量≥**个", "6名")],
      errors: [{ row: indicatorRow("数量指标"), messageId: "mismatchFixable", suggestions: ["6个"] }],
    },
    {
      name: "cooperatives counted in 名 (L15)",
      tables: [qty("评审通过的奖励村党支部领办合作社数量", "6名")],
      errors: [
        {
          row: indicatorRow("数量指标"),
          messageId: "mismatchFixable",
          cell: "E11",
          messageIncludes: "合作社数量",
          suggestions: ["6个"],
        },
      ],
    },
    {
      name: "a pass rate in points",
      tables: [quality("验收合格率", "≥90分")],
      errors: [{ row: indicatorRow("质量指标"), messageId: "mismatch", messageIncludes: "%", suggestions: [] }],
    },
    {
      name: "a headcount in 次",
      tables: [social("带动就业人数", "≥5次")],
      errors: [{ row: indicatorRow("社会效益指标"), messageId: "mismatch" }],
    },
    {
      name: "sessions counted in people",
      tables: [qty("培训次数", "≥15人")],
      errors: [{ row: indicatorRow("数量指标"), messageId: "mismatch" }],
    },
  ],
});
