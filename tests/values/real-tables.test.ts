// The value and time rules on the real tables of other provinces (tests/fixtures/real-tables), as the parser reads
// them: no error on a row the reviewer marked clean, and the values of issue 8 point 4 reported where they are.
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { Checker } from "../../src/core/engine";
import { gridFromTsv } from "../../src/core/tsv";
import { TIME_RULES } from "../../src/core/rules/time";
import { VALUE_RULES } from "../../src/core/rules/value";
import type { Diagnostic } from "../../src/core/rules/types";
import { REAL_DIR, loadRealTable } from "../corpus/real-tables";

const expected = JSON.parse(readFileSync(join(REAL_DIR, "expected.json"), "utf8")) as Record<
  string,
  { clean_rows: number[] }
>;
const files = readdirSync(REAL_DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort();

function check(file: string): ReadonlyArray<Diagnostic> {
  return new Checker({}, [...VALUE_RULES, ...TIME_RULES]).run(
    gridFromTsv(file.replace(/\.txt$/, ""), loadRealTable(file)),
  ).diagnostics;
}

const at = (ds: ReadonlyArray<Diagnostic>, row: number): string[] =>
  ds.filter((d) => d.row === row).map((d) => `${d.ruleId}/${d.messageId} ${d.severity}`);

test.each(files)("%s: no value or time error on a clean row", (file) => {
  const clean = expected[file.replace(/\.txt$/, ".tsv")]?.clean_rows ?? [];
  const errors = check(file).filter((d) => d.severity === "error" && clean.includes(d.row));
  expect(errors.map((d) => `${d.row} ${d.ruleId}: ${d.message}`)).toEqual([]);
});

test("06 rows 18 and 20: the 时效 targets are Excel date serials, reported with the date they stand for", () => {
  const ds = check("06_neimenggu_wuhai_2021_zaisheng_partial.txt");
  for (const row of [18, 20]) {
    expect(at(ds, row)).toEqual(["time-value-format/dateSerial warning"]);
    expect(ds.find((d) => d.row === row)?.message).toContain("2021年12月31日");
  }
  expect(at(ds, 15)).toEqual(["unit-missing/noUnit warning"]); // the empty 计量单位
  for (const row of [16, 17, 19, 21, 22, 23, 24, 25]) expect(at(ds, row)).toEqual([]); // `=` is an operator
});

test("15: ASCII operators read as operators; the template's leftovers in names are info", () => {
  const ds = check("15_hunan_nanyue_2018_fupin_jidi.txt");
  expect(ds.filter((d) => d.ruleId === "value-unparseable" && d.messageId === "unparseable")).toEqual([]);
  for (const row of [11, 14, 18, 19, 20, 21, 22, 23, 24, 25])
    expect(at(ds, row)).toEqual(["value-unparseable/nameHint info"]);
  expect(at(ds, 13)).toEqual(["value-unparseable/nameMark info"]);
  for (const row of [10, 12, 15, 16, 17]) expect(at(ds, row)).toEqual([]);
});

test("05: `<=6962人` caps an output count; `=100%` is an operator and a number", () => {
  const ds = check("05_shandong_linyixian_2025_xiaoxue_gongyong.txt");
  expect(at(ds, 10)).toEqual(["operator-direction/upperBoundOnPositive warning"]);
  for (const row of [11, 13, 14, 15, 17]) expect(at(ds, row)).toEqual([]);
});
