// The form catalogue: every 一级 / 二级 indicator of the 绩效目标表 per template generation, every header field with
// the spellings provinces use for it, the titles and the indicator-header column names. The parser, the blank-table
// spec, the config defaults and the rules read the form's vocabulary from here and nowhere else.

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

/** Template generations: the 财预〔2021〕101号 form moved 成本 out of 产出 and split it in three. */
export const GENERATIONS = ["legacy", "mof-2021"] as const;
export type FormGeneration = (typeof GENERATIONS)[number];

/** What a 二级 measures, for rules that ask "is this a cost row?" instead of comparing names. */
export type Family = "output" | "cost" | "benefit" | "satisfaction";

export interface Level2Def {
  readonly name: Level2Name;
  readonly parent: Level1Name;
  readonly family: Family;
  /** Generations whose form has this 二级. */
  readonly generations: ReadonlyArray<FormGeneration>;
  /** Required when the row carries no 必填/选填 annotation (rules.md §1.3: the seed's annotated variants). */
  readonly required: boolean;
  /** The value must be quantitative when the row carries no annotation (rules.md §6 B24). */
  readonly quantified: boolean;
  /** Its values are money figures (the cost rows the budget is compared with). */
  readonly money: boolean;
  /** Example 三级 name and value a clerk can copy. */
  readonly exampleName: string;
  readonly exampleValue: string;
  /** The annotation the blank template prints after the label. */
  readonly annotation: string;
}

const L2 = (
  name: Level2Name,
  parent: Level1Name,
  family: Family,
  generations: ReadonlyArray<FormGeneration>,
  flags: { required?: boolean; quantified?: boolean; money?: boolean },
  exampleName: string,
  exampleValue: string,
  annotation: string,
): Level2Def => ({
  name,
  parent,
  family,
  generations,
  required: flags.required ?? false,
  quantified: flags.quantified ?? false,
  money: flags.money ?? false,
  exampleName,
  exampleValue,
  annotation,
});

const BOTH: ReadonlyArray<FormGeneration> = ["legacy", "mof-2021"];

/** In the old form's order; `formOrder` gives each generation's own order. */
export const LEVEL2_DEFS: ReadonlyArray<Level2Def> = [
  L2("数量指标", "产出指标", "output", BOTH, { required: true, quantified: true }, "培训人数", "≥200人", "(必填量化)"),
  L2(
    "质量指标",
    "产出指标",
    "output",
    BOTH,
    { required: true, quantified: true },
    "培训考核合格率",
    "≥95%",
    "(必填量化)",
  ),
  L2(
    "时效指标",
    "产出指标",
    "output",
    BOTH,
    { required: true, quantified: true },
    "资金发放完成时间",
    "本年度12月31日前",
    "(必填量化)",
  ),
  L2(
    "成本指标",
    "产出指标",
    "cost",
    ["legacy"],
    { required: true, quantified: true, money: true },
    "培训经费总额",
    "≤10万元",
    "(必填量化)",
  ),
  L2("经济效益指标", "效益指标", "benefit", BOTH, {}, "带动群众增收金额", "≥5万元", "(选填量化)"),
  L2("社会效益指标", "效益指标", "benefit", BOTH, { required: true }, "受益群众人数", "≥500人", "(必填)"),
  L2("生态效益指标", "效益指标", "benefit", BOTH, {}, "公共机构能耗降低率", "≥5%", "(选填)"),
  L2("可持续影响指标", "效益指标", "benefit", BOTH, { required: true }, "长效机制运行年限", "≥3年", "(必填)"),
  L2(
    "服务对象满意度指标",
    "满意度指标",
    "satisfaction",
    BOTH,
    { required: true, quantified: true },
    "服务对象满意度",
    "≥90%",
    "(必填量化)",
  ),
  // the 2021 successor of 成本指标: a money figure, required through 成本指标 (config.defaultRequired)
  L2(
    "经济成本指标",
    "成本指标",
    "cost",
    ["mof-2021"],
    { quantified: true, money: true },
    "培训经费总额",
    "≤10万元",
    "(必填量化)",
  ),
  L2("社会成本指标", "成本指标", "cost", ["mof-2021"], {}, "对周边居民生活的影响", "≤5%", "(选填)"),
  L2("生态环境成本指标", "成本指标", "cost", ["mof-2021"], {}, "施工期扬尘污染天数", "≤5%", "(选填)"),
];

