// fast-check generators shared by the property suites: cell texts a clerk (or an attacker) can type, whole random
// grids, and the seed with random damage (blanked, shifted, replaced, deleted and duplicated cells and rows).
import { readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { fromA1, Grid, type Area, type Cell, type Pos } from "../../src/core/grid";
import type { SheetReport } from "../../src/core/engine";

/** Labels, annotations, prefixes and values of the form, with their variants (full-width, inner spaces). */
export const LABEL_WORDS: ReadonlyArray<string> = [
  "项目支出预算绩效目标表",
  "项目支出绩效目标表",
  "2024年度项目支出绩效目标申报表",
  "(2024年度)",
  "（2024 年度）",
  "2024",
  "2023年度",
  "项目名称",
  "项 目 名 称",
  "主管部门及代码",
  "主管部门",
  "实施单位",
  "项目属性",
  "项目期",
  "项目资金 (万元)",
  "项目资金（万元）",
  "年度资金总额:",
  "年度资金总额：",
  "其中:财政拨款",
  "其中：财政拨款",
  "其他资金",
  "年度总体目标",
  "绩效指标",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标值",
  "产出指标",
  "效益指标",
  "满意度指标",
  "成本指标",
  "项目完成指标",
  "数量指标 (必填量化)",
  "质量指标（必填量化）",
  "时效指标 (必填量化)",
  "成本指标 (必填量化)",
  "经济效益指标 (选填量化)",
  "社会效益指标 (必填)",
  "生态效益指标 (选填)",
  "可持续影响指标 (必填)",
  "服务对象满意度指标 (必填量化)",
  "经济成本指标",
  "社会成本指标",
  "生态环境成本指标",
  "投入指标",
  "过程指标",
  "指标1:",
  "指标1：培训人次",
  "指标:",
  "指标１",
  "指标2: 参训人员满意度",
  "指标1基层党建工作开展时间",
  "附件11-3",
  "目标1: 为基层党建工作提供经费保障。",
];

export const VALUE_WORDS: ReadonlyArray<string> = [
  "≥95%",
  "≤15万元",
  "50-100人",
  "1200元/人/年",
  "2024年底前",
  "2023年12月31日",
  "2024年1月-12月",
  "2024.01--2024.12",
  "2025-02-30",
  "12月底前",
  "明显",
  "有效保障",
  "达到预期目标",
  "不涉及",
  "/",
  "是",
  "100%",
  "60万",
  "60",
  "0",
  "-5",
  "1e308",
  "1,000,000元",
  "＞＝９５％",
  "≥２００人次",
  "按年发放",
  "162个村、36个社区",
  "约12000平方米",
  "95%以上",
  "3至5次",
  "80%～90%",
  "长期",
  "1年期",
  "延续性项目",
];

export const HOSTILE_WORDS: ReadonlyArray<string> = [
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#N/A",
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://x","y")',
  "+SUM(1)",
  "{{value}}",
  "$&$`$'",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "\u0000",
  "\u202e反转",
  "\ud800",
  "😀👍🏽",
  "\r\n",
  "a\nb",
  " \u3000 ",
  "\u00a0",
  "\u200b",
  "ＡＢＣ１２３：；",
  "（）()（",
];

const anyWord = fc.constantFrom(...LABEL_WORDS, ...VALUE_WORDS, ...HOSTILE_WORDS);

/** Long text made of repeated pieces, up to 1500 characters (the hostile-cell tests go to Excel's 32 767). */
const longText = fc
  .tuple(
    fc.constantFrom("。", ".", " ", "1", "指标", "项目名称", "≥", "(", "2024年", "a", "，", "-", "—", "1—"),
    fc.integer({ min: 200, max: 1500 }),
    fc.string({ maxLength: 3 }),
  )
  .map(([piece, n, tail]) => piece.repeat(Math.ceil(n / piece.length)) + tail);

/** Any text a cell can show. */
export const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: anyWord },
  {
    weight: 2,
    arbitrary: fc
      .tuple(anyWord, fc.constantFrom("", " ", "　", ":", "：", "。"), anyWord)
      .map(([a, s, b]) => a + s + b),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom(..."０１２３４５６７８９ＡＢ：，。％＞＝　（）项目指标年月日"),
      maxLength: 12,
    }),
  },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: longText },
);

const NUM_FORMATS = [
  undefined,
  "General",
  "0%",
  "0.00%",
  "yyyy年m月d日",
  "yyyy年m月",
  "yyyy-mm-dd",
  "d/m/yy",
  "#,##0.00",
  "@",
];

