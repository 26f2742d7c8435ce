// Fixes a clerk may apply in bulk ("全部应用"): only those that normalise form — an operator word to its sign, a
// unit's missing 元, numbering, a label's stray spaces, the year line's spacing. A fix that changes what the table
// says (a vaguer word replaced by 达到预期目标, 不涉及 written in, an amount taken from another cell) stays one by one.
import type { Diagnostic } from "../core/rules/types";
import type { CellRef } from "../hosts/host";

/** `ruleId` (every message) or `ruleId/messageId`. A finding's ruleId is its sub-id where it has one. */
export const FORM_ONLY_FIXES: ReadonlySet<string> = new Set([
  "operator-word",
  "indicator-numbering",
  "header-label-variant",
  "budget-year-format",
  "satisfaction-format",
  "time-value-format/yearEnd",
  "unit-missing/abbreviated",
  "unit-missing/noCurrency",
  "dept-code-missing/glued",
]);

export function isFormOnlyFix(d: Pick<Diagnostic, "ruleId" | "messageId" | "suggestions">): boolean {
  return (
    d.suggestions.length > 0 && (FORM_ONLY_FIXES.has(d.ruleId) || FORM_ONLY_FIXES.has(`${d.ruleId}/${d.messageId}`))
  );
}

export interface BulkEdit {
  readonly cell: CellRef;
  /** A1 of the cell, for the preview. */
  readonly a1: string;
  readonly value: string;
}

/**
 * The writes of "全部应用" for one rule: each finding's first suggestion, one write per cell (a second fix of the
 * same cell was computed from the text the first replaces, so it waits for the next check).
 */
export function bulkEdits(diagnostics: ReadonlyArray<Diagnostic>, ruleId: string): BulkEdit[] {
  const out = new Map<string, BulkEdit>();
  for (const d of diagnostics) {
    if (d.ruleId !== ruleId || !isFormOnlyFix(d)) continue;
    const s = d.suggestions[0];
    if (!s) continue;
    const key = `${d.sheet}!${s.cell}`;
    if (out.has(key)) continue;
    out.set(key, { cell: { sheet: d.sheet, row: s.row - 1, col: s.col - 1 }, a1: s.cell, value: s.value });
  }
  return [...out.values()];
}
