// Every rule files its findings under one of the reviewers' 11 opinion codes (review-criteria.md §0.2).
import { RULES, ruleById } from "../../src/core/rules";
import { OPINION_CODES, OPINION_TEXT, opinionOf } from "../../src/core/rules/opinion";

/** The rule → code pairs review-criteria.md §0.2 names explicitly. */
const NAMED_BY_CRITERIA: ReadonlyArray<[string, number]> = [
  ["header-field-missing", 1],
  ["required-level3-missing", 1],
  ["required-marked-na", 1],
  ["quantified-value-required", 2],
  ["vague-qualitative", 2],
  ["value-unparseable", 2],
  ["unit-missing", 2],
  ["operator-direction", 4],
  ["unit-name-mismatch", 4],
  ["percent-out-of-range", 4],
  ["value-type-mismatch", 4],
  ["non-cost-in-cost", 4],
  ["multiple-indicators-in-cell", 5],
  ["compound-value", 5],
  ["level1-invalid", 6],
  ["level2-wrong-parent", 7],
  ["benefit-misclassified", 7],
  ["satisfaction-as-benefit", 7],
  ["money-in-quantity", 7],
];

describe("rule opinion metadata", () => {
  test("the vocabulary has the 11 codes of the 监审意见 dictionary", () => {
    expect(OPINION_CODES).toHaveLength(11);
    expect(OPINION_TEXT[2]).toBe("指标不够细化、量化");
    expect(OPINION_TEXT[11]).toBe("其他");
  });

  test("every rule declares an opinion within the vocabulary", () => {
    for (const r of RULES) {
      const spec = r.meta.opinion;
      expect([r.meta.id, spec === undefined]).toEqual([r.meta.id, false]);
      const codes = typeof spec === "number" ? [spec] : spec ? [spec.default, ...Object.values(spec.byData.map)] : [];
      for (const c of codes) expect(OPINION_CODES).toContain(c);
    }
  });

  test.each(NAMED_BY_CRITERIA)("%s is filed under code %i as review-criteria §0.2 says", (id, code) => {
    expect(opinionOf(ruleById(id)?.meta, { data: {} })).toBe(code);
  });

  test("a missing required 二级 asks for the kind of indicator its 一级 lacks", () => {
    const meta = ruleById("required-level2-missing")?.meta;
    expect(opinionOf(meta, { data: { parent: "效益指标", level2: "社会效益指标" } })).toBe(8);
    expect(opinionOf(meta, { data: { parent: "产出指标", level2: "数量指标" } })).toBe(9);
    expect(opinionOf(meta, { data: { parent: "满意度指标", level2: "服务对象满意度指标" } })).toBe(10);
    // no 二级 at all: the table is incomplete
    expect(opinionOf(meta, { data: {} })).toBe(1);
  });

  test("a rule without an opinion falls back to 11 其他", () => {
    expect(opinionOf({}, { data: {} })).toBe(11);
  });
});
