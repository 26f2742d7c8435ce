// Issue 9: rules never silence each other. For any rule R and any table, switching R off removes only R's findings:
// no other rule's finding disappears, and none appears except those of rules that declared they defer to R.
import fc from "fast-check";
import { Checker } from "../../src/core/engine";
import { gridFromStrings } from "../../src/core/grid";
import { RULES } from "../../src/core/rules";
import type { Diagnostic } from "../../src/core/rules/types";
import { fcParams, mutate, mutationArb, seedRows } from "./arbitraries";

const key = (d: Diagnostic) => `${d.ruleId}|${d.row}|${d.col}|${d.messageId}|${d.severity}`;
const owner = new Map<string, string>(
  RULES.flatMap((r) => [
    [r.meta.id, r.meta.id] as [string, string],
    ...Object.keys(r.meta.subIds ?? {}).map((s) => [s, r.meta.id] as [string, string]),
  ]),
);
const deferrers = (id: string) =>
  new Set(RULES.filter((r) => (r.meta.defersTo ?? []).includes(id)).map((r) => r.meta.id));

/** The seed's tables one project at a time keeps each run small; mutations damage them. */
const SEED = seedRows();
const tableArb = fc.tuple(fc.nat(60), fc.array(mutationArb, { maxLength: 6 })).map(([start, muts]) => {
  const from = Math.min(start * 23, Math.max(0, SEED.length - 30));
  return mutate(SEED.slice(from, from + 60), muts);
});

const all = new Checker({});
const without = new Map(RULES.map((r) => [r.meta.id, new Checker({ rules: { [r.meta.id]: "off" } })]));

test("switching one rule off removes only that rule's findings", () => {
  fc.assert(
    fc.property(tableArb, fc.constantFrom(...RULES.map((r) => r.meta.id)), (rows, id) => {
      const grid = gridFromStrings("S", rows);
      const full = all.run(grid).diagnostics;
      const off = without.get(id)?.run(grid).diagnostics ?? [];
      const expected = new Set(full.filter((d) => owner.get(d.ruleId) !== id).map(key));
      const got = new Set(off.map(key));
      const vanished = [...expected].filter((k) => !got.has(k));
      const mayAppear = deferrers(id);
      const appeared = off
        .filter((d) => !expected.has(key(d)) && !mayAppear.has(owner.get(d.ruleId) ?? d.ruleId))
        .map(key);
      expect({ rule: id, vanished, appeared }).toEqual({ rule: id, vanished: [], appeared: [] });
    }),
    fcParams(200),
  );
});
