// The task pane's view model: a pure function of the latest SheetReport and the pane's own state (filter,
// collapsed groups, selected cell). No DOM here, so jest tests it without jsdom; pane.ts only draws it.
import { goalCoverage, type CoverageOptions } from "../core/analysis/coverage";
import { resolveConfig, type Config } from "../core/config";
import { fromA1, toA1 } from "../core/grid";
import { DEFAULT_POLICY, PRESETS, policySettings } from "../core/policy";
import { headerFieldsText, naMarkersText, requiredColumnsText } from "../core/policy/labels";
import { Checker, type Grade, type ProjectSummary, type SheetReport } from "../core/engine";
import { naVocabulary } from "../core/form/na";
import { RULES } from "../core/rules";
import { toHalfWidth } from "../core/text";
import { opinionOf, OPINION_TEXT, type OpinionCode } from "../core/rules/opinion";
import type { Diagnostic, RuleCategory, RuleMeta, Severity, SeverityOrOff } from "../core/rules/types";
import type { CellRef, Settings } from "../hosts/host";
import { blankTableIndices } from "../app/blank-table";
import { bulkEdits, isFormOnlyFix } from "../app/bulk-fix";
import { ruleName } from "./rule-names";

export const SEVERITIES: ReadonlyArray<Severity> = ["error", "warning", "info"];
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: "错误", warning: "警告", info: "提示" };
export const GRADES: ReadonlyArray<Grade> = ["优", "良", "中", "差"];

export type SeverityFilter = Readonly<Record<Severity, boolean>>;
export const SHOW_ALL: SeverityFilter = { error: true, warning: true, info: true };
/** 只看错误: one click from the toolbar. */
export const ONLY_ERRORS: SeverityFilter = { error: true, warning: false, info: false };

export function isOnlyErrors(f: SeverityFilter): boolean {
  return f.error && !f.warning && !f.info;
}

/** How a project's findings are sub-grouped: by the reviewer's opinion code (review-criteria §0.2) or rule category. */
export type GroupBy = "opinion" | "category";
export const GROUP_BY_LABEL: Readonly<Record<GroupBy, string>> = { opinion: "按审核意见", category: "按问题类别" };

/** The grade rule (engine.ts gradeOf), for the tooltip and the help page. */
export const GRADE_RULE =
  "评级规则：没有错误和警告为“优”；只有警告为“良”；有 1–2 个错误为“中”；3 个及以上错误为“差”。提示不影响评级；待填写的空白表不评级。";

/** The state of a freshly inserted, untouched table (its findings are a to-fill checklist). */
export const TO_FILL_LABEL = "待填写";

/** Where the pane's help page explains a rule. */
export function helpHref(ruleId: string): string {
  return `help.html#rule-${ruleId}`;
}

/** More items than this are not drawn at once (a "show more" button follows); the seed has about 260. */
export const DEFAULT_ITEM_LIMIT = 500;

export interface ViewState {
  readonly filter: SeverityFilter;
  /** Keys of collapsed project groups. */
  readonly collapsed: ReadonlySet<string>;
  /** The host's selected cell (0-based), if known. */
  readonly selection: CellRef | null;
  /** Key of the issue the clerk last navigated to (上一个/下一个, click). */
  readonly currentKey: string | null;
  readonly limit?: number;
  /** Hint rules whose findings are listed one by one ("all": every hint); the others are folded into one line. */
  readonly expandedHints?: ReadonlySet<string> | "all";
  readonly groupBy?: GroupBy;
}

export interface SuggestionView {
  /** What the fix does, e.g. 改为“2024年12月31日前”. */
  readonly label: string;
  readonly value: string;
  readonly cell: string;
}

export interface IssueView {
  /** Stable while the finding stays (cell, rule, message, occurrence), so focus survives a re-check. */
  readonly key: string;
  readonly diagnostic: Diagnostic;
  readonly severity: Severity;
  readonly severityLabel: string;
  readonly cell: string;
  readonly ruleId: string;
  readonly message: string;
  /** The rule's one-line Chinese description (help text). */
  readonly ruleHelp: string;
  /** Short Chinese name of the rule (rule-names.ts), shown beside the id. */
  readonly ruleName: string;
  /** The help page's section on the rule (为什么). */
  readonly helpHref: string;
  /** A finding of a blank table: an input still to fill, not an error. */
  readonly toFill: boolean;
  readonly suggestion: SuggestionView | null;
  /** On the host's selected cell. */
  readonly onSelectedCell: boolean;
  /** The navigation position (上一个/下一个). */
  readonly isCurrent: boolean;
  /** Position in the flat list of shown issues, 0-based. */
  readonly index: number;
  /** Key of the project group the issue is listed under. */
  readonly groupKey: string;
  /** What a screen reader announces for the item. */
  readonly ariaLabel: string;
}

