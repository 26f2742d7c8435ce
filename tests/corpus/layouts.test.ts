// One small table per layout variant met in published tables (tests/fixtures/layouts, markdownlint-style): the
// expected findings are marked beside their row as a last cell `⟵ rule-id[:severity], …`; a row without a mark must
// have no error. Line 1 is `# projects: N — what the fixture shows`.
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { check } from "../../src/core/engine";
import { gridFromTsv } from "../../src/core/tsv";

const DIR = join(__dirname, "../fixtures/layouts");
const MARK = "\t⟵";

interface Fixture {
  readonly file: string;
  readonly projects: number;
  readonly tsv: string;
  /** 1-based row → expected `rule` or `rule:severity`. */
  readonly marks: Map<number, string[]>;
}

function load(file: string): Fixture {
  const [head = "", ...lines] = readFileSync(join(DIR, file), "utf8").replace(/\n$/, "").split("\n");
  const projects = Number(/^# projects: (\d+)/.exec(head)?.[1] ?? NaN);
  const marks = new Map<number, string[]>();
  const rows = lines.map((line, i) => {
    const at = line.indexOf(MARK);
    if (at < 0) return line;
    marks.set(i + 1, line.slice(at + MARK.length).split(",").map((s) => s.trim()).filter(Boolean));
    return line.slice(0, at);
  });
  return { file, projects, tsv: rows.join("\n"), marks };
}

const fixtures = readdirSync(DIR).filter((f) => f.endsWith(".tsv")).sort().map(load);

test("every layout variant has a fixture", () => {
  expect(fixtures.map((f) => f.file)).toEqual([
    "approval-rows-year-in-name.tsv",
    "cover-page-two-fund-trees.tsv",
    "extra-columns-2021.tsv",
    "fund-sources.tsv",
    "no-section-column.tsv",
    "regional-value-columns.tsv",
    "side-by-side-blocks.tsv",
    "split-value-columns.tsv",
    "two-projects-vertical-label.tsv",
  ]);
});

describe.each(fixtures.map((f) => [f.file, f] as const))("%s", (_file, f) => {
  const report = check(gridFromTsv(f.file, f.tsv));

  test("one table per project, no rule crashed", () => {
    expect(report.tables).toHaveLength(f.projects);
    expect(report.ruleFailures).toEqual([]);
  });

  test("every marked finding is reported on its row", () => {
    const missing: string[] = [];
    for (const [row, expected] of f.marks) {
      for (const e of expected) {
        const [rule, severity] = e.split(":");
        const hit = report.diagnostics.some((d) => d.row === row && d.ruleId === rule && (severity === undefined || d.severity === severity));
        if (!hit) missing.push(`row ${row}: ${e}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test("no error on a row without a mark, and no unmarked error on a marked row", () => {
    const stray = report.diagnostics
      .filter((d) => d.severity === "error" && !(f.marks.get(d.row) ?? []).some((e) => e.split(":")[0] === d.ruleId))
      .map((d) => `row ${d.row} ${d.ruleId}: ${d.message}`);
    expect(stray).toEqual([]);
  });
});
