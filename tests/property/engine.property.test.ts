// Property tests of the engine with every registered rule: check() never throws, every finding points at a cell
// inside the grid, results are deterministic, and an incremental re-check equals a fresh check.
import fc from "fast-check";
import { check, Checker } from "../../src/core/engine";
import { gridFromStrings, type Grid } from "../../src/core/grid";
import { performance } from "perf_hooks";
import { detectBlocks } from "../../src/core/layout";
import { ruleById } from "../../src/core/rules";
import {
  cellText,
  expectSame,
  fcParams,
  gridCaseArb,
  gridOf,
  locationProblems,
  mutate,
  mutationArb,
  seedRows,
} from "./arbitraries";

const SEED = seedRows();
const SEED_GRID = gridFromStrings("seed", SEED);
const SEED_BLOCKS = detectBlocks(SEED_GRID);
const TIMEOUT = 30_000;

describe("check() on random grids", () => {
  test(
    "never throws and every diagnostic lies inside the grid at the address it names",
    () => {
      fc.assert(
        fc.property(gridCaseArb, (c) => {
          const grid = gridOf(c);
          const report = check(grid);
          expect(locationProblems(grid, report)).toEqual([]);
        }),
        fcParams(250),
      );
    },
    TIMEOUT,
  );

  test(
    "never throws in English, with a fixed profile and year either",
    () => {
      fc.assert(
        fc.property(
          gridCaseArb,
          fc.constantFrom("legacy", "mof-2021", "auto"),
          fc.integer({ min: 1990, max: 2100 }),
          (c, profile, year) => {
            const grid = gridOf(c);
            const report = check(grid, { locale: "en", profile, year });
            expect(locationProblems(grid, report)).toEqual([]);
          },
        ),
        fcParams(60),
      );
    },
    TIMEOUT,
  );

  test(
    "is deterministic: the same grid, or an equal one, gives the same report",
    () => {
      fc.assert(
        fc.property(gridCaseArb, (c) => {
          const a = check(gridOf(c));
          const b = check(gridOf(c));
          expectSame(b.diagnostics, a.diagnostics);
          expectSame(b.projects, a.projects);
          // a checker run twice over one grid re-checks nothing and reports the same
          const grid = gridOf(c);
          const checker = new Checker();
          const first = checker.run(grid);
          const second = checker.run(grid);
          expect(checker.lastRechecked).toBe(0);
          expectSame(second.diagnostics, first.diagnostics);
          expectSame(first.diagnostics, a.diagnostics);
        }),
        fcParams(80),
      );
    },
    TIMEOUT,
  );
});

describe("check() on the damaged seed", () => {
  test(
    "blanked, shifted, replaced, deleted and duplicated cells and rows never make it throw; findings stay in the grid",
    () => {
      fc.assert(
        fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 12 }), (mutations) => {
          const grid = gridFromStrings("seed", mutate(SEED, mutations));
          const report = check(grid);
          expect(locationProblems(grid, report)).toEqual([]);
        }),
        fcParams(60),
      );
    },
    TIMEOUT,
  );

  test(
    "is deterministic on the damaged seed",
    () => {
      fc.assert(
        fc.property(fc.array(mutationArb, { maxLength: 6 }), (mutations) => {
          const rows = mutate(SEED, mutations);
          expectSame(
            check(gridFromStrings("seed", rows)).diagnostics,
            check(gridFromStrings("seed", rows)).diagnostics,
          );
        }),
        fcParams(20),
      );
    },
    TIMEOUT,
  );
});

