// Checker configuration, in one order: built-in defaults < the policy < the workbook's saved settings < what the
// command line or the pane says. Thresholds are the rules' own options (meta.options); a policy names their values.
import { z } from "zod";
import {
  REQUIRABLE_COLUMN_ROLES,
  DEFAULT_REQUIRED as CATALOGUE_REQUIRED,
  HEADER_FIELDS,
  LEVEL2_NAMES,
  type HeaderField,
  type Level2Name,
} from "./form/catalogue";
import {
  DEFAULT_POLICY,
  PolicyFileSchema,
  SeveritySettingSchema,
  addWords,
  findPolicy,
  policySettings,
  type Policy,
  type PolicyFile,
} from "./policy";

export { SeveritySettingSchema };

/** rules.md §1.3: the intersection of the seed's annotated variants (the form catalogue's `required`). */
export const DEFAULT_REQUIRED: ReadonlyArray<Level2Name> = CATALOGUE_REQUIRED;

/**
 * Header fields a table must carry even when its form has no such label. Every province's form has a project
 * name and an annual fund figure; which other fields a province requires is its policy's business. A field the
 * form has is always checked for an empty value.
 */
export const DEFAULT_REQUIRED_HEADER: ReadonlyArray<HeaderField> = ["projectName", "fundTotal", "goal"];

export const CostStandardSchema = z.object({
  /** Substring of the 三级 name the standard applies to, e.g. `培训费`. */
  match: z.string().min(1),
  /** Ceiling in yuan per unit of `per`. */
  maxYuan: z.number().positive(),
  per: z.string().default("人"),
  /** Where the figure comes from, shown to the clerk. */
  source: z.string().default(""),
});

export const GenerationSettingSchema = z.enum(["auto", "legacy", "mof-2021"]);
export type GenerationSetting = z.infer<typeof GenerationSettingSchema>;

const RuleOptionsSchema = z.record(z.string(), z.record(z.string(), z.unknown()));

export const ConfigSchema = z
  .object({
    /** Budget year; when absent each table's own year line decides. */
    year: z.number().int().min(1990).max(2100).optional(),
    /** The office whose requirements judge the tables: a shipped policy's id, or a unit's own file extending one. */
    policy: z.union([z.string(), PolicyFileSchema]).default(DEFAULT_POLICY),
    /** Template generation: detected per table (`auto`) or forced. */
    generation: GenerationSettingSchema.default("auto"),
    /** @deprecated the old name of `generation` (kept one release: saved settings and `--profile` still use it). */
    profile: GenerationSettingSchema.optional(),
    /** 二级 required when a row carries no 必填/选填 annotation. */
    defaultRequired: z.array(z.enum(LEVEL2_NAMES)).default([...DEFAULT_REQUIRED]),
    /** `header-field-missing`: fields required even where the table's form has no such label. */
    requiredHeaderFields: z.array(z.enum(HEADER_FIELDS)).default([...DEFAULT_REQUIRED_HEADER]),
    /** `required-column-empty`: indicator columns that must be filled where the table's form has them. */
    requiredColumns: z.array(z.enum(REQUIRABLE_COLUMN_ROLES)).default([]),
    /** Words meaning 不适用, added to the built-in ones and to the policy's. */
    naMarkers: z.array(z.string().trim().min(1).max(40)).default([]),
    /** Severity per rule id, sub-id or `rule/messageId`. */
    rules: z.record(z.string(), SeveritySettingSchema).default({}),
    /** Options per rule id (each rule's `meta.options` checks its own). */
    options: RuleOptionsSchema.default({}),
    locale: z.enum(["zh-CN", "en"]).default("zh-CN"),
    // Deprecated flat thresholds of settings saved before policies: read into the rules' options.
    satisfactionFloor: z.number().min(0).max(100).optional(),
    fundTolerance: z.number().nonnegative().optional(),
    costTolerance: z.number().nonnegative().optional(),
    costCoverage: z.number().min(0).max(1).optional(),
    derivedTolerance: z.number().nonnegative().optional(),
    costStandards: z.array(CostStandardSchema).optional(),
  })
  .strict();

export type Config = z.input<typeof ConfigSchema>;
type ParsedConfig = z.output<typeof ConfigSchema>;

export type ResolvedConfig = Omit<
  ParsedConfig,
  | "profile"
  | "satisfactionFloor"
  | "fundTolerance"
  | "costTolerance"
  | "costCoverage"
  | "derivedTolerance"
  | "costStandards"
  | "policy"
