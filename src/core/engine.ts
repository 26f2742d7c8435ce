// check(grid, config) → SheetReport. The engine never special-cases a rule id.
import type { z } from "zod";
import type { Grid } from "./grid";
import { resolveConfig, type Config, type ResolvedConfig } from "./config";
import { detectBlocks, parseTable, projectName, type ProjectTable } from "./layout";
import { ABOVE_LOOKBACK, type BlockRows } from "./layout/parse-table";
import { renderRuleMessage } from "./i18n";
import { RULES } from "./rules";
import { TableAnalysis } from "./analysis/table";
import { naVocabulary, type NaVocabulary } from "./form/na";
import type { Diagnostic, MessageData, ReportDescriptor, Rule, Severity, TableRule, WorkbookRule } from "./rules/types";

export type Grade = "优" | "良" | "中" | "差";

export interface ProjectSummary {
  readonly name: string;
  /** A1 range of the block, e.g. `A3:E23`. */
  readonly range: string;
  readonly year: number | null;
  readonly generation: ProjectTable["generation"];
  readonly tableIndex: number;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly grade: Grade;
}

export interface SheetReport {
  readonly sheet: string;
  readonly projects: ReadonlyArray<ProjectSummary>;
  readonly diagnostics: ReadonlyArray<Diagnostic>;
  readonly tables: ReadonlyArray<ProjectTable>;
  /** Rules that threw (a bug): their findings are missing, the others still count. */
  readonly ruleFailures: ReadonlyArray<{
    readonly ruleId: string;
    readonly tableIndex: number;
    readonly message: string;
  }>;
  /** Rules the settings switched off, sorted: a report must say what it did not check. */
  readonly disabledRules: ReadonlyArray<string>;
}

/** rules.md §3 review grades: any error → 中 (差 from three errors), warnings only → 良, else 优. */
export function gradeOf(counts: Readonly<Record<Severity, number>>): Grade {
  if (counts.error >= 3) return "差";
  if (counts.error > 0) return "中";
  if (counts.warning > 0) return "良";
  return "优";
}

export function check(grid: Grid, config: Config = {}): SheetReport {
  // a one-off check keeps no cache: no block signatures (a copy of every cell's text) to build or hold
  return new Checker(config).run(grid, { remember: false });
}

type RuleFailure = SheetReport["ruleFailures"][number];

interface CachedBlock {
  readonly signature: string;
  readonly table: ProjectTable;
  readonly diagnostics: ReadonlyArray<Diagnostic>;
  readonly failures: ReadonlyArray<RuleFailure>;
  /** Texts of the rows above the block that a titleless table's parse read (its year line); "" for a titled one. */
  readonly above: string;
}

/**
 * A checker keeps the parsed tables and table-rule findings of the last run, keyed by each block's content,
 * so a re-check after an edit re-parses and re-checks only the blocks whose cells changed.
 */
export class Checker {
  readonly config: ResolvedConfig;
  private readonly tableRules: TableRule[];
  /** Each table rule's options, by its index in tableRules (looked up once, not per table). */
  private readonly tableOptions: ReadonlyArray<Readonly<Record<string, unknown>>>;
  private readonly workbookRules: WorkbookRule[];
  private cache = new Map<string, CachedBlock>();
  /** How many blocks the last run actually re-checked (the rest came from the cache). */
  lastRechecked = 0;

  /** Each rule's options: its defaults overlaid with the policy's and the config's, checked by its own schema. */
  private readonly options = new Map<string, Readonly<Record<string, unknown>>>();
  /** Ids of the rules the settings switch off, sorted. */
  readonly disabledRules: ReadonlyArray<string>;
  /** Ids of the enabled rules, for `defersTo`. */
  private readonly enabledIds: ReadonlySet<string>;
  /** Sub-id → the rule that reports it. */
  private readonly owners = new Map<string, string>();
  /** Rule id → the rules it defers to. */
  private readonly deferrals = new Map<string, ReadonlyArray<string>>();
  /** severityOf per reporting id (rule or sub-id) and message: fixed for a Checker, asked once per finding. */
  private readonly severities = new Map<string, Map<string, Severity | "off">>();
  /** What counts as 不适用 under the settings. */
  private readonly na: NaVocabulary;
  /** Each table's shared analysis, built by checkTable and read again by the workbook rules. */
  private readonly analyses = new WeakMap<ProjectTable, TableAnalysis>();

