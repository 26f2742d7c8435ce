// Required indicator columns as policy data (issue 9 "required columns", issue 10 point 8): schema, presets, the
// order of precedence, and one table judged by two policies.
import { check } from "../../src/core/engine";
import { layerConfigs, resolveConfig } from "../../src/core/config";
import { PRESETS, parsePolicyFile, policySettings } from "../../src/core/policy";
import { renderPolicyDocs } from "../../src/core/policy/docs";
import { gridFromStrings } from "../../src/core/grid";
import { FIRST_INDICATOR_ROW, tableRows } from "../helpers/table-builder";

/** The default table with 湖南 岳阳楼区's extra columns (S22); 指标解释 left empty on the second row. */
function s22Like() {
  return gridFromStrings(
    "Sheet1",
    tableRows().map((r, i) => {
      if (i === FIRST_INDICATOR_ROW - 2) return [...r, "*指标解释", "*评(扣)分标准", "备注"];
      if (i >= FIRST_INDICATOR_ROW - 1) return [...r, i === FIRST_INDICATOR_ROW ? "" : "统计口径", "完成得满分", ""];
      return r;
    }),
  );
}

describe("requiredColumns", () => {
  test("the national policy requires no column; 湖南 requires 指标解释 and 评(扣)分标准 (S22)", () => {
    expect(resolveConfig({}).requiredColumns).toEqual([]);
    expect(resolveConfig({ policy: "hunan" }).requiredColumns).toEqual(["explanation", "standard"]);
    const hunan = PRESETS.find((p) => p.id === "hunan");
    expect(hunan?.source).toContain("*指标解释");
  });

  test("a unit's file inherits the columns of the policy it extends, or replaces them", () => {
    expect(policySettings(parsePolicyFile({ extends: "hunan" })).requiredColumns).toEqual(["explanation", "standard"]);
    expect(policySettings(parsePolicyFile({ extends: "hunan", requiredColumns: ["score"] })).requiredColumns).toEqual([
      "score",
    ]);
  });

  test("the config's own list wins over the policy's; layers replace the list", () => {
    expect(resolveConfig({ policy: "hunan", requiredColumns: ["history"] }).requiredColumns).toEqual(["history"]);
    const layered = layerConfigs({ policy: "hunan" }, { requiredColumns: [] });
    expect(resolveConfig(layered).requiredColumns).toEqual([]);
  });

  test("an unknown or non-fillable role is rejected with the field named", () => {
    expect(() => parsePolicyFile({ extends: "national", requiredColumns: ["指标解释"] })).toThrow(/requiredColumns/);
    expect(() => resolveConfig({ requiredColumns: ["value"] as never })).toThrow();
  });

  test("one table judged by two policies: 湖南 returns the empty 指标解释, the national policy only because of the form's `*`", () => {
    const ids = (policy: string, starred: boolean) =>
      check(s22Like(), {
        policy,
        options: { "required-column-empty": { starredHeaders: starred } },
      })
        .diagnostics.filter((d) => d.ruleId === "required-column-empty")
        .map((d) => `${d.cell} ${d.severity}`);
    expect(ids("hunan", false)).toEqual(["F12 error"]);
    expect(ids("national", false)).toEqual([]);
    expect(ids("national", true)).toEqual(["F12 error"]);
  });

  test("docs/policies.md names each policy's required columns", () => {
    const md = renderPolicyDocs(PRESETS);
    const hunan = md.slice(md.indexOf("`hunan`"));
    expect(hunan).toMatch(/必须填写的指标栏目: 指标解释、绩效标准\/评\(扣\)分标准/);
    expect(md.slice(md.indexOf("`national`"), md.indexOf("`ningxia`"))).toMatch(/必须填写的指标栏目: 无/);
  });
});

describe("weight total as policy data (C42)", () => {
  test("内蒙古 and 重庆 forms give 90 (their headers say 权重分值90分 / 年度绩效目标(90分)); the national policy 100", () => {
    expect(resolveConfig({ policy: "neimenggu" }).options["weight-sum"]).toEqual({ total: 90 });
    expect(resolveConfig({ policy: "chongqing" }).options["weight-sum"]).toEqual({ total: 90 });
    expect(resolveConfig({}).options["weight-sum"]).toBeUndefined();
  });

  test("one weighted table judged by two policies: 100 passes nationally and fails under 内蒙古's 90", () => {
    const rows = [
      ["项目支出绩效目标表"],
      ["项目名称", "X"],
      ["年度总体目标", "培训200人次"],
      ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
      ["产出指标", "数量指标", "培训人次", "≥200人次", "50"],
      ["效益指标", "社会效益指标", "履职能力提升比例", "≥90%", "30"],
      ["满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "20"],
    ];
    const totals = (policy: string) =>
      check(gridFromStrings("S", rows), { policy })
        .diagnostics.filter((d) => d.ruleId === "weight-sum")
        .map((d) => d.message);
    expect(totals("national")).toEqual([]);
    expect(totals("neimenggu")).toEqual([expect.stringContaining("合计为100，应为90")]);
  });
});
