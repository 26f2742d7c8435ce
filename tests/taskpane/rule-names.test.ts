import { RULES } from "../../src/core/rules";
import { RULE_NAMES, ruleName } from "../../src/taskpane/rule-names";

describe("rule names (issue 14: a Chinese name beside every id)", () => {
  const ids = RULES.flatMap((r) => [r.meta.id, ...Object.keys(r.meta.subIds ?? {})]);

  test.each(ids)("%s has a short Chinese name", (id) => {
    const name = RULE_NAMES[id];
    expect(name).toBeDefined();
    expect(name).toMatch(/[\u4e00-\u9fff]/);
    expect((name ?? "").length).toBeLessThanOrEqual(16);
  });

  test("no name for a rule that does not exist", () => {
    const known = new Set(ids);
    expect(Object.keys(RULE_NAMES).filter((id) => !known.has(id))).toEqual([]);
  });

  test("an unknown id falls back to the id", () => {
    expect(ruleName("no-such-rule")).toBe("no-such-rule");
  });
});