/** A project's findings under one opinion or category, with its count (drawn items only in `items`). */
export interface SectionView {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  readonly items: ReadonlyArray<IssueView>;
}

/** The hints of one rule folded into one line: "提示：45 处栏目名不规范 — 全部显示". */
export interface HintGroupView {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly count: number;
  readonly expanded: boolean;
  readonly label: string;
  /** Drawn when expanded. */
  readonly items: ReadonlyArray<IssueView>;
}

/** One rule's form-only fixes, applied together by 全部应用. */
export interface FixGroupView {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly count: number;
}

export interface ProjectView {
  readonly key: string;
  readonly name: string;
  readonly range: string;
  readonly grade: Grade;
  /** A blank table: 待填写 instead of a grade. */
  readonly toFill: boolean;
  /** 优/良/中/差, or 待填写. */
  readonly gradeLabel: string;
  readonly sections: ReadonlyArray<SectionView>;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly collapsed: boolean;
  /** Issues passing the filter (drawn when not collapsed and within the limit). */
  readonly items: ReadonlyArray<IssueView>;
  /** Issues passing the filter, including those beyond the limit. */
  readonly shown: number;
  readonly headerLabel: string;
}

export interface SummaryView {
  readonly sheet: string;
  readonly projectCount: number;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly grades: Readonly<Record<Grade, number>>;
  /** Blank tables (to fill, not graded) and their inputs still to fill. */
  readonly toFill: { readonly projects: number; readonly items: number };
  readonly projects: ReadonlyArray<{
    readonly key: string;
    readonly name: string;
    readonly grade: Grade;
    readonly gradeLabel: string;
    readonly toFill: boolean;
    readonly range: string;
  }>;
  /** Findings listed without unfolding anything, and all findings: the signal a clerk sees first. */
  readonly shownByDefault: number;
  readonly total: number;
  /** Rules that crashed: their findings are missing from the list. */
  readonly ruleFailures: number;
  readonly text: string;
  /** Which rules the workbook's settings switched off, or null: 优 must not hide that nothing was checked. */
  readonly disabledNote: string | null;
}

export type EmptyKind = "not-checked" | "no-tables" | "no-issues" | "all-filtered";

export interface EmptyView {
  readonly kind: EmptyKind;
  readonly title: string;
  readonly detail: string;
}

export interface PaneView {
  readonly summary: SummaryView | null;
  readonly projects: ReadonlyArray<ProjectView>;
  /** Folded hints, one line per rule, after the projects. */
  readonly hintGroups: ReadonlyArray<HintGroupView>;
  /** Rules with form-only fixes on the sheet (全部应用). */
  readonly fixGroups: ReadonlyArray<FixGroupView>;
  /** Every issue passing the filter, in list order (also those in collapsed groups): navigation order. */
  readonly flat: ReadonlyArray<IssueView>;
  /** Shown issues not drawn because of the limit. */
  readonly truncated: number;
  readonly empty: EmptyView | null;
}

const RULE_HELP = new Map<string, string>();
const RULE_META = new Map<string, RuleMeta>();
for (const r of RULES) {
  RULE_HELP.set(r.meta.id, r.meta.description);
  RULE_META.set(r.meta.id, r.meta);
  for (const sub of Object.keys(r.meta.subIds ?? {})) {
    RULE_HELP.set(sub, r.meta.description);
    RULE_META.set(sub, r.meta);
  }
}

/** The rule (or the rule a sub-id belongs to) of a finding. */
export function ruleMetaOf(ruleId: string): RuleMeta | undefined {
  return RULE_META.get(ruleId);
}

function sectionOf(d: Diagnostic, by: GroupBy): { key: string; label: string; order: number } {
  const meta = RULE_META.get(d.ruleId);
  if (by === "category") {
    const cat = meta?.category ?? "hygiene";
    const order = Object.keys(CATEGORY_LABEL).indexOf(cat);
    return { key: `c:${cat}`, label: CATEGORY_LABEL[cat], order };
  }
  const code: OpinionCode = opinionOf(meta, d);
  return { key: `o:${code}`, label: `${code} ${OPINION_TEXT[code]}`, order: code };
}

export function ruleHelp(ruleId: string): string {
  return RULE_HELP.get(ruleId) ?? "";
}

/** Group keys survive a re-check and an insertion above: the project name plus its occurrence. */
function projectKeys(projects: ReadonlyArray<ProjectSummary>): Map<number, string> {
  const seen = new Map<string, number>();
  const keys = new Map<number, string>();
  for (const p of projects) {
    const n = (seen.get(p.name) ?? 0) + 1;
    seen.set(p.name, n);
    keys.set(p.tableIndex, `${p.name}#${n}`);
  }
  return keys;
}