describe("incremental re-check", () => {
  /** The seed with one cell of one block changed; null when the edit would add, drop or move a block. */
  function edit(blockNo: number, rowNo: number, col: number, text: string): { grid: Grid; block: number } | null {
    const block = blockNo % SEED_BLOCKS.length;
    const b = SEED_BLOCKS[block];
    if (!b) return null;
    const r = b.top + (rowNo % (b.bottom - b.top + 1));
    const rows = SEED.map((x) => [...x]);
    const row = rows[r] ?? [];
    while (row.length <= col) row.push("");
    if ((row[col] ?? "").trim() === text.trim()) return null;
    row[col] = text;
    rows[r] = row;
    const grid = gridFromStrings("seed", rows);
    const blocks = detectBlocks(grid);
    const same =
      blocks.length === SEED_BLOCKS.length &&
      blocks.every((x, i) => x.top === SEED_BLOCKS[i]?.top && x.bottom === SEED_BLOCKS[i]?.bottom);
    return same ? { grid, block } : null;
  }

  test("the seed has 21 blocks", () => {
    expect(SEED_BLOCKS).toHaveLength(21);
  });

  test(
    "editing one cell of one table re-checks exactly that block and reports what a fresh check reports",
    () => {
      fc.assert(
        fc.property(fc.nat(), fc.nat(), fc.nat(5), cellText, (blockNo, rowNo, col, text) => {
          const edited = edit(blockNo, rowNo, col, text);
          fc.pre(edited !== null);
          if (!edited) return;
          const checker = new Checker();
          const before = checker.run(SEED_GRID);
          expect(checker.lastRechecked).toBe(SEED_BLOCKS.length);
          const after = checker.run(edited.grid);
          expect(checker.lastRechecked).toBe(1);
          const fresh = check(edited.grid);
          expectSame(after.diagnostics, fresh.diagnostics);
          expectSame(after.projects, fresh.projects);
          expectSame(after.tables, fresh.tables);
          // table-rule findings of the untouched tables are those of the first run (workbook rules compare tables,
          // so an edit in one table may change their findings elsewhere)
          const untouched = (d: { tableIndex: number; ruleId: string }): boolean =>
            d.tableIndex !== edited.block && ruleById(d.ruleId)?.meta.scope === "table";
          expect(after.diagnostics.filter(untouched).map((d) => `${d.ruleId}@${d.cell}`)).toEqual(
            before.diagnostics.filter(untouched).map((d) => `${d.ruleId}@${d.cell}`),
          );
          // and undoing the edit re-checks that one block again
          const undone = checker.run(SEED_GRID);
          expect(checker.lastRechecked).toBe(1);
          expectSame(undone.diagnostics, before.diagnostics);
        }),
        fcParams(30),
      );
    },
    TIMEOUT,
  );
});

describe("incremental re-check of tables without a title", () => {
  // A table pasted without its title is found at its 项目名称 row, and the parser reads its year line from the rows
  // just above that: rows the block (and so the checker's cache key) does not include.
  const TITLELESS = SEED.map((r) => (r.some((t) => t.includes("绩效目标表")) ? [] : [...r]));
  const TITLELESS_GRID = gridFromStrings("seed", TITLELESS);
  const TITLELESS_BLOCKS = detectBlocks(TITLELESS_GRID);

  test("the titleless seed still has 21 blocks, each with the year of the line above it", () => {
    expect(TITLELESS_BLOCKS).toHaveLength(21);
    expect(check(TITLELESS_GRID).tables.map((t) => t.year)).toEqual(Array(21).fill(2024));
  });

  test("changing the year line above a titleless table re-checks that table", () => {
    const first = TITLELESS_BLOCKS[0];
    if (!first) throw new Error("no block");
    const yearRow = TITLELESS.findIndex((r) => r.some((t) => /^\(\d{4}年度\)$/.test(t.trim())));
    expect(yearRow).toBeGreaterThanOrEqual(0);
    expect(yearRow).toBeLessThan(first.top);
    const edited = TITLELESS.map((r, i) => (i === yearRow ? ["(2023年度)"] : r));
    const checker = new Checker();
    checker.run(TITLELESS_GRID);
    const after = checker.run(gridFromStrings("seed", edited));
    const fresh = check(gridFromStrings("seed", edited));
    expect(after.tables[0]?.year).toBe(2023);
    expectSame(after.diagnostics, fresh.diagnostics);
  });

  test(
    "any edit anywhere that keeps the blocks gives what a fresh check gives",
    () => {
      fc.assert(
        fc.property(fc.nat(), fc.nat(5), cellText, (rowNo, col, text) => {
          const r = rowNo % TITLELESS.length;
          const rows = TITLELESS.map((x) => [...x]);
          const row = rows[r] ?? [];
          while (row.length <= col) row.push("");
          fc.pre((row[col] ?? "").trim() !== text.trim());
          row[col] = text;
          rows[r] = row;
          const grid = gridFromStrings("seed", rows);
          const blocks = detectBlocks(grid);
          fc.pre(
            blocks.length === TITLELESS_BLOCKS.length &&
              blocks.every((x, i) => x.top === TITLELESS_BLOCKS[i]?.top && x.bottom === TITLELESS_BLOCKS[i]?.bottom),
          );
          const checker = new Checker();
          checker.run(TITLELESS_GRID);
          const after = checker.run(grid);
          // the edited block, plus the block below when the edit is in the rows it reads its year line from
          expect(checker.lastRechecked).toBeLessThanOrEqual(2);
          const fresh = check(grid);
          expectSame(after.tables, fresh.tables);
          expectSame(after.diagnostics, fresh.diagnostics);
        }),
        fcParams(30),
      );
    },
    TIMEOUT,
  );
});

