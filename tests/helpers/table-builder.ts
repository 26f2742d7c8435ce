// Builds 绩效目标表 sheets for tests. The default table is clean: no rule may report anything on it.
import { gridFromStrings, type Grid } from "../../src/core/grid";

export type IndicatorRow = readonly [level1: string, level2: string, name: string, value: string];

export interface TableSpec {
  title?: string;
  /** The year line as written, e.g. `(2024年度)`; null drops the line. */
  yearLine?: string | null;
  name?: string;
  dept?: string;
  unit?: string;
  attr?: string;
  period?: string;
  total?: string;
  fiscal?: string;
  other?: string;
  goal?: string;
  /** Replaces the whole indicator area. */
  indicators?: ReadonlyArray<IndicatorRow>;
  /** Rows inserted verbatim after the indicators (already split into cells). */
  extraRows?: ReadonlyArray<ReadonlyArray<string>>;
  /**
   * Columns right of 指标值 (上年实际值, 指标方向, 分值 …): the header, and one cell per indicator row in order
   * (missing cells stay empty).
   */
  extraColumns?: ReadonlyArray<{ readonly header: string; readonly cells: ReadonlyArray<string> }>;
}

export const CLEAN_INDICATORS: ReadonlyArray<IndicatorRow> = [
  ["产出指标", "数量指标 (必填量化)", "指标1: 培训人次", "≥200人次"],
  ["", "质量指标 (必填量化)", "指标1: 培训考核合格率", "≥95%"],
  ["", "时效指标 (必填量化)", "指标1: 培训完成时间", "2024年12月31日前"],
  ["", "成本指标 (必填量化)", "指标1: 培训经费总额", "≤10万元"],
  ["效益指标", "经济效益指标 (选填量化)", "指标1: 节约差旅支出比例", "≥5%"],
  ["", "社会效益指标 (必填)", "指标1: 基层干部履职能力提升比例", "≥90%"],
  ["", "生态效益指标 (选填)", "指标1: 培训资料电子化节能率", "≥80%"],
  ["", "可持续影响指标 (必填)", "指标1: 培训成果长效应用机制", "达到预期目标"],
  ["满意度指标", "服务对象满意度指标 (必填量化)", "指标1: 参训学员满意度", "≥90%"],
];

/** Rows of one table: row 0 is the title. Column A holds labels, as in the seed. */
export function tableRows(spec: TableSpec = {}): string[][] {
  const rows: string[][] = [];
  rows.push([spec.title ?? "项目支出预算绩效目标表"]);
  const yearLine = spec.yearLine === undefined ? "(2024年度)" : spec.yearLine;
  if (yearLine !== null) rows.push([yearLine]);
  rows.push(["项目名称", "", spec.name ?? "基层干部培训经费", "", ""]);
  rows.push(["主管部门及代码", spec.dept ?? "35005001 区委组织部", "实施单位", spec.unit ?? "区委组织部", ""]);
  rows.push(["项目属性", spec.attr ?? "延续性项目", "项目期", spec.period ?? "1年期", ""]);
  rows.push(["项目资金 (万元)", "年度资金总额:", spec.total ?? "10", "", ""]);
  rows.push(["", "其中:财政拨款", spec.fiscal ?? "10", "", ""]);
  rows.push(["", "其他资金", spec.other ?? "0", "", ""]);
  rows.push([
    "年度总体目标",
    spec.goal ?? "目标1: 举办基层干部培训班, 培训200人次, 提升基层干部履职能力。",
    "",
    "",
    "",
  ]);
  const extra = spec.extraColumns ?? [];
  rows.push(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", ...extra.map((c) => c.header)]);
  (spec.indicators ?? CLEAN_INDICATORS).forEach(([l1, l2, name, value], i) =>
    rows.push(["", l1, l2, name, value, ...extra.map((c) => c.cells[i] ?? "")]),
  );
  for (const r of spec.extraRows ?? []) rows.push([...r]);
  return rows;
}

/** 1-based sheet row of the first indicator row (after the header row) in a default table at the sheet top. */
export const FIRST_INDICATOR_ROW = 11;

/** Several tables stacked with one blank row between them, as in the seed. */
export function sheetRows(...specs: TableSpec[]): string[][] {
  const out: string[][] = [];
  specs.forEach((s, i) => {
    if (i > 0) out.push([]);
    out.push(...tableRows(s));
  });
  return out;
}

export function sheetGrid(...specs: TableSpec[]): Grid {
  return gridFromStrings("Sheet1", sheetRows(...(specs.length ? specs : [{}])));
}

/** Replaces the indicator row whose 二级 label starts with `level2` (first match). */
export function withIndicator(
  level2: string,
  replacement: IndicatorRow,
  base: ReadonlyArray<IndicatorRow> = CLEAN_INDICATORS,
): IndicatorRow[] {
  const out = [...base];
  const i = out.findIndex((r) => r[1].startsWith(level2));
  if (i < 0) throw new Error(`no indicator row ${level2}`);
  out[i] = replacement;
  return out;
}

/** 1-based sheet row of the indicator row whose 二级 label starts with `level2` in a default single table. */
export function indicatorRow(level2: string, base: ReadonlyArray<IndicatorRow> = CLEAN_INDICATORS): number {
  const i = base.findIndex((r) => r[1].startsWith(level2));
  if (i < 0) throw new Error(`no indicator row ${level2}`);
  return FIRST_INDICATOR_ROW + i;
}
