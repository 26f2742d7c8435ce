// The cost model reads a rate's denominators as periods (月, 年 …) or counted units (人, 个). Only the period words
// count as periods: a denominator spelled like an Object property (`constructor`, `toString`) is a unit word, never
// a period whose "periods per year" is a function (products of NaN).
import { TableAnalysis } from "../../src/core/analysis/table";
import { Checker } from "../../src/core/engine";
import { naVocabulary } from "../../src/core/form/na";
import { sheetGrid, withIndicator } from "../helpers/table-builder";

function termsOf(value: string) {
  const indicators = withIndicator("成本指标", ["", "成本指标 (必填量化)", "指标1: 人均补助标准", value]);
  const report = new Checker({}).run(sheetGrid({ indicators }), { remember: false });
  const table = report.tables[0];
  if (!table) throw new Error("no table");
  return new TableAnalysis(table, naVocabulary()).cost.terms;
}

test.each([
  ["100元/人/月", "人", "月", 12],
  ["100元/月", null, "月", 12],
  ["100元/季度", null, "季度", 4],
  ["100元/constructor", "constructor", null, 1],
  ["100元/toString", "toString", null, 1],
  ["100元/__proto__", "__proto__", null, 1],
])("%s: unit word %s, period %s, %d periods a year", (value, unitWord, periodWord, periods) => {
  const [term] = termsOf(value);
  expect(term).toMatchObject({ unitWord, periodWord, periods });
});
