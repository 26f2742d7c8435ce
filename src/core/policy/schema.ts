// A policy: one office's requirements as data — which header fields and 二级 it requires, its thresholds and the
// severities of rules and messages. A policy may extend another; a unit's own file extends a shipped one.
import { z } from "zod";
import { HEADER_FIELDS, REQUIRABLE_COLUMN_ROLES, LEVEL2_NAMES } from "../form/catalogue";

export const SeveritySettingSchema = z.enum(["off", "info", "warning", "error"]);

/** Every field is optional: a policy says only what differs from the one it extends. */
export const PolicySettingsSchema = z
  .object({
    /** Header fields required even where the table's form has no such label. */
    requiredHeaderFields: z.array(z.enum(HEADER_FIELDS)).optional(),
    /**
     * Indicator columns that must be filled on every indicator row where the table's form has them (指标解释,
     * 评(扣)分标准 …: `required-column-empty`). A form without the column is not judged.
     */
    requiredColumns: z.array(z.enum(REQUIRABLE_COLUMN_ROLES)).optional(),
    /** 二级 required when a row carries no 必填/选填 annotation (成本指标 reads as 经济成本指标 in 2021 tables). */
    defaultRequired: z.array(z.enum(LEVEL2_NAMES)).optional(),
    /**
     * Words and sentences that mean 不适用 in this office's tables (`本指标不适用此项目`), added to the built-in ones
     * (`不涉及`, `/`, `无` …, form/na.ts). A policy extending another adds to its list.
     */
    naMarkers: z.array(z.string().trim().min(1).max(40)).optional(),
    /** Severity per rule id, sub-id or `rule/messageId`. */
    rules: z.record(z.string(), SeveritySettingSchema).optional(),
    /** Options per rule id, checked against each rule's `meta.options`. */
    options: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  })
  .strict();
export type PolicySettings = z.infer<typeof PolicySettingsSchema>;

export const PolicySchema = PolicySettingsSchema.extend({
  /** Short id (`hubei`), used by `--policy` and saved in the workbook. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Chinese name shown in the pane and the reports. */
  name: z.string().min(1),
  /** Where its requirements come from (a notice, a published form, a budget system's checks). */
  source: z.string().min(1),
  extends: z.string().optional(),
}).strict();
export type Policy = z.infer<typeof PolicySchema>;

/** A unit's own file: a policy that extends a shipped one (id, name and source optional). */
export const PolicyFileSchema = PolicySettingsSchema.extend({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  name: z.string().optional(),
  source: z.string().optional(),
  extends: z.string(),
}).strict();
export type PolicyFile = z.infer<typeof PolicyFileSchema>;
