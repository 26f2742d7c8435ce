// The rule contract, modelled on ESLint: declarative meta, an imperative check, reports as data.
import type { Grid } from "../grid";
import type { CellPos, ProjectTable } from "../layout/model";
import type { ResolvedConfig } from "../config";
import type { OpinionSpec } from "./opinion";
import type { TableAnalysis } from "../analysis/table";
import type { z } from "zod";

export type Severity = "error" | "warning" | "info";
export type SeverityOrOff = Severity | "off";

export type RuleCategory = "document" | "structure" | "value" | "time" | "cost" | "benefit" | "relevance" | "hygiene";

export interface RuleMeta {
  /** The id of rules.md §6, or of a rule added after the catalogue (then `origin` says where it comes from). */
  readonly id: string;
  /**
   * For a rule the catalogue (rules.md §6) does not list: the issue and review criterion it was added for
   * (`issue 10, review-criteria.md C13`). Catalogue rules leave it out.
   */
  readonly origin?: string;
  readonly severity: Severity;
  readonly category: RuleCategory;
  /** One line, zh-CN: what the rule checks (docs, task-pane help). */
  readonly description: string;
  /** Developer note (English): where and why the rule deviates from or sharpens the catalogue. */
  readonly notes?: string;
  /** messageId → zh-CN template with `{{name}}` placeholders. */
  readonly messages: Readonly<Record<string, string>>;
  /** Sub-ids the rule may report under, with their default severity (`budget-year-format`, `cost-unverifiable`). */
  readonly subIds?: Readonly<Record<string, Severity>>;
  /** `workbook` rules compare tables with each other and run once per sheet. */
  readonly scope: "table" | "workbook";
  /** The rule can propose a fix (a value to write into a cell). */
  readonly hasSuggestions?: boolean;
  /** Reviewer opinion code (review-criteria.md §0.2) a finding of this rule is filed under; 11 其他 when absent. */
  readonly opinion?: OpinionSpec;
  /**
   * Default severity of a message where it differs from the rule's (ESLint keeps one severity per rule; a clerk needs
   * the `万`-for-`万元` hint quieter than a missing unit). Each message can also be set on its own: `rule/messageId`.
   */
  readonly messageSeverity?: Readonly<Record<string, Severity>>;
  /**
   * The rule's options (thresholds, lexicons) as a zod object whose every field has a default — ESLint's
   * `meta.schema` + `defaultOptions` in one. A policy or a config sets them under `options[ruleId]`.
   */
  readonly options?: z.ZodObject<z.ZodRawShape>;
  /**
   * Rules that say the same thing more precisely: a finding of this rule is dropped when an enabled rule named here
   * reported the same cell. Overlap is declared here, never coded with another rule's helpers.
   */
  readonly defersTo?: ReadonlyArray<string>;
}

export type MessageData = Readonly<Record<string, string | number>>;

/**
 * A proposed fix: the value to write into one cell, applied only when the user asks. A fix normalises form (operator,
 * unit, numbering, punctuation, canonical label) or writes what the table itself fixes (the budget year); it never
 * supplies substance — a target, an amount, a name, a subject (issue 10; tests/meta/fixes.test.ts).
 */
export interface Suggestion {
  readonly messageId: string;
  readonly data?: MessageData;
  readonly cell: CellPos;
  readonly value: string;
}

export interface ReportDescriptor {
  readonly at: CellPos;
  readonly messageId: string;
  readonly data?: MessageData;
  /** Report under a sub-id declared in meta.subIds (its default severity applies). */
  readonly subId?: string;
  readonly suggest?: ReadonlyArray<Suggestion>;
}

export interface TableRuleContext {
  readonly grid: Grid;
  readonly table: ProjectTable;
  readonly config: ResolvedConfig;
  /** Budget year: the config's, else the table's own; null when neither is known. */
  readonly year: number | null;
  /** The rule's options: its `meta.options` defaults overlaid with the policy's and the config's. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Template generation in force for this table (config generation or auto-detected). */
  readonly generation: ProjectTable["generation"];
  /** What the rules share about this table (cost model, name classes, N/A, fund figures), each computed once. */
  readonly analysis: TableAnalysis;
  report(d: ReportDescriptor): void;
}

export interface WorkbookRuleContext {
  readonly grid: Grid;
  readonly tables: ReadonlyArray<ProjectTable>;
  readonly config: ResolvedConfig;
  readonly options: Readonly<Record<string, unknown>>;
  /** A table's shared analysis, the same object its table rules read. */
  analysisOf(table: ProjectTable): TableAnalysis;
  report(table: ProjectTable, d: ReportDescriptor): void;
}

export interface TableRule {
  readonly meta: RuleMeta & { readonly scope: "table" };
  check(ctx: TableRuleContext): void;
}

export interface WorkbookRule {
  readonly meta: RuleMeta & { readonly scope: "workbook" };
  check(ctx: WorkbookRuleContext): void;
}

export type Rule = TableRule | WorkbookRule;

/** A finding, located in sheet coordinates, with its message rendered. */
export interface Diagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly data: MessageData;
  readonly message: string;
  readonly sheet: string;
  /** 1-based sheet row and column, for display. */
  readonly row: number;
  readonly col: number;
  /** The same cell, 0-based in sheet coordinates: what hosts address (no ±1 at every call site). */
  readonly at: { readonly row: number; readonly col: number };
  readonly cell: string;
  readonly project: string;
  readonly tableIndex: number;
  readonly suggestions: ReadonlyArray<{
    readonly message: string;
    readonly cell: string;
    readonly row: number;
    readonly col: number;
    readonly value: string;
  }>;
}

/** A rule's options, typed by its own schema (the engine has parsed them with it, defaults filled in). */
export function optionsOf<S extends z.ZodObject<z.ZodRawShape>>(
  _schema: S,
  ctx: { readonly options: Readonly<Record<string, unknown>> },
): z.output<S> {
  return ctx.options as z.output<S>;
}