export function issueKeys(diagnostics: ReadonlyArray<Diagnostic>): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const base = `${d.sheet}!${d.cell}|${d.ruleId}|${d.messageId}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}|${n}`;
  });
}

function onCell(d: Diagnostic, c: CellRef | null): boolean {
  return c !== null && d.sheet === c.sheet && d.row === c.row + 1 && d.col === c.col + 1;
}

function countsText(c: Readonly<Record<Severity, number>>): string {
  return SEVERITIES.map((s) => `${SEVERITY_LABEL[s]} ${c[s]}`).join("，");
}

const EMPTY: Record<EmptyKind, Omit<EmptyView, "kind">> = {
  "not-checked": { title: "尚未校验", detail: "点击“校验”检查当前工作表。" },
  "no-tables": {
    title: "未发现绩效目标表",
    detail:
      "当前工作表中没有找到《项目支出预算绩效目标表》。请切换到填写了目标表的工作表后点击“校验”，或点击“插入空白项目表”新建一张。",
  },
  "no-issues": { title: "没有发现问题", detail: "当前工作表的项目表都通过了校验。" },
  "all-filtered": { title: "当前筛选下没有问题", detail: "勾选上方的“错误”“警告”“提示”以显示被隐藏的问题。" },
};

function emptyView(kind: EmptyKind): EmptyView {
  return { kind, ...EMPTY[kind] };
}

