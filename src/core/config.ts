// Checker configuration: policy thresholds live here, not in the rules (design.md "Rules").
import { z } from "zod";
import { LEVEL2_NAMES, type Level2Name } from "./layout/labels";

export const SeveritySettingSchema = z.enum(["off", "info", "warning", "error"]);

/** rules.md §1.3: the intersection of the seed's annotated variants. */
export const DEFAULT_REQUIRED: ReadonlyArray<Level2Name> = [
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "社会效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
];

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
