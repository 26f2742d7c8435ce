// The reviewers' opinion vocabulary (review-criteria.md §0.2: the 11 codes of the 一体化 system's 监审意见
// dictionary) and how a finding maps to one, from its rule's metadata — never from a rule id in code.
import type { Diagnostic, RuleMeta } from "./types";

export const OPINION_TEXT = {
  1: "指标不够完整",
  2: "指标不够细化、量化",
  3: "指标与项目的相关性不够",
  4: "指标与指标值不匹配",
  5: "建议拆分指标",
  6: "一级指标类型错误",
  7: "二级指标类型错误",
  8: "建议增加明确效益指标",
  9: "建议增加明确产出指标",
  10: "建议增加满意度指标",
  11: "其他",
} as const;

export type OpinionCode = keyof typeof OPINION_TEXT;

export const OPINION_CODES: ReadonlyArray<OpinionCode> = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/** A rule's opinion: one code, or a code chosen by one of the finding's message data (e.g. the 一级 a missing row belongs to). */
export type OpinionSpec =
  | OpinionCode
  | {
      readonly default: OpinionCode;
      readonly byData: { readonly key: string; readonly map: Readonly<Record<string, OpinionCode>> };
    };

/** The opinion a finding carries; 11 (其他) for a rule without one. */
export function opinionOf(meta: Pick<RuleMeta, "opinion"> | undefined, d: Pick<Diagnostic, "data">): OpinionCode {
  const spec = meta?.opinion;
  if (spec === undefined) return 11;
  if (typeof spec === "number") return spec;
  const v = d.data[spec.byData.key];
  return (v !== undefined ? spec.byData.map[String(v)] : undefined) ?? spec.default;
}

export function opinionLabel(spec: OpinionSpec): string {
  if (typeof spec === "number") return `${spec} ${OPINION_TEXT[spec]}`;
  const cases = Object.entries(spec.byData.map).map(([k, c]) => `${k}：${c} ${OPINION_TEXT[c]}`);
  return `${spec.default} ${OPINION_TEXT[spec.default]}（按 ${spec.byData.key}：${cases.join("；")}）`;
}
