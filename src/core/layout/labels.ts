// Canonical labels of the form and the aliases met in real tables (rules.md §1.4).
import { labelKey, stripAnnotation } from "../text";

export const LEVEL1_NAMES = ["产出指标", "效益指标", "满意度指标", "成本指标"] as const;
export type Level1Name = (typeof LEVEL1_NAMES)[number];

export const LEVEL2_NAMES = [
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "经济效益指标",
  "社会效益指标",
  "生态效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
  "经济成本指标",
  "社会成本指标",
  "生态环境成本指标",
] as const;
export type Level2Name = (typeof LEVEL2_NAMES)[number];

/** Alias (label key, annotation removed) → canonical 一级. */
const LEVEL1_ALIASES: Record<string, Level1Name> = {
  产出指标: "产出指标",
  项目完成指标: "产出指标",
  效益指标: "效益指标",
  效果指标: "效益指标",
  项目效益指标: "效益指标",
  满意度指标: "满意度指标",
  成本指标: "成本指标",
};

const LEVEL2_ALIASES: Record<string, Level2Name> = {
  数量指标: "数量指标",
  质量指标: "质量指标",
  时效指标: "时效指标",
  进度指标: "时效指标",
  产出进度指标: "时效指标",
  成本指标: "成本指标",
  经济效益指标: "经济效益指标",
  社会效益指标: "社会效益指标",
  生态效益指标: "生态效益指标",
  环境效益指标: "生态效益指标",
  生态文明效益指标: "生态效益指标",
  可持续影响指标: "可持续影响指标",
  服务对象满意度指标: "服务对象满意度指标",
  社会公众或服务对象满意度指标: "服务对象满意度指标",
  满意度指标: "服务对象满意度指标",
  经济成本指标: "经济成本指标",
  社会成本指标: "社会成本指标",
  生态环境成本指标: "生态环境成本指标",
};

/** Canonical parent of each 二级 per generation; 成本指标 differs. */
export const LEVEL2_PARENT: Record<Level2Name, Level1Name> = {
  数量指标: "产出指标",
  质量指标: "产出指标",
  时效指标: "产出指标",
  成本指标: "产出指标",
  经济效益指标: "效益指标",
  社会效益指标: "效益指标",
  生态效益指标: "效益指标",
  可持续影响指标: "效益指标",
  服务对象满意度指标: "满意度指标",
  经济成本指标: "成本指标",
  社会成本指标: "成本指标",
  生态环境成本指标: "成本指标",
};

export const MOF2021_LEVEL2: ReadonlyArray<Level2Name> = ["经济成本指标", "社会成本指标", "生态环境成本指标"];

/** Labels that belong to other forms (scoring sheets): recognised so they can be reported, never mapped. */
export const FOREIGN_LEVEL1 = ["投入指标", "过程指标", "管理指标"];

export interface Annotation {
  readonly raw: string;
  /** true 必填, false 选填. */
  readonly required: boolean;
  /** 量化 or 硬性指标: the value must be quantitative. */
  readonly quantified: boolean;
  readonly hard: boolean;
}

const ANNOTATION = /[（(]\s*(必填|选填)\s*(量化|硬性指标)?\s*[)）]/;

export function parseAnnotation(text: string): Annotation | null {
  const m = ANNOTATION.exec(text);
  if (!m) return null;
  return { raw: m[0], required: m[1] === "必填", quantified: m[2] !== undefined, hard: m[2] === "硬性指标" };
}

/** `map[key]` for the map's own keys only: a cell reading `constructor` or `__proto__` is not a label. */
function own<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

export function level1Of(text: string): Level1Name | null {
  return own(LEVEL1_ALIASES, labelKey(stripAnnotation(text))) ?? null;
}

export function level2Of(text: string): Level2Name | null {
  return own(LEVEL2_ALIASES, labelKey(stripAnnotation(text))) ?? null;
}

export function isForeignLevel1(text: string): boolean {
  return FOREIGN_LEVEL1.includes(labelKey(stripAnnotation(text)));
}

/** True when the label differs from its canonical spelling by more than the annotation (inner spaces, alias). */
export function isLabelVariant(text: string, canonical: string): boolean {
  const bare = stripAnnotation(text.trim()).trim();
  return bare !== canonical;
}

// ---- header fields ----

export type HeaderField =
  | "projectName"
  | "department"
  | "implementingUnit"
  | "attribute"
  | "period"
  | "fundGroup"
  | "fundTotal"
  | "fundFiscal"
  | "fundOther"
  | "goal";

/** The template's own spelling of each header label (rules.md §5, profile seed-A). */
export const HEADER_FIELD_LABEL: Record<HeaderField, string> = {
  projectName: "项目名称",
  department: "主管部门及代码",
  implementingUnit: "实施单位",
  attribute: "项目属性",
  period: "项目期",
  fundGroup: "项目资金 (万元)",
  fundTotal: "年度资金总额:",
  fundFiscal: "其中:财政拨款",
  fundOther: "其他资金",
  goal: "年度总体目标",
};

