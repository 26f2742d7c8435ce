// What a reviewer's reports need of one checked file, computed right after the check while the grid is at hand:
// projects with their header facts and grade, findings with the offending value, the proposed fix, the opinion
// code and a fingerprint. Plain data (structured-clone safe), so a worker thread can send it back and the
// workbook itself can be released.
import * as crypto from "crypto";
import type { Grid } from "../../core/grid";
import type { Grade, SheetReport } from "../../core/engine";
import { resolveConfig, type Config } from "../../core/config";
import type { Indicator, ProjectTable } from "../../core/layout/model";
import { ruleById } from "../../core/rules";
import { OPINION_TEXT, opinionOf, type OpinionCode } from "../../core/rules/opinion";
import type { Diagnostic, Severity } from "../../core/rules/types";
import type { FileResult } from "../report";

export const SEVERITY_ORDER: ReadonlyArray<Severity> = ["error", "warning", "info"];

export interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** Which policy, template and budget year the project was checked against, and where they came from. */
export interface Policy {
  /** The review policy's id (`national`, `hubei`, `custom` for a unit's own file) and Chinese name. */
  readonly id: string;
  readonly name: string;
  /** Where the policy came from: the command line (--policy / --config), the workbook's saved settings, the default. */
  readonly source: "option" | "workbook" | "default";
  /** The --generation in force ("auto": each table's own). */
  readonly profile: "auto" | "legacy" | "mof-2021";
  /** The budget year the rules used; null when neither --year nor the table gives one. */
  readonly budgetYear: number | null;
  readonly yearSource: "option" | "table" | "none";
}

export interface ProjectInfo {
  readonly name: string;
  readonly range: string;
  readonly year: number | null;
  readonly generation: string;
  readonly tableIndex: number;
  readonly department: string;
  readonly unit: string;
  /** 年度资金总额 in 万元, null when not a number. */
  readonly fundTotal: number | null;
  /** Over every finding of the project, whatever --min-severity shows. */
  readonly counts: Counts;
  readonly grade: Grade;
  readonly policy: Policy;
}

export interface Fix {
  readonly cell: string;
  readonly value: string;
  readonly message: string;
}

/** The 三级 indicator row a finding sits on. */
export interface IndicatorRef {
  readonly level1: string;
  readonly level2: string;
  readonly level3: string;
  readonly value: string;
  /** 1-based sheet row of the indicator. */
  readonly row: number;
}

export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly cell: string;
  readonly row: number;
  readonly col: number;
  readonly project: string;
  readonly tableIndex: number;
  /** The flagged cell's displayed text ("" when empty). */
  readonly value: string;
  readonly fix: Fix | null;
  readonly opinion: OpinionCode;
  readonly indicator: IndicatorRef | null;
  readonly fingerprint: string;
}

export interface SheetSummary {
  readonly name: string;
  readonly projects: ReadonlyArray<ProjectInfo>;
  readonly findings: ReadonlyArray<Finding>;
}

export interface FileSummary {
  readonly path: string;
  readonly error: { readonly code: string; readonly message: string } | null;
  readonly sheets: ReadonlyArray<SheetSummary>;
}

export function opinionText(code: OpinionCode): string {
  return OPINION_TEXT[code];
}

/** `grids[i]` is the sheet `result.sheets[i]` was checked from. */
export function summarizeFile(
  result: FileResult,
  grids: ReadonlyArray<Grid>,
  config: Config,
  policySource: Policy["source"] = "option",
  /** false: projects only, no findings (a text or JSON v1 run that writes no report reads none). */
  withFindings = true,
): FileSummary {
  if (result.error)
    return { path: result.path, error: { code: result.error.code, message: result.error.message }, sheets: [] };
  const resolved = resolveConfig(config);
  const policy = {
    id: resolved.policy.id,
    name: resolved.policy.name,
    source: config.policy === undefined ? "default" : policySource,
    profile: resolved.generation,
  } as const;
  return {
    path: result.path,
    error: null,
    sheets: result.sheets.map((s, i) => summarizeSheet(s, grids[i], config, policy, withFindings)),
  };
}

