// The ProjectTable model: what a reviewer sees, every node tied to the cell it came from.
import { z } from "zod";
import { COLUMN_ROLES, HEADER_FIELDS, LEVEL1_NAMES, LEVEL2_NAMES } from "../form/catalogue";
import type { ParsedValue } from "../values/types";

/** A cell position, 0-based, relative to the grid. */
export const PosSchema = z.object({ row: z.number().int().nonnegative(), col: z.number().int().nonnegative() });
export type CellPos = z.infer<typeof PosSchema>;

export const TextAtSchema = z.object({
  text: z.string(),
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
});
export type TextAt = z.infer<typeof TextAtSchema>;

export const Level1NameSchema = z.enum(LEVEL1_NAMES);
export const Level2NameSchema = z.enum(LEVEL2_NAMES);

export const HeaderEntrySchema = z.object({
  label: TextAtSchema,
  /** Null when the label is there but no value follows it on the row. */
  value: TextAtSchema.nullable(),
  variant: z.boolean(),
});
export type HeaderEntry = z.infer<typeof HeaderEntrySchema>;

const FundSchema = HeaderEntrySchema.extend({
  /** The number the clerk typed, null when the cell is empty or not a number. */
  amount: z.number().nullable(),
});
export type FundEntry = z.infer<typeof FundSchema>;

export const AnnotationSchema = z.object({
  raw: z.string(),
  required: z.boolean(),
  quantified: z.boolean(),
  hard: z.boolean(),
});

// ParsedValue is a plain discriminated union defined in values/types; the model checks its tag only
const ParsedValueSchema = z.custom<ParsedValue>((v) => typeof v === "object" && v !== null && "kind" in v);

export const ColumnRoleSchema = z.enum(COLUMN_ROLES);

/** Cells of an indicator row that are not the value but belong to the row (分值, 指标解释, 上年实际值 …). */
const ExtrasSchema = z.record(z.string(), TextAtSchema);