const BY_NAME = new Map<Level2Name, Level2Def>(LEVEL2_DEFS.map((d) => [d.name, d]));

export function level2Def(name: Level2Name): Level2Def {
  const d = BY_NAME.get(name);
  if (!d) throw new Error(`unknown 二级 ${name}`);
  return d;
}

/** The family of a 二级 (null for an unrecognised one). */
export function familyOf(name: Level2Name | null): Family | null {
  return name === null ? null : level2Def(name).family;
}

export function isCostLevel2(name: Level2Name | null): boolean {
  return familyOf(name) === "cost";
}

export function isMoneyLevel2(name: Level2Name | null): boolean {
  return name !== null && level2Def(name).money;
}

export function isSatisfactionLevel2(name: Level2Name | null): boolean {
  return familyOf(name) === "satisfaction";
}

export function isBenefitLevel2(name: Level2Name | null): boolean {
  return familyOf(name) === "benefit";
}

/** Canonical parent of each 二级. */
export const LEVEL2_PARENT: Readonly<Record<Level2Name, Level1Name>> = Object.fromEntries(
  LEVEL2_DEFS.map((d) => [d.name, d.parent]),
) as Record<Level2Name, Level1Name>;

/** The 二级 only the 2021 form has. */
export const MOF2021_LEVEL2: ReadonlyArray<Level2Name> = LEVEL2_DEFS.filter(
  (d) => d.generations.length === 1 && d.generations[0] === "mof-2021",
).map((d) => d.name);

const LEVEL1_ORDER: Readonly<Record<FormGeneration, ReadonlyArray<Level1Name>>> = {
  legacy: ["产出指标", "效益指标", "满意度指标"],
  "mof-2021": ["成本指标", "产出指标", "效益指标", "满意度指标"],
};

/** The 一级 of a generation's form, in form order. */
export function level1Order(generation: FormGeneration): ReadonlyArray<Level1Name> {
  return LEVEL1_ORDER[generation];
}

/** The 二级 of a generation's form, in form order (the 2021 form puts 成本 first). */
export function formOrder(generation: FormGeneration): ReadonlyArray<Level2Name> {
  return LEVEL1_ORDER[generation].flatMap((l1) =>
    LEVEL2_DEFS.filter((d) => d.parent === l1 && d.generations.includes(generation)).map((d) => d.name),
  );
}

/** 二级 required by default (no annotation on the row). */
export const DEFAULT_REQUIRED: ReadonlyArray<Level2Name> = LEVEL2_DEFS.filter((d) => d.required).map((d) => d.name);

/** 二级 whose values must be quantitative by default. */
export const DEFAULT_QUANTIFIED: ReadonlySet<Level2Name> = new Set(
  LEVEL2_DEFS.filter((d) => d.quantified).map((d) => d.name),
);

/** A 一级 that has exactly one 二级 in the form (满意度指标): a table that leaves the 二级 out means it. */
export function onlyChildOf(level1: Level1Name, generation: FormGeneration): Level2Name | null {
  const kids = LEVEL2_DEFS.filter((d) => d.parent === level1 && d.generations.includes(generation));
  return kids.length === 1 && kids[0] ? kids[0].name : null;
}

// ---- spellings of the indicator labels (keys: half-width, no spaces, annotations removed) ----

export const LEVEL1_ALIASES: Readonly<Record<string, Level1Name>> = {
  产出指标: "产出指标",
  项目完成指标: "产出指标",
  产出值: "产出指标",
  预期产出指标: "产出指标",
  效益指标: "效益指标",
  效果指标: "效益指标",
  项目效益指标: "效益指标",
  效益值: "效益指标",
  预期效益指标: "效益指标",
  满意度指标: "满意度指标",
  满意度值: "满意度指标",
  社会公众或服务对象满意度指标: "满意度指标",
  成本指标: "成本指标",
};