export function buildView(report: SheetReport | null, state: ViewState): PaneView {
  if (!report)
    return {
      summary: null,
      projects: [],
      hintGroups: [],
      fixGroups: [],
      flat: [],
      truncated: 0,
      empty: emptyView("not-checked"),
    };
  const limit = state.limit ?? DEFAULT_ITEM_LIMIT;
  const by = state.groupBy ?? "opinion";
  const expanded = state.expandedHints ?? new Set<string>();
  const isExpanded = (ruleId: string): boolean => expanded === "all" || expanded.has(ruleId);
  const pKeys = projectKeys(report.projects);
  const keys = issueKeys(report.diagnostics);
  const blank = blankTableIndices(report.tables);

  // a blank table's findings are its to-fill list: not counted as errors, warnings or hints, and not graded
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let toFillItems = 0;
  for (const d of report.diagnostics) {
    if (blank.has(d.tableIndex)) toFillItems++;
    else counts[d.severity]++;
  }
  const grades: Record<Grade, number> = { 优: 0, 良: 0, 中: 0, 差: 0 };
  for (const p of report.projects) if (!blank.has(p.tableIndex)) grades[p.grade]++;

  // project findings (errors, warnings, a blank table's list) and folded hints, by rule in first-seen order
  const byTable = new Map<number, Array<{ d: Diagnostic; key: string }>>();
  const hints = new Map<string, Array<{ d: Diagnostic; key: string }>>();
  report.diagnostics.forEach((d, i) => {
    const key = keys[i] ?? String(i);
    const toFill = blank.has(d.tableIndex);
    if (!toFill && !state.filter[d.severity]) return;
    if (!toFill && d.severity === "info") {
      const list = hints.get(d.ruleId) ?? [];
      list.push({ d, key });
      hints.set(d.ruleId, list);
      return;
    }
    const list = byTable.get(d.tableIndex) ?? [];
    list.push({ d, key });
    byTable.set(d.tableIndex, list);
  });
  const groups: Array<{
    key: string;
    name: string;
    range: string;
    grade: Grade;
    counts: Record<Severity, number>;
    tableIndex: number;
    synthetic?: boolean;
  }> = report.projects.map((p) => ({
    key: pKeys.get(p.tableIndex) ?? `#${p.tableIndex}`,
    name: p.name,
    range: p.range,
    grade: p.grade,
    counts: { ...p.counts },
    tableIndex: p.tableIndex,
  }));
  for (const t of byTable.keys()) {
    if (!report.projects.some((p) => p.tableIndex === t)) {
      const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
      for (const d of report.diagnostics) if (d.tableIndex === t) c[d.severity]++;
      groups.push({ key: `#${t}`, name: "其他", range: "", grade: "中", counts: c, tableIndex: t, synthetic: true });
    }
  }
  const groupKeyOf = new Map<number, string>(groups.map((g) => [g.tableIndex, g.key]));

  const flat: IssueView[] = [];
  const projects: ProjectView[] = [];
  let drawn = 0;
  let truncated = 0;
  const place = (v: IssueView, collapsed: boolean, into: IssueView[]): void => {
    flat.push(v);
    if (collapsed) return;
    if (drawn < limit) {
      into.push(v);
      drawn++;
    } else truncated++;
  };
  for (const g of groups) {
    const collapsed = state.collapsed.has(g.key);
    const toFill = blank.has(g.tableIndex);
    const entries = byTable.get(g.tableIndex) ?? [];
    // sections in code / category order; the list's order within a section is the report's (sheet order)
    const bySection = new Map<string, { label: string; order: number; entries: typeof entries }>();
    for (const e of entries) {
      const sec = toFill ? { key: "fill", label: "待填写的栏目", order: 0 } : sectionOf(e.d, by);
      const cur = bySection.get(sec.key) ?? { label: sec.label, order: sec.order, entries: [] };
      cur.entries.push(e);
      bySection.set(sec.key, cur);
    }
    const sections: SectionView[] = [];
    const items: IssueView[] = [];
    for (const [key, sec] of [...bySection.entries()].sort((a, b) => a[1].order - b[1].order)) {
      const secItems: IssueView[] = [];
      for (const { d, key: k } of sec.entries)
        place(issueView(d, k, flat.length, g.key, state, toFill), collapsed, secItems);
      items.push(...secItems);
      sections.push({ key: `${g.key}|${key}`, label: sec.label, count: sec.entries.length, items: secItems });
    }
    const total = g.counts.error + g.counts.warning + g.counts.info;
    const gradeLabel = toFill ? TO_FILL_LABEL : g.grade;
    projects.push({
      key: g.key,
      name: g.name,
      range: g.range,
      grade: g.grade,
      toFill,
      gradeLabel,
      sections,
      counts: g.counts,
      collapsed,
      items,
      shown: entries.length,
      headerLabel: toFill
        ? `${g.name}，${g.range ? `${g.range}，` : ""}待填写，还有 ${entries.length} 项未填`
        : `${g.name}，${g.range ? `${g.range}，` : ""}评级${g.grade}，${total === 0 ? "没有问题" : countsText(g.counts)}`,
    });
  }

  const hintGroups: HintGroupView[] = [];
  for (const [ruleId, entries] of hints) {
    const open = isExpanded(ruleId);
    const items: IssueView[] = [];
    if (open)
      for (const { d, key } of entries)
        place(
          issueView(d, key, flat.length, groupKeyOf.get(d.tableIndex) ?? `#${d.tableIndex}`, state, false),
          false,
          items,
        );
    const name = ruleName(ruleId);
    hintGroups.push({
      ruleId,
      ruleName: name,
      count: entries.length,
      expanded: open,
      label: `提示：${entries.length} 处${name}`,
      items,
    });
  }

  const fixRules = new Map<string, number>();
  for (const d of report.diagnostics) if (isFormOnlyFix(d)) fixRules.set(d.ruleId, 0);
  const fixGroups: FixGroupView[] = [...fixRules.keys()].map((ruleId) => ({
    ruleId,
    ruleName: ruleName(ruleId),
    count: bulkEdits(report.diagnostics, ruleId).length,
  }));

  const shownByDefault = report.diagnostics.filter((d) => blank.has(d.tableIndex) || d.severity !== "info").length;
  const summary: SummaryView = {
    sheet: report.sheet,
    projectCount: report.projects.length,
    counts,
    grades,
    toFill: { projects: report.projects.filter((p) => blank.has(p.tableIndex)).length, items: toFillItems },
    projects: groups
      .filter((g) => !g.synthetic)
      .map((g) => ({
        key: g.key,
        name: g.name,
        grade: g.grade,
        gradeLabel: blank.has(g.tableIndex) ? TO_FILL_LABEL : g.grade,
        toFill: blank.has(g.tableIndex),
        range: g.range,
      })),
    ruleFailures: report.ruleFailures.length,
    text: `${report.projects.length} 个项目：${countsText(counts)}`,
    disabledNote:
      report.disabledRules.length > 0
        ? `工作簿设置中关闭了 ${report.disabledRules.length} 条规则，这些问题未检查：${report.disabledRules.join("、")}。`
        : null,
    shownByDefault,
    total: report.diagnostics.length,
  };

  let empty: EmptyView | null = null;
  if (report.projects.length === 0) empty = emptyView("no-tables");
  else if (report.diagnostics.length === 0) empty = emptyView("no-issues");
  else if (flat.length === 0 && hintGroups.length === 0) empty = emptyView("all-filtered");
  return { summary, projects, hintGroups, fixGroups, flat, truncated, empty };
}