export const IndicatorSchema = z.object({
  /** The 三级 cell as written. */
  raw: z.string(),
  /** The name without its `指标N:` prefix. */
  name: z.string(),
  prefix: z.object({ raw: z.string(), number: z.number().int().nullable(), colon: z.boolean() }).nullable(),
  nameCell: PosSchema,
  valueText: z.string(),
  valueCell: PosSchema,
  value: ParsedValueSchema,
  level1: Level1NameSchema.nullable(),
  level2: Level2NameSchema.nullable(),
  /** Index of the owning Level2Block in table.level2. */
  level2Index: z.number().int(),
  /**
   * A value split over columns (operator | number | unit): the cells it was composed from. `valueText` is then
   * operator + number + unit, and `valueCell` the number's cell.
   */
  valueParts: z.array(TextAtSchema),
  /** The other columns of the row by role (score, explanation, standard, basis, history, remark, direction …). */
  extras: ExtrasSchema,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const Level2BlockSchema = z.object({
  name: Level2NameSchema.nullable(),
  label: TextAtSchema,
  /** The 一级 it sits under in the sheet (inferred from the 二级 when the 一级 label is missing). */
  level1: Level1NameSchema.nullable(),
  level1Cell: PosSchema.nullable(),
  annotation: AnnotationSchema.nullable(),
  variant: z.boolean(),
  indicators: z.array(IndicatorSchema),
  /** The 分值 / 权重 cell on the 二级's own label row when that row holds no 三级: the weight set for the 二级. */
  score: TextAtSchema.nullable(),
});
export type Level2Block = z.infer<typeof Level2BlockSchema>;

export const Level1LabelSchema = z.object({
  name: Level1NameSchema.nullable(),
  label: TextAtSchema,
  variant: z.boolean(),
  /** The 分值 / 权重 cell on the 一级's own label row when that row holds no 二级 and no 三级: its set weight. */
  score: TextAtSchema.nullable(),
});
export type Level1Label = z.infer<typeof Level1LabelSchema>;

export const RepairSchema = z.object({
  kind: z.enum([
    "row-misaligned",
    "level2-in-level1-column",
    "level1-unknown",
    "foreign-level1",
    // the parser's guesses, each visible in the model
    "label-wrapped",
    "level2-inferred",
    "value-composed",
    "unit-column-not-unit",
    "operator-column-swapped",
    "noise-row",
    "goal-from-overview",
    "glued-label",
    "side-block-skipped",
    "table-truncated",
    "fund-total-derived",
  ]),
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  text: z.string(),
  /** Column offset of the row's content against the template (negative: shifted left). */
  shift: z.number().int(),
});
export type Repair = z.infer<typeof RepairSchema>;

export const GenerationSchema = z.enum(["legacy", "mof-2021", "mixed"]);
export type Generation = z.infer<typeof GenerationSchema>;

const HeaderFieldSchema = z.enum(HEADER_FIELDS);

/** The columns of the indicator block, by role, from its header row. */
export const ColumnMapSchema = z.object({
  row: z.number().int(),
  roles: z.array(z.object({ role: ColumnRoleSchema, col: z.number().int(), label: z.string() })),
  /** Columns of a side-by-side long-term / mid-term block, not checked against the budget year. */
  skipped: z.array(z.number().int()),
  /** A second header row naming one value column per region (`全省 | 甲市 | 乙市` under 指标值), or null. */
  subRow: z.number().int().nullable(),
});
export type ColumnMap = z.infer<typeof ColumnMapSchema>;

export const ProjectTableSchema = z.object({
  index: z.number().int().nonnegative(),
  /** Rows and columns of the block, 0-based and relative to the grid. */
  area: z.object({ top: z.number(), left: z.number(), bottom: z.number(), right: z.number() }),
  title: TextAtSchema.nullable(),
  yearLine: TextAtSchema.nullable(),
  year: z.number().int().nullable(),
  yearFormat: z.enum(["standard", "spaced", "bare", "other", "title", "project-name", "none"]),
  header: z.object({
    projectName: HeaderEntrySchema.nullable(),
    department: HeaderEntrySchema.nullable(),
    implementingUnit: HeaderEntrySchema.nullable(),
    attribute: HeaderEntrySchema.nullable(),
    period: HeaderEntrySchema.nullable(),
    fundGroup: HeaderEntrySchema.nullable(),
    fundTotal: FundSchema.nullable(),
    fundFiscal: FundSchema.nullable(),
    fundOther: FundSchema.nullable(),
    goal: HeaderEntrySchema.nullable(),
    category: HeaderEntrySchema.nullable(),
    overview: HeaderEntrySchema.nullable(),
    fundProjectTotal: FundSchema.nullable(),
    fundProjectFiscal: FundSchema.nullable(),
    fundProjectOther: FundSchema.nullable(),
  }),
  /** A fund block by source (中央 / 省级 / 上年结转 …): one entry a line. */
  fundSources: z.array(FundSchema),
  /** Every cell of the goal: the value, cells right of it, continuation rows. */
  goalParts: z.array(TextAtSchema),
  /** The form as the table has it: which header fields and which indicator columns it carries. */
  form: z.object({ fields: z.array(HeaderFieldSchema), columns: z.array(ColumnRoleSchema) }),
  /** A title-like line above a titleless table that the catalogue does not know (`项目绩效目标`). */
  titleCandidate: TextAtSchema.nullable(),
  /** A line between title and header that tries to give a year but cannot be read (`二〇二四年`). */
  yearCandidate: TextAtSchema.nullable(),
  indicatorHeader: z
    .object({
      row: z.number().int(),
      level1Col: z.number().int(),
      level2Col: z.number().int(),
      level3Col: z.number().int(),
      valueCol: z.number().int(),
    })
    .nullable(),
  columns: ColumnMapSchema.nullable(),
  level1: z.array(Level1LabelSchema),
  level2: z.array(Level2BlockSchema),
  indicators: z.array(IndicatorSchema),
  repairs: z.array(RepairSchema),
  generation: GenerationSchema,
});
export type ProjectTable = z.infer<typeof ProjectTableSchema>;

/** The project's name for reports: the 项目名称 value, or a placeholder. */
export function projectName(t: ProjectTable): string {
  return t.header.projectName?.value?.text ?? `未命名项目${t.index + 1}`;
}