export const LEVEL2_ALIASES: Readonly<Record<string, Level2Name>> = {
  数量指标: "数量指标",
  数量值: "数量指标",
  质量指标: "质量指标",
  质量值: "质量指标",
  时效指标: "时效指标",
  时效值: "时效指标",
  进度指标: "时效指标",
  产出进度指标: "时效指标",
  成本指标: "成本指标",
  成本值: "成本指标",
  经济效益指标: "经济效益指标",
  经济效益值: "经济效益指标",
  社会效益指标: "社会效益指标",
  社会效益值: "社会效益指标",
  生态效益指标: "生态效益指标",
  生态效益值: "生态效益指标",
  环境效益指标: "生态效益指标",
  生态文明效益指标: "生态效益指标",
  可持续影响指标: "可持续影响指标",
  可持续影响值: "可持续影响指标",
  服务对象满意度指标: "服务对象满意度指标",
  服务对象满意度值: "服务对象满意度指标",
  社会公众或服务对象满意度指标: "服务对象满意度指标",
  满意度指标: "服务对象满意度指标",
  经济成本指标: "经济成本指标",
  社会成本指标: "社会成本指标",
  生态环境成本指标: "生态环境成本指标",
};

/** Labels that belong to other forms (scoring sheets): recognised so they can be reported, never mapped. */
export const FOREIGN_LEVEL1: ReadonlyArray<string> = ["投入指标", "过程指标", "管理指标"];

// ---- header fields ----

export const HEADER_FIELDS = [
  "projectName",
  "department",
  "implementingUnit",
  "attribute",
  "category",
  "period",
  "fundGroup",
  "fundTotal",
  "fundFiscal",
  "fundOther",
  "fundProjectTotal",
  "fundProjectFiscal",
  "fundProjectOther",
  "goal",
  "overview",
  // one line of a fund block that lists the money by source (中央 / 省级 / 市级 / 上年结转 …)
  "fundSource",
] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export type FundField =
  "fundTotal" | "fundFiscal" | "fundOther" | "fundProjectTotal" | "fundProjectFiscal" | "fundProjectOther";
export const FUND_FIELDS: ReadonlyArray<HeaderField> = [
  "fundTotal",
  "fundFiscal",
  "fundOther",
  "fundProjectTotal",
  "fundProjectFiscal",
  "fundProjectOther",
];

export interface HeaderFieldDef {
  readonly field: HeaderField;
  /** The national template's spelling (rules.md §5). */
  readonly label: string;
  /** What to write, for messages. */
  readonly example: string;
}

export const HEADER_FIELD_DEFS: ReadonlyArray<HeaderFieldDef> = [
  { field: "projectName", label: "项目名称", example: "与部门预算项目名称一致，例如“基层党建工作经费”" },
  { field: "department", label: "主管部门及代码", example: "预算编码和一级单位全称，例如“35005001 区委组织部”" },
  { field: "implementingUnit", label: "实施单位", example: "项目用款单位的名称，例如“区委组织部”" },
  { field: "attribute", label: "项目属性", example: "“新增项目”或“延续性项目”" },
  { field: "category", label: "项目类型", example: "本地表样规定的项目类型，例如“本级申报项目”" },
  { field: "period", label: "项目期", example: "例如“1年期”“长期”或“2024.01--2024.12”" },
  { field: "fundGroup", label: "项目资金 (万元)", example: "" },
  { field: "fundTotal", label: "年度资金总额", example: "以万元为单位的数字，例如“10”" },
  { field: "fundFiscal", label: "其中:财政拨款", example: "以万元为单位的数字，例如“10”" },
  { field: "fundOther", label: "其他资金", example: "以万元为单位的数字，例如“0”" },
  { field: "fundProjectTotal", label: "资金总额", example: "以万元为单位的数字，例如“10”" },
  { field: "fundProjectFiscal", label: "其中:财政拨款", example: "以万元为单位的数字，例如“10”" },
  { field: "fundProjectOther", label: "其他资金", example: "以万元为单位的数字，例如“0”" },
  {
    field: "goal",
    label: "年度总体目标",
    example: "本年度计划达到的产出和效果，例如“目标1: 举办培训班4期, 培训200人次。”",
  },
  { field: "overview", label: "项目概况", example: "项目的主要内容" },
  { field: "fundSource", label: "资金来源", example: "以万元为单位的数字，例如“10”" },
];

export function headerFieldDef(field: HeaderField): HeaderFieldDef {
  const d = HEADER_FIELD_DEFS.find((x) => x.field === field);
  if (!d) throw new Error(`unknown header field ${field}`);
  return d;
}