  constructor(config: Config | ResolvedConfig = {}, rules: ReadonlyArray<Rule> = RULES) {
    this.config = resolveConfig(config);
    this.na = naVocabulary(this.config.naMarkers);
    for (const r of rules) {
      this.options.set(r.meta.id, ruleOptions(r, this.config.options[r.meta.id]));
      for (const sub of Object.keys(r.meta.subIds ?? {})) this.owners.set(sub, r.meta.id);
      if (r.meta.defersTo) this.deferrals.set(r.meta.id, r.meta.defersTo);
    }
    for (const id of Object.keys(this.config.options)) {
      if (!rules.some((r) => r.meta.id === id)) throw new Error(`配置中的规则“${id}”不存在，无法设置其选项。`);
    }
    const enabled = rules.filter((r) => this.config.rules[r.meta.id] !== "off");
    this.disabledRules = rules
      .filter((r) => this.config.rules[r.meta.id] === "off")
      .map((r) => r.meta.id)
      .sort();
    this.enabledIds = new Set(enabled.map((r) => r.meta.id));
    this.tableRules = enabled.filter((r): r is TableRule => r.meta.scope === "table");
    this.tableOptions = this.tableRules.map((r) => this.optionsOf(r.meta.id));
    this.workbookRules = enabled.filter((r): r is WorkbookRule => r.meta.scope === "workbook");
  }

  /** The options a rule runs with (docs, the pane's settings panel). */
  optionsOf(ruleId: string): Readonly<Record<string, unknown>> {
    return this.options.get(ruleId) ?? {};
  }

  /**
   * Checks the sheet. Unchanged blocks come from the previous run's cache; with `remember: false` (a one-off check)
   * nothing is looked up or kept.
   */
  run(grid: Grid, options: { readonly remember?: boolean } = {}): SheetReport {
    const remember = options.remember ?? true;
    const blocks = detectBlocks(grid);
    const next = new Map<string, CachedBlock>();
    const tables: ProjectTable[] = [];
    const diagnostics: Diagnostic[] = [];
    this.lastRechecked = 0;
    const failures: RuleFailure[] = [];
    blocks.forEach((b, index) => {
      const signature = remember ? blockSignature(grid, b, index) : "";
      let entry = remember ? this.cache.get(signature) : undefined;
      // a titleless table reads the rows above the block (year line, unknown title), where the signature does not look
      if (entry && entry.table.title === null && entry.above !== rowsAbove(grid, b)) entry = undefined;
      if (!entry) {
        this.lastRechecked++;
        // not re-validated by ProjectTableSchema here (a deep copy per table, 12–20 % of a check): the parser's output
        // is the schema's own, key for key, on every corpus and generated grid (tests/layout/schema-identity.test.ts)
        const table = parseTable(grid, b, index, { naMarkers: this.na.extraKeys });
        const tableFailures: RuleFailure[] = [];
        const above = remember && table.title === null ? rowsAbove(grid, b) : "";
        entry = {
          signature,
          table,
          diagnostics: this.checkTable(grid, table, tableFailures),
          failures: tableFailures,
          above,
        };
      }
      if (remember) next.set(signature, entry);
      failures.push(...entry.failures);
      tables.push(entry.table);
      diagnostics.push(...entry.diagnostics);
    });
    this.cache = next;
    diagnostics.push(...this.checkWorkbook(grid, tables, failures));
    diagnostics.sort(
      // rule ids are lower-case ASCII: code-unit order is the order localeCompare gave, at a fraction of its cost
      (a, b) => a.tableIndex - b.tableIndex || a.row - b.row || a.col - b.col || compareIds(a.ruleId, b.ruleId),
    );
    return {
      sheet: grid.sheet,
      tables,
      diagnostics,
      projects: summariseAll(grid, tables, diagnostics),
      ruleFailures: failures,
      disabledRules: this.disabledRules,
    };
  }

  private checkTable(grid: Grid, table: ProjectTable, failures: RuleFailure[]): Diagnostic[] {
    const out: Diagnostic[] = [];
    const rules = this.tableRules;
    const analysis = this.analysisOf(table);
    // one context for all of the table's rules, only the options and the reporting rule change between them: a
    // sheet of 20 000 tables made 1.4 million contexts and closures otherwise (rules run one at a time, synchronously)
    let rule = rules[0];
    const ctx = {
      grid,
      table,
      config: this.config,
      options: NO_OPTIONS,
      year: this.config.year ?? table.year,
      generation: this.config.generation === "auto" ? table.generation : this.config.generation,
      analysis,
      report: (d: ReportDescriptor): void => this.push(out, grid, table, rule as TableRule, d),
    };
    for (let i = 0; i < rules.length; i++) {
      rule = rules[i] as TableRule;
      ctx.options = this.tableOptions[i] ?? NO_OPTIONS;
      try {
        rule.check(ctx);
      } catch (e) {
        failures.push(failureOf(rule, table.index, e));
      }
    }
    // the workbook rules get the same object; they read the vocabulary, not the memos
    analysis.release();
    return this.dropDeferred(out);
  }

