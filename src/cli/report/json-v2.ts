// The version 2 JSON report: every v1 field unchanged and in v1's order, plus per project its grade, counts,
// policy and header facts, per finding the offending value, proposed fix, reviewer opinion and a fingerprint.
// The zod schema is the contract; schema/ptcheck-report-v2.json is generated from it (a test keeps them equal).
import { z } from "zod";
import type { Severity } from "../../core/rules/types";
import { OPINION_CODES } from "../../core/rules/opinion";
import { writeFileObject } from "../json-parts";
import type { TextSink } from "../utf8-body";
import { atLeast, opinionText, type FileSummary, type Finding, type ProjectInfo } from "./summary";

const SeveritySchema = z.enum(["error", "warning", "info"]);
const CountsSchema = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });
const GradeSchema = z.enum(["优", "良", "中", "差"]);
const OpinionCodeSchema = z.literal([...OPINION_CODES]);

export const DiagnosticV2Schema = z.object({
  ruleId: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  cell: z.string(),
  row: z.number().int().describe("1-based sheet row (text input: line number)"),
  col: z.number().int().describe("1-based sheet column (text input: field number)"),
  project: z.string(),
  value: z.string().describe("The flagged cell's displayed text; empty when the cell is empty"),
  fix: z
    .object({ cell: z.string(), value: z.string(), message: z.string() })
    .nullable()
    .describe("The proposed fix: the value to write into the cell, or null"),
  opinion: z.object({ code: OpinionCodeSchema, text: z.string() }).describe("Reviewer opinion (监审意见 code 1–11)"),
  indicator: z
    .object({ level1: z.string(), level2: z.string(), level3: z.string(), value: z.string(), row: z.number().int() })
    .nullable()
    .describe("The 三级 indicator row the finding sits on, or null for header and table-level findings"),
  fingerprint: z.string().describe("Stable across review rounds: independent of the cell address"),
});

export const ProjectV2Schema = z.object({
  name: z.string(),
  range: z.string(),
  year: z.number().int().nullable(),
  generation: z.string(),
  grade: GradeSchema.describe("建议等次 over all findings: ≥3 errors 差, any error 中, warnings only 良, else 优"),
  counts: CountsSchema.describe("Findings of the project by severity, whatever --min-severity shows"),
  policy: z.object({
    id: z.string().describe("The review policy (docs/policies.md); `custom` for a unit's own policy file"),
    name: z.string(),
    source: z
      .enum(["option", "workbook", "default"])
      .describe("Where the policy came from: --policy/--config, the workbook's saved settings, the default"),
    profile: z
      .enum(["auto", "legacy", "mof-2021"])
      .describe("The template generation in force (--generation; auto: each table's own)"),
    budgetYear: z.number().int().nullable(),
    yearSource: z.enum(["option", "table", "none"]),
  }),
  department: z.string(),
  unit: z.string(),
  fundTotal: z.number().nullable().describe("年度资金总额 in 万元"),
});

export const FileV2Schema = z.object({
  path: z.string(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  sheets: z.array(
    z.object({ name: z.string(), projects: z.array(ProjectV2Schema), diagnostics: z.array(DiagnosticV2Schema) }),
  ),
});

export const ReportV2Schema = z
  .object({
    version: z.literal(2),
    files: z.array(FileV2Schema),
    summary: z.object({
      files: z.number().int(),
      projects: z.number().int(),
      error: z.number().int(),
      warning: z.number().int(),
      info: z.number().int(),
      grades: z.object({ 优: z.number().int(), 良: z.number().int(), 中: z.number().int(), 差: z.number().int() }),
      minSeverity: SeveritySchema,
    }),
  })
  .describe("ptcheck JSON report, version 2");

export type ReportV2 = z.infer<typeof ReportV2Schema>;
export type FileV2 = z.infer<typeof FileV2Schema>;

/** The JSON Schema shipped as schema/ptcheck-report-v2.json. */
export function reportV2JsonSchema(): unknown {
  return { ...z.toJSONSchema(ReportV2Schema), $id: "https://perf-target-checker.local/schema/ptcheck-report-v2.json" };
}

export function fileV2(f: FileSummary, min: Severity): FileV2 {
  const show = atLeast(min);
  return {
    path: f.path,
    error: f.error,
    sheets: f.error
      ? []
      : f.sheets.map((s) => ({
          name: s.name,
          projects: s.projects.map(projectV2),
          diagnostics: s.findings.filter(show).map(diagnosticV2),
        })),
  };
}

function projectV2(p: ProjectInfo): FileV2["sheets"][number]["projects"][number] {
  return {
    name: p.name,
    range: p.range,
    year: p.year,
    generation: p.generation,
    grade: p.grade,
    counts: p.counts,
    policy: p.policy,
    department: p.department,
    unit: p.unit,
    fundTotal: p.fundTotal,
  };
}

function diagnosticV2(d: Finding): FileV2["sheets"][number]["diagnostics"][number] {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    cell: d.cell,
    row: d.row,
    col: d.col,
    project: d.project,
    value: d.value,
    fix: d.fix,
    opinion: { code: d.opinion, text: opinionText(d.opinion) },
    indicator: d.indicator,
    fingerprint: d.fingerprint,
  };
}