/** A cell as a host delivers it: text and/or a stored value, a formula, a number format, a formula error. */
export const cellArb: fc.Arbitrary<Cell | null | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 8, arbitrary: cellText.map((t): Cell => ({ value: t, text: t })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.oneof(fc.double(), fc.integer({ min: -1, max: 2958470 }), fc.constantFrom(0.95, 45657, 60, 1e21, -0)),
        fc.constantFrom(...NUM_FORMATS),
        fc.boolean(),
      )
      .map(([v, numFmt, withText]): Cell =>
        withText ? { value: v, text: String(v), numFmt } : { value: v, text: "", numFmt },
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("#REF!", "#VALUE!", "#DIV/0!", "#N/A", "#NAME?"), fc.boolean())
      .map(([e, withText]): Cell => ({ value: { error: e }, text: withText ? e : "", formula: "=C9+C10" })),
  },
  { weight: 1, arbitrary: fc.boolean().map((b): Cell => ({ value: b, text: "" })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 1000 }), cellText)
      .map(([v, t]): Cell => ({ value: v, text: t, formula: "=C9+C10" })),
  },
);

export const originArb: fc.Arbitrary<Pos> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ row: 0, col: 0 }) },
  {
    weight: 1,
    arbitrary: fc.record({ row: fc.integer({ min: 0, max: 1_048_000 }), col: fc.integer({ min: 0, max: 16_000 }) }),
  },
);

export type Rows = Array<Array<Cell | null | undefined>>;

/** A row: empty, a few cells, or a template-like row of five. */
const rowArb: fc.Arbitrary<Array<Cell | null | undefined>> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Array<Cell | null | undefined>>([]) },
  { weight: 4, arbitrary: fc.array(cellArb, { maxLength: 8 }) },
  { weight: 2, arbitrary: fc.array(cellArb, { minLength: 5, maxLength: 5 }) },
);

export const rowsArb: fc.Arbitrary<Rows> = fc.array(rowArb, { maxLength: 40 });

function mergesFor(rows: Rows): fc.Arbitrary<Area[]> {
  const h = rows.length;
  const w = rows.reduce((m, r) => Math.max(m, r.length), 0);
  if (h === 0 || w === 0) return fc.constant([]);
  const area = fc.tuple(fc.nat(h - 1), fc.nat(h - 1), fc.nat(w - 1), fc.nat(w - 1)).map(([a, b, c, d]): Area => ({
    top: Math.min(a, b),
    bottom: Math.max(a, b),
    left: Math.min(c, d),
    right: Math.max(c, d),
  }));
  return fc.array(area, { maxLength: 4 });
}

export interface GridCase {
  readonly rows: Rows;
  readonly origin: Pos;
  readonly merges: Area[];
}

export const gridCaseArb: fc.Arbitrary<GridCase> = rowsArb.chain((rows) =>
  fc.record({ rows: fc.constant(rows), origin: originArb, merges: mergesFor(rows) }),
);

export function gridOf(c: GridCase, sheet = "Sheet1"): Grid {
  return new Grid({ sheet, rows: c.rows, origin: c.origin, merges: c.merges });
}

// ---- the seed, damaged ----------------------------------------------------------------------------------------

const SEED_TEXT = readFileSync(join(__dirname, "../fixtures/seed-2024.txt"), "utf8").replace(/^\uFEFF/, "");

/** The seed's lines split into tab-separated fields, exactly as gridFromTsv reads them. */
export function seedRows(): string[][] {
  const lines = SEED_TEXT.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines.map((l) => l.split("\t"));
}

export type Mutation =
  | { readonly kind: "blank"; readonly r: number; readonly c: number }
  | { readonly kind: "shiftLeft"; readonly r: number }
  | { readonly kind: "shiftRight"; readonly r: number }
  | { readonly kind: "replace"; readonly r: number; readonly c: number; readonly text: string }
  | { readonly kind: "deleteRow"; readonly r: number }
  | { readonly kind: "duplicateRow"; readonly r: number };

const rowIdx = fc.nat(100_000);
const colIdx = fc.nat(6);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("blank" as const), r: rowIdx, c: colIdx }),
  fc.record({ kind: fc.constant("shiftLeft" as const), r: rowIdx }),
  fc.record({ kind: fc.constant("shiftRight" as const), r: rowIdx }),
  fc.record({ kind: fc.constant("replace" as const), r: rowIdx, c: colIdx, text: cellText }),
  fc.record({ kind: fc.constant("deleteRow" as const), r: rowIdx }),
  fc.record({ kind: fc.constant("duplicateRow" as const), r: rowIdx }),
);