describe("hostile long cells", () => {
  // Excel allows 32 767 characters in a cell. A regex that backtracks quadratically on a long run of one character
  // (`/[。.,]+$/` on "。。。…a", `\s*` overlapping a lazy group on "1a   …b") freezes the task pane, which re-checks
  // on every edit: at 32 767 characters one such cell cost over a minute. Linear code checks four times the text in
  // about four times the time; a quadratic step takes sixteen times as long.
  const N1 = 2000;
  const N2 = 8000;
  const hostile: ReadonlyArray<readonly [string, (n: number) => string]> = [
    ["a run of 。", (n) => "。".repeat(n - 1) + "a"],
    ["a run of dots", (n) => ".".repeat(n - 1) + "x"],
    ["a run of spaces inside a value", (n) => "1a" + " ".repeat(n - 3) + "b"],
    ["a run of ，after a number", (n) => "≥1" + "，".repeat(n - 3) + "x"],
    ["a run of dashes", (n) => "—".repeat(n - 1) + "x"],
    ["alternating figures and dashes", (n) => "1—".repeat(n / 2)],
    ["a run of ：", (n) => "指标1" + "：".repeat(n - 4) + "x"],
    ["a run of (", (n) => "(".repeat(n - 1) + "x"],
  ];

  function hostileGrid(h: string): Grid {
    return gridFromStrings("hostile", [
      ["项目支出预算绩效目标表"],
      ["(2024年度)"],
      ["项目名称", "", h],
      ["主管部门及代码", h, "实施单位", h],
      ["项目属性", h, "项目期", h],
      ["项目资金 (万元)", "年度资金总额:", h],
      ["年度总体目标", h],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "产出指标", "时效指标 (必填量化)", h, h],
      ["", "", "数量指标 (必填量化)", `指标1: ${h}`, h],
      ["", "", "成本指标 (必填量化)", h, h],
      ["", "效益指标", "社会效益指标 (必填)", h, h],
      ["", "满意度指标", "服务对象满意度指标 (必填量化)", h, h],
      ["", h, h, h, h],
    ]);
  }

  function timedCheck(grid: Grid): number {
    const t0 = performance.now();
    const report = check(grid);
    const ms = performance.now() - t0;
    expect(locationProblems(grid, report)).toEqual([]);
    return ms;
  }

  test.each(hostile)(
    "%s in every text position: check time grows linearly with the cell's length",
    (_what, make) => {
      timedCheck(hostileGrid(make(200))); // warm-up
      const small = Math.min(timedCheck(hostileGrid(make(N1))), timedCheck(hostileGrid(make(N1))));
      const budget = 8 * small + 50;
      let large = timedCheck(hostileGrid(make(N2)));
      if (large >= budget && large < 20 * small) large = Math.min(large, timedCheck(hostileGrid(make(N2)))); // noise?
      if (large >= budget) {
        throw new Error(
          `check took ${small.toFixed(0)} ms with ${N1}-character cells but ${large.toFixed(0)} ms with ${N2} (linear: about 4×)`,
        );
      }
    },
    TIMEOUT,
  );
});