function issueView(
  d: Diagnostic,
  key: string,
  index: number,
  groupKey: string,
  state: ViewState,
  toFill: boolean,
): IssueView {
  const s = d.suggestions[0];
  const suggestion: SuggestionView | null = s ? { label: s.message, value: s.value, cell: s.cell } : null;
  const severityLabel = toFill ? TO_FILL_LABEL : SEVERITY_LABEL[d.severity];
  return {
    key,
    diagnostic: d,
    severity: d.severity,
    severityLabel,
    cell: d.cell,
    ruleId: d.ruleId,
    message: d.message,
    ruleHelp: ruleHelp(d.ruleId),
    ruleName: ruleName(d.ruleId),
    helpHref: helpHref(d.ruleId),
    toFill,
    suggestion,
    onSelectedCell: onCell(d, state.selection),
    isCurrent: key === state.currentKey,
    index,
    groupKey,
    ariaLabel: `${severityLabel}，单元格 ${d.cell}：${d.message}${suggestion ? `。可应用建议：${suggestion.label}` : ""}`,
  };
}

/**
 * The next (dir 1) or previous (dir -1) issue from the current one, wrapping around; from nothing, the first
 * (or the last going back). -1 when there are no issues.
 */
export function stepIndex(count: number, current: number, dir: 1 | -1): number {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return dir === 1 ? 0 : count - 1;
  return (current + dir + count) % count;
}

/**
 * 上一个/下一个 from where the clerk was: from the current issue when it is still listed; when it is gone (fixed),
 * from its old position — 下一个 takes the issue that moved into its place, 上一个 the one before it.
 */
export function stepFrom(
  flat: ReadonlyArray<Pick<IssueView, "key">>,
  currentKey: string | null,
  lastIndex: number,
  dir: 1 | -1,
): number {
  const n = flat.length;
  if (n === 0) return -1;
  const cur = currentKey === null ? -1 : flat.findIndex((v) => v.key === currentKey);
  if (cur >= 0) return stepIndex(n, cur, dir);
  if (currentKey === null || lastIndex < 0) return stepIndex(n, -1, dir);
  const at = Math.min(lastIndex, n);
  return dir === 1 ? at % n : (at - 1 + n) % n;
}

/** Index of the first issue on the cell, -1 when none. */
export function firstOnCell(flat: ReadonlyArray<IssueView>, cell: CellRef): number {
  return flat.findIndex((v) => onCell(v.diagnostic, cell));
}

/** "第 3 / 258 项". */
export function positionText(index: number, count: number): string {
  if (count === 0) return "0 项";
  return index < 0 ? `共 ${count} 项` : `第 ${index + 1} / ${count} 项`;
}

// ---------------------------------------------------------------------------------------------------------
// Goal ↔ indicator coverage of one project (issue 10): goal clauses against 产出 / 效益 / 满意度 indicators

export interface CoverageIndicatorView {
  readonly index: number;
  readonly name: string;
  readonly value: string;
  readonly level1: string | null;
  /** A1 of the indicator's name cell (sheet coordinates). */
  readonly cell: string;
  readonly words: ReadonlyArray<string>;
  /** `280人次 ↔ ≥260人次` when the match pairs quantities. */
  readonly quantity: string | null;
  readonly quantityEqual: boolean | null;
}

export interface CoverageClauseView {
  readonly text: string;
  /** The clause cut where matched words occur: `hit` parts are highlighted. */
  readonly segments: ReadonlyArray<{ readonly text: string; readonly hit: boolean }>;
  readonly matches: ReadonlyArray<CoverageIndicatorView>;
  /** No indicator takes the clause up. */
  readonly orphan: boolean;
}

export interface CoverageView {
  readonly project: string;
  readonly tableIndex: number;
  readonly clauses: ReadonlyArray<CoverageClauseView>;
  /** Compared indicators that match no clause. */
  readonly orphanIndicators: ReadonlyArray<CoverageIndicatorView>;
}

/** The project whose block holds the cell, else the first project; -1 without projects. */
export function projectAt(report: SheetReport, cell: CellRef | null): number {
  if (cell && cell.sheet === report.sheet) {
    for (const p of report.projects) {
      const [a, b] = p.range.split(":");
      const tl = a ? fromA1(a) : null;
      const br = b ? fromA1(b) : tl;
      if (tl && br && cell.row >= tl.row && cell.row <= br.row && cell.col >= tl.col && cell.col <= br.col)
        return p.tableIndex;
    }
  }
  return report.projects[0]?.tableIndex ?? -1;
}

/** Cuts `text` where any of `words` occurs. */
export function highlight(text: string, words: ReadonlyArray<string>): Array<{ text: string; hit: boolean }> {
  const hit = new Array<boolean>(text.length).fill(false);
  for (const w of words) {
    if (w === "") continue;
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1))
      for (let k = i; k < i + w.length; k++) hit[k] = true;
  }
  const out: Array<{ text: string; hit: boolean }> = [];
  for (let i = 0; i < text.length; i++) {
    const last = out[out.length - 1];
    const ch = text.charAt(i);
    if (last && last.hit === hit[i]) last.text += ch;
    else out.push({ text: ch, hit: hit[i] === true });
  }
  return out;
}