/** Label key → field, and whether that spelling is a variant worth a `header-label-variant` hint. */
const HEADER_ALIASES: Record<string, { field: HeaderField; variant: boolean }> = {
  项目名称: { field: "projectName", variant: false },
  主管部门及代码: { field: "department", variant: false },
  主管部门: { field: "department", variant: true },
  项目主管部门: { field: "department", variant: true },
  "主管部门(代码)": { field: "department", variant: true },
  实施单位: { field: "implementingUnit", variant: false },
  实施单: { field: "implementingUnit", variant: true },
  项目实施单位: { field: "implementingUnit", variant: true },
  项目属性: { field: "attribute", variant: false },
  项目期: { field: "period", variant: false },
  项目起止时间: { field: "period", variant: true },
  项目支出实施期: { field: "period", variant: true },
  实施期: { field: "period", variant: true },
  项目实施期: { field: "period", variant: true },
  "项目资金(万元)": { field: "fundGroup", variant: false },
  "项目资金(万)": { field: "fundGroup", variant: true },
  项目资金: { field: "fundGroup", variant: true },
  "年度资金总额:": { field: "fundTotal", variant: false },
  年度资金总额: { field: "fundTotal", variant: false },
  资金总额: { field: "fundTotal", variant: true },
  项目金额: { field: "fundTotal", variant: true },
  年度本级预算金额: { field: "fundTotal", variant: true },
  "其中:财政拨款": { field: "fundFiscal", variant: false },
  财政拨款: { field: "fundFiscal", variant: false },
  其他资金: { field: "fundOther", variant: false },
  "其中:其他资金": { field: "fundOther", variant: false },
  年度总体目标: { field: "goal", variant: false },
  绩效目标: { field: "goal", variant: true },
  "年度绩效目标(文字)": { field: "goal", variant: true },
  年度绩效目标: { field: "goal", variant: true },
  本年度绩效目标: { field: "goal", variant: true },
  总体目标: { field: "goal", variant: true },
  年度目标: { field: "goal", variant: true },
};

/** Raw spellings seen as the norm; any other spelling of a known label gets an info hint. */
const HEADER_CANONICAL_RAW = new Set([
  "项目名称",
  "主管部门及代码",
  "实施单位",
  "项目属性",
  "项目期",
  "项目资金 (万元)",
  "项目资金(万元)",
  "项目资金（万元）",
  "年度资金总额:",
  "年度资金总额：",
  "年度资金总额",
  "其中:财政拨款",
  "其中：财政拨款",
  "财政拨款",
  "其他资金",
  "年度总体目标",
]);

export interface HeaderLabel {
  readonly field: HeaderField;
  readonly variant: boolean;
}

export function headerLabelOf(text: string): HeaderLabel | null {
  const full = labelKey(text);
  const key = full.replace(/:$/, "");
  const hit = own(HEADER_ALIASES, key) ?? own(HEADER_ALIASES, `${key}:`) ?? own(HEADER_ALIASES, full);
  if (!hit) return null;
  return { field: hit.field, variant: hit.variant || !HEADER_CANONICAL_RAW.has(text.trim()) };
}

// ---- title, year, indicator header ----

export const TITLE_RE = /项目支出(?:预算)?绩效目标(?:表|申报表|批复表)/;

export function isTitle(text: string): boolean {
  return TITLE_RE.test(labelKey(text));
}

/** `(2024年度)`, `(2024 年度)`, `（2024年度）`, `2024`, `2024年度`. */
export function parseYearLine(text: string): { year: number; format: "standard" | "spaced" | "bare" | "other" } | null {
  const t = text.trim();
  let m = /^[（(]\s*((?:19|20)\d{2})(\s*)年度?\s*[)）]$/.exec(t);
  if (m && m[1]) return { year: parseInt(m[1], 10), format: m[2] ? "spaced" : "standard" };
  m = /^((?:19|20)\d{2})$/.exec(t);
  if (m && m[1]) return { year: parseInt(m[1], 10), format: "bare" };
  m = /^((?:19|20)\d{2})\s*年度?$/.exec(t);
  if (m && m[1]) return { year: parseInt(m[1], 10), format: "other" };
  return null;
}

export function yearInTitle(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  return m && m[1] ? parseInt(m[1], 10) : null;
}

/** The row `绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值`. */
export type IndicatorColumn = "level1" | "level2" | "level3" | "value";

export function indicatorHeaderColumn(text: string): IndicatorColumn | null {
  const k = labelKey(text);
  if (k === "一级指标") return "level1";
  if (k === "二级指标") return "level2";
  if (k === "三级指标" || k === "三级指标名称") return "level3";
  if (k === "指标值" || k === "目标值" || k === "指标值(目标值)" || k === "年度指标值") return "value";
  return null;
}

/** `指标1:`, `指标1：`, `指标:`, `指标1` (no colon). */
export const INDICATOR_PREFIX = /^\s*指标\s*([0-9０-９]*)\s*([:：]?)\s*/;

export function isIndicatorPrefixed(text: string): boolean {
  return /^\s*指标\s*[0-9０-９]*\s*[:：]?/.test(text) && !level2Of(text) && !level1Of(text) && !/^\s*指标值/.test(text);
}