  private checkWorkbook(grid: Grid, tables: ReadonlyArray<ProjectTable>, failures: RuleFailure[]): Diagnostic[] {
    const out: Diagnostic[] = [];
    if (tables.length === 0) return out;
    for (const rule of this.workbookRules) {
      const options = this.optionsOf(rule.meta.id);
      guard(failures, rule, -1, () =>
        rule.check({
          grid,
          tables,
          config: this.config,
          options,
          analysisOf: (t) => this.analysisOf(t),
          report: (t, d) => this.push(out, grid, t, rule, d),
        }),
      );
    }
    return this.dropDeferred(out);
  }

  /** The table's analysis: one per table object, so its table rules and the workbook rules share it. */
  private analysisOf(table: ProjectTable): TableAnalysis {
    let a = this.analyses.get(table);
    if (!a) {
      a = new TableAnalysis(table, this.na);
      this.analyses.set(table, a);
    }
    return a;
  }

  /**
   * A finding of a rule that defers to others is dropped where an enabled rule it defers to reported the same cell.
   * Only the findings of one table (or of the workbook rules) are compared: deferring never crosses tables.
   */
  private dropDeferred(out: Diagnostic[]): Diagnostic[] {
    if (!out.some((d) => (this.deferrals.get(this.ownerOf(d.ruleId)) ?? []).length > 0)) return out;
    const at = new Set(out.map((d) => `${this.ownerOf(d.ruleId)}|${d.row}|${d.col}`));
    return out.filter(
      (d) =>
        !(this.deferrals.get(this.ownerOf(d.ruleId)) ?? []).some(
          (other) => this.enabledIds.has(other) && at.has(`${other}|${d.row}|${d.col}`),
        ),
    );
  }

  private ownerOf(ruleId: string): string {
    return this.owners.get(ruleId) ?? ruleId;
  }

  /**
   * Severity of one report, or off: a setting for `rule/messageId` wins; a rule's (or sub-id's) `off` silences all of
   * it, and its severity applies to the messages that declare none of their own; else the message's declared
   * severity, the sub-id's, the rule's.
   */
  private severityOf(rule: Rule, ruleId: string, d: ReportDescriptor): Severity | "off" {
    let byMessage = this.severities.get(ruleId);
    if (!byMessage) this.severities.set(ruleId, (byMessage = new Map()));
    let severity = byMessage.get(d.messageId);
    if (severity === undefined) byMessage.set(d.messageId, (severity = this.resolveSeverity(rule, ruleId, d)));
    return severity;
  }

  private resolveSeverity(rule: Rule, ruleId: string, d: ReportDescriptor): Severity | "off" {
    const s = this.config.rules;
    const perMessage = s[`${rule.meta.id}/${d.messageId}`];
    if (perMessage !== undefined) return perMessage;
    const ruleSetting = s[ruleId] ?? (d.subId ? s[rule.meta.id] : undefined);
    if (ruleSetting === "off") return "off";
    const declared = rule.meta.messageSeverity?.[d.messageId];
    if (declared !== undefined) return declared;
    return ruleSetting ?? (d.subId ? rule.meta.subIds?.[d.subId] : undefined) ?? rule.meta.severity;
  }

