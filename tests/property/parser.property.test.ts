// Property tests of the layout parser: whatever a sheet holds, parseSheet returns tables (never throws), and every
// node of a table points at a cell inside the grid.
import fc from "fast-check";
import { gridFromStrings, type Grid } from "../../src/core/grid";
import { detectBlocks, parseSheet, ProjectTableSchema, type ProjectTable } from "../../src/core/layout";
import { gridFromTsv } from "../../src/core/tsv";
import { parseValue } from "../../src/core/values/parse";
import { cellText, expectSame, fcParams, gridCaseArb, gridOf, mutate, mutationArb, seedRows } from "./arbitraries";

const SEED = seedRows();
const TIMEOUT = 30_000;

/** Every position a table records, with what it is. */
function positions(t: ProjectTable): Array<{ what: string; row: number; col: number }> {
  const out: Array<{ what: string; row: number; col: number }> = [];
  const add = (what: string, p: { row: number; col: number } | null | undefined): void => {
    if (p) out.push({ what, row: p.row, col: p.col });
  };
  add("title", t.title);
  add("yearLine", t.yearLine);
  for (const [k, e] of Object.entries(t.header)) {
    add(`header.${k}.label`, e?.label);
    add(`header.${k}.value`, e?.value);
  }
  t.level1.forEach((l, i) => add(`level1[${i}]`, l.label));
  t.level2.forEach((b, i) => {
    add(`level2[${i}].label`, b.label);
    add(`level2[${i}].level1Cell`, b.level1Cell);
  });
  t.indicators.forEach((ind, i) => {
    add(`indicators[${i}].nameCell`, ind.nameCell);
    add(`indicators[${i}].valueCell`, ind.valueCell);
  });
  t.repairs.forEach((r, i) => add(`repairs[${i}]`, r));
  return out;
}

/** Structural invariants of a parse: blocks in order and inside the grid, positions inside their block's rows. */
function parseProblems(grid: Grid, tables: ReadonlyArray<ProjectTable>): string[] {
  const problems: string[] = [];
  const blocks = detectBlocks(grid);
  if (blocks.length !== tables.length) problems.push(`${blocks.length} blocks but ${tables.length} tables`);
  blocks.forEach((b, i) => {
    if (b.top < 0 || b.bottom >= grid.rowCount || b.top > b.bottom)
      problems.push(`block ${i} rows ${b.top}..${b.bottom} outside the grid`);
    const prev = blocks[i - 1];
    if (prev && prev.bottom >= b.top) problems.push(`block ${i} overlaps block ${i - 1}`);
  });
  tables.forEach((t, i) => {
    if (t.index !== i) problems.push(`table ${i} has index ${t.index}`);
    const b = blocks[i];
    if (!b) return;
    if (t.area.top !== b.top || t.area.bottom > b.bottom || t.area.bottom < t.area.top) {
      problems.push(`table ${i} area rows ${t.area.top}..${t.area.bottom} vs block ${b.top}..${b.bottom}`);
    }
    for (const p of positions(t)) {
      if (!Number.isInteger(p.row) || !Number.isInteger(p.col) || p.col < 0)
        problems.push(`table ${i} ${p.what} at (${p.row}, ${p.col})`);
      // a synthetic position (a missing 指标值 cell) may lie right of the used range, never outside the block's rows;
      // a titleless table may take its year line from a row above the block
      else if (p.what === "yearLine" ? p.row < 0 || p.row > b.bottom : p.row < b.top || p.row > b.bottom) {
        problems.push(`table ${i} ${p.what} row ${p.row} outside block ${b.top}..${b.bottom}`);
      }
    }
    t.indicators.forEach((ind, k) => {
      if (ind.level2Index < 0 || ind.level2Index >= t.level2.length)
        problems.push(`table ${i} indicator ${k} level2Index ${ind.level2Index}`);
    });
  });
  return problems;
}

describe("parseSheet on random grids", () => {
  test(
    "never throws, with or without schema validation, and yields well-formed tables",
    () => {
      fc.assert(
        fc.property(gridCaseArb, (c) => {
          const grid = gridOf(c);
          const raw = parseSheet(grid, { validate: false });
          const validated = parseSheet(grid);
          expectSame(
            validated,
            raw.map((t) => ProjectTableSchema.parse(t)),
          );
          expect(parseProblems(grid, raw)).toEqual([]);
        }),
        fcParams(300),
      );
    },
    TIMEOUT,
  );

  test(
    "is deterministic",
    () => {
      fc.assert(
        fc.property(gridCaseArb, (c) => {
          expectSame(parseSheet(gridOf(c)), parseSheet(gridOf(c)));
        }),
        fcParams(100),
      );
    },
    TIMEOUT,
  );
});

describe("parseSheet on the damaged seed", () => {
  test("the undamaged seed parses into 21 tables", () => {
    expect(parseSheet(gridFromStrings("seed", SEED))).toHaveLength(21);
  });

  test(
    "blanked, shifted, replaced, deleted and duplicated cells and rows never make it throw",
    () => {
      fc.assert(
        fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 12 }), (mutations) => {
          const grid = gridFromStrings("seed", mutate(SEED, mutations));
          const tables = parseSheet(grid);
          expect(parseProblems(grid, tables)).toEqual([]);
        }),
        fcParams(80),
      );
    },
    TIMEOUT,
  );

  test(
    "a TSV round trip of the damaged seed parses like the grid it came from",
    () => {
      fc.assert(
        fc.property(fc.array(mutationArb, { maxLength: 6 }), (mutations) => {
          const rows = mutate(SEED, mutations).map((r) => r.map((t) => t.replace(/[\t\r\n]/g, " ")));
          const tsv = rows.map((r) => r.join("\t")).join("\n");
          expectSame(parseSheet(gridFromTsv("seed", tsv)), parseSheet(gridFromStrings("seed", rows)));
        }),
        fcParams(20),
      );
    },
    TIMEOUT,
  );
});

describe("texts that are names of Object.prototype members", () => {
  // alias tables are object literals: a lookup of `constructor` must not find Object's constructor
  const WORDS = [
    "constructor",
    "toString",
    "__proto__",
    "hasOwnProperty",
    "valueOf",
    "isPrototypeOf",
    "toLocaleString",
  ];

  test.each(WORDS)("%s as a 一级, 二级 or header label parses (the schema accepts the table)", (w) => {
    const rows = [
      ["项目支出预算绩效目标表"],
      ["(2024年度)"],
      ["项目名称", "", "基层干部培训经费"],
      [w, "x", "实施单位", "区委组织部"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", w, "数量指标 (必填量化)", "指标1: 培训人次", "≥200人次"],
      ["", "产出指标", w, "指标1: 合格率", "≥95%"],
      ["", w, w, w, w],
      [w, w],
    ];
    const grid = gridFromStrings("Sheet1", rows);
    expect(() => parseSheet(grid)).not.toThrow();
    const [table] = parseSheet(grid);
    expect(table?.level1.every((l) => l.name === null || typeof l.name === "string")).toBe(true);
  });
});

describe("parseValue", () => {
  test(
    "never throws and always tags its result",
    () => {
      fc.assert(
        fc.property(cellText, (t) => {
          const v = parseValue(t);
          expect(typeof v.kind).toBe("string");
        }),
        fcParams(1000),
      );
    },
    TIMEOUT,
  );
});
