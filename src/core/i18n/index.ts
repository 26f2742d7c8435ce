// Message rendering happens last, from message ids and data (zod-style locales).
import type { MessageData } from "../rules/types";
import { EN_MESSAGES } from "./en";
import { ZH_UI } from "./zh-CN";

export type Locale = "zh-CN" | "en";

/** `{{name}}` placeholders, as ESLint's interpolate. */
export function interpolate(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (m, key: string) => {
    const v = data[key];
    return v === undefined ? m : String(v);
  });
}

/**
 * Renders a rule message. zh-CN comes from the rule's own meta; English from the `en` table when it has the
 * key, falling back to zh-CN so a missing translation never hides a finding.
 */
export function renderRuleMessage(locale: Locale, ruleId: string, messageId: string, zhTemplate: string, data?: MessageData): string {
  const template = locale === "en" ? (EN_MESSAGES[`${ruleId}/${messageId}`] ?? zhTemplate) : zhTemplate;
  return interpolate(template, data);
}

export const SEVERITY_LABEL: Record<Locale, Record<"error" | "warning" | "info", string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

export { ZH_UI };
