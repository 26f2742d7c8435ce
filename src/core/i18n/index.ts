// Message rendering happens last, from message ids and data (zod-style locales).
import type { MessageData } from "../rules/types";
import { EN_MESSAGES } from "./en";
import { ZH_UI } from "./zh-CN";

export type Locale = "zh-CN" | "en";

/**
 * `{{name}}` placeholders, as ESLint's interpolate. A value holding a bidirectional control (cell text with U+202E)
 * is wrapped in FSI … PDI, which ends any embedding or override it opens, so it cannot reverse the rest of the
 * message ("35005001" drawn as "10050053"); other values are left exactly as they are.
 */
export function interpolate(template: string, data: MessageData = {}): string {
  const parts = compiled(template);
  let out = "";
  for (const p of parts) {
    if (typeof p === "string") {
      out += p;
      continue;
    }
    const v = data[p.key];
    out += v === undefined ? p.raw : isolateBidi(String(v));
  }
  return out;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
type Part = string | { readonly key: string; readonly raw: string };
/** Templates split at their placeholders once: a check renders the same few hundred templates for every finding. */
const COMPILED = new Map<string, ReadonlyArray<Part>>();

function compiled(template: string): ReadonlyArray<Part> {
  let parts = COMPILED.get(template);
  if (parts) return parts;
  const list: Part[] = [];
  let from = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const at = m.index ?? 0;
    if (at > from) list.push(template.slice(from, at));
    list.push({ key: m[1] ?? "", raw: m[0] });
    from = at + m[0].length;
  }
  if (from < template.length) list.push(template.slice(from));
  // rule templates are few; a caller interpolating ever-new templates must not grow the map without end
  if (COMPILED.size > 2000) COMPILED.clear();
  COMPILED.set(template, (parts = list));
  return parts;
}

/** Embeddings, overrides, isolates and marks (LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM ALM). */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
const FSI = "\u2068";
const PDI = "\u2069";

/** The text in a first-strong isolate when it holds a bidi control; unchanged otherwise. */
export function isolateBidi(text: string): string {
  return BIDI_CONTROLS.test(text) ? `${FSI}${text}${PDI}` : text;
}

/**
 * Renders a rule message. zh-CN comes from the rule's own meta; English from the `en` table when it has the
 * key, falling back to zh-CN so a missing translation never hides a finding.
 */
export function renderRuleMessage(
  locale: Locale,
  ruleId: string,
  messageId: string,
  zhTemplate: string,
  data?: MessageData,
): string {
  const template = locale === "en" ? (EN_MESSAGES[`${ruleId}/${messageId}`] ?? zhTemplate) : zhTemplate;
  return interpolate(template, data);
}

export const SEVERITY_LABEL: Record<Locale, Record<"error" | "warning" | "info", string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

export { ZH_UI };