/**
 * Label key (half-width, no spaces, trailing colon removed) → field. `variant` marks spellings worth a
 * `header-label-variant` hint: truncations and older spellings of the national template's labels. A province's own
 * form labels (预算部门, 建设周期, 当年资金总额 …) are not variants of anything and stay quiet.
 */
export const HEADER_ALIASES: Readonly<Record<string, { field: HeaderField; variant: boolean }>> = {
  项目名称: { field: "projectName", variant: false },
  项目支出名称: { field: "projectName", variant: false },
  专项名称: { field: "projectName", variant: false },
  转移支付名称: { field: "projectName", variant: false },
  中央主管部门: { field: "department", variant: false },
  省级主管部门: { field: "department", variant: false },
  主管部门及代码: { field: "department", variant: false },
  主管部门及编码: { field: "department", variant: false },
  主管部门: { field: "department", variant: false },
  项目主管部门: { field: "department", variant: false },
  "主管部门(代码)": { field: "department", variant: true },
  "主管部门(编码)": { field: "department", variant: true },
  业务主管部门: { field: "department", variant: false },
  预算部门: { field: "department", variant: false },
  预算单位: { field: "department", variant: false },
  申报单位: { field: "department", variant: false },
  实施单位: { field: "implementingUnit", variant: false },
  实施单: { field: "implementingUnit", variant: true },
  项目实施单位: { field: "implementingUnit", variant: true },
  具体实施单位: { field: "implementingUnit", variant: false },
  项目属性: { field: "attribute", variant: false },
  项目来源: { field: "category", variant: false },
  项目类型: { field: "category", variant: false },
  项目性质: { field: "category", variant: false },
  项目分类: { field: "category", variant: false },
  项目类别: { field: "category", variant: false },
  项目期: { field: "period", variant: false },
  项目起止时间: { field: "period", variant: false },
  项目支出实施期: { field: "period", variant: false },
  实施期: { field: "period", variant: false },
  项目实施期: { field: "period", variant: false },
  建设周期: { field: "period", variant: false },
  实施周期: { field: "period", variant: false },
  "项目资金(万元)": { field: "fundGroup", variant: false },
  "项目资金(万)": { field: "fundGroup", variant: true },
  项目资金: { field: "fundGroup", variant: false },
  "项目资金申请(万元)": { field: "fundGroup", variant: false },
  "资金情况(万元)": { field: "fundGroup", variant: false },
  资金情况: { field: "fundGroup", variant: false },
  "投入目标(万元)": { field: "fundGroup", variant: false },
  年度资金总额: { field: "fundTotal", variant: false },
  当年资金总额: { field: "fundTotal", variant: false },
  当年年度预算: { field: "fundTotal", variant: false },
  项目金额: { field: "fundTotal", variant: true },
  年度本级预算金额: { field: "fundTotal", variant: true },
  "其中:财政拨款": { field: "fundFiscal", variant: false },
  财政拨款: { field: "fundFiscal", variant: false },
  "其中:财政拨款数": { field: "fundFiscal", variant: false },
  "其中:财政资金": { field: "fundFiscal", variant: false },
  "其中:当年财政拨款": { field: "fundFiscal", variant: false },
  其他资金: { field: "fundOther", variant: false },
  "其中:其他资金": { field: "fundOther", variant: false },
  "其中:其它资金": { field: "fundOther", variant: true },
  其它资金: { field: "fundOther", variant: true },
  当年其他资金: { field: "fundOther", variant: false },
  其他: { field: "fundOther", variant: false },
  资金总额: { field: "fundTotal", variant: false },
  项目总预算: { field: "fundTotal", variant: false },
  年度总体目标: { field: "goal", variant: false },
  绩效目标: { field: "goal", variant: false },
  "年度绩效目标(文字)": { field: "goal", variant: false },
  年度绩效目标: { field: "goal", variant: false },
  本年度绩效目标: { field: "goal", variant: false },
  总体目标: { field: "goal", variant: false },
  年度目标: { field: "goal", variant: false },
  年度主要目标和成果: { field: "goal", variant: false },
  项目总体情况: { field: "overview", variant: false },
  项目总体概况: { field: "overview", variant: false },
  项目概况: { field: "overview", variant: false },
};

