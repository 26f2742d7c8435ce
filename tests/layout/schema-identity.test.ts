// The engine uses parseTable's output as is (re-validating every table by ProjectTableSchema was a deep copy per
// table). That is only sound while the parser's output IS the schema's: same keys in the same order, same values,
// nothing the schema would strip or reject — on the seed, the real tables, the layout fixtures, random grids and
// the damaged seed.
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { check } from "../../src/core/engine";
import { gridFromStrings, type Grid } from "../../src/core/grid";
import { parseSheet, ProjectTableSchema } from "../../src/core/layout";
import { gridFromTsv } from "../../src/core/tsv";
import { fcParams, gridCaseArb, gridOf, mutate, mutationArb, seedRows } from "../property/arbitraries";

/** Where a and b differ in keys, key order or values (Object.is), or null when they are identical trees. */
function difference(a: unknown, b: unknown, at = "table"): string | null {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null)
    return Object.is(a, b) ? null : `${at}: ${String(a)} ≠ ${String(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array and object`;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join(",") !== kb.join(",")) return `${at}: keys ${ka.join(",")} ≠ ${kb.join(",")}`;
  for (const k of ka) {
    const d = difference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
    if (d) return d;
  }
  return null;
}

function problems(grid: Grid): string[] {
  const out: string[] = [];
  for (const t of parseSheet(grid, { validate: false })) {
    const d = difference(ProjectTableSchema.parse(t), t);
    if (d) out.push(d);
  }
  return out;
}

const FIXTURES = join(__dirname, "../fixtures");

function fixtureGrids(): Array<[string, Grid]> {
  const out: Array<[string, Grid]> = [];
  const add = (file: string, dropFirstLine: boolean): void => {
    let text = readFileSync(join(FIXTURES, file), "utf8").replace(/^\uFEFF/, "");
    if (dropFirstLine) text = text.slice(text.indexOf("\n") + 1);
    out.push([file, gridFromTsv(file, text.replace(/\t⟵[^\n]*/g, ""))]);
  };
  add("seed-2024.txt", false);
  for (const f of readdirSync(join(FIXTURES, "real-tables")).filter((f) => f.endsWith(".txt")))
    add(`real-tables/${f}`, true);
  for (const f of readdirSync(join(FIXTURES, "layouts")).filter((f) => f.endsWith(".tsv"))) add(`layouts/${f}`, true);
  return out;
}

describe("parseTable's output is exactly what ProjectTableSchema.parse returns", () => {
  it.each(fixtureGrids())("%s", (_file, grid) => {
    expect(parseSheet(grid).length).toBeGreaterThan(0);
    expect(problems(grid)).toEqual([]);
  });

  it("on random grids", () => {
    fc.assert(
      fc.property(gridCaseArb, (c) => {
        expect(problems(gridOf(c))).toEqual([]);
      }),
      fcParams(200),
    );
  });

  it("on the damaged seed", () => {
    const seed = seedRows();
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 12 }), (mutations) => {
        expect(problems(gridFromStrings("seed", mutate(seed, mutations)))).toEqual([]);
      }),
      fcParams(60),
    );
  });

  it("the engine's tables are the schema-validated parse", () => {
    const [, grid] = fixtureGrids()[0] ?? [];
    if (!grid) throw new Error("no seed");
    const validated = parseSheet(grid);
    const engine = check(grid).tables;
    expect(engine).toHaveLength(validated.length);
    engine.forEach((t, i) => expect(difference(validated[i], t)).toBeNull());
  });
});
