// The analysis of one table that rules share. The engine builds one per table (checkTable) and hands it to every
// rule as `ctx.analysis`; each member is computed on first read and kept, so the cost model that six cost rules read
// is computed once per table, and no rule recomputes what another already knows.
import type { Indicator, ProjectTable } from "../layout/model";
import type { NaVocabulary } from "../form/na";
import { stripSpaces, textKey, toHalfWidth } from "../text";
import { analyseCost, type CostAnalysis } from "./cost";
import { nameClass, type NameClass } from "./indicator-name";
import { fundWan } from "./money";

/** The fund lines in 万元 (see money.ts fundWan): 0 for a blank or N/A cell, null when absent or not a number. */
export interface FundFigures {
  readonly total: number | null;
  readonly fiscal: number | null;
  readonly other: number | null;
}

export class TableAnalysis {
  private costMemo: CostAnalysis | undefined;
  private fundMemo: FundFigures | undefined;
  private keys: Map<Indicator, string> | undefined;
  private classes: Map<Indicator, NameClass | null> | undefined;

  constructor(
    readonly table: ProjectTable,
    /** What counts as 不适用 under the policy in force. */
    readonly na: NaVocabulary,
  ) {}

  /** The cost model of the 成本 rows (analysis/cost.ts). */
  get cost(): CostAnalysis {
    return (this.costMemo ??= analyseCost(this.table));
  }

  /** The fund lines in 万元. */
  get fund(): FundFigures {
    return (this.fundMemo ??= {
      total: fundWan(this.table.header.fundTotal, this.isBlankOrNa),
      fiscal: fundWan(this.table.header.fundFiscal, this.isBlankOrNa),
      other: fundWan(this.table.header.fundOther, this.isBlankOrNa),
    });
  }

  /** A text that says 不适用 (`不涉及`, `/`, `本项目不适用此指标`, a policy's own words). Bound: rules pass it on. */
  readonly isNa = (text: string): boolean => this.na.isNa(text);

  /** Empty (spaces only) or 不适用. */
  readonly isBlankOrNa = (text: string | null | undefined): boolean => {
    if (text === null || text === undefined) return true;
    const k = stripSpaces(toHalfWidth(text));
    return k === "" || this.na.isNa(k);
  };

  /** The 三级 name for matching (half-width, no spaces, no end punctuation), or "" when blank or 不适用. */
  nameKey(ind: Indicator): string {
    const keys = (this.keys ??= new Map());
    let k = keys.get(ind);
    if (k === undefined) {
      const key = textKey(ind.name);
      k = !key || this.na.isNa(key) || this.na.isNa(ind.name) ? "" : key;
      keys.set(ind, k);
    }
    return k;
  }

  /** What the 三级 name says it measures (analysis/indicator-name.ts), or null when it does not say clearly. */
  nameClass(ind: Indicator): NameClass | null {
    const classes = (this.classes ??= new Map());
    let c = classes.get(ind);
    if (c === undefined) {
      c = nameClass(ind.name);
      classes.set(ind, c);
    }
    return c;
  }

  /**
   * Drops what was computed (read again, it is recomputed): the engine calls this once the table's own rules are
   * done, so a sheet of 20 000 tables does not keep 20 000 cost models while the workbook rules run.
   */
  release(): void {
    this.costMemo = undefined;
    this.fundMemo = undefined;
    this.keys = undefined;
    this.classes = undefined;
  }
}
