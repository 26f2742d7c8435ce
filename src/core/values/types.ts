// The parsed form of an 指标值 (rules.md §2.5). Rules reason over these, never over raw strings.

/** Canonical operators: positive (≥ >), exact (=), reverse (≤ <). */
export type Op = ">=" | ">" | "=" | "<=" | "<";

export type UnitFamily =
  "percent" | "money" | "people" | "times" | "count" | "duration" | "length" | "area" | "score" | "other" | "none";

export interface Unit {
  /** The unit as written, e.g. `元/人/月`, `万`, `/人/年`, `` (none). */
  readonly raw: string;
  /** Main unit with the denominators removed and aliases resolved: `元`, `万元`, `%`, `人`, `分钟` … */
  readonly base: string;
  readonly family: UnitFamily;
  /** Denominators of a rate: `元/人/月` → [`人`, `月`]. */
  readonly per: ReadonlyArray<string>;
  /** A money rate written without its currency: `1200/人/年`. */
  readonly currencyMissing: boolean;
  /** `万` written for `万元`. */
  readonly abbreviated: boolean;
  /** Multiplier to the family's base unit: 万元 → 10000 (yuan), 万人 → 10000 (people). */
  readonly scale: number;
  /** The value wrote no unit; it comes from the indicator name (`流转土地(亩) | 60`). `raw` is then not in the value text. */
  readonly fromName: boolean;
}

export type OpSource = "symbol" | "word" | "suffix" | "none";

export interface QuantityValue {
  readonly kind: "quantity";
  readonly op: Op;
  readonly opSource: OpSource;
  /** The operator as written when it was a word (`小于`, `以上`). */
  readonly opText: string;
  readonly number: number;
  readonly unit: Unit;
  /** `约12000平方米`. */
  readonly approx: boolean;
  /** `±3%以内`: a tolerance, the deviation stays within `number` either way (op `<=`). */
  readonly tolerance: boolean;
}

export interface RangeValue {
  readonly kind: "range";
  readonly low: number;
  readonly high: number;
  readonly unit: Unit;
}

export interface DatePoint {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

export interface DateValue {
  readonly kind: "date";
  /** Every four-digit year the value names. */
  readonly years: ReadonlyArray<number>;
  readonly start: DatePoint | null;
  readonly end: DatePoint;
  /** Only the whole year is given: `2024年`, `2024年度`. */
  readonly wholeYear: boolean;
  /** A deadline word or a precise day: `前`, `底`, `末`, `12月31日`. */
  readonly deadline: boolean;
  readonly op: Op | null;
}

export interface CompoundValue {
  readonly kind: "compound";
  readonly parts: ReadonlyArray<QuantityValue | RangeValue>;
}

export interface QualitativeValue {
  readonly kind: "qualitative";
  readonly text: string;
  /** A graded statement of the kind monitoring systems accept (`达到预期目标`). */
  readonly graded: boolean;
  /** A non-graded adverb such as 明显, 显著, 有效保障, 长期. */
  readonly vague: boolean;
}

/** A template leftover where the target belongs: `**`, `≥**%`, `(≥**%)`, `XX`, `≥XX人`. */
export interface PlaceholderValue {
  readonly kind: "placeholder";
  readonly text: string;
}

export type ParsedValue =
  | { readonly kind: "empty" }
  | { readonly kind: "na"; readonly marker: string }
  | { readonly kind: "error"; readonly code: string }
  | { readonly kind: "boolean"; readonly yes: boolean }
  | { readonly kind: "frequency"; readonly text: string }
  | { readonly kind: "unparseable"; readonly text: string }
  | QuantityValue
  | RangeValue
  | DateValue
  | CompoundValue
  | QualitativeValue
  | PlaceholderValue;

export type ValueKind = ParsedValue["kind"];