/**
 * Which fund tree a fund label belongs to. Some forms have two: 资金总额 for the whole project beside 当年资金总额 for
 * the year (湖北), or 项目总预算 above 当年年度预算 (重庆). `annual` and `project` labels say so themselves; an `auto`
 * total is the year's unless the table also has an annual total; an `auto` 其中 line belongs to the tree of the nearest
 * total above it in its column.
 */
export const FUND_TREE: Readonly<Record<string, "annual" | "project" | "auto">> = {
  年度资金总额: "annual",
  当年资金总额: "annual",
  当年年度预算: "annual",
  项目金额: "annual",
  年度本级预算金额: "annual",
  "其中:当年财政拨款": "annual",
  当年其他资金: "annual",
  项目总预算: "project",
  资金总额: "auto",
  "其中:财政拨款": "auto",
  财政拨款: "auto",
  "其中:财政拨款数": "auto",
  "其中:财政资金": "auto",
  其他资金: "auto",
  "其中:其他资金": "auto",
  "其中:其它资金": "auto",
  其它资金: "auto",
  其他: "auto",
};

/** The field of the other tree: annual ↔ project. */
export const PROJECT_FIELD: Readonly<Record<"fundTotal" | "fundFiscal" | "fundOther", FundField>> = {
  fundTotal: "fundProjectTotal",
  fundFiscal: "fundProjectFiscal",
  fundOther: "fundProjectOther",
};

/** Lines of a fund block by source (key without a leading `其中:`): their sum is the annual total. */
export const FUND_SOURCE_LABELS: ReadonlySet<string> = new Set([
  "中央资金",
  "中央补助",
  "中央补助资金",
  "中央财政资金",
  "省级资金",
  "省级补助",
  "省级财政资金",
  "市级资金",
  "市级财政资金",
  "县级资金",
  "县级财政资金",
  "区级资金",
  "区级财政资金",
  "本级资金",
  "本级财政资金",
  "上级资金",
  "上级补助资金",
  "地方资金",
  "地方财政资金",
  "自筹资金",
  "单位自筹",
  "社会资金",
  "上年结转",
  "上年结转资金",
]);

/** Sub-labels under a goal label (`总体目标 | 中期目标 | 年度目标`): the annual one holds this year's goal. */
export const GOAL_SUBLABELS: Readonly<Record<string, "annual" | "longTerm" | "other">> = {
  年度目标: "annual",
  年度总体目标: "annual",
  年度绩效目标: "annual",
  中期目标: "longTerm",
  长期目标: "longTerm",
  实施期目标: "longTerm",
  总体目标: "longTerm",
  年度总体目标完成情况: "other",
  完成情况: "other",
};