function summarizeSheet(
  report: SheetReport,
  grid: Grid | undefined,
  config: Config,
  policy: Pick<Policy, "id" | "name" | "source" | "profile">,
  withFindings: boolean,
): SheetSummary {
  const tables = new Map<number, ProjectTable>(report.tables.map((t) => [t.index, t]));
  const projects = report.projects.map((p): ProjectInfo => {
    const t = tables.get(p.tableIndex);
    const budgetYear = config.year ?? p.year ?? null;
    return {
      name: p.name,
      range: p.range,
      year: p.year,
      generation: p.generation,
      tableIndex: p.tableIndex,
      department: t?.header.department?.value?.text ?? "",
      unit: t?.header.implementingUnit?.value?.text ?? "",
      fundTotal: t?.header.fundTotal?.amount ?? null,
      counts: { error: p.counts.error, warning: p.counts.warning, info: p.counts.info },
      grade: p.grade,
      policy: {
        ...policy,
        budgetYear,
        yearSource: config.year !== undefined ? "option" : p.year !== null ? "table" : "none",
      },
    };
  });
  if (!withFindings) return { name: report.sheet, projects, findings: [] };
  const rowsOf = new Map<number, Map<number, IndicatorRef>>();
  const origin = grid?.origin ?? { row: 0, col: 0 };
  for (const t of report.tables) rowsOf.set(t.index, indicatorRows(t, origin.row));
  const seen = new Map<string, number>();
  const findings = report.diagnostics.map((d): Finding => {
    const indicator = rowsOf.get(d.tableIndex)?.get(d.row) ?? null;
    const value = grid ? grid.text(d.row - 1 - origin.row, d.col - 1 - origin.col) : "";
    const first = d.suggestions[0];
    return {
      ruleId: d.ruleId,
      messageId: d.messageId,
      severity: d.severity,
      message: d.message,
      cell: d.cell,
      row: d.row,
      col: d.col,
      project: d.project,
      tableIndex: d.tableIndex,
      value,
      fix: first ? { cell: first.cell, value: first.value, message: first.message } : null,
      opinion: opinionOf(ruleById(d.ruleId)?.meta, d),
      indicator,
      fingerprint: fingerprintOf(report.sheet, d, indicator, value, seen),
    };
  });
  return { name: report.sheet, projects, findings };
}

/** 1-based sheet row → the 三级 indicator written on it. */
function indicatorRows(t: ProjectTable, originRow: number): Map<number, IndicatorRef> {
  const out = new Map<number, IndicatorRef>();
  const add = (ind: Indicator): void => {
    const row = ind.nameCell.row + originRow + 1;
    if (out.has(row)) return;
    const block = t.level2[ind.level2Index];
    out.set(row, {
      level1: ind.level1 ?? block?.level1 ?? "",
      level2: ind.level2 ?? block?.label.text ?? "",
      level3: ind.raw,
      value: ind.valueText,
      row,
    });
  };
  for (const ind of t.indicators) add(ind);
  return out;
}

/**
 * Stable across review rounds: built from what the finding is about (sheet, project, rule, message, indicator or
 * value), not from its cell address, so rows inserted above do not change it. Repeats get an ordinal.
 */
function fingerprintOf(
  sheet: string,
  d: Diagnostic,
  ind: IndicatorRef | null,
  value: string,
  seen: Map<string, number>,
): string {
  const subject = ind ? `${ind.level2}\u0001${ind.level3}` : value;
  const key = [sheet, d.project, d.ruleId, d.messageId, subject].join("\u0000");
  const n = seen.get(key) ?? 0;
  seen.set(key, n + 1);
  return sha1Hex(`${key}\u0000${n}`).slice(0, 16);
}

/** crypto.hash (Node ≥ 20.12) is the one-shot form, without a Hash object per finding; the same digest. */
const sha1Hex: (text: string) => string =
  typeof crypto.hash === "function"
    ? (text) => crypto.hash("sha1", text, "hex")
    : (text) => crypto.createHash("sha1").update(text).digest("hex");

/** Findings at or above a severity; the rest of the summary is untouched. */
export function atLeast(min: Severity): (f: { readonly severity: Severity }) => boolean {
  const rank = SEVERITY_ORDER.indexOf(min);
  return (f) => SEVERITY_ORDER.indexOf(f.severity) <= rank;
}

/** Counts of the findings of one project (all of them, for its grade). */
export function sumCounts(list: ReadonlyArray<Counts>): Counts {
  const c = { error: 0, warning: 0, info: 0 };
  for (const x of list) {
    c.error += x.error;
    c.warning += x.warning;
    c.info += x.info;
  }
  return c;
}