export function toJsonV2(files: ReadonlyArray<FileSummary>, min: Severity = "info"): ReportV2 {
  const out = files.map((f) => fileV2(f, min));
  const summary = {
    files: out.length,
    projects: 0,
    error: 0,
    warning: 0,
    info: 0,
    grades: { 优: 0, 良: 0, 中: 0, 差: 0 },
    minSeverity: min,
  };
  for (const f of out) {
    for (const s of f.sheets) {
      summary.projects += s.projects.length;
      for (const p of s.projects) summary.grades[p.grade]++;
      for (const d of s.diagnostics) summary[d.severity]++;
    }
  }
  return { version: 2, files: out, summary };
}

export function renderJsonV2(files: ReadonlyArray<FileSummary>, min: Severity = "info"): string {
  return `${JSON.stringify(toJsonV2(files, min), null, 2)}\n`;
}

/** What one file adds to the v2 summary: the file, its projects by grade, its shown findings by severity. */
export interface V2Tally {
  readonly projects: number;
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly grades: Readonly<Record<"优" | "良" | "中" | "差", number>>;
}

/**
 * One file of the v2 report as it stands inside `files` (indented as `JSON.stringify(report, null, 2)` does), into
 * `sink`, and its share of the summary: rendered where the file was checked, so only bytes and counts cross threads.
 */
export function jsonV2FileBody(f: FileSummary, min: Severity, sink: TextSink): V2Tally {
  const tally = { projects: 0, error: 0, warning: 0, info: 0, grades: { 优: 0, 良: 0, 中: 0, 差: 0 } };
  const show = atLeast(min);
  const sheets = f.error
    ? []
    : f.sheets.map((s) => {
        tally.projects += s.projects.length;
        for (const p of s.projects) tally.grades[p.grade]++;
        const shown = s.findings.filter(show);
        for (const d of shown) tally[d.severity]++;
        return { name: s.name, projects: s.projects, project: projectV2, diagnostics: shown, diagnostic: diagnosticV2 };
      });
  writeFileObject(sink, f.path, f.error, sheets);
  return tally;
}

/**
 * The v2 report written as the files finish, byte for byte what renderJsonV2 gives (its summary comes last):
 * `start()`, `add()` per file, `end()` with the summary. A folder never holds its findings.
 */
export class JsonV2Stream {
  private readonly totals = {
    files: 0,
    projects: 0,
    error: 0,
    warning: 0,
    info: 0,
    grades: { 优: 0, 良: 0, 中: 0, 差: 0 },
  };

  constructor(private readonly min: Severity = "info") {}

  start(): string {
    return '{\n  "version": 2,\n  "files": [';
  }

  /** Adds a file's tally; returns what goes before its body, which is written on its own (not copied into this). */
  add(t: V2Tally): string {
    const first = this.totals.files++ === 0;
    this.totals.projects += t.projects;
    this.totals.error += t.error;
    this.totals.warning += t.warning;
    this.totals.info += t.info;
    for (const g of ["优", "良", "中", "差"] as const) this.totals.grades[g] += t.grades[g];
    return `${first ? "" : ","}\n    `;
  }

  end(): string {
    const summary = JSON.stringify({ ...this.totals, minSeverity: this.min }, null, 2).replace(/\n/g, "\n  ");
    return `${this.totals.files > 0 ? "\n  " : ""}],\n  "summary": ${summary}\n}\n`;
  }
}
