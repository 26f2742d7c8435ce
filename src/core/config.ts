// Checker configuration: policy thresholds live here, not in the rules (design.md "Rules").
import { z } from "zod";
import { DEFAULT_REQUIRED as CATALOGUE_REQUIRED, HEADER_FIELDS, LEVEL2_NAMES, type HeaderField, type Level2Name } from "./form/catalogue";

export const SeveritySettingSchema = z.enum(["off", "info", "warning", "error"]);

/** rules.md §1.3: the intersection of the seed's annotated variants (the form catalogue's `required`). */
export const DEFAULT_REQUIRED: ReadonlyArray<Level2Name> = CATALOGUE_REQUIRED;

/**
 * Header fields a table must carry even when its form has no such label. Every province's form has a project
 * name and an annual fund figure; which other fields a province requires is its policy's business. A field the
 * form has is always checked for an empty value.
 */
export const DEFAULT_REQUIRED_HEADER: ReadonlyArray<HeaderField> = ["projectName", "fundTotal"];

export const CostStandardSchema = z.object({
  /** Substring of the 三级 name the standard applies to, e.g. `培训费`. */
  match: z.string().min(1),
  /** Ceiling in yuan per unit of `per`. */
  maxYuan: z.number().positive(),
  per: z.string().default("人"),
  /** Where the figure comes from, shown to the clerk. */
  source: z.string().default(""),
});

export const ConfigSchema = z
  .object({
    /** Budget year; when absent each table's own year line decides. */
    year: z.number().int().min(1990).max(2100).optional(),
    profile: z.enum(["auto", "legacy", "mof-2021"]).default("auto"),
    /** `satisfaction-threshold`: warn below this percentage. */
    satisfactionFloor: z.number().min(0).max(100).default(80),
    /** `fund-sum-mismatch` tolerance in 万元. */
    fundTolerance: z.number().nonnegative().default(0.0001),
    /** `cost-exceeds-budget`: allowed excess as a fraction of the total. */
    costTolerance: z.number().nonnegative().default(0.005),
    /** `cost-below-budget`: warn when cost rows explain less than this fraction of the total. */
    costCoverage: z.number().min(0).max(1).default(0.95),
    /** `cost-derived-mismatch`: allowed relative gap of count × standard × period against the total. */
    derivedTolerance: z.number().nonnegative().default(0.05),
    /** 二级 required when a row carries no 必填/选填 annotation. */
    defaultRequired: z.array(z.enum(LEVEL2_NAMES)).default([...DEFAULT_REQUIRED]),
    /** `header-field-missing`: fields required even where the table's form has no such label. */
    requiredHeaderFields: z.array(z.enum(HEADER_FIELDS)).default([...DEFAULT_REQUIRED_HEADER]),
    /** Per-rule (or sub-id) severity overrides. */
    rules: z.record(z.string(), SeveritySettingSchema).default({}),
    /** 预算支出标准 for `cost-per-unit-over-standard`. */
    costStandards: z.array(CostStandardSchema).default([]),
    locale: z.enum(["zh-CN", "en"]).default("zh-CN"),
  })
  .strict();

export type Config = z.input<typeof ConfigSchema>;
export type ResolvedConfig = z.output<typeof ConfigSchema>;

export function resolveConfig(input: Config = {}): ResolvedConfig {
  return ConfigSchema.parse(input);
}
