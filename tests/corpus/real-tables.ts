// Scores the checker on the real tables of other provinces (tests/fixtures/real-tables, vendored from
// ../shared/real-tables): expected findings found, errors on clean rows, errors outside the expectations.
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { check, type SheetReport } from "../../src/core/engine";
import { gridFromTsv } from "../../src/core/tsv";
import type { Diagnostic } from "../../src/core/rules/types";

export const REAL_DIR = join(__dirname, "../fixtures/real-tables");

interface ExpectedFinding {
  readonly rule: string[];
  readonly rows: number[];
  readonly sev: string[];
}
interface ExpectedFile {
  readonly findings: ExpectedFinding[];
  readonly clean_rows: number[];
}

export interface FileScore {
  readonly file: string;
  readonly report: SheetReport;
  readonly found: ExpectedFinding[];
  readonly missed: ExpectedFinding[];
  /** Errors on a row the reviewer marked clean. */
  readonly cleanRowErrors: Diagnostic[];
  /** Errors that match no expected finding (clean-row errors included). */
  readonly unexpectedErrors: Diagnostic[];
}

/** Rules a `_partial` file is not judged by: the published copy stops, so its missing blocks are not the clerk's. */
export const CUT_OFF_RULES = new Set(["required-level2-missing", "required-level3-missing"]);

const matches = (d: Diagnostic, e: ExpectedFinding): boolean =>
  e.rule.includes(d.ruleId) && e.rows.includes(d.row) && e.sev.includes(d.severity);

/** The file's table: line 1 (`# source: …`) is dropped, so grid row N is the README's row N. */
export function loadRealTable(file: string): string {
  const text = readFileSync(join(REAL_DIR, file), "utf8");
  return text.slice(text.indexOf("\n") + 1);
}

export function scoreAll(): FileScore[] {
  const expected = JSON.parse(readFileSync(join(REAL_DIR, "expected.json"), "utf8")) as Record<string, ExpectedFile>;
  const files = readdirSync(REAL_DIR).filter((f) => f.endsWith(".txt")).sort();
  return files.map((file) => {
    const exp = expected[file.replace(/\.txt$/, ".tsv")];
    if (!exp) throw new Error(`no expectations for ${file}`);
    const report = check(gridFromTsv(file.replace(/\.txt$/, ""), loadRealTable(file)));
    const partial = /_partial\./.test(file);
    const judged = report.diagnostics.filter((d) => !(partial && CUT_OFF_RULES.has(d.ruleId)));
    const errors = judged.filter((d) => d.severity === "error");
    return {
      file,
      report,
      found: exp.findings.filter((e) => judged.some((d) => matches(d, e))),
      missed: exp.findings.filter((e) => !judged.some((d) => matches(d, e))),
      cleanRowErrors: errors.filter((d) => exp.clean_rows.includes(d.row)),
      unexpectedErrors: errors.filter((d) => !exp.findings.some((e) => matches(d, e))),
    };
  });
}