> & {
  /** The policy in force: its id and Chinese name (a unit's own file: its id or `custom`). */
  readonly policy: { readonly id: string; readonly name: string; readonly extends: string | null };
  /** Marks a config already resolved (passing one again returns it unchanged). */
  readonly resolved: true;
};

/** The deprecated flat thresholds and the rule options they now set. */
const LEGACY_OPTIONS: ReadonlyArray<[keyof ParsedConfig, ReadonlyArray<[string, string]>]> = [
  ["satisfactionFloor", [["satisfaction-threshold", "floor"]]],
  [
    "fundTolerance",
    [
      ["fund-sum-mismatch", "tolerance"],
      ["goal-amount-mismatch", "tolerance"],
    ],
  ],
  [
    "costTolerance",
    [
      ["cost-exceeds-budget", "tolerance"],
      ["cost-range-exceeds-budget", "tolerance"],
    ],
  ],
  ["costCoverage", [["cost-below-budget", "coverage"]]],
  ["derivedTolerance", [["cost-derived-mismatch", "tolerance"]]],
  ["costStandards", [["cost-per-unit-over-standard", "standards"]]],
];

/**
 * The policy's settings under the config's own: fields the config sets win, rules and options merge key by key.
 * `extra` are policies known besides the shipped ones (a reviewer's folder of them).
 */
export function resolveConfig(input: Config | ResolvedConfig = {}, extra: ReadonlyArray<Policy> = []): ResolvedConfig {
  if (isResolved(input)) return input;
  const c = ConfigSchema.parse(input);
  const policy = typeof c.policy === "string" ? findPolicy(c.policy, extra) : c.policy;
  if (!policy) throw new Error(`找不到策略“${String(c.policy)}”。`);
  const p = policySettings(policy, extra);
  const raw = input as Record<string, unknown>;
  const options: Record<string, Record<string, unknown>> = {};
  const put = (id: string, o: Record<string, unknown>): void => {
    options[id] = { ...(options[id] ?? {}), ...o };
  };
  for (const [id, o] of Object.entries(p.options ?? {})) put(id, o);
  for (const [key, targets] of LEGACY_OPTIONS) {
    const v = c[key];
    if (v !== undefined) for (const [id, name] of targets) put(id, { [name]: v });
  }
  for (const [id, o] of Object.entries(c.options)) put(id, o);
  const name = (typeof c.policy === "string" ? policy.name : c.policy.name) ?? "自定义策略";
  const id = typeof c.policy === "string" ? c.policy : (c.policy.id ?? "custom");
  return {
    year: c.year,
    generation: raw.generation === undefined && c.profile !== undefined ? c.profile : c.generation,
    defaultRequired: raw.defaultRequired === undefined ? (p.defaultRequired ?? c.defaultRequired) : c.defaultRequired,
    requiredHeaderFields:
      raw.requiredHeaderFields === undefined
        ? (p.requiredHeaderFields ?? c.requiredHeaderFields)
        : c.requiredHeaderFields,
    requiredColumns: raw.requiredColumns === undefined ? (p.requiredColumns ?? c.requiredColumns) : c.requiredColumns,
    naMarkers: addWords(p.naMarkers, c.naMarkers) ?? [],
    rules: { ...(p.rules ?? {}), ...c.rules },
    options,
    locale: c.locale,
    policy: { id, name, extends: typeof c.policy === "string" ? (policy.extends ?? null) : c.policy.extends },
    resolved: true,
  };
}

function isResolved(c: Config | ResolvedConfig): c is ResolvedConfig {
  return "resolved" in c && c.resolved === true;
}

/** Layers of settings in order of precedence (later wins): rules and options merge, other fields replace. */
export function layerConfigs(...layers: ReadonlyArray<Config | undefined>): Config {
  const out: Record<string, unknown> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [k, v] of Object.entries(layer)) {
      if (v === undefined) continue;
      if (k === "rules") out.rules = { ...((out.rules as object | undefined) ?? {}), ...(v as object) };
      else if (k === "options") {
        const merged: Record<string, Record<string, unknown>> = {
          ...((out.options as Record<string, Record<string, unknown>> | undefined) ?? {}),
        };
        for (const [id, o] of Object.entries(v as Record<string, Record<string, unknown>>))
          merged[id] = { ...(merged[id] ?? {}), ...o };
        out.options = merged;
      } else out[k] = v;
    }
  }
  return out as Config;
}

export type { PolicyFile };