/** Applies mutations to a copy of the rows; row and column indices wrap around the current size. */
export function mutate(rows: ReadonlyArray<ReadonlyArray<string>>, mutations: ReadonlyArray<Mutation>): string[][] {
  const out = rows.map((r) => [...r]);
  for (const m of mutations) {
    if (out.length === 0) break;
    const r = m.r % out.length;
    const row = out[r] ?? [];
    switch (m.kind) {
      case "blank":
        if (row.length > 0) row[m.c % row.length] = "";
        break;
      case "replace": {
        while (row.length <= m.c) row.push("");
        row[m.c] = m.text;
        out[r] = row;
        break;
      }
      case "shiftLeft":
        out[r] = row.slice(1);
        break;
      case "shiftRight":
        out[r] = ["", ...row];
        break;
      case "deleteRow":
        out.splice(r, 1);
        break;
      case "duplicateRow":
        out.splice(r, 0, [...row]);
        break;
    }
  }
  return out;
}

/** Property parameters: a random seed per run (fast-check prints it on failure); FC_SEED=<seed> replays one. */
export function fcParams<T>(numRuns: number): fc.Parameters<T> {
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
  return seed === undefined ? { numRuns } : { numRuns, seed };
}

/** Deep equality for large reports: a JSON comparison first (jest's toEqual is slow on big trees), toEqual for the diff. */
export function expectSame(actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual).toEqual(expected);
}

// ---- report invariants ----------------------------------------------------------------------------------------

/** Columns a finding may lie right of the used range (see locationProblems). */
export const VALUE_CELL_SLACK = 1;

/**
 * Problems with a report: a rule that threw (the engine isolates it in `ruleFailures`, but it is still a bug) and
 * findings that point outside the grid or at another cell than their row/col. Empty when all is well.
 */
export function locationProblems(grid: Grid, report: SheetReport): string[] {
  const problems: string[] = [];
  for (const f of report.ruleFailures) problems.push(`rule ${f.ruleId} threw on table ${f.tableIndex}: ${f.message}`);
  const minRow = grid.origin.row + 1;
  const maxRow = grid.origin.row + grid.rowCount;
  const minCol = grid.origin.col + 1;
  // a missing header value is reported on the empty cell where it belongs, right of its label: that cell may be
  // the first column past the used range (a sheet whose last used column holds the label)
  const maxCol = grid.origin.col + grid.colCount + VALUE_CELL_SLACK;
  for (const d of report.diagnostics) {
    const where = `${d.ruleId} at ${d.cell} (row ${d.row}, col ${d.col})`;
    if (!Number.isInteger(d.row) || d.row < minRow || d.row > maxRow)
      problems.push(`${where}: row outside ${minRow}..${maxRow}`);
    if (!Number.isInteger(d.col) || d.col < minCol || d.col > maxCol)
      problems.push(`${where}: col outside ${minCol}..${maxCol}`);
    const a1 = fromA1(d.cell);
    if (!a1 || a1.row !== d.row - 1 || a1.col !== d.col - 1) problems.push(`${where}: address does not match row/col`);
    if (d.sheet !== grid.sheet) problems.push(`${where}: sheet ${d.sheet}`);
    if (d.tableIndex < 0 || d.tableIndex >= report.tables.length) problems.push(`${where}: tableIndex ${d.tableIndex}`);
    if (typeof d.message !== "string" || d.message.length === 0) problems.push(`${where}: empty message`);
    if (/\{\{\s*[A-Za-z0-9_]+\s*\}\}/.test(d.message) && !/\{\{/.test(JSON.stringify(d.data)))
      problems.push(`${where}: unfilled placeholder in "${d.message}"`);
    if (!["error", "warning", "info"].includes(d.severity)) problems.push(`${where}: severity ${d.severity}`);
    for (const s of d.suggestions) {
      const sa = fromA1(s.cell);
      if (!sa || sa.row !== s.row - 1 || sa.col !== s.col - 1 || s.row < 1 || s.col < 1) {
        problems.push(`${where}: suggestion address ${s.cell} does not match row ${s.row}, col ${s.col}`);
      }
    }
  }
  for (const p of report.projects) {
    const [tl, br] = p.range.split(":");
    const a = tl ? fromA1(tl) : null;
    const b = br ? fromA1(br) : a;
    if (
      !a ||
      !b ||
      a.row > b.row ||
      a.col > b.col ||
      a.row < grid.origin.row ||
      b.row >= grid.origin.row + grid.rowCount
    ) {
      problems.push(`project ${p.tableIndex} range ${p.range} outside the grid`);
    }
  }
  return problems;
}
