// Issue 15: saved settings that switch every rule off turned the seed's 36 errors into "0 findings, every project
// 优" with nothing saying rules were off. The report lists the rules it did not run; the text summary and the
// pane's summary say how many and which.
import { check } from "../../src/core/engine";
import { RULES } from "../../src/core/rules";
import { gridFromTsv } from "../../src/core/tsv";
import { buildView, SHOW_ALL } from "../../src/taskpane/render-model";
import { runCli, SEED, SEED_TEXT } from "../cli/fixtures";

const allOff = Object.fromEntries(RULES.map((r) => [r.meta.id, "off" as const]));

test("a check with every rule off names them all in disabledRules", () => {
  const report = check(gridFromTsv("seed", SEED_TEXT), { rules: allOff });
  expect(report.diagnostics).toEqual([]);
  expect(report.disabledRules).toEqual(RULES.map((r) => r.meta.id).sort());
  expect(check(gridFromTsv("seed", SEED_TEXT)).disabledRules).toEqual([]);
});

test("the pane's summary says which rules the workbook's settings switched off", () => {
  const report = check(gridFromTsv("seed", SEED_TEXT), { rules: { "unit-missing": "off", "goal-missing": "off" } });
  const v = buildView(report, { filter: SHOW_ALL, collapsed: new Set(), selection: null, currentKey: null });
  expect(v.summary?.disabledNote).toBe("工作簿设置中关闭了 2 条规则，这些问题未检查：goal-missing、unit-missing。");
  const on = buildView(check(gridFromTsv("seed", SEED_TEXT)), {
    filter: SHOW_ALL,
    collapsed: new Set(),
    selection: null,
    currentKey: null,
  });
  expect(on.summary?.disabledNote).toBeNull();
});

test("the text report's summary line says how many rules were off and which", async () => {
  const r = await runCli(["--rule", "unit-missing=off", "--rule", "goal-missing=off", SEED]);
  expect(r.stdout.trimEnd().split("\n").pop()).toMatch(/；已关闭 2 条规则，未检查：goal-missing、unit-missing$/);
  const plain = await runCli([SEED]);
  expect(plain.stdout).not.toMatch(/已关闭/);
});