  private push(out: Diagnostic[], grid: Grid, table: ProjectTable, rule: Rule, d: ReportDescriptor): void {
    const ruleId = d.subId ?? rule.meta.id;
    const severity = this.severityOf(rule, ruleId, d);
    if (severity === "off") return;
    const template = rule.meta.messages[d.messageId];
    if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message ${d.messageId}`);
    const data = d.data ?? NO_DATA;
    const row = d.at.row + grid.origin.row + 1;
    const col = d.at.col + grid.origin.col + 1;
    out.push({
      ruleId,
      severity,
      messageId: d.messageId,
      data,
      message: renderRuleMessage(this.config.locale, rule.meta.id, d.messageId, template, data),
      sheet: grid.sheet,
      row,
      col,
      at: { row: row - 1, col: col - 1 },
      cell: grid.address(d.at.row, d.at.col),
      project: projectName(table),
      tableIndex: table.index,
      suggestions:
        d.suggest === undefined || d.suggest.length === 0
          ? NO_SUGGESTIONS
          : d.suggest.map((s) => ({
              message: renderRuleMessage(
                this.config.locale,
                rule.meta.id,
                s.messageId,
                rule.meta.messages[s.messageId] ?? s.messageId,
                s.data,
              ),
              cell: grid.address(s.cell.row, s.cell.col),
              row: s.cell.row + grid.origin.row + 1,
              col: s.cell.col + grid.origin.col + 1,
              value: s.value,
            })),
    });
  }
}

/**
 * Resolved options per rule and per settings given (as JSON): a Checker is built per sheet, and `schema.strict()`
 * makes a new zod schema that compiles its parser again on first use — most of the cost of checking a small file.
 * Rules receive options read-only, so one resolved object serves every Checker with the same settings.
 */
const optionsMemo = new WeakMap<Rule, { strict: z.ZodType; byGiven: Map<string, Readonly<Record<string, unknown>>> }>();
/** Distinct settings remembered per rule; a long-lived pane re-reading changed settings stays bounded. */
const OPTIONS_MEMO_LIMIT = 32;

/** A rule's options: the defaults of its schema under what the policy and config set, with a Chinese message. */
function ruleOptions(
  rule: Rule,
  given: Readonly<Record<string, unknown>> | undefined,
): Readonly<Record<string, unknown>> {
  const schema = rule.meta.options;
  if (!schema) {
    if (given && Object.keys(given).length > 0) throw new Error(`规则“${rule.meta.id}”没有可设置的选项。`);
    return {};
  }
  let memo = optionsMemo.get(rule);
  if (!memo) {
    memo = { strict: schema.strict(), byGiven: new Map() };
    optionsMemo.set(rule, memo);
  }
  const key = JSON.stringify(given ?? {});
  const known = memo.byGiven.get(key);
  if (known) return known;
  const r = memo.strict.safeParse(given ?? {});
  if (!r.success) {
    const first = r.error.issues[0];
    throw new Error(`规则“${rule.meta.id}”的选项不正确：${first ? `${first.path.join(".")} ${first.message}` : ""}`);
  }
  const data = r.data as Readonly<Record<string, unknown>>;
  if (memo.byGiven.size >= OPTIONS_MEMO_LIMIT) memo.byGiven.clear();
  memo.byGiven.set(key, data);
  return data;
}

/** A rule that throws must not take the other rules' findings down with it. */
function guard(failures: RuleFailure[], rule: Rule, tableIndex: number, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    failures.push(failureOf(rule, tableIndex, e));
  }
}

function failureOf(rule: Rule, tableIndex: number, e: unknown): RuleFailure {
  return { ruleId: rule.meta.id, tableIndex, message: e instanceof Error ? e.message : String(e) };
}

function rowsAbove(grid: Grid, b: BlockRows): string {
  const parts: string[] = [];
  for (let r = Math.max(0, b.top - ABOVE_LOOKBACK); r < b.top; r++) parts.push(grid.rowTexts(r).join("\t"));
  return parts.join("\n");
}

/** Position plus every text of the block's rows: equal signatures mean equal tables. */
// most findings carry no data and no fix: one frozen empty value shared by all of them, not two objects each
const NO_DATA: MessageData = Object.freeze({});
const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});
const NO_SUGGESTIONS: Diagnostic["suggestions"] = Object.freeze([]);

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function blockSignature(grid: Grid, b: BlockRows, index: number): string {
  const parts: string[] = [`${index}:${b.top}:${b.bottom}`];
  for (let r = b.top; r <= b.bottom; r++) parts.push(grid.rowTexts(r).join("\t"));
  return parts.join("\n");
}

/** Every table's counts in one pass over the findings (a pass per table was O(tables × diagnostics)). */
function summariseAll(
  grid: Grid,
  tables: ReadonlyArray<ProjectTable>,
  diagnostics: ReadonlyArray<Diagnostic>,
): ProjectSummary[] {
  const counts = new Map<number, Record<Severity, number>>();
  for (const t of tables) counts.set(t.index, { error: 0, warning: 0, info: 0 });
  for (const d of diagnostics) {
    const c = counts.get(d.tableIndex);
    if (c) c[d.severity]++;
  }
  return tables.map((t) => summarise(grid, t, counts.get(t.index) ?? { error: 0, warning: 0, info: 0 }));
}

function summarise(grid: Grid, t: ProjectTable, counts: Record<Severity, number>): ProjectSummary {
  return {
    name: projectName(t),
    range: grid.areaAddress(t.area),
    year: t.year,
    generation: t.generation,
    tableIndex: t.index,
    counts,
    grade: gradeOf(counts),
  };
}
