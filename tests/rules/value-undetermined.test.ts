import { valueUndetermined } from "../../src/core/rules/value/value-undetermined";
import { quantifiedValueRequired } from "../../src/core/rules/structure/quantified-value-required";
import { satisfactionFormat } from "../../src/core/rules/benefit/satisfaction-format";
import { Checker } from "../../src/core/engine";
import type { Rule } from "../../src/core/rules/types";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, sheetGrid, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const table = (level2: string, row: IndicatorRow) => ({ indicators: withIndicator(level2, row) });
const time = (value: string) => table("时效指标", ["", "时效指标", "指标1: 完成时间", value]);
const social = (value: string, label = "社会效益指标 (必填)") =>
  table("社会效益指标", ["", label, "指标1: 保障困难群众基本生活", value]);
const T = indicatorRow("时效指标");
const S = indicatorRow("社会效益指标");

ruleTester(valueUndetermined, {
  valid: [
    { name: "clean table" },
    { name: "a figure with a remark names its target", tables: [time("2024年12月31日前(据实调整)")] },
    { name: "a graded statement", tables: [social("达到预期目标")] },
    {
      name: "a long description mentioning 按实际 is not an undetermined target",
      tables: [social("按实际需求开展入户走访并建立困难群众台账，做到动态管理、应保尽保")],
    },
    { name: "N/A is another rule's", tables: [social("不涉及", "社会效益指标 (选填)")] },
  ],
  invalid: [
    {
      name: "时效 `完成时间 | 暂不确定` (review-criteria §1.9, C10): an error where the row must be quantified",
      tables: [time("暂不确定")],
      errors: [{ row: T, messageId: "undeterminedQuantified", severity: "error", cell: "E13" }],
    },
    {
      name: "待定 in a qualitative row: warning",
      tables: [social("待定")],
      errors: [{ row: S, messageId: "undetermined", severity: "warning", messageIncludes: "指标值说明" }],
    },
    {
      name: "据实结算 in a 成本 row",
      tables: [table("成本指标", ["", "成本指标 (必填量化)", "指标1: 培训经费", "据实结算"])],
      errors: [{ row: indicatorRow("成本指标"), messageId: "undeterminedQuantified", severity: "error" }],
    },
    {
      name: "按实际发生 in a 选填量化 row: warning, as quantified-value-required's optional message",
      tables: [table("经济效益指标", ["效益指标", "经济效益指标 (选填量化)", "指标1: 带动增收", "按实际发生"])],
      errors: [{ row: indicatorRow("经济效益指标"), messageId: "undetermined", severity: "warning" }],
    },
    { name: "视情况而定", tables: [social("视情况而定")], errors: [{ row: S, messageIncludes: "视情况" }] },
    {
      name: "a policy adds its own word",
      tables: [social("另行通知")],
      config: { options: { "value-undetermined": { words: ["另行通知"] } } },
      errors: [{ row: S, messageId: "undetermined" }],
    },
  ],
});

describe("value-undetermined with the rules that defer to it", () => {
  const run = (rules: ReadonlyArray<Rule>, spec = time("暂不确定")) =>
    new Checker({}, rules).run(sheetGrid(spec)).diagnostics.map((d) => `${d.cell} ${d.ruleId} ${d.severity}`);

  test("quantified-value-required's generic error on 暂不确定 gives way to the precise one, still an error", () => {
    expect(run([quantifiedValueRequired])).toEqual(["E13 quantified-value-required error"]);
    expect(run([quantifiedValueRequired, valueUndetermined])).toEqual(["E13 value-undetermined error"]);
  });

  test("in a 选填量化 row both are warnings", () => {
    const spec = table("质量指标", ["", "质量指标 (选填量化)", "指标1: 合格率", "待定"]);
    expect(run([quantifiedValueRequired], spec)).toEqual(["E12 quantified-value-required warning"]);
    expect(run([quantifiedValueRequired, valueUndetermined], spec)).toEqual(["E12 value-undetermined warning"]);
  });

  test("satisfaction-format's error on 待定 gives way to an error", () => {
    const spec = table("服务对象满意度指标", ["满意度指标", "服务对象满意度指标 (选填)", "指标1: 满意度", "待定"]);
    expect(run([satisfactionFormat], spec)).toEqual(["E19 satisfaction-format error"]);
    expect(run([satisfactionFormat, valueUndetermined], spec)).toEqual(["E19 value-undetermined error"]);
  });
});