/** Why a project got its grade, in the words of the grading rule (core/engine gradeOf). */
export function gradeReason(p: Pick<ProjectInfo, "counts" | "grade">): string {
  switch (p.grade) {
    case "差":
      return `错误 ${p.counts.error} 项（≥3 项为差）`;
    case "中":
      return `错误 ${p.counts.error} 项（有错误为中）`;
    case "良":
      return `无错误，警告 ${p.counts.warning} 项（仅有警告为良）`;
    default:
      return "无错误和警告";
  }
}

export const SEVERITY_ZH: Readonly<Record<Severity, string>> = { error: "错误", warning: "警告", info: "提示" };

const grouped = new WeakMap<SheetSummary, Map<number, Finding[]>>();

/** A sheet's findings by project table, built once per sheet (a filter per project was projects × findings). */
export function findingsByTable(s: SheetSummary): Map<number, Finding[]> {
  let m = grouped.get(s);
  if (!m) {
    m = new Map();
    for (const f of s.findings) {
      const list = m.get(f.tableIndex);
      if (list) list.push(f);
      else m.set(f.tableIndex, [f]);
    }
    grouped.set(s, m);
  }
  return m;
}

/** Findings of one project, worst first, then in sheet order. */
export function projectFindings(s: SheetSummary, tableIndex: number, show: (f: Finding) => boolean): Finding[] {
  return (findingsByTable(s).get(tableIndex) ?? [])
    .filter(show)
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.row - b.row || a.col - b.col,
    );
}

/** The project's most serious findings in one line, for a summary row. */
export function topIssues(list: ReadonlyArray<Finding>, n = 3): string {
  const head = list
    .slice(0, n)
    .map((f) => `${f.cell} ${SEVERITY_ZH[f.severity]}：${f.message.replace(/\s*\n\s*/g, " ")}`);
  return list.length > n ? `${head.join("；")}；另有 ${list.length - n} 项` : head.join("；");
}

/** Totals per 主管部门 and per grade, and the most frequent rules, over the shown findings. */
export interface Totals {
  readonly byDepartment: ReadonlyArray<{
    department: string;
    projects: number;
    grades: Record<Grade, number>;
    counts: Counts;
  }>;
  readonly byGrade: Record<Grade, number>;
  readonly byRule: ReadonlyArray<{ ruleId: string; count: number; severity: Severity }>;
  readonly projects: number;
  readonly counts: Counts;
  readonly failedFiles: number;
}

export function totalsOf(files: ReadonlyArray<FileSummary>, min: Severity): Totals {
  const show = atLeast(min);
  const depts = new Map<
    string,
    {
      department: string;
      projects: number;
      grades: Record<Grade, number>;
      counts: { error: number; warning: number; info: number };
    }
  >();
  const byGrade: Record<Grade, number> = { 优: 0, 良: 0, 中: 0, 差: 0 };
  const rules = new Map<string, { ruleId: string; count: number; severity: Severity }>();
  const counts = { error: 0, warning: 0, info: 0 };
  let projects = 0;
  let failedFiles = 0;
  for (const f of files) {
    if (f.error) failedFiles++;
    for (const s of f.sheets) {
      for (const p of s.projects) {
        projects++;
        byGrade[p.grade]++;
        const key = p.department || "（未填写）";
        const d = depts.get(key) ?? {
          department: key,
          projects: 0,
          grades: { 优: 0, 良: 0, 中: 0, 差: 0 },
          counts: { error: 0, warning: 0, info: 0 },
        };
        d.projects++;
        d.grades[p.grade]++;
        for (const x of findingsByTable(s).get(p.tableIndex) ?? []) if (show(x)) d.counts[x.severity]++;
        depts.set(key, d);
      }
      for (const x of s.findings) {
        if (!show(x)) continue;
        counts[x.severity]++;
        const r = rules.get(x.ruleId) ?? { ruleId: x.ruleId, count: 0, severity: x.severity };
        r.count++;
        rules.set(x.ruleId, r);
      }
    }
  }
  const collator = new Intl.Collator("zh-Hans-CN");
  return {
    byDepartment: [...depts.values()].sort((a, b) => collator.compare(a.department, b.department)),
    byGrade,
    byRule: [...rules.values()].sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId)),
    projects,
    counts,
    failedFiles,
  };
}
