import { placeholderValue } from "../../src/core/rules/value/placeholder-value";
import { valueUnparseable } from "../../src/core/rules/value/value-unparseable";
import { quantifiedValueRequired } from "../../src/core/rules/structure/quantified-value-required";
import { satisfactionFormat } from "../../src/core/rules/benefit/satisfaction-format";
import { Checker } from "../../src/core/engine";
import type { Rule } from "../../src/core/rules/types";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, sheetGrid, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const table = (level2: string, row: IndicatorRow) => ({ indicators: withIndicator(level2, row) });
const quality = (name: string, value: string) => table("质量指标", ["", "质量指标 (必填量化)", name, value]);
const ecoOptional = (name: string, value: string) =>
  table("经济效益指标", ["效益指标", "经济效益指标 (选填)", name, value]);
const Q = indicatorRow("质量指标");
const E = indicatorRow("经济效益指标");

ruleTester(placeholderValue, {
  valid: [
    { name: "clean table" },
    {
      name: "a placeholder hint inside a real name beside a value is value-unparseable's (南岳 2018 row 25)",
      tables: [table("服务对象满意度指标", ["满意度指标", "服务对象满意度指标", "游客满意度(≥**%)", "≥90%"])],
    },
    {
      name: "the template's `*` before a real name is value-unparseable's (南岳 2018 row 13)",
      tables: [quality("*贫困地区旅游基础设施建设质量达标率", "100%")],
    },
    { name: "`-` is an N/A marker by default", tables: [ecoOptional("带动增收", "-")] },
    { name: "不涉及 in an optional row", tables: [ecoOptional("不涉及", "")] },
    {
      name: "`XX村` inside a name with a value is not the whole name",
      tables: [quality("XX村道路硬化合格率", "≥95%")],
    },
    { name: "a Latin word is no placeholder", tables: [quality("Wi-Fi覆盖率", "≥95%")] },
  ],
  invalid: [
    {
      name: "质量 `培训合格率 | ≥**%` (review-criteria §1.9, C38): error in a required row",
      tables: [quality("指标1: 培训合格率", "≥**%")],
      errors: [{ row: Q, messageId: "value", cell: "E12", messageIncludes: "≥**%" }],
    },
    {
      name: "`**元/人·月` in an optional row: warning",
      tables: [ecoOptional("指标1: 补助标准", "**元/人·月")],
      errors: [{ row: E, messageId: "valueOptional", severity: "warning" }],
    },
    {
      name: '`NULL`, any case (T4 录入内容不能为"null")',
      tables: [quality("指标1: 培训合格率", "NULL")],
      errors: [{ row: Q, messageId: "value" }],
    },
    { name: "`_` alone (T3)", tables: [quality("指标1: 培训合格率", "_")], errors: [{ row: Q, messageId: "value" }] },
    {
      name: "`××` and a name that is only `*`",
      tables: [quality("*", "××")],
      errors: [
        { row: Q, messageId: "name", cell: "D12" },
        { row: Q, messageId: "value", cell: "E12" },
      ],
    },
    {
      name: "a name that is only a placeholder (`≥**人`) in an optional row",
      tables: [ecoOptional("≥**人", "≥5万元")],
      errors: [{ row: E, messageId: "nameOptional", severity: "warning", cell: "D15" }],
    },
    {
      name: "`XX` in a satisfaction row is an error even when the row is marked 选填",
      tables: [table("服务对象满意度指标", ["满意度指标", "服务对象满意度指标 (选填)", "参训学员满意度", "XX"])],
      errors: [{ row: indicatorRow("服务对象满意度指标"), messageId: "value", severity: "error" }],
    },
    {
      name: "a policy that adds `-` for a system import: reported in an optional row",
      tables: [ecoOptional("带动增收", "-")],
      config: { options: { "placeholder-value": { tokens: ["*", "-"] } } },
      errors: [{ row: E, messageId: "valueOptional", severity: "warning" }],
    },
  ],
});

describe("placeholder-value with the rules that defer to it", () => {
  const run = (rules: Rule[], grid = sheetGrid(quality("指标1: 培训合格率", "*"))) =>
    new Checker({}, rules).run(grid).diagnostics.map((d) => `${d.cell} ${d.ruleId} ${d.severity}`);

  test("quantified-value-required's generic error on `*` gives way to the precise one, still an error", () => {
    expect(run([quantifiedValueRequired])).toEqual(["E12 quantified-value-required error"]);
    expect(run([quantifiedValueRequired, placeholderValue])).toEqual(["E12 placeholder-value error"]);
  });

  test("value-unparseable's placeholder warning gives way; with placeholder-value off it speaks again", () => {
    const grid = sheetGrid(quality("指标1: 培训合格率", "≥**%"));
    expect(run([valueUnparseable, placeholderValue], grid)).toEqual(["E12 placeholder-value error"]);
    const off = new Checker({ rules: { "placeholder-value": "off" } }, [valueUnparseable, placeholderValue]);
    expect(off.run(grid).diagnostics.map((d) => `${d.cell} ${d.ruleId} ${d.severity}`)).toEqual([
      "E12 value-unparseable warning",
    ]);
  });

  test("satisfaction-format's error on `null` gives way to an error", () => {
    const grid = sheetGrid(
      table("服务对象满意度指标", ["满意度指标", "服务对象满意度指标 (必填量化)", "参训学员满意度", "null"]),
    );
    expect(run([satisfactionFormat], grid)).toEqual(["E19 satisfaction-format error"]);
    expect(run([satisfactionFormat, placeholderValue], grid)).toEqual(["E19 placeholder-value error"]);
  });

  test("no deferral lowers a severity: wherever a deferring rule reports an error, placeholder-value's is one too", () => {
    const rows: IndicatorRow[] = [
      ["产出指标", "数量指标", "指标1: 培训人次", "*"],
      ["", "质量指标 (选填量化)", "指标1: 合格率", "null"],
      ["", "时效指标 (必填)", "指标1: 完成时间", "_"],
      ["", "成本指标", "指标1: 经费", "≥**万元"],
      ["效益指标", "社会效益指标 (选填)", "指标1: 受益人数", "XX"],
      ["满意度指标", "服务对象满意度指标 (选填)", "指标1: 满意度", "*"],
    ];
    const deferring = [quantifiedValueRequired, valueUnparseable, satisfactionFormat];
    const grid = sheetGrid({ indicators: rows });
    const alone = new Checker({}, deferring).run(grid).diagnostics;
    const together = new Checker({}, [...deferring, placeholderValue]).run(grid).diagnostics;
    const rank = { info: 0, warning: 1, error: 2 } as const;
    const worst = (ds: typeof alone, cell: string) =>
      Math.max(-1, ...ds.filter((d) => d.cell === cell).map((d) => rank[d.severity]));
    const cells = [...new Set(alone.map((d) => d.cell))];
    expect(cells.length).toBeGreaterThan(3);
    for (const cell of cells) expect(worst(together, cell)).toBeGreaterThanOrEqual(worst(alone, cell));
  });
});