/** Strings of an option that should be a list of strings, else undefined (goalCoverage's default). */
function stringList(v: unknown): ReadonlyArray<string> | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : undefined;
}

const COVERAGE_OPTIONS = new WeakMap<Config, CoverageOptions>();

/** The coverage the view shows is the one goal-indicator-mismatch judges by: its options and the policy's N/A words. */
function coverageOptions(config: Config): CoverageOptions {
  let o = COVERAGE_OPTIONS.get(config);
  if (o) return o;
  const checker = new Checker(config);
  const rule = checker.optionsOf("goal-indicator-mismatch");
  const stopBigrams = stringList(rule.stopBigrams);
  const genericWords = stringList(rule.genericWords);
  const clauseVerbs = stringList(rule.clauseVerbs);
  o = {
    ...(stopBigrams ? { stopBigrams } : {}),
    ...(genericWords ? { genericWords } : {}),
    ...(clauseVerbs ? { clauseVerbs } : {}),
    isNa: naVocabulary(checker.config.naMarkers).isNa,
  };
  COVERAGE_OPTIONS.set(config, o);
  return o;
}

/** The goal ↔ indicator coverage of one project, under the settings in force (`config`: the workbook's). */
export function coverageView(report: SheetReport, tableIndex: number, config: Config = {}): CoverageView | null {
  const table = report.tables.find((t) => t.index === tableIndex);
  const project = report.projects.find((p) => p.tableIndex === tableIndex);
  if (!table || !project) return null;
  // grid-relative model cells → sheet A1, by the block's own offset
  const start = fromA1(project.range.split(":")[0] ?? "");
  const dr = start ? start.row - table.area.top : 0;
  const dc = start ? start.col - table.area.left : 0;
  let cov;
  try {
    cov = goalCoverage(table, coverageOptions(config));
  } catch {
    return null;
  }
  const indicator = (
    index: number,
    m?: {
      words: ReadonlyArray<string>;
      quantity?: { goal: string; indicator: string; equal: boolean };
      level1: string | null;
    },
  ): CoverageIndicatorView => {
    const ind = table.indicators[index];
    return {
      index,
      name: ind?.name || ind?.raw || "",
      value: ind?.valueText ?? "",
      level1: m?.level1 ?? ind?.level1 ?? null,
      cell: ind ? toA1(ind.nameCell.row + dr, ind.nameCell.col + dc) : "",
      words: m?.words ?? [],
      quantity: m?.quantity ? `${m.quantity.goal} ↔ ${m.quantity.indicator}` : null,
      quantityEqual: m?.quantity ? m.quantity.equal : null,
    };
  };
  const clauses = cov.clauses.map((c) => {
    const words = c.matches.flatMap((m) => [...m.words, ...(m.quantity ? [m.quantity.goal] : [])]);
    return {
      text: c.clause.text,
      segments: highlight(c.clause.text, words),
      matches: c.matches.map((m) => indicator(m.indicatorIndex, m)),
      orphan: c.matches.length === 0,
    };
  });
  return {
    project: project.name,
    tableIndex,
    clauses,
    orphanIndicators: cov.orphanIndicators.map((i) => indicator(i)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Settings

export type RuleChoice = "default" | SeverityOrOff;

export const RULE_CHOICES: ReadonlyArray<{ readonly value: SeverityOrOff; readonly label: string }> = [
  { value: "off", label: "关闭" },
  { value: "info", label: "提示" },
  { value: "warning", label: "警告" },
  { value: "error", label: "错误" },
];

const CATEGORY_LABEL: Readonly<Record<RuleCategory, string>> = {
  document: "表头与文档",
  structure: "指标结构",
  value: "指标值格式",
  time: "时间",
  cost: "成本",
  benefit: "效益与满意度",
  relevance: "相关性与合理性",
  hygiene: "跨表与规范",
};

export interface RuleRow {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** "默认（错误）". */
  readonly defaultLabel: string;
  readonly value: RuleChoice;
}

export interface RuleGroup {
  readonly category: RuleCategory;
  readonly label: string;
  readonly rules: ReadonlyArray<RuleRow>;
}

export function ruleGroups(overrides: Readonly<Record<string, SeverityOrOff>> = {}): RuleGroup[] {
  const out: RuleGroup[] = [];
  for (const [category, label] of Object.entries(CATEGORY_LABEL) as Array<[RuleCategory, string]>) {
    const rules = RULES.filter((r) => r.meta.category === category).map((r) => ({
      id: r.meta.id,
      description: r.meta.description,
      defaultSeverity: r.meta.severity,
      defaultLabel: `默认（${SEVERITY_LABEL[r.meta.severity]}）`,
      value: overrides[r.meta.id] ?? ("default" as const),
    }));
    if (rules.length > 0) out.push({ category, label, rules });
  }
  return out;
}

export type ProfileChoice = "auto" | "legacy" | "mof-2021";
export type TemplateChoice = Settings["templateProfile"];

export const PROFILE_LABEL: Readonly<Record<ProfileChoice, string>> = {
  auto: "自动识别",
  legacy: "旧版",
  "mof-2021": "2021版",
};
export const TEMPLATE_LABEL: Readonly<Record<TemplateChoice, string>> = { legacy: "旧版", "mof-2021": "2021版" };

/** The shipped policies a clerk can choose, by Chinese name; `custom` stands for a unit's own file saved earlier. */
export const POLICY_CHOICES: ReadonlyArray<{ readonly id: string; readonly name: string }> = PRESETS.map((p) => ({
  id: p.id,
  name: p.name,
}));
export const CUSTOM_POLICY = "custom";

/** What a policy asks, in lines a clerk can read under the selector (the thresholds it sets, the fields it requires). */
export function policySummary(config: Config): string[] {
  let resolved;
  try {
    resolved = resolveConfig(config);
  } catch (e) {
    return [e instanceof Error ? e.message : String(e)];
  }
  const policy =
    typeof config.policy === "object" ? config.policy : PRESETS.find((p) => p.id === (config.policy ?? DEFAULT_POLICY));
  const s = policy ? policySettings(policy) : {};
  const floor = (resolved.options["satisfaction-threshold"] as { floor?: number } | undefined)?.floor ?? 80;
  const out = [
    `必须有的表头栏目：${headerFieldsText(resolved.requiredHeaderFields)}`,
    `表样有此栏时必须填写的指标栏目：${requiredColumnsText(resolved.requiredColumns)}`,
    `表示“不适用”的写法：${naMarkersText(resolved.naMarkers)}`,
    `满意度目标下限：${floor}%`,
  ];
  const rules = Object.entries(s.rules ?? {});
  if (rules.length > 0)
    out.push(`规则调整：${rules.map(([id, v]) => `${id} → ${RULE_CHOICE_LABEL[v] ?? v}`).join("；")}`);
  const source =
    typeof config.policy === "object" ? null : PRESETS.find((p) => p.id === (config.policy ?? DEFAULT_POLICY))?.source;
  if (source) out.push(`依据：${source}`);
  return out;
}

const RULE_CHOICE_LABEL: Readonly<Record<string, string>> = {
  off: "关闭",
  error: "错误",
  warning: "警告",
  info: "提示",
};

/** A numeric threshold a rule exposes (meta.options): editable in settings, the value in force shown. */
export interface ThresholdField {
  /** `ruleId.field`. */
  readonly key: string;
  readonly ruleId: string;
  readonly field: string;
  readonly ruleName: string;
  /** The option's own Chinese description (its zod `.describe()`). */
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

interface ZodLike {
  readonly def: { readonly type: string; readonly innerType?: ZodLike };
  readonly description?: string;
  readonly minValue?: number | null;
  readonly maxValue?: number | null;
}

/** Every numeric option of the registered rules (lexicons and lists stay in the policy file). */
export const THRESHOLD_FIELDS: ReadonlyArray<ThresholdField> = RULES.flatMap((r) => {
  const shape = (r.meta.options?.shape ?? {}) as unknown as Record<string, ZodLike>;
  return Object.entries(shape).flatMap(([field, schema]) => {
    let t: ZodLike = schema;
    while ((t.def.type === "default" || t.def.type === "optional") && t.def.innerType) t = t.def.innerType;
    if (t.def.type !== "number") return [];
    const min = typeof t.minValue === "number" && Number.isFinite(t.minValue) ? t.minValue : 0;
    const max = typeof t.maxValue === "number" && Number.isFinite(t.maxValue) ? t.maxValue : Number.MAX_VALUE;
    return [
      {
        key: `${r.meta.id}.${field}`,
        ruleId: r.meta.id,
        field,
        ruleName: ruleName(r.meta.id),
        label: schema.description ?? t.description ?? field,
        min,
        max,
      },
    ];
  });
});

/** The value in force for each threshold under a config (the policy's, the saved settings' over it, or the default). */
export function thresholdValues(config: Config): Record<string, number | undefined> {
  let options: Record<string, Record<string, unknown>> = {};
  try {
    options = resolveConfig(config).options as Record<string, Record<string, unknown>>;
  } catch {
    options = {};
  }
  const out: Record<string, number | undefined> = {};
  for (const f of THRESHOLD_FIELDS) {
    const set = options[f.ruleId]?.[f.field];
    const rule = RULES.find((r) => r.meta.id === f.ruleId);
    const parsed = rule?.meta.options?.safeParse(options[f.ruleId] ?? {});
    const v =
      typeof set === "number" ? set : parsed?.success ? (parsed.data as Record<string, unknown>)[f.field] : undefined;
    out[f.key] = typeof v === "number" ? v : undefined;
  }
  return out;
}

/** A number as typed: full-width digits and a trailing % accepted (２０２５, ８５％). */
function typedNumber(text: string): number {
  const t = toHalfWidth(text)
    .trim()
    .replace(/[%％]$/, "")
    .trim();
  return /^-?\d+(?:\.\d+)?$/.test(t) ? Number(t) : NaN;
}

/** What the settings form edits: strings as typed, so an invalid year can be shown and refused. */
export interface SettingsDraft {
  readonly year: string;
  /** A shipped policy's id, or `custom` (the unit's own file saved in the workbook, kept as it is). */
  readonly policy: string;
  readonly profile: ProfileChoice;
  readonly templateProfile: TemplateChoice;
  readonly marksOn: boolean;
  /** Hints marked in the sheet too (off by default). */
  readonly hintMarks: boolean;
  readonly rules: Readonly<Record<string, RuleChoice>>;
  /** Threshold values as typed, by `ruleId.field` (THRESHOLD_FIELDS). */
  readonly thresholds: Readonly<Record<string, string>>;
}

export function draftOf(s: Settings): SettingsDraft {
  const c = s.config;
  const values = thresholdValues(c);
  const thresholds: Record<string, string> = {};
  for (const f of THRESHOLD_FIELDS) thresholds[f.key] = values[f.key] === undefined ? "" : String(values[f.key]);
  return {
    year: c.year === undefined ? "" : String(c.year),
    policy: typeof c.policy === "object" ? CUSTOM_POLICY : (c.policy ?? DEFAULT_POLICY),
    profile: c.generation ?? c.profile ?? "auto",
    templateProfile: s.templateProfile,
    marksOn: s.marksOn,
    hintMarks: s.hintMarks === true,
    rules: { ...(c.rules ?? {}) },
    thresholds,
  };
}

export type DraftResult =
  | { readonly ok: true; readonly settings: Settings }
  /** `field`: "year", or a threshold's `ruleId.field`. */
  | { readonly ok: false; readonly field: string; readonly error: string };

/** The draft applied over the current settings (thresholds and other config the pane doesn't edit are kept). */
export function settingsFromDraft(base: Settings, d: SettingsDraft): DraftResult {
  const yearText = toHalfWidth(d.year).trim().replace(/年$/, "");
  let year: number | undefined;
  if (yearText !== "") {
    const n = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!(n >= 1990 && n <= 2100)) {
      return {
        ok: false,
        field: "year",
        error: "预算年度应为 1990 到 2100 之间的四位年份，例如 2024；留空则按每张表的年度行。",
      };
    }
    year = n;
  }
  const rules: Record<string, SeverityOrOff> = {};
  for (const [id, v] of Object.entries(d.rules)) if (v !== "default") rules[id] = v;
  // `profile` is the old name of `generation`: saved settings move to the new one
  const { year: _previous, profile: _old, options: previousOptions, ...rest } = base.config;
  const policy = d.policy === CUSTOM_POLICY ? base.config.policy : d.policy;
  const common: Config = { ...rest, policy, generation: d.profile, rules };
  // thresholds: an override only where the typed value differs from what the policy (and older settings) give
  const options: Record<string, Record<string, unknown>> = {};
  for (const [id, o] of Object.entries(previousOptions ?? {})) options[id] = { ...o };
  const drop = (f: ThresholdField): void => {
    const o = options[f.ruleId];
    if (!o) return;
    delete o[f.field];
    if (Object.keys(o).length === 0) delete options[f.ruleId];
  };
  for (const f of THRESHOLD_FIELDS) drop(f);
  const baseline = thresholdValues({ ...common, options });
  for (const f of THRESHOLD_FIELDS) {
    const text = d.thresholds[f.key];
    if (text === undefined || text.trim() === "") continue;
    const n = typedNumber(text);
    if (!(n >= f.min && n <= f.max)) {
      const range = f.max === Number.MAX_VALUE ? `不小于 ${f.min} 的数` : `${f.min} 到 ${f.max} 之间的数`;
      return { ok: false, field: f.key, error: `“${f.label}”应为${range}；留空则按审核策略。` };
    }
    if (n !== baseline[f.key]) options[f.ruleId] = { ...(options[f.ruleId] ?? {}), [f.field]: n };
  }
  const withOptions: Config = Object.keys(options).length > 0 ? { ...common, options } : common;
  const config: Config = year === undefined ? withOptions : { ...withOptions, year };
  const settings: Settings = { config, marksOn: d.marksOn, templateProfile: d.templateProfile };
  return { ok: true, settings: d.hintMarks ? { ...settings, hintMarks: true } : settings };
}
