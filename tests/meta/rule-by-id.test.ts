// ruleById answers for every rule id and sub-id as a scan of RULES in order would, and for nothing else: the names
// an object inherits (`constructor`, `toString`) are no rule's sub-id.
import { RULES, ruleById } from "../../src/core/rules";

const scan = (id: string): string | undefined =>
  RULES.find(
    (r) => r.meta.id === id || (r.meta.subIds !== undefined && Object.prototype.hasOwnProperty.call(r.meta.subIds, id)),
  )?.meta.id;

it("every id and sub-id finds the rule a scan in RULES order finds", () => {
  const ids = RULES.flatMap((r) => [r.meta.id, ...Object.keys(r.meta.subIds ?? {})]);
  expect(ids.length).toBeGreaterThan(RULES.length);
  for (const id of ids) expect(ruleById(id)?.meta.id).toBe(scan(id));
});

it("inherited property names and unknown ids are no rule", () => {
  for (const id of ["constructor", "toString", "__proto__", "hasOwnProperty", "", "no-such-rule"])
    expect(ruleById(id)).toBeUndefined();
});
