// The task pane's view model: a pure function of the latest SheetReport and the pane's own state (filter,
// collapsed groups, selected cell). No DOM here, so jest tests it without jsdom; pane.ts only draws it.
import { resolveConfig, type Config } from "../core/config";
import { DEFAULT_POLICY, PRESETS, policySettings } from "../core/policy";
import { HEADER_FIELD_DEFS } from "../core/form/catalogue";
import type { Grade, ProjectSummary, SheetReport } from "../core/engine";
import { RULES } from "../core/rules";
import type { Diagnostic, RuleCategory, Severity, SeverityOrOff } from "../core/rules/types";
import type { CellRef, Settings } from "../hosts/host";

export const SEVERITIES: ReadonlyArray<Severity> = ["error", "warning", "info"];
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: "错误", warning: "警告", info: "提示" };
export const GRADES: ReadonlyArray<Grade> = ["优", "良", "中", "差"];

export type SeverityFilter = Readonly<Record<Severity, boolean>>;
export const SHOW_ALL: SeverityFilter = { error: true, warning: true, info: true };

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

export interface ProjectView {
  readonly key: string;
  readonly name: string;
  readonly range: string;
  readonly grade: Grade;
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
  readonly projects: ReadonlyArray<{
    readonly key: string;
    readonly name: string;
    readonly grade: Grade;
    readonly range: string;
  }>;
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
  /** Every issue passing the filter, in list order (also those in collapsed groups): navigation order. */
  readonly flat: ReadonlyArray<IssueView>;
  /** Shown issues not drawn because of the limit. */
  readonly truncated: number;
  readonly empty: EmptyView | null;
}

const RULE_HELP = new Map<string, string>();
for (const r of RULES) {
  RULE_HELP.set(r.meta.id, r.meta.description);
  for (const sub of Object.keys(r.meta.subIds ?? {})) RULE_HELP.set(sub, r.meta.description);
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
  if (!report) return { summary: null, projects: [], flat: [], truncated: 0, empty: emptyView("not-checked") };
  const limit = state.limit ?? DEFAULT_ITEM_LIMIT;
  const pKeys = projectKeys(report.projects);
  const keys = issueKeys(report.diagnostics);

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of report.diagnostics) counts[d.severity]++;
  const grades: Record<Grade, number> = { 优: 0, 良: 0, 中: 0, 差: 0 };
  for (const p of report.projects) grades[p.grade]++;

  // group by project in the report's order; findings of an unknown table (none today) go last
  const byTable = new Map<number, Array<{ d: Diagnostic; key: string }>>();
  report.diagnostics.forEach((d, i) => {
    if (!state.filter[d.severity]) return;
    const list = byTable.get(d.tableIndex) ?? [];
    list.push({ d, key: keys[i] ?? String(i) });
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

  const flat: IssueView[] = [];
  const projects: ProjectView[] = [];
  let drawn = 0;
  let truncated = 0;
  for (const g of groups) {
    const collapsed = state.collapsed.has(g.key);
    const items: IssueView[] = [];
    const entries = byTable.get(g.tableIndex) ?? [];
    for (const { d, key } of entries) {
      const v = issueView(d, key, flat.length, g.key, state);
      flat.push(v);
      if (collapsed) continue;
      if (drawn < limit) {
        items.push(v);
        drawn++;
      } else truncated++;
    }
    const total = g.counts.error + g.counts.warning + g.counts.info;
    projects.push({
      key: g.key,
      name: g.name,
      range: g.range,
      grade: g.grade,
      counts: g.counts,
      collapsed,
      items,
      shown: entries.length,
      headerLabel: `${g.name}，${g.range ? `${g.range}，` : ""}评级${g.grade}，${total === 0 ? "没有问题" : countsText(g.counts)}`,
    });
  }

  const summary: SummaryView = {
    sheet: report.sheet,
    projectCount: report.projects.length,
    counts,
    grades,
    projects: groups
      .filter((g) => !g.synthetic)
      .map((g) => ({ key: g.key, name: g.name, grade: g.grade, range: g.range })),
    ruleFailures: report.ruleFailures.length,
    text: `${report.projects.length} 个项目：${countsText(counts)}`,
    disabledNote:
      report.disabledRules.length > 0
        ? `工作簿设置中关闭了 ${report.disabledRules.length} 条规则，这些问题未检查：${report.disabledRules.join("、")}。`
        : null,
  };

  let empty: EmptyView | null = null;
  if (report.projects.length === 0) empty = emptyView("no-tables");
  else if (report.diagnostics.length === 0) empty = emptyView("no-issues");
  else if (flat.length === 0) empty = emptyView("all-filtered");
  return { summary, projects, flat, truncated, empty };
}

function issueView(d: Diagnostic, key: string, index: number, groupKey: string, state: ViewState): IssueView {
  const s = d.suggestions[0];
  const suggestion: SuggestionView | null = s ? { label: s.message, value: s.value, cell: s.cell } : null;
  return {
    key,
    diagnostic: d,
    severity: d.severity,
    severityLabel: SEVERITY_LABEL[d.severity],
    cell: d.cell,
    ruleId: d.ruleId,
    message: d.message,
    ruleHelp: ruleHelp(d.ruleId),
    suggestion,
    onSelectedCell: onCell(d, state.selection),
    isCurrent: key === state.currentKey,
    index,
    groupKey,
    ariaLabel: `${SEVERITY_LABEL[d.severity]}，单元格 ${d.cell}：${d.message}${suggestion ? `。可应用建议：${suggestion.label}` : ""}`,
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
  const label = (f: string) => HEADER_FIELD_DEFS.find((d) => d.field === f)?.label ?? f;
  const floor = (resolved.options["satisfaction-threshold"] as { floor?: number } | undefined)?.floor ?? 80;
  const out = [`必须有的表头栏目：${resolved.requiredHeaderFields.map(label).join("、")}`, `满意度目标下限：${floor}%`];
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

/** What the settings form edits: strings as typed, so an invalid year can be shown and refused. */
export interface SettingsDraft {
  readonly year: string;
  /** A shipped policy's id, or `custom` (the unit's own file saved in the workbook, kept as it is). */
  readonly policy: string;
  readonly profile: ProfileChoice;
  readonly templateProfile: TemplateChoice;
  readonly marksOn: boolean;
  readonly rules: Readonly<Record<string, RuleChoice>>;
}

export function draftOf(s: Settings): SettingsDraft {
  const c = s.config;
  return {
    year: c.year === undefined ? "" : String(c.year),
    policy: typeof c.policy === "object" ? CUSTOM_POLICY : (c.policy ?? DEFAULT_POLICY),
    profile: c.generation ?? c.profile ?? "auto",
    templateProfile: s.templateProfile,
    marksOn: s.marksOn,
    rules: { ...(c.rules ?? {}) },
  };
}

export type DraftResult =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly field: "year"; readonly error: string };

/** The draft applied over the current settings (thresholds and other config the pane doesn't edit are kept). */
export function settingsFromDraft(base: Settings, d: SettingsDraft): DraftResult {
  const yearText = d.year.trim().replace(/年$/, "");
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
  const { year: _previous, profile: _old, ...rest } = base.config;
  const policy = d.policy === CUSTOM_POLICY ? base.config.policy : d.policy;
  const common = { ...rest, policy, generation: d.profile, rules };
  const config: Config = year === undefined ? common : { ...common, year };
  return { ok: true, settings: { config, marksOn: d.marksOn, templateProfile: d.templateProfile } };
}