/** Raw spellings seen as the norm; any other spelling of a known label gets an info hint. */
export const HEADER_CANONICAL_RAW: ReadonlySet<string> = new Set([
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

// ---- titles ----

/** The national template's title. */
export const CANONICAL_TITLE = "项目支出预算绩效目标表";

/**
 * Titles of the form across provinces (key: half-width, no spaces, bracketed notes and trailing years removed):
 * 项目支出(预算)绩效目标表 / …申报表 / 批复表 / 审批表 / 公开表, 项目支出目标申报表, 绩效目标申报表(…类),
 * 专项转移支付(区域)绩效目标表, 部门专项(绩效目标)申报表, `<project>项目绩效目标表`.
 */
/** What precedes the form word in a title: the project, the programme, the spending, the department. */
export const TITLE_SUBJECT = /(?:项目|专项|支出|部门|转移支付|区域|资金|预算)$|^(?:\d{4}年)?(?:项目|专项)/;

export const TITLE_PATTERN =
  /(?:绩效目标|支出目标)(?:申报|审批|批复|公开|审核)?表$|^(?:.*部门)?专项(?:绩效目标)?申报表$/;

// ---- indicator header columns ----

/**
 * What a column of the indicator block holds. `value` is the target; a value split over columns has `operator`
 * (≥ = ≤, or the words 正向/反向 in a 指标方向 column), `number` and `unit`. The rest belong to the model but are
 * never the value.
 */
export const COLUMN_ROLES = [
  "section",
  "level1",
  "level2",
  "level3",
  "value",
  "operator",
  "number",
  "unit",
  "direction",
  "score",
  "explanation",
  "standard",
  "basis",
  "history",
  "remark",
  "completion",
  // one value column per region in a transfer-payment table: the first region's column is the value
  "region",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** What each role is called on the forms (docs, messages where the table's own header is not at hand). */
export const COLUMN_ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
  section: "绩效指标",
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  value: "指标值",
  operator: "计算符号",
  number: "指标值",
  unit: "计量单位",
  direction: "指标性质",
  score: "分值/权重",
  explanation: "指标解释",
  standard: "绩效标准/评(扣)分标准",
  basis: "指标值设定依据",
  history: "上年实际值",
  remark: "备注",
  completion: "完成情况",
  region: "分地区指标值",
};

/** Roles whose cells are never the value or a label (every role from `direction` on): the indicator's extras. */
export const EXTRA_COLUMN_ROLES: ReadonlySet<ColumnRole> = new Set(
  COLUMN_ROLES.slice(COLUMN_ROLES.indexOf("direction")),
);

/** Columns a policy (or a `*` on the form's header) can require on every indicator row: the extras a clerk fills. */
export const REQUIRABLE_COLUMN_ROLES = [
  "direction",
  "score",
  "explanation",
  "standard",
  "basis",
  "history",
  "remark",
] as const satisfies ReadonlyArray<ColumnRole>;
export type RequirableColumnRole = (typeof REQUIRABLE_COLUMN_ROLES)[number];

/** Header key (annotations removed) → role. Operator/direction headers are swapped in some forms: content decides. */
export const COLUMN_ALIASES: Readonly<Record<string, ColumnRole>> = {
  绩效指标: "section",
  年度绩效指标: "section",
  年度绩效目标: "section",
  一级指标: "level1",
  一级: "level1",
  二级指标: "level2",
  二级: "level2",
  三级指标: "level3",
  三级: "level3",
  三级指标名称: "level3",
  指标名称: "level3",
  指标内容: "level3",
  绩效指标名称: "level3",
  指标值: "value",
  目标值: "value",
  "指标值(目标值)": "value",
  年度指标值: "value",
  年度数值: "value",
  年度目标值: "value",
  预期目标值: "value",
  绩效目标值: "value",
  指标值内容: "value",
  指标性质: "operator",
  // 湖南 岳阳楼区 2023 (S22): 定量 / 定性 in this column, read as a direction column by its content
  指标值类型: "operator",
  指标方向: "operator",
  计算符号: "operator",
  运算符号: "operator",
  计量单位: "unit",
  度量单位: "unit",
  单位: "unit",
  分值: "score",
  权重: "score",
  "权重(%)": "score",
  指标权重: "score",
  指标解释: "explanation",
  指标说明: "explanation",
  指标定义: "explanation",
  绩效标准: "standard",
  "评(扣)分标准": "standard",
  评分标准: "standard",
  扣分标准: "standard",
  指标值设定依据: "basis",
  设定依据: "basis",
  指标标准或依据: "basis",
  指标值确定依据: "basis",
  上年实际值: "history",
  上年完成值: "history",
  上年实际完成值: "history",
  上年指标值: "history",
  历史值: "history",
  备注: "remark",
  说明: "remark",
  完成情况: "completion",
  实际完成值: "completion",
};

/**
 * Headers that carry a year (黄石 2022 批复表: `2021年实际实现值 | 预期2022年实现值`): the actual figure of a named year
 * is the previous-year column (a 绩效目标表 is filled before its own year has an actual), a 预期/计划 figure of a
 * year is the target. Bare `2022年指标值` is left alone: nothing says which year's table it heads.
 */
export const YEAR_COLUMN_PATTERNS: ReadonlyArray<{ readonly pattern: RegExp; readonly role: ColumnRole }> = [
  { pattern: /^(?:(?:19|20)\d{2}年度?|上年度?|上一年度?|去年)实际(?:实现|完成|达到)?(?:值|数)?$/, role: "history" },
  {
    pattern:
      /^(?:(?:预期|预计|计划)(?:19|20)\d{2}年度?|(?:19|20)\d{2}年度?(?:预期|预计|计划))(?:实现|完成|达到)?(?:值|数|目标值|指标值)$/,
    role: "value",
  },
];

/** Words a 指标方向 / 指标性质 column holds when it is not an operator column. */
export const DIRECTION_WORDS: ReadonlyArray<string> = [
  "正向",
  "反向",
  "中性",
  "定量",
  "定性",
  "正向指标",
  "反向指标",
  "定量指标",
  "定性指标",
];
