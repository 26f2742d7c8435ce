// Real tables of other provinces as a corpus (issue 8): every finding a reviewer would return is reported on its
// row, no error on a row the reviewer marked clean, at most one error per table beyond the expectations, and one
// table per project. The copies in tests/fixtures/real-tables are kept identical to ../shared/real-tables.
import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { REAL_DIR, scoreAll } from "./real-tables";

const SHARED = join(__dirname, "../../../shared/real-tables");
const scores = scoreAll();

/** Projects per file, from the fixtures' README (03 holds two tables one after another). */
const PROJECTS: Record<string, number> = { "03_anhui_liuan_2025_tiyu_two_projects.txt": 2 };

(existsSync(SHARED) ? test : test.skip)("the vendored real tables equal ../shared/real-tables", () => {
  const files = readdirSync(SHARED).sort();
  expect(readdirSync(REAL_DIR).sort()).toEqual(files);
  for (const f of files) expect(readFileSync(join(REAL_DIR, f), "utf8")).toBe(readFileSync(join(SHARED, f), "utf8"));
});

describe.each(scores.map((s) => [s.file, s] as const))("%s", (file, s) => {
  test("one table per project, no rule crashed", () => {
    expect(s.report.tables).toHaveLength(PROJECTS[file] ?? 1);
    expect(s.report.ruleFailures).toEqual([]);
  });

  test("every expected finding is reported on its row", () => {
    expect(s.missed).toEqual([]);
  });

  test("no error on a clean row", () => {
    expect(s.cleanRowErrors.map((d) => `${d.row} ${d.ruleId}: ${d.message}`)).toEqual([]);
  });

  test("at most one error beyond the expectations", () => {
    expect(s.unexpectedErrors.length).toBeLessThanOrEqual(1);
  });
});

test("the corpus figures (quoted in the closing note)", () => {
  const found = scores.reduce((n, s) => n + s.found.length, 0);
  const total = scores.reduce((n, s) => n + s.found.length + s.missed.length, 0);
  const tables = scores.reduce((n, s) => n + s.report.tables.length, 0);
  const projects = scores.reduce((n, s) => n + (PROJECTS[s.file] ?? 1), 0);
  expect({ found, total, cleanRowErrors: scores.reduce((n, s) => n + s.cleanRowErrors.length, 0), tables, projects }).toEqual({
    found: total,
    total: 13,
    cleanRowErrors: 0,
    tables: projects,
    projects: 9,
  });
});
